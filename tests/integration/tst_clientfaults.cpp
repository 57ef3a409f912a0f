#include "clienttestbase.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace telnyx;
using namespace Qt::StringLiterals;
using K = ApiError::Kind;

// The client against a misbehaving server: retries, rate limits, lost replies, hostile bodies,
// timeouts. Each test starts its own sandbox with the faults it needs.
class TstClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getIsRetriedAfter500();
    void rateLimitHonoursRetryAfter();
    void rateLimitWithoutRetryAfterUsesReset();
    void rateLimitExhausted();
    void createIsNotRepeatedAfter500();
    void createIsNotRepeatedAfterReset();
    void lostCreateWithoutEmailSaysSo();
    void hostileBodies_data();
    void hostileBodies();
    void htmlErrorPageIsAServerError();
    void timeoutIsReportedAndRetried();
    void latencyDoesNotSerialize();

private:
    static qint64 creates(SandboxProcess &sandbox)
    {
        return sandbox.stats().value("creates"_L1).toInteger(-1);
    }
};

void TstClientFaults::getIsRetriedAfter500()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"500:/v2/managed_accounts/allocatable:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Outcome<ChannelPool> out;
    ApiCall *call = client.channelPool(this, out.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(2).value<ApiError>().kind(), K::Server);
}

void TstClientFaults::rateLimitHonoursRetryAfter()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"429:/v2/organizations/users:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Outcome<Page<OrganizationUser>> out;
    QElapsedTimer clock;
    clock.start();
    ApiCall *call = client.listUsers({}, 1, 10, this, out.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 1000); // Retry-After: 1
    QVERIFY(clock.elapsed() >= 900);
}

void TstClientFaults::rateLimitWithoutRetryAfterUsesReset()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"429nora:/v2/organizations/users:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Outcome<Page<OrganizationUser>> out;
    ApiCall *call = client.listUsers({}, 1, 10, this, out.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(out.wait());
    QVERIFY(out.ok());
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 1000); // x-ratelimit-reset: 1
}

void TstClientFaults::rateLimitExhausted()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"429nora"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    client.retryPolicy().maxRetries = 1;
    Outcome<ChannelPool> out;
    client.channelPool(this, out.callback());
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind(), K::RateLimited);
    QCOMPARE(out.error().entries().value(0).code, u"10011"_s);
    QCOMPARE(out.calls, 1);
}

void TstClientFaults::createIsNotRepeatedAfter500()
{
    // The sandbox creates the account, then answers 500: the reply is "lost".
    START_SANDBOX(sandbox, u"--fault"_s, u"500:/v2/managed_accounts:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    QCOMPARE(creates(sandbox), 0);
    NewManagedAccount n;
    n.businessName = u"Lost Reply Ltd"_s;
    n.email = u"lost-reply@example.com"_s;
    Outcome<CreatedAccount> out;
    client.createManagedAccount(n, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QVERIFY(out.value().recoveredAfterLostReply);
    QCOMPARE(out.value().detail.account.email, n.email);
    QCOMPARE(creates(sandbox), 1);
}

void TstClientFaults::createIsNotRepeatedAfterReset()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"reset:/v2/managed_accounts:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    NewManagedAccount n;
    n.businessName = u"Reset Corp"_s;
    n.email = u"reset-corp@example.com"_s;
    Outcome<CreatedAccount> out;
    client.createManagedAccount(n, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QVERIFY(out.value().recoveredAfterLostReply);
    QCOMPARE(creates(sandbox), 1);
}

void TstClientFaults::lostCreateWithoutEmailSaysSo()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"500:/v2/managed_accounts:1"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    NewManagedAccount n;
    n.businessName = u"No Email GmbH"_s;
    Outcome<CreatedAccount> out;
    client.createManagedAccount(n, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind(), K::Server);
    QVERIFY2(out.error().message().contains(u"before creating it again"_s),
             qPrintable(out.error().message()));
    QCOMPARE(creates(sandbox), 1); // created once, never twice
}

void TstClientFaults::hostileBodies_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QList<K>>("kinds");
    QTest::newRow("badjson") << u"badjson"_s << QList<K>{K::BadResponse};
    QTest::newRow("wrongtype") << u"wrongtype"_s << QList<K>{K::BadResponse};
    // A body cut short shows up either as a dropped connection or as unreadable JSON.
    QTest::newRow("trunc") << u"trunc"_s << QList<K>{K::Network, K::BadResponse};
    QTest::newRow("reset") << u"reset"_s << QList<K>{K::Network};
}

void TstClientFaults::hostileBodies()
{
    QFETCH(QString, fault);
    QFETCH(QList<K>, kinds);
    START_SANDBOX(sandbox, u"--fault"_s, fault);
    TelnyxClient client;
    pointAt(client, sandbox);
    client.retryPolicy().maxRetries = 1;

    Outcome<Page<ManagedAccount>> list;
    client.listManagedAccounts({}, 1, 20, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY(!list.ok());
    QVERIFY2(kinds.contains(list.error().kind()), qPrintable(list.error().summary()));
    QVERIFY(!list.error().message().isEmpty());

    Outcome<ManagedAccountDetail> single;
    client.retrieveManagedAccount(u"x"_s, this, single.callback());
    QVERIFY(single.wait());
    QVERIFY(!single.ok());
    QCOMPARE(single.calls, 1);
}

void TstClientFaults::htmlErrorPageIsAServerError()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"502html"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    client.retryPolicy().maxRetries = 2;
    Outcome<ChannelPool> out;
    ApiCall *call = client.channelPool(this, out.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind(), K::Server);
    QCOMPARE(out.error().httpStatus(), 502);
    QVERIFY(out.error().entries().isEmpty());
    QCOMPARE(retries.count(), 2);
}

void TstClientFaults::timeoutIsReportedAndRetried()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"slow:/v2/managed_accounts/allocatable:1"_s,
                  u"--slow-ms"_s, u"3000"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    client.setTransferTimeout(std::chrono::milliseconds(400));
    {
        client.retryPolicy().maxRetries = 0;
        Outcome<ChannelPool> out;
        client.channelPool(this, out.callback());
        QVERIFY(out.wait());
        QCOMPARE(out.error().kind(), K::Timeout);
    }
    // The fault is spent; a GET that times out is retried and then succeeds.
    START_SANDBOX(again, u"--fault"_s, u"slow:/v2/managed_accounts/allocatable:1"_s, u"--slow-ms"_s,
                  u"3000"_s);
    TelnyxClient retrying;
    pointAt(retrying, again);
    retrying.setTransferTimeout(std::chrono::milliseconds(400));
    Outcome<ChannelPool> out;
    ApiCall *call = retrying.channelPool(this, out.callback());
    QSignalSpy retries(call, &ApiCall::retryScheduled);
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QCOMPARE(retries.count(), 1);
    QCOMPARE(retries.first().at(2).value<ApiError>().kind(), K::Timeout);
}

void TstClientFaults::latencyDoesNotSerialize()
{
    START_SANDBOX(sandbox, u"--latency-ms"_s, u"400"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    std::vector<std::unique_ptr<Outcome<ChannelPool>>> outs;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 8; ++i) {
        outs.push_back(std::make_unique<Outcome<ChannelPool>>());
        client.channelPool(this, outs.back()->callback());
    }
    for (auto &o : outs) {
        QVERIFY(o->wait());
        QVERIFY(o->ok());
    }
    // Serialized, eight answers would take 3.2 s; QNAM's six connections need two waves.
    QVERIFY2(clock.elapsed() < 2400, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(sandbox.stats().value("max_in_flight"_L1).toInt() >= 6);
}

QTEST_GUILESS_MAIN(TstClientFaults)
#include "tst_clientfaults.moc"
