#include "api/telnyxclient.h"
#include "clienttestbase.h"
#include "export/csvexport.h"
#include "export/groupsreportcsv.h"
#include "models/groupsreportmodel.h"
#include "models/groupsreportproxymodel.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF";
const QByteArray TelnyxHeader = "id,email,user_status,created_at,last_sign_in_at,groups\r\n";

// What a spreadsheet-safe cell looks like, written out here rather than asking CsvWriter.
QString neutralised(const QString &cell)
{
    static const QString triggers = u"=+-@\t\r\n"_s;
    return !cell.isEmpty() && triggers.contains(cell.front()) ? u'\'' + cell : cell;
}

// The CSV rows the report's JSON should become, straight from the JSON (not via our decoder).
QJsonArray expectedRows(const QJsonArray &users, bool extraColumns, bool safe)
{
    QJsonArray rows;
    QStringList header{u"id"_s,         u"email"_s,           u"user_status"_s,
                       u"created_at"_s, u"last_sign_in_at"_s, u"groups"_s};
    if (extraColumns)
        header << u"group_ids"_s << u"role"_s << u"sso_bypass"_s;
    rows.append(QJsonArray::fromStringList(header));
    for (const QJsonValue &value : users) {
        const QJsonObject u = value.toObject();
        QStringList names;
        QStringList ids;
        for (const QJsonValue &g : u.value("groups"_L1).toArray()) {
            names.append(g.toObject().value("name"_L1).toString());
            ids.append(g.toObject().value("id"_L1).toString());
        }
        QStringList cells{u.value("id"_L1).toString(),
                          u.value("email"_L1).toString(),
                          u.value("user_status"_L1).toString(),
                          u.value("created_at"_L1).toString(),
                          u.value("last_sign_in_at"_L1).toString(), // null → ""
                          names.join(", "_L1)};
        if (extraColumns) {
            const QJsonValue sso = u.value("organization_user_bypasses_sso"_L1);
            cells << ids.join(", "_L1) << u.value("record_type"_L1).toString()
                  << (sso.isBool() ? (sso.toBool() ? u"true"_s : u"false"_s) : QString());
        }
        if (safe) {
            for (QString &cell : cells)
                cell = neutralised(cell);
        }
        rows.append(QJsonArray::fromStringList(cells));
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstGroupsReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsEveryoneWithOneOwner();
    void groupCountsMatchTheReport();
    void proxyFiltersAndSearch();
    void reloadAndCancel();
    void unauthorizedReportsError();
    void spreadsheetSafeExport();
    void extraColumnsExport();
    void rawExportEqualsTelnyxCsv();
    void asTelnyxSendsIt();
    void exportCancelLeavesNoFile();
    void suggestedFileName();
    void hundredThousandUsers();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QString m_python;
    QString m_script;
    QJsonArray m_reportJson; // the report as the server sends it, fetched without our client

    static bool waitLoaded(GroupsReportModel &model, QSignalSpy &loading, int timeoutMs = 60000);
    // A GET of the API without our client, to compare with.
    static QByteArray rawGet(const SandboxProcess &sandbox, const QString &path,
                             const QByteArray &accept, QByteArray *contentType = nullptr);
    bool loadModel(GroupsReportModel &model);
    bool roundTrip(const QString &csvPath, const QJsonArray &rows, bool bom, QByteArray *output);
};

void TstGroupsReport::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // The round trip is the one check by a parser that is not ours: no python3 fails the test.
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!m_python.isEmpty(), "python3 is not on PATH; the CSV round-trip test needs it");
    m_script = QString::fromUtf8(TELNYX_TESTS_SOURCE_DIR) + "/unit/csv_roundtrip.py"_L1;
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));

    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--users"_s, u"300"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QByteArray json =
        rawGet(*m_sandbox, u"/v2/organizations/users/users_groups_report"_s, "application/json");
    m_reportJson = QJsonDocument::fromJson(json).object().value("data"_L1).toArray();
    QCOMPARE(m_reportJson.size(), 301); // 300 sub-users and the owner
}

bool TstGroupsReport::waitLoaded(GroupsReportModel &model, QSignalSpy &loading, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return !model.isLoading() && !loading.isEmpty() && !loading.last().at(0).toBool(); },
        timeoutMs);
}

QByteArray TstGroupsReport::rawGet(const SandboxProcess &sandbox, const QString &path,
                                   const QByteArray &accept, QByteArray *contentType)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(path);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + SandboxProcess::apiKey().toUtf8());
    request.setRawHeader("Accept", accept);
    QNetworkReply *reply = nam.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 120000))
        qWarning() << "raw GET timed out:" << path;
    const QByteArray body = reply->readAll();
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (reply->error() != QNetworkReply::NoError)
        qWarning() << "raw GET failed:" << reply->errorString();
    delete reply;
    return body;
}

bool TstGroupsReport::loadModel(GroupsReportModel &model)
{
    QSignalSpy loading(&model, &GroupsReportModel::loadingChanged);
    QSignalSpy failed(&model, &GroupsReportModel::loadFailed);
    model.load();
    return waitLoaded(model, loading) && failed.isEmpty() && model.rowCount() > 0;
}

bool TstGroupsReport::roundTrip(const QString &csvPath, const QJsonArray &rows, bool bom,
                                QByteArray *output)
{
    const QString expectedPath = csvPath + u".expected.json"_s;
    QFile expected(expectedPath);
    if (!expected.open(QIODevice::WriteOnly))
        return false;
    expected.write(QJsonDocument(QJsonObject{{u"rows"_s, rows}, {u"bom"_s, bom}}).toJson());
    expected.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_python, {m_script, csvPath, expectedPath});
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        *output = "python3 did not run: " + process.errorString().toUtf8();
        process.kill();
        process.waitForFinished();
        return false;
    }
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// --- The model ---------------------------------------------------------------------------------

void TstGroupsReport::loadsEveryoneWithOneOwner()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &GroupsReportModel::loadingChanged);
    QSignalSpy failed(&model, &GroupsReportModel::loadFailed);
    QSignalSpy rejected(&model, &GroupsReportModel::rowsRejected);
    model.load();
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(loading.count(), 2);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(model.rowCount(), int(m_reportJson.size()));
    QCOMPARE(model.users().size(), m_reportJson.size());

    int owners = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject json = m_reportJson.at(row).toObject();
        const OrganizationUser &u = model.users().at(row);
        QCOMPARE(u.id, json.value("id"_L1).toString()); // the server's order
        QVERIFY(u.groups.has_value());
        QStringList ids;
        for (const QJsonValue &g : json.value("groups"_L1).toArray())
            ids.append(g.toObject().value("id"_L1).toString());
        QCOMPARE(model.index(row, GroupsReportModel::Email)
                     .data(GroupsReportModel::GroupIdsRole)
                     .toStringList(),
                 ids);
        const bool owner = model.index(row, 0).data(GroupsReportModel::IsOwnerRole).toBool();
        QCOMPARE(owner, json.value("record_type"_L1).toString() == "organization_owner"_L1);
        QCOMPARE(model.index(row, GroupsReportModel::Role).data().toString(),
                 owner ? UsersModel::tr("Owner") : UsersModel::tr("Member"));
        owners += owner;
        // The same cells as the users table: one formatting for both.
        QCOMPARE(
            model.index(row, GroupsReportModel::LastSignIn).data(GroupsReportModel::ExportRole),
            QVariant(json.value("last_sign_in_at"_L1).toString()));
        QCOMPARE(model.index(row, GroupsReportModel::Status).data(GroupsReportModel::ExportRole),
                 QVariant(json.value("user_status"_L1).toString()));
        QCOMPARE(model.index(row, GroupsReportModel::Id).data().toString(), u.id);
    }
    QCOMPARE(owners, 1);
    for (int c = 0; c < GroupsReportModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(GroupsReportModel::Created, Qt::Horizontal).toString(),
             UsersModel::tr("Created"));
}

void TstGroupsReport::groupCountsMatchTheReport()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QVERIFY(loadModel(model));

    // Counted here from what the client returns, independently of the model.
    Outcome<Page<OrganizationUser>> report;
    client.groupsReport(this, report.callback());
    QVERIFY(report.wait());
    QVERIFY(report.ok());
    QHash<QString, int> members;
    QHash<QString, QString> names;
    int without = 0;
    for (const OrganizationUser &u : report.value().items) {
        without += u.groups->isEmpty();
        for (const UserGroup &g : *u.groups) {
            ++members[g.id];
            names[g.id] = g.name;
        }
    }
    QVERIFY(without > 0);
    QCOMPARE(model.usersWithoutGroups(), without);

    const QList<GroupsReportModel::GroupCount> groups = model.groups();
    QCOMPARE(groups.size(), members.size());
    QCOMPARE(groups.size(), 6); // the seeded groups
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const GroupsReportModel::GroupCount &g = groups.at(i);
        QCOMPARE(g.members, members.value(g.id, -1));
        QCOMPARE(g.name, names.value(g.id));
        if (i > 0)
            QVERIFY2(collator.compare(groups.at(i - 1).name, g.name) < 0, qPrintable(g.name));
    }
}

void TstGroupsReport::proxyFiltersAndSearch()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    GroupsReportProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadModel(model));
    QCOMPARE(proxy.rowCount(), model.rowCount());

    const QList<GroupsReportModel::GroupCount> groups = model.groups();
    const auto tier2 = std::find_if(groups.cbegin(), groups.cend(),
                                    [](const auto &g) { return g.name == "Support, Tier 2"_L1; });
    QVERIFY(tier2 != groups.cend());
    QVERIFY(tier2->members > 0);

    proxy.setGroupFilter(tier2->id);
    QCOMPARE(proxy.rowCount(), tier2->members);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, 0)
                    .data(GroupsReportModel::GroupIdsRole)
                    .toStringList()
                    .contains(tier2->id));
    }
    // Search within the group.
    const QString someEmail = proxy.index(0, GroupsReportModel::Email).data().toString();
    proxy.setSearchText(someEmail);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());

    proxy.setGroupFilter(QString());
    proxy.setNoGroupFilter(true);
    QCOMPARE(proxy.rowCount(), model.usersWithoutGroups());
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row, 0).data(GroupsReportModel::GroupIdsRole).toStringList().isEmpty());
    proxy.setGroupFilter(tier2->id); // "in no group" and "in Tier 2": nobody
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setGroupFilter(QString());
    proxy.setNoGroupFilter(false);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    // Search over email, group names and ID.
    proxy.setSearchText(u"tier 2"_s);
    QCOMPARE(proxy.rowCount(), tier2->members);
    proxy.setSearchText(u"ops.manager@"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.index(0, 0).data(GroupsReportModel::IsOwnerRole).toBool());
    const QString id = model.users().at(100).id;
    proxy.setSearchText(id.right(12));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, GroupsReportModel::Id).data().toString(), id);
    proxy.setSearchText(QString());

    // Sorting by last sign-in: "never" first.
    proxy.sort(GroupsReportModel::LastSignIn, Qt::AscendingOrder);
    QVERIFY(
        !proxy.index(0, GroupsReportModel::LastSignIn).data(GroupsReportModel::SortRole).isValid());
    QCOMPARE(proxy.index(0, GroupsReportModel::LastSignIn).data().toString(),
             UsersModel::tr("never"));
    QVERIFY(proxy.index(proxy.rowCount() - 1, GroupsReportModel::LastSignIn)
                .data(GroupsReportModel::SortRole)
                .isValid());
}

void TstGroupsReport::reloadAndCancel()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &GroupsReportModel::loadingChanged);
    QSignalSpy failed(&model, &GroupsReportModel::loadFailed);

    // A second load while the first is in flight replaces it without a word.
    model.load();
    model.load();
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(loading.count(), 2);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), int(m_reportJson.size()));

    loading.clear();
    model.load(); // drops the rows at once
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    model.cancel();
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QVERIFY(m_sandbox->waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(loading.count(), 2);
}

void TstGroupsReport::unauthorizedReportsError()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    client.setApiKey(u"KEY0WRONG"_s);
    GroupsReportModel model(&client);
    QSignalSpy loading(&model, &GroupsReportModel::loadingChanged);
    QSignalSpy failed(&model, &GroupsReportModel::loadFailed);
    model.load();
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(model.rowCount(), 0);
}

// --- Export ------------------------------------------------------------------------------------

void TstGroupsReport::spreadsheetSafeExport()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QVERIFY(loadModel(model));

    const QString path = m_dir.filePath(u"safe.csv"_s);
    CsvExport out(path); // the defaults: BOM, CRLF, formulas neutralised
    QVERIFY(out.open());
    QList<std::pair<int, int>> calls;
    QVERIFY(writeGroupsReportCsv(model.users(), out.writer(), false, [&](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), std::make_pair(model.rowCount(), model.rowCount()));

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith(Bom));
    QVERIFY(bytes.mid(Bom.size()).startsWith(TelnyxHeader));
    QVERIFY(bytes.endsWith("\r\n"));
    // CRLF everywhere (no cell of the seeded data holds a line break).
    QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
    QCOMPARE(bytes.count("\r\n"), qsizetype(model.rowCount() + 1));
    // A formula-like e-mail is neutralised; a group name with a comma is quoted.
    QVERIFY(bytes.contains(",\"'=1+2@formula.example\","));
    QVERIFY(bytes.contains(",\"'+15551234567@sms.example\","));
    QVERIFY(bytes.contains("\"Support, Tier 2\""));
    QVERIFY(bytes.contains("\"Engineering, Sales\"\r\n"));
    QVERIFY(bytes.contains("\"Ops \"\"On-Call\"\"\""));

    QByteArray output;
    QVERIFY2(roundTrip(path, expectedRows(m_reportJson, false, true), true, &output),
             output.constData());
}

void TstGroupsReport::extraColumnsExport()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QVERIFY(loadModel(model));

    const QString path = m_dir.filePath(u"extra.csv"_s);
    CsvExport out(path);
    QVERIFY(out.open());
    QVERIFY(writeGroupsReportCsv(model.users(), out.writer(), true));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.mid(Bom.size())
                .startsWith("id,email,user_status,created_at,last_sign_in_at,groups,"
                            "group_ids,role,sso_bypass\r\n"));
    QVERIFY(bytes.contains(",organization_owner,false\r\n"));
    QVERIFY(bytes.contains(",organization_sub_user,true\r\n"));

    QByteArray output;
    QVERIFY2(roundTrip(path, expectedRows(m_reportJson, true, true), true, &output),
             output.constData());
}

void TstGroupsReport::rawExportEqualsTelnyxCsv()
{
    // Without the spreadsheet safety, our export of the JSON is exactly what Telnyx's own CSV
    // says: the same columns, values and quoting.
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QVERIFY(loadModel(model));

    const QString path = m_dir.filePath(u"raw.csv"_s);
    CsvOptions raw;
    raw.bom = false;
    raw.neutraliseFormulas = false;
    CsvExport out(path, raw);
    QVERIFY(out.open());
    QVERIFY(writeGroupsReportCsv(model.users(), out.writer(), false));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));

    const QByteArray server =
        rawGet(*m_sandbox, u"/v2/organizations/users/users_groups_report"_s, "text/csv");
    QVERIFY(server.startsWith(TelnyxHeader));
    QCOMPARE(readAll(path), server);
}

void TstGroupsReport::asTelnyxSendsIt()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    Outcome<QByteArray> csv;
    client.groupsReportCsv(this, csv.callback());
    QVERIFY(csv.wait());
    QVERIFY(csv.ok());

    const QString path = m_dir.filePath(u"as-sent.csv"_s);
    QString error;
    QVERIFY2(CsvExport::writeBytesAtomically(path, csv.value(), &error), qPrintable(error));

    QByteArray contentType;
    const QByteArray server = rawGet(*m_sandbox, u"/v2/organizations/users/users_groups_report"_s,
                                     "text/csv", &contentType);
    QVERIFY(contentType.startsWith("text/csv"));
    QVERIFY(server.startsWith(TelnyxHeader));
    QCOMPARE(server.count("\r\n"), qsizetype(m_reportJson.size() + 1));
    QCOMPARE(readAll(path), server); // byte for byte: no BOM, no re-quoting, no escaping
}

void TstGroupsReport::exportCancelLeavesNoFile()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    GroupsReportModel model(&client);
    QVERIFY(loadModel(model));

    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    CsvExport out(path);
    QVERIFY(out.open());
    int calls = 0;
    QVERIFY(!writeGroupsReportCsv(model.users(), out.writer(), false, [&](int, int) {
        ++calls;
        return false; // the person pressed Cancel
    }));
    QCOMPARE(calls, 1);
    QVERIFY(out.writer().errorString().isEmpty()); // a cancel, not a write error
    out.cancel();
    QVERIFY(!QFile::exists(path));
}

void TstGroupsReport::suggestedFileName()
{
    QCOMPARE(suggestedReportFileName(QDateTime(QDate(2026, 12, 4), QTime(23, 59))),
             u"users-groups-report-2026-12-04.csv"_s);
    QCOMPARE(suggestedReportFileName(QDateTime(QDate(2027, 1, 31), QTime(0, 0))),
             u"users-groups-report-2027-01-31.csv"_s);
}

void TstGroupsReport::hundredThousandUsers()
{
    SandboxProcess big(QStringList{u"--users"_s, u"100000"_s});
    const QString problem = big.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    TelnyxClient client;
    pointAt(client, big);
    GroupsReportModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &GroupsReportModel::loadingChanged);
    QSignalSpy failed(&model, &GroupsReportModel::loadFailed);
    model.load();
    QVERIFY(waitLoaded(model, loading, 240000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), 100001);
    int owners = 0;
    for (const OrganizationUser &u : model.users())
        owners += u.isOwner();
    QCOMPARE(owners, 1);

    // Ours, spreadsheet-safe, in both layouts: header + one line per user.
    for (const bool extra : {false, true}) {
        const QString path = m_dir.filePath(extra ? u"big-extra.csv"_s : u"big.csv"_s);
        CsvExport out(path);
        QVERIFY(out.open());
        int lastDone = 0;
        QVERIFY(writeGroupsReportCsv(model.users(), out.writer(), extra, [&](int done, int) {
            lastDone = done;
            return true;
        }));
        QVERIFY2(out.commit(), qPrintable(out.errorString()));
        QCOMPARE(lastDone, 100001);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(Bom));
        QCOMPARE(bytes.count("\r\n"), qsizetype(100002));
        QCOMPARE(bytes.count('\n'), qsizetype(100002));
    }

    // As Telnyx sends it.
    Outcome<QByteArray> csv;
    client.groupsReportCsv(this, csv.callback());
    QVERIFY(csv.wait(240000));
    QVERIFY(csv.ok());
    const QString path = m_dir.filePath(u"big-as-sent.csv"_s);
    QString error;
    QVERIFY2(CsvExport::writeBytesAtomically(path, csv.value(), &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.size(), csv.value().size());
    QVERIFY(bytes.startsWith(TelnyxHeader));
    QCOMPARE(bytes.count("\r\n"), qsizetype(100002));
}

QTEST_GUILESS_MAIN(TstGroupsReport)
#include "tst_groupsreport.moc"
