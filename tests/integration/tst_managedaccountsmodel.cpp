#include "api/telnyxclient.h"
#include "models/managedaccountsmodel.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

class TstManagedAccountsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsEveryPageInOrderWithoutDuplicates();
    void derivesStatusFromListings();
    void statusFilterUsesTheApi();
    void includeCancelledShowsCancelled();
    void reloadMidLoadLeavesNoStaleRows();
    void cancelStopsLoading();
    void failedLoadReportsError();
    void updatesRowsInPlace();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_total = 0;
    void makeClient(TelnyxClient &client);
    bool waitLoaded(ManagedAccountsModel &model, QSignalSpy &loading, int timeoutMs = 30000);
};

void TstManagedAccountsModel::initTestCase()
{
    // More rows than one page of 250, so the model has to walk pages.
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--accounts"_s, u"620"_s, u"--latency-ms"_s, u"20"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // What the server lists by default (cancelled accounts are hidden), asked independently.
    TelnyxClient client;
    makeClient(client);
    bool done = false;
    client.listManagedAccounts({}, 1, 1, this, [&](const Result<Page<ManagedAccount>> &r) {
        QVERIFY(r.ok());
        m_total = r.value().meta.totalResults;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(m_total > 500); // more than two pages of 250
}

void TstManagedAccountsModel::makeClient(TelnyxClient &client)
{
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(SandboxProcess::apiKey());
}

bool TstManagedAccountsModel::waitLoaded(ManagedAccountsModel &model, QSignalSpy &loading,
                                         int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return !model.isLoading() && !loading.isEmpty() && !loading.last().at(0).toBool(); },
        timeoutMs);
}

void TstManagedAccountsModel::loadsEveryPageInOrderWithoutDuplicates()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy failed(&model, &ManagedAccountsModel::loadFailed);

    ManagedAccountQuery query;
    query.sort = u"email"_s; // a known order to check the pages landed in order
    model.reload(query);
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.rowCount(), int(m_total));
    QVERIFY(inserted.count() >= 3); // 620 rows at 250 a page: at least three inserts

    QSet<QString> ids;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.data(model.index(row, ManagedAccountsModel::Id)).toString();
        QVERIFY2(!ids.contains(id), qPrintable(u"duplicate row "_s + id));
        ids.insert(id);
        const QString email = model.accountAt(row)->email;
        QVERIFY2(previous.compare(email, Qt::CaseInsensitive) <= 0 || previous.isEmpty(),
                 qPrintable(previous + u" > "_s + email));
        previous = email;
    }
}

void TstManagedAccountsModel::derivesStatusFromListings()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));

    // Compare with what the API's own status filter says, asked independently.
    QSet<QString> disabled;
    bool done = false;
    ManagedAccountQuery q;
    q.status = u"disabled"_s;
    client.listManagedAccounts(q, 1, 250, this, [&](const Result<Page<ManagedAccount>> &r) {
        QVERIFY(r.ok());
        for (const auto &a : r.value().items)
            disabled.insert(a.id);
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!disabled.isEmpty());

    int enabled = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.accountAt(row)->id;
        const AccountStatus s = model.statusAt(row);
        if (disabled.contains(id))
            QCOMPARE(s, AccountStatus::Disabled);
        else
            QVERIFY(s != AccountStatus::Disabled);
        QVERIFY2(s != AccountStatus::Unknown, qPrintable(u"unknown status for "_s + id));
        QVERIFY(s != AccountStatus::Cancelled); // hidden without include_cancelled_accounts
        if (s == AccountStatus::Enabled)
            ++enabled;
    }
    QVERIFY(enabled > model.rowCount() / 2);
    // The status column shows it, and sorts by it.
    const int row = model.rowOf(*disabled.cbegin());
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, ManagedAccountsModel::Status)).toString(), u"Disabled"_s);
}

void TstManagedAccountsModel::statusFilterUsesTheApi()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    ManagedAccountQuery query;
    query.status = u"blocked"_s;
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < m_total / 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.statusAt(row), AccountStatus::Blocked);
}

void TstManagedAccountsModel::includeCancelledShowsCancelled()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    ManagedAccountQuery query;
    query.includeCancelled = true;
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(model.rowCount(), 620);
    int cancelled = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        cancelled += model.statusAt(row) == AccountStatus::Cancelled;
    QCOMPARE(cancelled, model.rowCount() - int(m_total));
}

void TstManagedAccountsModel::reloadMidLoadLeavesNoStaleRows()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0); // first page landed, the rest in flight
    ManagedAccountQuery query;
    query.status = u"disabled"_s;
    model.reload(query);
    QVERIFY(waitLoaded(model, loading));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.statusAt(row), AccountStatus::Disabled);
}

void TstManagedAccountsModel::cancelStopsLoading()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    QSignalSpy failed(&model, &ManagedAccountsModel::loadFailed);
    model.reload();
    QVERIFY(model.isLoading());
    model.cancel();
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    const int rows = model.rowCount();
    // Nothing may land after a cancel, even once the server has answered everything.
    QVERIFY(m_sandbox->waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), rows);
}

void TstManagedAccountsModel::failedLoadReportsError()
{
    TelnyxClient client;
    makeClient(client);
    client.setApiKey(u"KEY0WRONG"_s);
    ManagedAccountsModel model(&client);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    QSignalSpy failed(&model, &ManagedAccountsModel::loadFailed);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(model.rowCount(), 0);
}

void TstManagedAccountsModel::updatesRowsInPlace()
{
    TelnyxClient client;
    makeClient(client);
    ManagedAccountsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &ManagedAccountsModel::loadingChanged);
    model.reload();
    QVERIFY(waitLoaded(model, loading));
    const int rows = model.rowCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    ManagedAccount a = *model.accountAt(5);
    a.allowCustomPricing = !a.allowCustomPricing.value_or(false);
    model.upsert(a);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
    QCOMPARE(model.accountAt(5)->allowCustomPricing, a.allowCustomPricing);

    model.setKnownStatus(a.id, AccountStatus::Disabled);
    QCOMPARE(model.statusAt(5), AccountStatus::Disabled);
    QCOMPARE(changed.last().at(0).toModelIndex(), model.index(5, ManagedAccountsModel::Status));

    model.setChannelLimit(a.id, 7);
    QCOMPARE(model.data(model.index(5, ManagedAccountsModel::Channels)).toString(), u"7"_s);

    ManagedAccount fresh = a;
    fresh.id = u"new-account-id"_s;
    model.upsert(fresh);
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(u"new-account-id"_s), rows);
    QCOMPARE(reset.count(), 0); // never a full reload for a mutation
}

QTEST_GUILESS_MAIN(TstManagedAccountsModel)
#include "tst_managedaccountsmodel.moc"
