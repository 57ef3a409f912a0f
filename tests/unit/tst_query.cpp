#include "api/query.h"
#include "api/telnyxclient.h"

#include <QTest>
#include <QUrl>

using namespace telnyx;
using namespace Qt::StringLiterals;

class TstQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesLikeTheSdk_data();
    void encodesLikeTheSdk();
    void survivesQUrl();
    void managedAccountsRequest();
    void exactAndContainsFiltersStayApart();
    void usersRequest();
    void baseUrlPolicy_data();
    void baseUrlPolicy();
};

void TstQuery::encodesLikeTheSdk_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("brackets") << u"page[number]"_s << u"2"_s << u"page%5Bnumber%5D=2"_s;
    QTest::newRow("space") << u"filter[email][contains]"_s << u"jo hn"_s
                           << u"filter%5Bemail%5D%5Bcontains%5D=jo%20hn"_s;
    QTest::newRow("plus") << u"filter[email][eq]"_s << u"a+b@x.com"_s
                          << u"filter%5Bemail%5D%5Beq%5D=a%2Bb%40x.com"_s;
    QTest::newRow("ampersand") << u"sort"_s << u"a&b=c"_s << u"sort=a%26b%3Dc"_s;
    QTest::newRow("unicode") << u"filter[organization_name][contains]"_s << u"Müller"_s
                             << u"filter%5Borganization_name%5D%5Bcontains%5D=M%C3%BCller"_s;
    QTest::newRow("dash") << u"sort"_s << u"-email"_s << u"sort=-email"_s;
}

void TstQuery::encodesLikeTheSdk()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Query().add(key, value).encoded(), expected);
}

void TstQuery::survivesQUrl()
{
    // What goes on the wire is what QUrl keeps: a `+` must stay %2B, brackets stay encoded.
    Query q;
    q.add(u"filter[email][contains]"_s, u"+1 312"_s).add(u"include_cancelled_accounts"_s, true);
    QUrl url(u"http://127.0.0.1:1/v2/managed_accounts"_s);
    url.setQuery(q.encoded(), QUrl::StrictMode);
    const QByteArray wire = url.toEncoded();
    QVERIFY2(wire.contains("filter%5Bemail%5D%5Bcontains%5D=%2B1%20312"), wire.constData());
    QVERIFY(wire.endsWith("include_cancelled_accounts=true"));
}

void TstQuery::managedAccountsRequest()
{
    ManagedAccountQuery q;
    q.emailContains = u"acme"_s;
    q.organizationEquals = u"Acme, Inc."_s;
    q.status = u"disabled"_s;
    q.sort = u"-created_at"_s;
    q.includeCancelled = true;
    const ApiRequest r = TelnyxClient::managedAccountsRequest(q, 3, 250);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, u"managed_accounts"_s);
    QCOMPARE(r.query.value(u"filter[email][contains]"_s), u"acme"_s);
    QCOMPARE(r.query.value(u"filter[organization_name][eq]"_s), u"Acme, Inc."_s);
    QCOMPARE(r.query.value(u"filter[status][eq]"_s), u"disabled"_s);
    QCOMPARE(r.query.value(u"include_cancelled_accounts"_s), u"true"_s);
    QCOMPARE(r.query.value(u"sort"_s), u"-created_at"_s);
    QCOMPARE(r.query.value(u"page[number]"_s), u"3"_s);
    QCOMPARE(r.query.value(u"page[size]"_s), u"250"_s);
    // Empty filters are not sent at all.
    const ApiRequest plain = TelnyxClient::managedAccountsRequest({}, 1, 20);
    QCOMPARE(plain.query.items().size(), 2);
}

void TstQuery::exactAndContainsFiltersStayApart()
{
    // The command line's --email/--org (exact) and --email-contains/--org-contains: each value
    // lands under its own operator, all four in one request if asked.
    ManagedAccountQuery q;
    q.emailEquals = u"a+b@x.com"_s;
    q.emailContains = u"x.com"_s;
    q.organizationEquals = u"Acme, Inc."_s;
    q.organizationContains = u"acme"_s;
    const ApiRequest r = TelnyxClient::managedAccountsRequest(q, 1, 250);
    QCOMPARE(r.query.value(u"filter[email][eq]"_s), u"a+b@x.com"_s);
    QCOMPARE(r.query.value(u"filter[email][contains]"_s), u"x.com"_s);
    QCOMPARE(r.query.value(u"filter[organization_name][eq]"_s), u"Acme, Inc."_s);
    QCOMPARE(r.query.value(u"filter[organization_name][contains]"_s), u"acme"_s);
    QCOMPARE(r.query.items().size(), 6); // the four filters and the page
    const QString wire = r.query.encoded();
    QVERIFY2(wire.contains(u"filter%5Bemail%5D%5Beq%5D=a%2Bb%40x.com"_s), qPrintable(wire));
    QVERIFY2(wire.contains(u"filter%5Borganization_name%5D%5Beq%5D=Acme%2C%20Inc."_s),
             qPrintable(wire));

    // Only the exact ones: no contains key is sent at all.
    ManagedAccountQuery exact;
    exact.emailEquals = u"ops@x.com"_s;
    exact.organizationEquals = u"Acme"_s;
    const ApiRequest e = TelnyxClient::managedAccountsRequest(exact, 1, 250);
    for (const auto &[key, value] : e.query.items())
        QVERIFY2(!key.contains(u"contains"_s), qPrintable(key));
    QCOMPARE(e.query.value(u"filter[email][eq]"_s), u"ops@x.com"_s);
}

void TstQuery::usersRequest()
{
    UserQuery q;
    q.emailContains = u"example.com"_s;
    q.status = u"blocked"_s;
    q.includeGroups = true;
    const ApiRequest r = TelnyxClient::usersRequest(q, 1, 250);
    QCOMPARE(r.path, u"organizations/users"_s);
    QCOMPARE(r.query.value(u"filter[email]"_s), u"example.com"_s);
    QCOMPARE(r.query.value(u"filter[user_status]"_s), u"blocked"_s);
    QCOMPARE(r.query.value(u"include_groups"_s), u"true"_s);
}

void TstQuery::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://api.telnyx.com/v2"_s << true;
    QTest::newRow("http-loopback-v4") << u"http://127.0.0.1:8080/v2"_s << true;
    QTest::newRow("http-loopback-127.0.0.2") << u"http://127.0.0.2:8080/v2"_s << true;
    QTest::newRow("http-localhost") << u"http://localhost:8080/v2"_s << true;
    QTest::newRow("http-loopback-v6") << u"http://[::1]:8080/v2"_s << true;
    QTest::newRow("http-remote") << u"http://api.telnyx.com/v2"_s << false;
    QTest::newRow("http-lan") << u"http://192.168.1.5/v2"_s << false;
    QTest::newRow("http-localhost-lookalike") << u"http://localhost.evil.com/v2"_s << false;
    QTest::newRow("ftp") << u"ftp://api.telnyx.com/v2"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void TstQuery::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(TelnyxClient::checkBaseUrl(QUrl(url)).isEmpty(), accepted);
}

QTEST_GUILESS_MAIN(TstQuery)
#include "tst_query.moc"
