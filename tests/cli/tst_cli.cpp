// telnyx-admin-cli end to end: the built binary, run with QProcess against a real sandbox, with
// a temporary HOME so no real settings or keychain are touched.
#include "sandboxprocess.h"
#include "secrets/profilestore.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray bom = "\xEF\xBB\xBF";

// The cases that need the real keychain run in the ctest entry tst_cli_keychain, which starts
// this program inside tests/keychain/run.sh's throwaway D-Bus session with an unlocked
// gnome-keyring; the plain tst_cli run skips them.
bool inKeyringSession()
{
    return qEnvironmentVariable("TELNYX_KEYCHAIN_MODE") == "unlocked"_L1;
}

// What the Secret Service holds for a profile, asked from outside the CLI (QtKeychain stores
// user=<key>, server=<service>, type=plaintext).
std::optional<QByteArray> keyringLookup(const QString &profile)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"user"_s, telnyx::SecretStore::apiKeyKey(profile),
                                  u"server"_s, u"TelnyxAdmin"_s, u"type"_s, u"plaintext"_s});
    if (!tool.waitForFinished(15000) || tool.exitStatus() != QProcess::NormalExit ||
        tool.exitCode() != 0)
        return std::nullopt;
    return tool.readAllStandardOutput().trimmed();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{u"--accounts"_s, u"600"_s, u"--users"_s, u"40"_s}};
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &key, const QString &baseUrl) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"TELNYX_API_KEY"_s);
        env.remove(u"TELNYX_BASE_URL"_s);
        // No session bus: the CLI must not depend on (or wait for) one.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
        if (!key.isEmpty())
            env.insert(u"TELNYX_API_KEY"_s, key);
        if (!baseUrl.isEmpty())
            env.insert(u"TELNYX_BASE_URL"_s, baseUrl);
        return env;
    }

    Run runWith(const QStringList &args, const QProcessEnvironment &env,
                bool secretsAllowed = false, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TELNYX_CLI_PATH), args);
        Run run;
        const bool started = process.waitForStarted(10000);
        if (started) {
            // Standard input is a pipe, never a terminal, and always ends.
            process.write(input);
            process.closeWriteChannel();
        }
        if (!started || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(2000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        // Managed accounts' keys start with KEY0: only --reveal-keys may print one.
        if (!secretsAllowed && run.out.contains("KEY0"))
            run.exitCode = -3;
        if (run.err.contains(SandboxProcess::apiKey().toUtf8()))
            run.exitCode = -4;
        return run;
    }

    Run run(const QStringList &args, bool secretsAllowed = false, const QByteArray &input = {})
    {
        return runWith(args, environment(SandboxProcess::apiKey(), baseUrl()), secretsAllowed,
                       input);
    }

    QString accountStatus(const QString &id)
    {
        return m_sandbox.control(u"/_sandbox/accounts/"_s + id)
            .value("data"_L1)
            .toObject()
            .value("status"_L1)
            .toString();
    }

    QStringList accountIds(const QString &status, int count)
    {
        QStringList result;
        for (const QJsonValue &v :
             fetchAll(u"managed_accounts"_s, u"&filter%5Bstatus%5D%5Beq%5D="_s + status)) {
            if (result.size() == count)
                break;
            result << v.toObject().value("id"_L1).toString();
        }
        return result;
    }

    QString baseUrl() const { return m_sandbox.baseUrl().toString(); }

    // No TELNYX_API_KEY or TELNYX_BASE_URL: the key and URL can only come from a profile. Each
    // case gets its own settings directory; the session bus is kept only when asked for.
    QProcessEnvironment profileEnvironment(const QString &configHome, bool keyring) const
    {
        QProcessEnvironment env = environment({}, {});
        env.insert(u"XDG_CONFIG_HOME"_s, configHome);
        const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        if (keyring && !bus.isEmpty())
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus);
        return env;
    }

    static QString settingsFile(const QString &configHome)
    {
        return configHome + u"/TelnyxAdmin/telnyx-admin.conf"_s;
    }

    static QJsonArray profilesJson(const Run &r) { return QJsonDocument::fromJson(r.out).array(); }

    static QJsonObject profileNamed(const QJsonArray &profiles, const QString &name)
    {
        for (const QJsonValue &v : profiles) {
            if (v.toObject().value("name"_L1).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QJsonArray runJson(const QStringList &args, int *exitCode)
    {
        const Run r = run(args);
        *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out).array();
    }

    // The sandbox's own answer, fetched directly.
    QByteArray fetch(const QString &pathAndQuery, const QByteArray &accept = "application/json")
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(baseUrl() + u'/' + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + SandboxProcess::apiKey().toUtf8());
        request.setRawHeader("Accept", accept);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QJsonArray fetchAll(const QString &path, const QString &query)
    {
        QJsonArray all;
        for (int page = 1; page < 100; ++page) {
            const QJsonObject body =
                QJsonDocument::fromJson(fetch(path + u"?page%5Bsize%5D=250&page%5Bnumber%5D="_s +
                                              QString::number(page) + query))
                    .object();
            const QJsonArray data = body.value("data"_L1).toArray();
            for (const QJsonValue &v : data)
                all.append(v);
            if (data.size() < 250)
                break;
        }
        return all;
    }

    static QSet<QString> ids(const QJsonArray &objects)
    {
        QSet<QString> set;
        for (const QJsonValue &v : objects)
            set.insert(v.toObject().value("id"_L1).toString());
        return set;
    }

    // Python's csv module reads the CSV back: an independent reader, not our own.
    static QJsonArray parseCsv(const QByteArray &csv)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv,io,json,sys\n"
                      "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                      "print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))"_s});
        if (!python.waitForStarted(10000))
            return {};
        python.write(csv);
        python.closeWriteChannel();
        python.waitForFinished(30000);
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

    static void verifyOneErrorLine(const QByteArray &err)
    {
        QVERIFY2(err.endsWith('\n') && err.count('\n') == 1, err.constData());
        QVERIFY2(err.startsWith("error: "), err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString problem = m_sandbox.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void accountsListJson()
    {
        const Run r = run({u"--format"_s, u"json"_s, u"accounts"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
        const QJsonObject meta =
            QJsonDocument::fromJson(fetch(u"managed_accounts?page%5Bsize%5D=1"_s))
                .object()
                .value("meta"_L1)
                .toObject();
        const qint64 total = meta.value("total_results"_L1).toInteger();
        QVERIFY(total > 250); // several pages walked
        QCOMPARE(accounts.size(), total);
        QCOMPARE(ids(accounts).size(), total);
        QVERIFY(r.err.isEmpty());
    }

    void accountsListCsv()
    {
        const Run r = run({u"accounts"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QByteArray(bom + "id,organization_name,email,")));
        const QJsonArray rows = parseCsv(r.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first().toArray().first().toString(), u"id"_s);
        QCOMPARE(rows.size() - 1, fetchAll(u"managed_accounts"_s, {}).size());
    }

    void accountsListTableAndDefault()
    {
        const Run table = run({u"accounts"_s, u"list"_s, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.split('\n');
        QVERIFY(lines.first().startsWith("id  "));
        // One line per account plus the header (and the empty piece after the last newline):
        // a name with a newline must not add a line.
        QCOMPARE(lines.size() - 2, fetchAll(u"managed_accounts"_s, {}).size());
        // stdout is a pipe here: the default is CSV.
        const Run piped = run({u"accounts"_s, u"list"_s});
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(piped.out.startsWith(QByteArray(bom + "id,")));
    }

    void accountsListDisabledOnly()
    {
        const Run r =
            run({u"accounts"_s, u"list"_s, u"--status"_s, u"disabled"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QSet<QString> expected =
            ids(fetchAll(u"managed_accounts"_s, u"&filter%5Bstatus%5D%5Beq%5D=disabled"_s));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(QJsonDocument::fromJson(r.out).array()), expected);
        // The sandbox's hidden state agrees that they are all disabled.
        for (const QString &id : expected) {
            const QJsonObject state =
                m_sandbox.control(u"/_sandbox/accounts/"_s + id).value("data"_L1).toObject();
            QCOMPARE(state.value("status"_L1).toString(), u"disabled"_s);
        }
    }

    void accountsShowHidesKeysUnlessAsked()
    {
        const QString id =
            fetchAll(u"managed_accounts"_s, {}).first().toObject().value("id"_L1).toString();
        const QJsonObject server = QJsonDocument::fromJson(fetch(u"managed_accounts/"_s + id))
                                       .object()
                                       .value("data"_L1)
                                       .toObject();
        const QByteArray key = server.value("api_key"_L1).toString().toUtf8();
        QVERIFY(key.startsWith("KEY0"));

        const Run json = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject hidden = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(hidden.value("id"_L1).toString(), id);
        QVERIFY(!hidden.contains("api_key"_L1));
        QVERIFY(!hidden.contains("api_token"_L1));

        const Run table = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("(hidden; use --reveal-keys)"));
        const Run csv = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(!csv.out.contains("api_key"));

        const Run revealed =
            run({u"accounts"_s, u"show"_s, id, u"--reveal-keys"_s, u"--format"_s, u"json"_s}, true);
        QCOMPARE(revealed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(revealed.out).object(), server);
        QVERIFY(revealed.out.contains(key));
    }

    void usersListJson()
    {
        const Run r = run({u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(users, fetchAll(u"organizations/users"_s, {}));
        const QJsonObject meta =
            QJsonDocument::fromJson(fetch(u"organizations/users?page%5Bsize%5D=1"_s))
                .object()
                .value("meta"_L1)
                .toObject();
        QCOMPARE(users.size(), meta.value("total_results"_L1).toInteger());
    }

    void reportGroupsSpreadsheetSafe()
    {
        const Run r = run({u"report"_s, u"groups"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray(
                     bom + "id,email,user_status,created_at,last_sign_in_at,groups\r\n")),
                 r.out.left(80).constData());
        QCOMPARE(parseCsv(r.out).size(), 42);
        // A formula-looking e-mail of the seed data is neutralised.
        QVERIFY(r.out.contains("\"'=1+2@formula.example\""));

        const QString path = m_home.filePath(u"report.csv"_s);
        const Run toFile = run({u"report"_s, u"groups"_s, u"--output"_s, path});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), r.out);
    }

    void reportGroupsAsTelnyx()
    {
        const QByteArray server = fetch(u"organizations/users/users_groups_report"_s, "text/csv");
        QVERIFY(!server.isEmpty());
        const Run r = run({u"report"_s, u"groups"_s, u"--as-telnyx"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, server);

        const QString path = m_home.filePath(u"telnyx.csv"_s);
        QCOMPARE(run({u"report"_s, u"groups"_s, u"--as-telnyx"_s, u"--output"_s, path}).exitCode,
                 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), server);
    }

    void wrongKeyIsAuthentication()
    {
        const Run r =
            runWith({u"accounts"_s, u"list"_s}, environment(u"KEY0WRONG_key"_s, baseUrl()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r.err);
        static const QRegularExpression format(u"^error: [^:]+: .+ \\(code \\d+\\)\\n$"_s);
        QVERIFY2(format.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
        // The server names the key ID it could not match; the secret part must never appear.
        QVERIFY(!r.err.contains("KEY0WRONG_key"));
    }

    void unknownAccountIsNotFound()
    {
        const Run r = run({u"accounts"_s, u"show"_s, u"00000000-0000-0000-0000-000000000000"_s});
        QCOMPARE(r.exitCode, 4);
        verifyOneErrorLine(r.err);
    }

    void validationError()
    {
        const Run r = run({u"accounts"_s, u"list"_s, u"--email-contains"_s, u"ab"_s});
        QCOMPARE(r.exitCode, 5);
        verifyOneErrorLine(r.err);
        QVERIFY2(r.err.contains("field filter[email][contains])"), r.err.constData());
        // An exact filter has no minimum length: nobody's whole e-mail is "ab".
        const Run exact =
            run({u"accounts"_s, u"list"_s, u"--email"_s, u"ab"_s, u"--format"_s, u"json"_s});
        QCOMPARE(exact.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exact.out).array(), QJsonArray());
    }

    void accountsEmailExactVsContains()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        // An account whose local part (before the @) is long enough for a contains filter.
        QString id, email, localPart;
        for (const QJsonValue &v : fetchAll(u"managed_accounts"_s, {})) {
            const QString candidate = v.toObject().value("email"_L1).toString();
            const qsizetype at = candidate.indexOf(u'@');
            if (at >= 3 && candidate.left(at).toLatin1() == candidate.left(at).toUtf8()) {
                id = v.toObject().value("id"_L1).toString();
                email = candidate;
                localPart = candidate.left(at);
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        int code = -1;

        const QJsonArray exact = runJson(
            {u"accounts"_s, u"list"_s, u"--email"_s, email, u"--format"_s, u"json"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(ids(exact).contains(id));
        for (const QJsonValue &v : exact)
            QCOMPARE(v.toObject().value("email"_L1).toString().toLower(), email.toLower());
        QCOMPARE(ids(exact),
                 ids(fetchAll(u"managed_accounts"_s,
                              u"&filter%5Bemail%5D%5Beq%5D="_s +
                                  QString::fromLatin1(QUrl::toPercentEncoding(email)))));

        // A part of the address is not the address: exact finds nothing, contains finds it.
        const QJsonArray partExact = runJson(
            {u"accounts"_s, u"list"_s, u"--email"_s, localPart, u"--format"_s, u"json"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!ids(partExact).contains(id));
        const QJsonArray partContains = runJson(
            {u"accounts"_s, u"list"_s, u"--email-contains"_s, localPart, u"--format"_s, u"json"_s},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(ids(partContains).contains(id));
        QCOMPARE(ids(partContains),
                 ids(fetchAll(u"managed_accounts"_s,
                              u"&filter%5Bemail%5D%5Bcontains%5D="_s +
                                  QString::fromLatin1(QUrl::toPercentEncoding(localPart)))));
    }

    void accountsOrgExactVsContains()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QString org = u"Acme, Inc."_s; // seeded among the newest accounts
        int code = -1;
        const QJsonArray exact =
            runJson({u"accounts"_s, u"list"_s, u"--org"_s, org, u"--format"_s, u"json"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!exact.isEmpty());
        for (const QJsonValue &v : exact)
            QCOMPARE(v.toObject().value("organization_name"_L1).toString(), org);

        const QJsonArray partExact = runJson(
            {u"accounts"_s, u"list"_s, u"--org"_s, u"Acme"_s, u"--format"_s, u"json"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!ids(partExact).intersects(ids(exact)));
        const QJsonArray contains = runJson(
            {u"accounts"_s, u"list"_s, u"--org-contains"_s, u"acme"_s, u"--format"_s, u"json"_s},
            &code);
        QCOMPARE(code, 0);
        QVERIFY(ids(contains).contains(ids(exact)));
        QCOMPARE(ids(contains),
                 ids(fetchAll(u"managed_accounts"_s,
                              u"&filter%5Borganization_name%5D%5Bcontains%5D=acme"_s)));

        // Both kinds together narrow down: the exact name, among those containing "acme".
        const QJsonArray both = runJson({u"accounts"_s, u"list"_s, u"--org"_s, org,
                                         u"--org-contains"_s, u"acme"_s, u"--format"_s, u"json"_s},
                                        &code);
        QCOMPARE(code, 0);
        QCOMPARE(ids(both), ids(exact));
    }

    void forbiddenIsPermission()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        QVERIFY(!m_sandbox
                     .control(u"/_sandbox/faults"_s,
                              R"({"kind": "403", "path": "/v2/managed_accounts", "count": 1})")
                     .isEmpty());
        const Run r = run({u"accounts"_s, u"list"_s, u"--format"_s, u"json"_s});
        m_sandbox.control(u"/_sandbox/reset"_s, "{}");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r.err);
        QVERIFY2(r.err.contains("(code 10010)"), r.err.constData());
    }

    void rateLimitedAfterRetries()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        QVERIFY(!m_sandbox
                     .control(u"/_sandbox/faults"_s,
                              R"({"kind": "429", "path": "/v2/organizations/users"})")
                     .isEmpty());
        const Run r = run({u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        const int injected = m_sandbox.stats().value("faults_injected"_L1).toInt();
        m_sandbox.control(u"/_sandbox/reset"_s, "{}");
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r.err);
        QVERIFY2(r.err.contains("(code 10011)"), r.err.constData());
        // Exit 6 means "after retries": the first answer alone must not have given up.
        QVERIFY2(injected > 1, QByteArray::number(injected).constData());
    }

    void bulkJsonAndCsv()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QString known = accountIds(u"enabled"_s, 1).value(0);
        QVERIFY(!known.isEmpty());
        const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;

        const Run json = run(
            {u"accounts"_s, u"disable"_s, known, unknown, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 4);
        QVERIFY(json.err.isEmpty());
        QJsonParseError parseError;
        const QJsonArray outcomes = QJsonDocument::fromJson(json.out, &parseError).array();
        QVERIFY2(parseError.error == QJsonParseError::NoError, json.out.constData());
        QCOMPARE(outcomes.size(), 2);
        // In the order given, whatever order they finished in.
        const QJsonObject ok = outcomes.at(0).toObject();
        QCOMPARE(ok.value("id"_L1).toString(), known);
        QCOMPARE(ok.value("ok"_L1), QJsonValue(true));
        QCOMPARE(ok.value("result"_L1).toString(), u"disabled"_s);
        QVERIFY(ok.value("error"_L1).isNull());
        const QJsonObject failed = outcomes.at(1).toObject();
        QCOMPARE(failed.value("id"_L1).toString(), unknown);
        QCOMPARE(failed.value("ok"_L1), QJsonValue(false));
        QCOMPARE(failed.value("result"_L1).toString(), u"failed"_s);
        QCOMPARE(failed.value("error_code"_L1).toString(), u"10005"_s);
        QVERIFY(!failed.value("error"_L1).toString().isEmpty());
        QCOMPARE(accountStatus(known), u"disabled"_s);

        const Run csv = run({u"accounts"_s, u"enable"_s, known, unknown, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 4);
        const QJsonArray rows = parseCsv(csv.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toArray(), QJsonArray({u"id"_s, u"ok"_s, u"result"_s, u"error_code"_s,
                                                   u"error_field"_s, u"error"_s}));
        QCOMPARE(rows.at(1).toArray().at(0).toString(), known);
        QCOMPARE(rows.at(1).toArray().at(1).toString(), u"true"_s);
        QCOMPARE(rows.at(1).toArray().at(2).toString(), u"enabled"_s);
        QCOMPARE(rows.at(1).toArray().at(5).toString(), QString());
        QCOMPARE(rows.at(2).toArray().at(0).toString(), unknown);
        QCOMPARE(rows.at(2).toArray().at(1).toString(), u"false"_s);
        QCOMPARE(rows.at(2).toArray().at(3).toString(), u"10005"_s);
        QVERIFY(!rows.at(2).toArray().at(5).toString().isEmpty());
        QCOMPARE(accountStatus(known), u"enabled"_s);

        // --format table keeps the human lines.
        const Run table = run({u"accounts"_s, u"enable"_s, known, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, QByteArray(known.toUtf8() + " enabled\n"));

        // A success worth a note keeps it in the result.
        const QString user =
            fetchAll(u"organizations/users"_s, {}).at(0).toObject().value("id"_L1).toString();
        QCOMPARE(run({u"users"_s, u"remove"_s, user, u"--yes"_s}).exitCode, 0);
        const Run again =
            run({u"users"_s, u"remove"_s, user, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject gone = QJsonDocument::fromJson(again.out).array().at(0).toObject();
        QCOMPARE(gone.value("result"_L1).toString(), u"already removed"_s);
        QCOMPARE(gone.value("ok"_L1), QJsonValue(true));
    }

    // Without a keychain (no session bus): everything that only touches the settings works, and
    // whatever needs the keychain fails with 8 and changes nothing.
    void profilesWithoutKeychain()
    {
        const QString config = m_home.filePath(u"profiles-nokeychain"_s);
        const QString sandboxUrl = baseUrl();
        {
            QSettings settings(settingsFile(config), QSettings::IniFormat);
            telnyx::ProfileStore store(&settings);
            store.save({u"alpha"_s, QUrl(u"https://api.telnyx.com/v2"_s)});
            store.save({u"beta"_s, QUrl(sandboxUrl)});
            store.setActive(u"alpha"_s);
        }
        const QProcessEnvironment env = profileEnvironment(config, false);

        const Run list = runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s}, env);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = profilesJson(list);
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profileNamed(profiles, u"alpha"_s),
                 (QJsonObject{{u"name"_s, u"alpha"_s},
                              {u"base_url"_s, u"https://api.telnyx.com/v2"_s},
                              {u"active"_s, true},
                              {u"key_stored"_s, QJsonValue()}}));
        QCOMPARE(profileNamed(profiles, u"beta"_s).value("base_url"_L1).toString(), sandboxUrl);
        QCOMPARE(profileNamed(profiles, u"beta"_s).value("active"_L1), QJsonValue(false));
        QVERIFY2(list.err.startsWith("note: the keychain could not say"), list.err.constData());

        const Run csv = runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"csv"_s}, env);
        QCOMPARE(csv.exitCode, 0);
        const QJsonArray rows = parseCsv(csv.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toArray(),
                 QJsonArray({u"name"_s, u"base_url"_s, u"active"_s, u"key_stored"_s}));
        QCOMPARE(rows.at(1).toArray().at(0).toString(), u"alpha"_s);
        QCOMPARE(rows.at(1).toArray().at(2).toString(), u"true"_s);

        const Run use = runWith({u"profiles"_s, u"use"_s, u"beta"_s}, env);
        QCOMPARE(use.exitCode, 0);
        QCOMPARE(use.out, "active profile: \"beta\"\n");
        {
            QSettings settings(settingsFile(config), QSettings::IniFormat);
            QCOMPARE(telnyx::ProfileStore(&settings).activeName(), u"beta"_s);
        }
        const QJsonArray afterUse =
            profilesJson(runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s}, env));
        QCOMPARE(profileNamed(afterUse, u"beta"_s).value("active"_L1), QJsonValue(true));
        QCOMPARE(profileNamed(afterUse, u"alpha"_s).value("active"_L1), QJsonValue(false));

        const Run useUnknown = runWith({u"profiles"_s, u"use"_s, u"gamma"_s}, env);
        QCOMPARE(useUnknown.exitCode, 4);
        verifyOneErrorLine(useUnknown.err);

        // The active profile's key is looked up in the keychain, which is not there.
        const Run noKey = runWith({u"users"_s, u"list"_s}, env);
        QCOMPARE(noKey.exitCode, 8);
        verifyOneErrorLine(noKey.err);
        QVERIFY2(noKey.err.contains("profile \"beta\""), noKey.err.constData());

        const Run refused = runWith({u"profiles"_s, u"remove"_s, u"alpha"_s}, env);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, "error: refusing to remove without --yes when not on a terminal\n");
        const Run removeUnknown = runWith({u"profiles"_s, u"remove"_s, u"gamma"_s}, env);
        QCOMPARE(removeUnknown.exitCode, 4);
        // The key cannot be deleted, so the profile stays: never a key nobody can see.
        const Run removeKept = runWith({u"profiles"_s, u"remove"_s, u"alpha"_s, u"--yes"_s}, env);
        QCOMPARE(removeKept.exitCode, 8);
        verifyOneErrorLine(removeKept.err);
        QVERIFY2(removeKept.err.contains("kept"), removeKept.err.constData());

        const QByteArray key = SandboxProcess::apiKey().toUtf8();
        const Run addFailed =
            runWith({u"profiles"_s, u"add"_s, u"gamma"_s, u"--base-url"_s, sandboxUrl}, env, false,
                    key + "\n");
        QCOMPARE(addFailed.exitCode, 8);
        verifyOneErrorLine(addFailed.err);
        QVERIFY2(addFailed.err.startsWith("error: keychain: profile \"gamma\" not saved"),
                 addFailed.err.constData());
        const Run addEmpty = runWith({u"profiles"_s, u"add"_s, u"gamma"_s}, env, false, " \n");
        QCOMPARE(addEmpty.exitCode, 1);
        verifyOneErrorLine(addEmpty.err);

        const QJsonArray after =
            profilesJson(runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s}, env));
        QCOMPARE(after.size(), 2);
        QVERIFY(profileNamed(after, u"gamma"_s).isEmpty());
        QVERIFY(!profileNamed(after, u"alpha"_s).isEmpty());
        QFile file(settingsFile(config));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key));
    }

    // On a terminal the key is asked for and not echoed (a key on screen ends up in scrollback
    // and screen recordings). Python's pty module gives the CLI a real terminal.
    void profilesAddOnTerminalDoesNotEcho()
    {
        const QString config = m_home.filePath(u"profiles-tty"_s);
        QProcess python;
        python.setProcessEnvironment(profileEnvironment(config, false));
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import json, os, pty, select, sys, time\n"
                      "pid, fd = pty.fork()\n"
                      "if pid == 0:\n"
                      "    os.execv(sys.argv[1], sys.argv[1:])\n"
                      "out = b''\n"
                      "def drain(seconds):\n"
                      "    global out\n"
                      "    end = time.time() + seconds\n"
                      "    while time.time() < end:\n"
                      "        if select.select([fd], [], [], 0.05)[0]:\n"
                      "            try:\n"
                      "                data = os.read(fd, 4096)\n"
                      "            except OSError:\n"
                      "                return\n"
                      "            if not data:\n"
                      "                return\n"
                      "            out += data\n"
                      "        elif b'profile' in out and seconds < 5:\n"
                      "            return\n"
                      "drain(2)\n"
                      "os.write(fd, sys.stdin.buffer.read())\n"
                      "drain(30)\n"
                      "status = os.waitpid(pid, 0)[1]\n"
                      "print(json.dumps({'out': out.decode('utf-8', "
                      "'replace'), 'code': "
                      "os.waitstatus_to_exitcode(status)}))\n"_s,
                      QStringLiteral(TELNYX_CLI_PATH), u"profiles"_s, u"add"_s, u"tty"_s});
        QVERIFY(python.waitForStarted(10000));
        python.write(SandboxProcess::apiKey().toUtf8() + '\n');
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const QString out = result.value("out"_L1).toString();
        QVERIFY2(out.startsWith(u"API key for profile \"tty\": "_s), qPrintable(out));
        QVERIFY2(!out.contains(SandboxProcess::apiKey()), qPrintable(out));
        QVERIFY2(!out.contains(u"KEY0"_s), qPrintable(out));
        // The key was read (no usage error for an empty one); only the keychain is missing here.
        QCOMPARE(result.value("code"_L1).toInt(-1), 8);
    }

    // The real keychain (tst_cli_keychain): add, list, use, the key found through a profile,
    // replace, remove; the key only ever in the keyring.
    void profilesWithKeychain()
    {
        if (!inKeyringSession())
            QSKIP("needs the keyring session of tests/keychain/run.sh (ctest tst_cli_keychain)");
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QString config = m_home.filePath(u"profiles-keychain"_s);
        const QProcessEnvironment env = profileEnvironment(config, true);
        const QByteArray key = SandboxProcess::apiKey().toUtf8();
        const QByteArray wrongKey = "KEY0WRONG_cli_profile";

        const Run add =
            runWith({u"profiles"_s, u"add"_s, u"cli-demo"_s, u"--base-url"_s, baseUrl()}, env,
                    false, key + "\nignored second line\n");
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(add.out, QByteArray("profile \"cli-demo\" added: " + baseUrl().toUtf8() +
                                     ", key in the system keychain, active\n"));
        QCOMPARE(keyringLookup(u"cli-demo"_s), std::optional<QByteArray>(key));

        const Run other =
            runWith({u"profiles"_s, u"add"_s, u"cli-other"_s, u"--base-url"_s, baseUrl()}, env,
                    false, "  " + wrongKey + "  \r\n");
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QVERIFY(!other.out.contains("active")); // the first profile stays the active one
        QCOMPARE(keyringLookup(u"cli-other"_s), std::optional<QByteArray>(wrongKey));

        const Run list = runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.err.isEmpty());
        const QJsonArray profiles = profilesJson(list);
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profileNamed(profiles, u"cli-demo"_s), (QJsonObject{{u"name"_s, u"cli-demo"_s},
                                                                     {u"base_url"_s, baseUrl()},
                                                                     {u"active"_s, true},
                                                                     {u"key_stored"_s, true}}));
        QCOMPARE(profileNamed(profiles, u"cli-other"_s).value("active"_L1), QJsonValue(false));

        // The key and the base URL come from the active profile: no TELNYX_* variable is set.
        const Run accounts = runWith({u"accounts"_s, u"list"_s, u"--format"_s, u"json"_s}, env);
        QVERIFY2(accounts.exitCode == 0, accounts.err.constData());
        QCOMPARE(ids(QJsonDocument::fromJson(accounts.out).array()),
                 ids(fetchAll(u"managed_accounts"_s, {})));
        // --profile picks another profile's key: the wrong one is refused by the server.
        const Run wrong = runWith({u"--profile"_s, u"cli-other"_s, u"users"_s, u"list"_s}, env);
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(runWith({u"profiles"_s, u"use"_s, u"cli-other"_s}, env).exitCode, 0);
        QCOMPARE(runWith({u"users"_s, u"list"_s}, env).exitCode, 2);

        // Adding again replaces the key and keeps the base URL; the active profile stays.
        const Run replaced =
            runWith({u"profiles"_s, u"add"_s, u"cli-other"_s}, env, false, key + "\n");
        QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
        QVERIFY(replaced.out.startsWith(
            QByteArray("profile \"cli-other\" updated: " + baseUrl().toUtf8())));
        QCOMPARE(runWith({u"users"_s, u"list"_s}, env).exitCode, 0);

        const Run removed = runWith({u"profiles"_s, u"remove"_s, u"cli-other"_s, u"--yes"_s}, env);
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(removed.out.contains("no profile is active now"));
        QCOMPARE(keyringLookup(u"cli-other"_s), std::nullopt);
        QCOMPARE(keyringLookup(u"cli-demo"_s), std::optional<QByteArray>(key));
        const QJsonArray left =
            profilesJson(runWith({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s}, env));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value("name"_L1).toString(), u"cli-demo"_s);
        QCOMPARE(runWith({u"--profile"_s, u"cli-other"_s, u"users"_s, u"list"_s}, env).exitCode, 8);

        QCOMPARE(runWith({u"profiles"_s, u"remove"_s, u"cli-demo"_s, u"--yes"_s}, env).exitCode, 0);
        QCOMPARE(keyringLookup(u"cli-demo"_s), std::nullopt);
        QFile file(settingsFile(config));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(!settings.contains(key));
        QVERIFY(!settings.contains(wrongKey));
    }

    void deadServerIsNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        const Run r =
            runWith({u"users"_s, u"list"_s},
                    environment(SandboxProcess::apiKey(), u"http://127.0.0.1:%1/v2"_s.arg(port)));
        QCOMPARE(r.exitCode, 7);
        verifyOneErrorLine(r.err);
    }

    void usageErrors()
    {
        for (const QStringList &args :
             {QStringList{},
              QStringList{u"users"_s, u"lst"_s},
              QStringList{u"--bogus"_s},
              QStringList{u"accounts"_s, u"show"_s},
              QStringList{u"users"_s, u"list"_s, u"--status"_s, u"cancelled"_s},
              QStringList{u"users"_s, u"list"_s, u"--reveal-keys"_s},
              QStringList{u"accounts"_s, u"list"_s, u"--format"_s, u"xml"_s},
              QStringList{u"report"_s, u"groups"_s, u"--as-telnyx"_s, u"--spreadsheet-safe"_s},
              QStringList{u"accounts"_s, u"create"_s},
              QStringList{u"accounts"_s, u"create"_s, u"--business-name"_s, u"x"_s, u"--yes"_s},
              QStringList{u"accounts"_s, u"disable"_s},
              QStringList{u"accounts"_s, u"pricing"_s, u"some-id"_s, u"maybe"_s},
              QStringList{u"accounts"_s, u"channels"_s, u"some-id"_s},
              QStringList{u"accounts"_s, u"channels"_s, u"--limit"_s, u"3"_s},
              QStringList{u"accounts"_s, u"channels"_s, u"some-id"_s, u"--limit"_s, u"-1"_s},
              QStringList{u"users"_s, u"remove"_s},
              QStringList{u"users"_s, u"list"_s, u"--yes"_s},
              QStringList{u"users"_s, u"list"_s, u"--email-contains"_s, u"abc"_s},
              QStringList{u"accounts"_s, u"list"_s, u"--org-contains"_s},
              QStringList{u"profiles"_s},
              QStringList{u"profiles"_s, u"add"_s},
              QStringList{u"profiles"_s, u"add"_s, u"a"_s, u"b"_s},
              QStringList{u"profiles"_s, u"list"_s, u"extra"_s},
              QStringList{u"--profile"_s, u"x"_s, u"profiles"_s, u"list"_s},
              QStringList{u"profiles"_s, u"use"_s, u"x"_s, u"--base-url"_s, baseUrl()},
              QStringList{u"profiles"_s, u"add"_s, u"x"_s, u"--format"_s, u"json"_s},
              QStringList{u"profiles"_s, u"add"_s, u"x"_s, u"--base-url"_s,
                          u"http://api.example.com/v2"_s},
              QStringList{u"profiles"_s, u"use"_s, QString(65, u'x')},
              QStringList{u"profiles"_s, u"remove"_s, u"x"_s, u"--reveal-keys"_s}}) {
            const Run r = run(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            verifyOneErrorLine(r.err);
        }
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("accounts list"));
        QVERIFY(help.out.contains("Exit codes"));
        QVERIFY(help.out.contains("accounts create --business-name NAME"));
        QVERIFY(help.out.contains("accounts disable ID... [--yes]"));
        QVERIFY(help.out.contains("users remove ID... [--yes]"));
        QVERIFY(help.out.contains("accounts channels ID --limit N"));
        QVERIFY(help.out.contains("profiles add NAME [--base-url URL]"));
        QVERIFY(help.out.contains("profiles remove NAME [--yes]"));
        QVERIFY(help.out.contains("[--email-contains S] [--org-contains S] [--email S] [--org S]"));
    }

    void noKeyAnywhere()
    {
        QElapsedTimer clock;
        clock.start();
        const Run r = runWith({u"accounts"_s, u"list"_s}, environment({}, baseUrl()));
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.err, "error: no API key: set TELNYX_API_KEY or add a profile\n");
        QVERIFY(clock.elapsed() < 10000);
    }

    void createAccount()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const Run r =
            run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme CLI"_s, u"--email"_s,
                 u"cli.create@acme.example"_s, u"--rollup-billing"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(created.value("email"_L1).toString(), u"cli.create@acme.example"_s);
        QCOMPARE(created.value("rollup_billing"_L1).toBool(), true);
        QVERIFY(!created.contains("api_key"_L1));
        QVERIFY(!created.contains("api_token"_L1));
        const QString id = created.value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_sandbox.control(u"/_sandbox/accounts/"_s + id)
                     .value("data"_L1)
                     .toObject()
                     .value("email"_L1)
                     .toString(),
                 u"cli.create@acme.example"_s);

        // The table says the key exists without printing it; --reveal-keys prints it.
        const Run table =
            run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme T"_s, u"--email"_s,
                 u"cli.table@acme.example"_s, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("(hidden; use --reveal-keys)"));
        const Run revealed =
            run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme R"_s, u"--email"_s,
                 u"cli.reveal@acme.example"_s, u"--reveal-keys"_s, u"--format"_s, u"json"_s},
                true);
        QCOMPARE(revealed.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(revealed.out)
                    .object()
                    .value("api_key"_L1)
                    .toString()
                    .startsWith("KEY0"_L1));
    }

    void createAccountPasswordFromStdin()
    {
        const Run ok = run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme P"_s,
                            u"--email"_s, u"cli.password@acme.example"_s, u"--password-stdin"_s,
                            u"--custom-pricing"_s, u"--format"_s, u"json"_s},
                           false, "correct horse battery\nsecond line ignored\n");
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(created.value("managed_account_allow_custom_pricing"_L1).toBool(), true);
        QVERIFY(!ok.out.contains("correct horse"));
        QVERIFY(ok.err.isEmpty());

        const Run shortPassword =
            run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme S"_s, u"--email"_s,
                 u"cli.short@acme.example"_s, u"--password-stdin"_s},
                false, "short\n");
        QCOMPARE(shortPassword.exitCode, 5);
        verifyOneErrorLine(shortPassword.err);
        QVERIFY2(shortPassword.err.contains("field /password"), shortPassword.err.constData());
        QVERIFY(!shortPassword.err.contains("short\n") || shortPassword.err.count("short") == 0);

        const Run empty = run(
            {u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme E"_s, u"--password-stdin"_s});
        QCOMPARE(empty.exitCode, 1);
        verifyOneErrorLine(empty.err);
    }

    void createAccountLostReplyIsNotRepeated()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        QVERIFY(!m_sandbox
                     .control(u"/_sandbox/faults"_s,
                              R"({"kind": "500", "path": "/v2/managed_accounts", "count": 1,
                                  "method": "POST"})")
                     .isEmpty());
        const Run r = run({u"accounts"_s, u"create"_s, u"--business-name"_s, u"Acme L"_s,
                           u"--email"_s, u"cli.lost@acme.example"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.startsWith("note: the reply to the create was lost"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("email"_L1).toString(),
                 u"cli.lost@acme.example"_s);
        QCOMPARE(m_sandbox.stats().value("creates"_L1).toInt(), 1);
        m_sandbox.control(u"/_sandbox/reset"_s, "{}");
    }

    void disableNeedsYesOffTerminal()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QStringList ids = accountIds(u"enabled"_s, 2);
        QCOMPARE(ids.size(), 2);
        const Run refused = run(QStringList{u"accounts"_s, u"disable"_s} + ids);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, "error: refusing to disable without --yes when not on a terminal\n");
        QVERIFY(refused.out.isEmpty());
        for (const QString &id : ids)
            QCOMPARE(accountStatus(id), u"enabled"_s);

        const Run removeRefused = run({u"users"_s, u"remove"_s, u"some-user"_s});
        QCOMPARE(removeRefused.exitCode, 1);
        verifyOneErrorLine(removeRefused.err);
    }

    void disableTwoThenEnable()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QStringList ids = accountIds(u"enabled"_s, 2);
        QCOMPARE(ids.size(), 2);
        const Run r = run(QStringList{u"accounts"_s, u"disable"_s} + ids + QStringList{u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(QSet<QByteArray>(lines.cbegin(), lines.cend()),
                 (QSet<QByteArray>{ids.at(0).toUtf8() + " disabled",
                                   ids.at(1).toUtf8() + " disabled", QByteArray()}));
        for (const QString &id : ids)
            QCOMPARE(accountStatus(id), u"disabled"_s);

        const Run enabled = run(QStringList{u"accounts"_s, u"enable"_s} + ids +
                                QStringList{u"--reenable-all-connections"_s});
        QVERIFY2(enabled.exitCode == 0, enabled.out.constData());
        QVERIFY(enabled.out.contains(QByteArray(ids.at(0).toUtf8() + " enabled\n")));
        QVERIFY(enabled.out.contains(QByteArray(ids.at(1).toUtf8() + " enabled\n")));
        for (const QString &id : ids)
            QCOMPARE(accountStatus(id), u"enabled"_s);
    }

    void bulkWithUnknownIdIsNotFound()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QString known = accountIds(u"enabled"_s, 1).value(0);
        const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;
        const Run r = run({u"accounts"_s, u"disable"_s, unknown, known, u"--yes"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QByteArray(known.toUtf8() + " disabled\n")));
        QVERIFY2(r.out.contains(QByteArray(unknown.toUtf8() + " failed: ")), r.out.constData());
        QCOMPARE(r.out.count('\n'), 2);
        QCOMPARE(accountStatus(known), u"disabled"_s);

        const Run pricing = run({u"accounts"_s, u"pricing"_s, unknown, u"on"_s});
        QCOMPARE(pricing.exitCode, 4);
        verifyOneErrorLine(pricing.err);
    }

    void pricingOn()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        QString id;
        for (const QJsonValue &v : fetchAll(u"managed_accounts"_s, {})) {
            const QString candidate = v.toObject().value("id"_L1).toString();
            if (!m_sandbox.control(u"/_sandbox/accounts/"_s + candidate)
                     .value("data"_L1)
                     .toObject()
                     .value("managed_account_allow_custom_pricing"_L1)
                     .toBool()) {
                id = candidate;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Run r = run({u"accounts"_s, u"pricing"_s, id, u"on"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value("managed_account_allow_custom_pricing"_L1)
                     .toBool(),
                 true);
        QCOMPARE(m_sandbox.control(u"/_sandbox/accounts/"_s + id)
                     .value("data"_L1)
                     .toObject()
                     .value("managed_account_allow_custom_pricing"_L1)
                     .toBool(),
                 true);
    }

    void channelsPoolAndLimit()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const Run pool = run({u"accounts"_s, u"channels"_s, u"--format"_s, u"json"_s});
        QVERIFY2(pool.exitCode == 0, pool.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(pool.out).object();
        const qint64 allocatable = p.value("allocatable"_L1).toInteger(-1);
        QVERIFY(allocatable > 0);
        QVERIFY(p.value("allocated"_L1).toInteger(-1) >= 0);
        const Run csv = run({u"accounts"_s, u"channels"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QByteArray(bom + "allocatable,allocated\r\n")));

        const QString id = accountIds(u"enabled"_s, 1).value(0);
        const Run set =
            run({u"accounts"_s, u"channels"_s, id, u"--limit"_s, u"1"_s, u"--format"_s, u"json"_s});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(QJsonDocument::fromJson(set.out).object().value("channel_limit"_L1).toInteger(),
                 1);
        QCOMPARE(m_sandbox.control(u"/_sandbox/accounts/"_s + id)
                     .value("data"_L1)
                     .toObject()
                     .value("channel_limit"_L1)
                     .toInteger(),
                 1);

        const Run beyond =
            run({u"accounts"_s, u"channels"_s, id, u"--limit"_s, QString::number(allocatable + 1)});
        QCOMPARE(beyond.exitCode, 5);
        verifyOneErrorLine(beyond.err);
        QVERIFY2(beyond.err.contains("field /channel_limit"), beyond.err.constData());
    }

    void usersRemove()
    {
        QVERIFY(!m_sandbox.control(u"/_sandbox/reset"_s, "{}").isEmpty());
        const QJsonArray users = fetchAll(u"organizations/users"_s, {});
        QVERIFY(users.size() >= 2);
        const QStringList ids{users.at(0).toObject().value("id"_L1).toString(),
                              users.at(1).toObject().value("id"_L1).toString()};
        const Run r = run({u"users"_s, u"remove"_s, ids.at(0), ids.at(1), u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains(QByteArray(ids.at(0).toUtf8() + " removed\n")));
        QVERIFY(r.out.contains(QByteArray(ids.at(1).toUtf8() + " removed\n")));
        const QSet<QString> left = this->ids(fetchAll(u"organizations/users"_s, {}));
        QVERIFY(!left.contains(ids.at(0)) && !left.contains(ids.at(1)));

        const Run again = run({u"users"_s, u"remove"_s, ids.at(0), u"--yes"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray(ids.at(0).toUtf8() + " already removed\n"));
    }

    void verboseLogsWithoutKey()
    {
        const Run r = run({u"--verbose"_s, u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("GET /v2/organizations/users"), r.err.constData());
        QVERIFY(r.err.contains(" 200 "));
        QVERIFY(r.err.contains(" id "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
