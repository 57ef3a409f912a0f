#include "api/retrypolicy.h"

#include <QTest>

using namespace telnyx;
using namespace std::chrono;
using K = ApiError::Kind;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 4), QTime(12, 0, 0), Qt::UTC);

ApiError httpError(int status)
{
    return ApiError::fromReply(QNetworkReply::UnknownContentError, status, {});
}

RetryPolicy fixedPolicy(double random = 0.0)
{
    RetryPolicy p;
    p.setRandom([random] { return random; });
    return p;
}

} // namespace

class TstRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitHonoursRetryAfterSeconds();
    void rateLimitHonoursRetryAfterMs();
    void rateLimitHonoursHttpDate();
    void rateLimitFallsBackToRateLimitReset();
    void rateLimitFallsBackToBackoff();
    void rateLimitTooLongIsNotWaited();
    void rateLimitRetriesEvenNonRepeatable();
    void backoffIsExponentialCappedAndJittered();
    void transientOnlyForRepeatable_data();
    void transientOnlyForRepeatable();
    void refusedConnectionIsSafeForCreate();
    void stopsAfterMaxRetries();
    void neverRetriesClientErrors_data();
    void neverRetriesClientErrors();
    void parsesHttpDate();
};

void TstRetryPolicy::rateLimitHonoursRetryAfterSeconds()
{
    RetryHints hints;
    hints.retryAfter = "2";
    hints.rateLimitReset = "30";
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::Yes, true, hints, kNow);
    QVERIFY(d.retry);
    QCOMPARE(d.delay, milliseconds(2000));
}

void TstRetryPolicy::rateLimitHonoursRetryAfterMs()
{
    RetryHints hints;
    hints.retryAfterMs = "250";
    hints.retryAfter = "2";
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::Yes, true, hints, kNow);
    QCOMPARE(d.delay, milliseconds(250));
}

void TstRetryPolicy::rateLimitHonoursHttpDate()
{
    RetryHints hints;
    hints.retryAfter = "Fri, 04 Dec 2026 12:00:07 GMT";
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::Yes, true, hints, kNow);
    QVERIFY(d.retry);
    QCOMPARE(d.delay, milliseconds(7000));
}

void TstRetryPolicy::rateLimitFallsBackToRateLimitReset()
{
    RetryHints hints;
    hints.retryAfter = "soon"; // unparseable: ignored
    hints.rateLimitReset = "3";
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::Yes, true, hints, kNow);
    QCOMPARE(d.delay, milliseconds(3000));
}

void TstRetryPolicy::rateLimitFallsBackToBackoff()
{
    const auto d = fixedPolicy().decide(1, httpError(429), Repeatable::Yes, true, {}, kNow);
    QVERIFY(d.retry);
    QCOMPARE(d.delay, milliseconds(1000)); // 500 ms × 2^1, no jitter with random 0
}

void TstRetryPolicy::rateLimitTooLongIsNotWaited()
{
    RetryHints hints;
    hints.retryAfter = "3600";
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::Yes, true, hints, kNow);
    QVERIFY(!d.retry);
}

void TstRetryPolicy::rateLimitRetriesEvenNonRepeatable()
{
    // A 429 means the server did not process the request: a create may be sent again.
    const auto d = fixedPolicy().decide(0, httpError(429), Repeatable::No, true, {}, kNow);
    QVERIFY(d.retry);
}

void TstRetryPolicy::backoffIsExponentialCappedAndJittered()
{
    const RetryPolicy none = fixedPolicy(0.0);
    QCOMPARE(none.backoff(0), milliseconds(500));
    QCOMPARE(none.backoff(1), milliseconds(1000));
    QCOMPARE(none.backoff(2), milliseconds(2000));
    QCOMPARE(none.backoff(4), milliseconds(8000));
    QCOMPARE(none.backoff(10), milliseconds(8000)); // capped
    const RetryPolicy most = fixedPolicy(0.999999);
    QVERIFY(most.backoff(0) > milliseconds(374));
    QVERIFY(most.backoff(0) <= milliseconds(376)); // at most 25 % taken off
}

void TstRetryPolicy::transientOnlyForRepeatable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("netError");
    QTest::addColumn<bool>("timedOut");
    QTest::newRow("500") << 500 << 0 << false;
    QTest::newRow("503") << 503 << 0 << false;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << true;
    QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << false;
}

void TstRetryPolicy::transientOnlyForRepeatable()
{
    QFETCH(int, status);
    QFETCH(int, netError);
    QFETCH(bool, timedOut);
    const ApiError e =
        ApiError::fromReply(QNetworkReply::NetworkError(netError), status, {}, timedOut);
    const RetryPolicy p = fixedPolicy();
    QVERIFY(p.decide(0, e, Repeatable::Yes, true, {}, kNow).retry);
    QVERIFY(!p.decide(0, e, Repeatable::No, true, {}, kNow).retry);
}

void TstRetryPolicy::refusedConnectionIsSafeForCreate()
{
    const ApiError e = ApiError::fromReply(QNetworkReply::ConnectionRefusedError, 0, {});
    QVERIFY(fixedPolicy().decide(0, e, Repeatable::No, false, {}, kNow).retry);
}

void TstRetryPolicy::stopsAfterMaxRetries()
{
    RetryPolicy p = fixedPolicy();
    p.maxRetries = 2;
    QVERIFY(p.decide(1, httpError(500), Repeatable::Yes, true, {}, kNow).retry);
    QVERIFY(!p.decide(2, httpError(500), Repeatable::Yes, true, {}, kNow).retry);
    QVERIFY(!p.decide(2, httpError(429), Repeatable::Yes, true, {}, kNow).retry);
}

void TstRetryPolicy::neverRetriesClientErrors_data()
{
    QTest::addColumn<int>("status");
    for (int s : {400, 401, 403, 404, 409, 422, 501})
        QTest::newRow(QByteArray::number(s).constData()) << s;
}

void TstRetryPolicy::neverRetriesClientErrors()
{
    QFETCH(int, status);
    QVERIFY(!fixedPolicy().decide(0, httpError(status), Repeatable::Yes, true, {}, kNow).retry);
}

void TstRetryPolicy::parsesHttpDate()
{
    const auto d = RetryPolicy::parseHttpDate("Wed, 21 Oct 2015 07:28:00 GMT");
    QVERIFY(d.has_value());
    QCOMPARE(*d, QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC));
    QVERIFY(!RetryPolicy::parseHttpDate("yesterday").has_value());
    // A date in the past means "now".
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", kNow),
             std::optional<milliseconds>(milliseconds(0)));
    QVERIFY(!RetryPolicy::parseRetryAfter("-5", kNow).has_value());
}

QTEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
