#include "api/telnyxclient.h"
#include "clienttestbase.h"
#include "models/bulkrun.h"
#include "models/useroperations.h"
#include "models/usersmodel.h"
#include "models/usersproxymodel.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace telnyx;
using namespace Qt::StringLiterals;

namespace {

// The seeded data's reference time (tests/sandbox/README.md): every seeded date lies before it.
QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 9, 30), QTime(12, 0), QTimeZone::utc());
}

// Exports join group names as Telnyx's CSV does; the screen uses a separator that no group
// name contains.
QString joinedGroupNames(const OrganizationUser &user, const QString &separator = u", "_s)
{
    QStringList names;
    for (const UserGroup &g : user.groups.value_or(QList<UserGroup>{}))
        names.append(g.name);
    return names.join(separator);
}

} // namespace

class TstUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void relativeTime_data();
    void relativeTime();
    void loadsEveryPageInOrderWithGroups();
    void cellsAndRoles();
    void statusFilterGoesToTheApi();
    void emailFilterGoesToTheApi();
    void proxySortsNeverFirstAndSearches();
    void reloadMidLoadLeavesNoStaleRows();
    void cancelStopsLoading();
    void unauthorizedReportsError();
    void retrieveRefreshesRowInPlace();
    void removeTwoUsers();
    void removeAlreadyGoneCountsAsRemoved();
    void removeOwnerIsRefusedWithoutRequest();
    void retryFailedAfterServerError();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_total = 0;

    void makeClient(TelnyxClient &client);
    static bool waitLoaded(UsersModel &model, QSignalSpy &loading, int timeoutMs = 30000);
    // Every page of the list, asked independently of the model, one page at a time.
    QList<OrganizationUser> listAll(TelnyxClient &client, const UserQuery &query);
    int requestsFor(const QString &route);
    static bool waitFinished(BulkRun &run, QSignalSpy &finished);
};

void TstUsersModel::initTestCase()
{
    // 600 sub-users: more than two pages of 250, so the model has to walk three.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--users"_s, u"600"_s, u"--latency-ms"_s, u"20"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    TelnyxClient client;
    makeClient(client);
    Outcome<Page<OrganizationUser>> first;
    client.listUsers({}, 1, 1, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.ok());
    m_total = first.value().meta.totalResults;
    QCOMPARE(m_total, qint64(600)); // the owner is not in the list
}

void TstUsersModel::init()
{
    // Some tests remove users: every test starts from the seeded data.
    const QJsonObject stats = m_sandbox->control(u"/_sandbox/reset"_s, "{}");
    QVERIFY2(stats.contains("requests_total"_L1), "the sandbox did not reset");
}

void TstUsersModel::makeClient(TelnyxClient &client)
{
    pointAt(client, *m_sandbox);
}

bool TstUsersModel::waitLoaded(UsersModel &model, QSignalSpy &loading, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return !model.isLoading() && !loading.isEmpty() && !loading.last().at(0).toBool(); },
        timeoutMs);
}

QList<OrganizationUser> TstUsersModel::listAll(TelnyxClient &client, const UserQuery &query)
{
    QList<OrganizationUser> all;
    for (int page = 1;; ++page) {
        Outcome<Page<OrganizationUser>> o;
        client.listUsers(query, page, UsersModel::PageSize, this, o.callback());
        if (!o.wait() || !o.ok()) {
            qWarning() << "independent listing failed on page" << page;
            return {};
        }
        all += o.value().items;
        if (page >= o.value().meta.totalPages)
            return all;
    }
}

int TstUsersModel::requestsFor(const QString &route)
{
    return m_sandbox->stats().value("requests_by_method"_L1).toObject().value(route).toInt(0);
}

bool TstUsersModel::waitFinished(BulkRun &run, QSignalSpy &finished)
{
    return QTest::qWaitFor([&] { return !run.isRunning() && finished.count() > 0; }, 20000);
}

// --- Relative times ----------------------------------------------------------------------------

void TstUsersModel::relativeTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");

    const QDateTime now = referenceNow();
    auto ago = [&](qint64 seconds) { return now.addSecs(-seconds); };
    const qint64 minute = 60;
    const qint64 hour = 60 * minute;
    const qint64 day = 24 * hour;

    QTest::newRow("never") << QDateTime() << UsersModel::tr("never");
    QTest::newRow("now") << now << UsersModel::tr("just now");
    QTest::newRow("59 s") << ago(59) << UsersModel::tr("just now");
    QTest::newRow("future (clock skew)") << now.addSecs(300) << UsersModel::tr("just now");
    QTest::newRow("1 min") << ago(minute) << UsersModel::tr("%n minute(s) ago", nullptr, 1);
    QTest::newRow("5 min") << ago(5 * minute + 10)
                           << UsersModel::tr("%n minute(s) ago", nullptr, 5);
    QTest::newRow("59 min") << ago(hour - 1) << UsersModel::tr("%n minute(s) ago", nullptr, 59);
    QTest::newRow("1 h") << ago(hour) << UsersModel::tr("%n hour(s) ago", nullptr, 1);
    QTest::newRow("23 h") << ago(day - 1) << UsersModel::tr("%n hour(s) ago", nullptr, 23);
    QTest::newRow("1 day") << ago(day) << UsersModel::tr("%n day(s) ago", nullptr, 1);
    QTest::newRow("3 days") << ago(3 * day + hour) << UsersModel::tr("%n day(s) ago", nullptr, 3);
    QTest::newRow("29 days") << ago(29 * day) << UsersModel::tr("%n day(s) ago", nullptr, 29);
    // 30 days back from Sep 30 is Aug 31: less than a calendar month, still "1 month".
    QTest::newRow("30 days") << ago(30 * day) << UsersModel::tr("%n month(s) ago", nullptr, 1);
    QTest::newRow("2 months") << now.addMonths(-2) << UsersModel::tr("%n month(s) ago", nullptr, 2);
    QTest::newRow("2 months less a day")
        << now.addMonths(-2).addDays(1) << UsersModel::tr("%n month(s) ago", nullptr, 1);
    QTest::newRow("11 months") << now.addMonths(-11)
                               << UsersModel::tr("%n month(s) ago", nullptr, 11);
    QTest::newRow("1 year") << now.addYears(-1) << UsersModel::tr("%n year(s) ago", nullptr, 1);
    QTest::newRow("4 years") << now.addYears(-4) << UsersModel::tr("%n year(s) ago", nullptr, 4);
    QTest::newRow("4 years less a day")
        << now.addYears(-4).addDays(1) << UsersModel::tr("%n year(s) ago", nullptr, 3);
}

void TstUsersModel::relativeTime()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(telnyx::relativeTime(when, referenceNow()), expected);
}

// --- Loading -----------------------------------------------------------------------------------

void TstUsersModel::loadsEveryPageInOrderWithGroups()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy progress(&model, &UsersModel::loadProgress);
    QSignalSpy failed(&model, &UsersModel::loadFailed);

    UserQuery query;
    query.includeGroups = false; // the model asks for groups whatever the caller says
    model.reload(query);
    QVERIFY(model.isLoading());
    QVERIFY(model.query().includeGroups);
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY(inserted.count() >= 3); // 600 rows at 250 a page: three inserts
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);

    // Same rows in the same order as the API lists them, asked independently.
    UserQuery withGroups;
    withGroups.includeGroups = true;
    const QList<OrganizationUser> expected = listAll(client, withGroups);
    QCOMPARE(qint64(expected.size()), m_total);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const OrganizationUser *user = model.userAt(row);
        QVERIFY(user);
        QVERIFY2(!ids.contains(user->id), qPrintable(u"duplicate row "_s + user->id));
        ids.insert(user->id);
        QCOMPARE(user->id, expected.at(row).id);
        QCOMPARE(model.rowOf(user->id), row);
        QVERIFY2(user->groups.has_value(), qPrintable(u"no groups for "_s + user->email));
        QCOMPARE(*user->groups, expected.at(row).groups.value());
        QCOMPARE(model.index(row, UsersModel::Groups).data(UsersModel::ExportRole).toString(),
                 joinedGroupNames(*user));
    }
}

void TstUsersModel::cellsAndRoles()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.setClock(referenceNow);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    QVERIFY(model.rowCount() > 0);

    int never = 0;
    int withoutGroups = 0;
    QSet<UserStatus> statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        const OrganizationUser &u = *model.userAt(row);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(UsersModel::Email).toString(), u.email);
        QCOMPARE(cell(UsersModel::Id).toString(), u.id);
        QCOMPARE(cell(UsersModel::Email, UsersModel::IdRole).toString(), u.id);
        QCOMPARE(cell(UsersModel::Status, UsersModel::StatusRole).toInt(), int(u.status));
        QCOMPARE(cell(UsersModel::Status, UsersModel::ExportRole).toString(),
                 userStatusKey(u.status));
        statuses.insert(u.status);
        const QString status = cell(UsersModel::Status).toString();
        switch (u.status) {
        case UserStatus::Enabled:
            QCOMPARE(status, UsersModel::tr("Enabled"));
            break;
        case UserStatus::Disabled:
            QCOMPARE(status, UsersModel::tr("Disabled"));
            break;
        case UserStatus::Blocked:
            QCOMPARE(status, UsersModel::tr("Blocked"));
            break;
        case UserStatus::Unknown:
            QFAIL("the sandbox sends only known statuses");
        }
        // The list never holds the owner in the sandbox: every row is a member.
        QCOMPARE(cell(UsersModel::Role).toString(), UsersModel::tr("Member"));
        QCOMPARE(cell(UsersModel::Role, UsersModel::IsOwnerRole).toBool(), false);
        QCOMPARE(cell(UsersModel::Role, UsersModel::ExportRole).toString(),
                 u"organization_sub_user"_s);
        QCOMPARE(cell(UsersModel::SsoBypass).toString(),
                 u.bypassesSso.value() ? UsersModel::tr("Yes") : UsersModel::tr("No"));
        QCOMPARE(cell(UsersModel::SsoBypass, UsersModel::ExportRole).toString(),
                 u.bypassesSso.value() ? u"true"_s : u"false"_s);
        QCOMPARE(cell(UsersModel::Groups).toString(), joinedGroupNames(u, u" \u00b7 "_s));
        QCOMPARE(cell(UsersModel::Groups, UsersModel::ExportRole).toString(), joinedGroupNames(u));
        withoutGroups += u.groups->isEmpty();

        QCOMPARE(cell(UsersModel::Created, UsersModel::SortRole).toDateTime(), u.createdAt);
        QCOMPARE(cell(UsersModel::Created, UsersModel::ExportRole).toString(),
                 u.createdAt.toUTC().toString(Qt::ISODateWithMs));
        QVERIFY(cell(UsersModel::Created, UsersModel::ExportRole).toString().endsWith(u'Z'));
        QVERIFY(!cell(UsersModel::Created).toString().isEmpty());

        const QString lastSignIn = cell(UsersModel::LastSignIn).toString();
        if (u.lastSignInAt.isValid()) {
            QCOMPARE(lastSignIn, telnyx::relativeTime(u.lastSignInAt, referenceNow()));
            QVERIFY(lastSignIn != UsersModel::tr("never"));
            QCOMPARE(cell(UsersModel::LastSignIn, UsersModel::SortRole).toDateTime(),
                     u.lastSignInAt);
            QCOMPARE(cell(UsersModel::LastSignIn, UsersModel::ExportRole).toString(),
                     u.lastSignInAt.toUTC().toString(Qt::ISODateWithMs));
            // The exact local time is one hover away.
            QCOMPARE(cell(UsersModel::LastSignIn, Qt::ToolTipRole).toString(),
                     QLocale().toString(u.lastSignInAt.toLocalTime(), QLocale::LongFormat));
        } else {
            ++never;
            QCOMPARE(lastSignIn, UsersModel::tr("never"));
            QVERIFY(!cell(UsersModel::LastSignIn, UsersModel::SortRole).isValid());
            QCOMPARE(cell(UsersModel::LastSignIn, UsersModel::ExportRole).toString(), QString());
        }
    }
    // The seed guarantees these on the first page; without them the checks above prove little.
    QVERIFY(never > 0);
    QVERIFY(withoutGroups > 0);
    QCOMPARE(statuses.size(), 3);
    for (int c = 0; c < UsersModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

    // A later clock moves the relative times and says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QDateTime later = referenceNow().addYears(10);
    model.setClock([later] { return later; });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(UsersModel::LastSignIn));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowCount() - 1);
    const int probe = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.userAt(row)->lastSignInAt.isValid())
                return row;
        }
        return -1;
    }();
    QVERIFY(probe >= 0);
    const QString moved = model.index(probe, UsersModel::LastSignIn).data().toString();
    QCOMPARE(moved, telnyx::relativeTime(model.userAt(probe)->lastSignInAt, later));
    QVERIFY(moved.contains(UsersModel::tr("%n year(s) ago", nullptr, 2).mid(1)));
}

void TstUsersModel::statusFilterGoesToTheApi()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    UserQuery query;
    query.status = u"disabled"_s;
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));

    const QList<OrganizationUser> expected = listAll(client, query);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_total / 2);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.userAt(row)->id, expected.at(row).id);
        QCOMPARE(model.userAt(row)->status, UserStatus::Disabled);
    }
    // The filter went to the API: a single page, not three, was asked for.
    QCOMPARE(m_sandbox->stats()
                 .value("requests"_L1)
                 .toObject()
                 .value("/v2/organizations/users"_L1)
                 .toInt(),
             2); // the model's page and listAll's
}

void TstUsersModel::emailFilterGoesToTheApi()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    UserQuery query;
    query.emailContains = u"ANNA."_s; // the server matches case-insensitively
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));

    const QList<OrganizationUser> expected = listAll(client, query);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_total / 4);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.userAt(row)->id, expected.at(row).id);
        QVERIFY(model.userAt(row)->email.contains(u"anna."_s, Qt::CaseInsensitive));
        QVERIFY(model.userAt(row)->groups.has_value());
    }
}

void TstUsersModel::proxySortsNeverFirstAndSearches()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    UsersProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(proxy.rowCount(), model.rowCount());

    int never = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        never += !model.userAt(row)->lastSignInAt.isValid();
    QVERIFY(never > 0);

    auto signIn = [&](int row) {
        return model.userAt(proxy.mapToSource(proxy.index(row, 0)).row())->lastSignInAt;
    };
    proxy.sort(UsersModel::LastSignIn, Qt::AscendingOrder);
    for (int row = 0; row < never; ++row)
        QVERIFY2(!signIn(row).isValid(), qPrintable(QString::number(row)));
    for (int row = never + 1; row < proxy.rowCount(); ++row)
        QVERIFY(signIn(row - 1) <= signIn(row));
    proxy.sort(UsersModel::LastSignIn, Qt::DescendingOrder);
    QVERIFY(signIn(0).isValid());
    QVERIFY(!signIn(proxy.rowCount() - 1).isValid());
    QVERIFY(signIn(proxy.rowCount() - never).isValid() == false);
    QVERIFY(signIn(proxy.rowCount() - never - 1).isValid());

    // Emails in natural order: "anna.smith9" before "anna.smith10".
    proxy.sort(UsersModel::Email, Qt::AscendingOrder);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a = proxy.index(row - 1, UsersModel::Email).data().toString();
        const QString b = proxy.index(row, UsersModel::Email).data().toString();
        QVERIFY2(collator.compare(a, b) <= 0, qPrintable(a + u" > "_s + b));
    }

    // Search: group names, email and ID.
    int inTier2 = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        inTier2 += joinedGroupNames(*model.userAt(row)).contains(u"Support, Tier 2"_s);
    QVERIFY(inTier2 > 0);
    proxy.setSearchText(u"  support, TIER 2 "_s);
    QCOMPARE(proxy.rowCount(), inTier2);
    proxy.setSearchText(u"=1+2@formula"_s);
    QCOMPARE(proxy.rowCount(), 1);
    const QString id = model.userAt(42)->id;
    proxy.setSearchText(id.left(18));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, UsersModel::Id).data().toString(), id);
    proxy.setSearchText(u"no such user anywhere"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TstUsersModel::reloadMidLoadLeavesNoStaleRows()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0); // page 1 landed, the rest in flight
    QVERIFY(model.isLoading());
    QVERIFY(model.rowCount() < m_total);

    UserQuery query;
    query.status = u"blocked"_s;
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 0);  // the first walk was abandoned silently
    QCOMPARE(loading.count(), 2); // one load as far as the view can tell
    const QList<OrganizationUser> expected = listAll(client, query);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.userAt(row)->status, UserStatus::Blocked);
    // Nothing of the first walk arrives later either.
    QVERIFY(m_sandbox->waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), int(expected.size()));
}

void TstUsersModel::cancelStopsLoading()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.reload();
    QVERIFY(model.isLoading());
    model.cancel();
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    const int rows = model.rowCount();
    QVERIFY(m_sandbox->waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(loading.count(), 2);
}

void TstUsersModel::unauthorizedReportsError()
{
    TelnyxClient client;
    makeClient(client);
    client.setApiKey(u"KEY0WRONG"_s);
    UsersModel model(&client);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(model.rowCount(), 0);
}

// --- Mutations through UserOperations ----------------------------------------------------------

void TstUsersModel::retrieveRefreshesRowInPlace()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserOperations ops(&client, &model);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    const int rows = model.rowCount();
    const OrganizationUser original = *model.userAt(7);

    // A stale copy in the table (as if the user changed elsewhere) is refreshed from the server.
    OrganizationUser stale = original;
    stale.email = u"stale@example.invalid"_s;
    stale.groups = QList<UserGroup>{};
    model.upsert(stale);
    QCOMPARE(model.userAt(7)->email, stale.email);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Outcome<OrganizationUser> o;
    ops.retrieve(original.id, this, o.callback());
    QVERIFY(o.wait());
    QVERIFY(o.ok());
    QCOMPARE(o.value().email, original.email);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.userAt(7)->email, original.email);
    QCOMPARE(model.userAt(7)->groups, original.groups); // include_groups=true was sent
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
    QCOMPARE(reset.count(), 0);

    // A user removed elsewhere leaves the table when it is looked at.
    Outcome<UserRemoval> removed;
    client.removeUser(original.id, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.ok());
    Outcome<OrganizationUser> gone;
    ops.retrieve(original.id, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(model.rowOf(original.id), -1);
    QCOMPARE(model.rowCount(), rows - 1);
}

void TstUsersModel::removeTwoUsers()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserOperations ops(&client, &model);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    const int rows = model.rowCount();
    const QStringList ids{model.userAt(10)->id, model.userAt(300)->id};

    std::unique_ptr<BulkRun> run(ops.remove(ids, nullptr));
    QVERIFY(!run->isRunning()); // not started by remove()
    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy finished(run.get(), &BulkRun::finished);
    // Each row has left the model by the time its item is reported.
    QStringList stillThere;
    connect(run.get(), &BulkRun::itemFinished, this, [&](int, const BulkRun::Outcome &outcome) {
        if (model.rowOf(outcome.id) >= 0)
            stillThere.append(outcome.id);
    });
    run->start();
    QVERIFY(waitFinished(*run, finished));
    QCOMPARE(run->succeeded(), 2);
    QCOMPARE(run->failed(), 0);
    for (const BulkRun::Outcome &outcome : run->outcomes())
        QVERIFY2(outcome.note.isEmpty(), qPrintable(outcome.note));
    QVERIFY2(stillThere.isEmpty(), qPrintable(stillThere.join(u' ')));
    QCOMPARE(removedRows.count(), 2);
    QCOMPARE(model.rowCount(), rows - 2);
    // The id → row index stays right for every row after removals in the middle.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.userAt(row)->id), row);

    // The server agrees: both are gone.
    for (const QString &id : ids) {
        QCOMPARE(model.rowOf(id), -1);
        Outcome<OrganizationUser> o;
        client.retrieveUser(id, false, this, o.callback());
        QVERIFY(o.wait());
        QCOMPARE(o.error().kind(), ApiError::Kind::NotFound);
    }
}

void TstUsersModel::removeAlreadyGoneCountsAsRemoved()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    UserOperations ops(&client, &model);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    const int rows = model.rowCount();
    const QString id = model.userAt(3)->id;

    // Removed behind the model's back (another console, the portal).
    Outcome<UserRemoval> first;
    client.removeUser(id, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.ok());
    QVERIFY(!first.value().alreadyGone);
    QCOMPARE(model.rowOf(id), 3);

    std::unique_ptr<BulkRun> run(ops.remove({id}, nullptr));
    QSignalSpy finished(run.get(), &BulkRun::finished);
    run->start();
    QVERIFY(waitFinished(*run, finished));
    QCOMPARE(run->succeeded(), 1);
    QCOMPARE(run->outcomes().first().note, UserOperations::tr("Already removed"));
    QCOMPARE(model.rowOf(id), -1);
    QCOMPARE(model.rowCount(), rows - 1);
    QCOMPARE(requestsFor(u"POST /v2/organizations/users/"_s + id + u"/actions/remove"_s), 2);
}

void TstUsersModel::removeOwnerIsRefusedWithoutRequest()
{
    TelnyxClient client;
    makeClient(client);
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserOperations ops(&client, &model);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));

    // The owner is not in the list (telnyx-api.md §0.13); the report has it.
    Outcome<Page<OrganizationUser>> report;
    client.groupsReport(this, report.callback());
    QVERIFY(report.wait());
    QVERIFY(report.ok());
    std::optional<OrganizationUser> owner;
    for (const OrganizationUser &u : report.value().items) {
        if (u.isOwner())
            owner = u;
    }
    QVERIFY(owner);
    QCOMPARE(model.rowOf(owner->id), -1);
    model.upsert(*owner);
    const int ownerRow = model.rowOf(owner->id);
    QCOMPARE(ownerRow, model.rowCount() - 1);
    QCOMPARE(model.index(ownerRow, UsersModel::Role).data().toString(), UsersModel::tr("Owner"));
    QVERIFY(model.index(ownerRow, UsersModel::Role).data(UsersModel::IsOwnerRole).toBool());

    const QString member = model.userAt(0)->id;
    const QString ownerRoute =
        u"POST /v2/organizations/users/"_s + owner->id + u"/actions/remove"_s;
    const QString memberRoute = u"POST /v2/organizations/users/"_s + member + u"/actions/remove"_s;
    std::unique_ptr<BulkRun> run(ops.remove({owner->id, member}, nullptr));
    QSignalSpy finished(run.get(), &BulkRun::finished);
    run->start();
    QVERIFY(waitFinished(*run, finished));
    QCOMPARE(run->succeeded(), 1);
    QCOMPARE(run->failed(), 1);
    const BulkRun::Outcome refused = run->outcomes().at(0);
    QCOMPARE(refused.id, owner->id);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(refused.error.detail(),
             UserOperations::tr("The organization owner cannot be removed."));
    QCOMPARE(model.rowOf(owner->id), ownerRow - 1); // still there (the member above it left)
    QCOMPARE(model.rowOf(member), -1);

    QVERIFY(m_sandbox->waitIdle());
    QCOMPARE(requestsFor(ownerRoute), 0);
    QCOMPARE(requestsFor(memberRoute), 1); // the counter works
    // And the owner is still in the organization.
    Outcome<OrganizationUser> still;
    client.retrieveUser(owner->id, false, this, still.callback());
    QVERIFY(still.wait());
    QVERIFY(still.ok());
}

void TstUsersModel::retryFailedAfterServerError()
{
    TelnyxClient client;
    makeClient(client);
    client.retryPolicy().maxRetries = 0; // the failure reaches the run at once
    UsersModel model(&client);
    UserOperations ops(&client, &model);
    QSignalSpy loading(&model, &UsersModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    const int rows = model.rowCount();
    const QStringList ids{model.userAt(20)->id, model.userAt(21)->id};

    // The next removal answers 500 (and still takes effect, as a lost answer would).
    const QJsonObject added = m_sandbox->control(
        u"/_sandbox/faults"_s,
        R"({"kind":"500","path":"/v2/organizations/users/","count":1,"method":"POST"})");
    QVERIFY2(!added.isEmpty(), "the fault was not accepted");

    std::unique_ptr<BulkRun> run(ops.remove(ids, nullptr));
    QSignalSpy finished(run.get(), &BulkRun::finished);
    run->start();
    QVERIFY(waitFinished(*run, finished));
    QCOMPARE(run->succeeded(), 1);
    QCOMPARE(run->failed(), 1);
    const auto failedIt = std::find_if(run->outcomes().cbegin(), run->outcomes().cend(),
                                       [](const BulkRun::Outcome &o) { return !o.ok; });
    QVERIFY(failedIt != run->outcomes().cend());
    const QString failedId = failedIt->id;
    QCOMPARE(failedIt->error.kind(), ApiError::Kind::Server);
    // Not confirmed, so the row stays; the other one left.
    QVERIFY(model.rowOf(failedId) >= 0);
    QCOMPARE(model.rowCount(), rows - 1);

    finished.clear();
    run->retryFailed();
    QVERIFY(waitFinished(*run, finished));
    QCOMPARE(run->succeeded(), 2);
    QCOMPARE(run->failed(), 0);
    // The first attempt had taken effect; the retry finds the user gone and says so.
    const auto retried = std::find_if(run->outcomes().cbegin(), run->outcomes().cend(),
                                      [&](const BulkRun::Outcome &o) { return o.id == failedId; });
    QCOMPARE(retried->note, UserOperations::tr("Already removed"));
    QCOMPARE(model.rowCount(), rows - 2);
    QCOMPARE(requestsFor(u"POST /v2/organizations/users/"_s + failedId + u"/actions/remove"_s), 2);
}

QTEST_GUILESS_MAIN(TstUsersModel)
#include "tst_usersmodel.moc"
