#include "api/apierror.h"

#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;
using K = ApiError::Kind;

class TstApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusMapping_data();
    void statusMapping();
    void networkMapping_data();
    void networkMapping();
    void parsesEnvelope();
    void toleratesNumericCodeAndMissingParts();
    void ignoresNonEnvelopeBodies_data();
    void ignoresNonEnvelopeBodies();
    void fieldPointerSkipsRoot();
    void messageCarriesDetailAndRequestId();
    void summaryIsOneLine();
};

void TstApiError::statusMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<K>("kind");
    QTest::newRow("400") << 400 << K::Validation;
    QTest::newRow("401") << 401 << K::Unauthorized;
    QTest::newRow("403") << 403 << K::Forbidden;
    QTest::newRow("404") << 404 << K::NotFound;
    QTest::newRow("409") << 409 << K::Conflict;
    QTest::newRow("422") << 422 << K::Validation;
    QTest::newRow("429") << 429 << K::RateLimited;
    QTest::newRow("500") << 500 << K::Server;
    QTest::newRow("502") << 502 << K::Server;
    QTest::newRow("200") << 200 << K::None;
    QTest::newRow("302") << 302 << K::BadResponse;
}

void TstApiError::statusMapping()
{
    QFETCH(int, status);
    QFETCH(K, kind);
    // Qt reports HTTP errors with assorted network error codes; the status must win.
    const auto netError =
        status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    const ApiError e = ApiError::fromReply(netError, status, {});
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.httpStatus(), status);
}

void TstApiError::networkMapping_data()
{
    QTest::addColumn<int>("netError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<K>("kind");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << K::Network;
    QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << false << K::Network;
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << K::Network;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << K::Tls;
    QTest::newRow("cancel") << int(QNetworkReply::OperationCanceledError) << false << K::Cancelled;
    QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << true << K::Timeout;
}

void TstApiError::networkMapping()
{
    QFETCH(int, netError);
    QFETCH(bool, timedOut);
    QFETCH(K, kind);
    const ApiError e = ApiError::fromReply(QNetworkReply::NetworkError(netError), 0, {}, timedOut);
    QCOMPARE(e.kind(), kind);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(!e.title().isEmpty());
}

void TstApiError::parsesEnvelope()
{
    const QByteArray body = R"({"errors":[
        {"code":"10015","title":"Bad Request","detail":"Email is invalid",
         "source":{"pointer":"/email"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10015"}},
        {"code":"10004","title":"Missing required parameter","source":{"parameter":"business_name"}}]})";
    const ApiError e = ApiError::fromReply(QNetworkReply::UnknownContentError, 422, body);
    QCOMPARE(e.kind(), K::Validation);
    QCOMPARE(e.entries().size(), 2);
    QCOMPARE(e.entries().at(0).code, u"10015"_s);
    QCOMPARE(e.entries().at(0).detail, u"Email is invalid"_s);
    QCOMPARE(e.entries().at(0).pointer, u"/email"_s);
    QCOMPARE(e.entries().at(0).url, u"https://developers.telnyx.com/docs/overview/errors/10015"_s);
    QCOMPARE(e.entries().at(1).parameter, u"business_name"_s);
    QCOMPARE(e.fieldPointer(), u"/email"_s);
}

void TstApiError::toleratesNumericCodeAndMissingParts()
{
    const QByteArray body = R"({"errors":[{"code":10011,"title":"Too many requests"}]})";
    const ApiError e = ApiError::fromReply(QNetworkReply::UnknownContentError, 429, body);
    QCOMPARE(e.entries().size(), 1);
    QCOMPARE(e.entries().at(0).code, u"10011"_s);
    QVERIFY(e.entries().at(0).detail.isEmpty());
    QVERIFY(e.fieldPointer().isEmpty());
}

void TstApiError::ignoresNonEnvelopeBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("errors-not-array") << QByteArray(R"({"errors":"boom"})");
    QTest::newRow("entry-not-object") << QByteArray(R"({"errors":["boom", 3]})");
    QTest::newRow("truncated") << QByteArray(R"({"errors":[{"code":"100)");
}

void TstApiError::ignoresNonEnvelopeBodies()
{
    QFETCH(QByteArray, body);
    const ApiError e = ApiError::fromReply(QNetworkReply::InternalServerError, 502, body);
    QCOMPARE(e.kind(), K::Server);
    QVERIFY(e.entries().isEmpty());
    QVERIFY(!e.message().isEmpty());
}

void TstApiError::fieldPointerSkipsRoot()
{
    const QByteArray body =
        R"({"errors":[{"code":"10010","source":{"pointer":"/"}},{"code":"1","source":{"pointer":"/channel_limit"}}]})";
    const ApiError e = ApiError::fromReply(QNetworkReply::UnknownContentError, 422, body);
    QCOMPARE(e.fieldPointer(), u"/channel_limit"_s);
}

void TstApiError::messageCarriesDetailAndRequestId()
{
    const QByteArray body =
        R"({"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials."}]})";
    ApiError e = ApiError::fromReply(QNetworkReply::AuthenticationRequiredError, 401, body);
    e.setRequestId(u"req-123"_s);
    QVERIFY(e.message().contains(u"Could not understand the provided credentials."_s));
    QVERIFY(e.message().contains(u"req-123"_s));
    QCOMPARE(e.kind(), K::Unauthorized);
}

void TstApiError::summaryIsOneLine()
{
    const QByteArray body =
        R"({"errors":[{"code":"10015","title":"Bad Request","detail":"bad","source":{"pointer":"/email"}}]})";
    ApiError e = ApiError::fromReply(QNetworkReply::UnknownContentError, 422, body);
    const QString s = e.summary();
    QVERIFY(!s.contains(u'\n'));
    QVERIFY(s.contains(u"code 10015"_s));
    QVERIFY(s.contains(u"field /email"_s));
}

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"
