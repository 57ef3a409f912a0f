#include "clienttestbase.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace telnyx;
using namespace Qt::StringLiterals;

namespace {

// A bare HTTP/1.1 server on a loopback address that records each request exactly as it arrived
// on the wire and answers with a canned response.
class RecordingServer : public QObject
{
public:
    explicit RecordingServer(const QHostAddress &address)
    {
        m_server.listen(address, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://%1:%2%3"_s.arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort())
                        .arg(path));
    }
    QList<QByteArray> requests;
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 11\r\n\r\n{\"data\":{}}";

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        requests.append(buffer.left(end + 4 + length));
        buffer.remove(0, end + 4 + length);
        socket->write(response);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray header(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

// What the client puts on the wire, checked byte by byte on a recording server.
class TstRequestBuilding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersOnEveryRequest();
    void queryIsEncodedLikeTheSdk();
    void bodiesAsTheContractSays();
    void crossOriginRedirectIsNotFollowed();
};

void TstRequestBuilding::headersOnEveryRequest()
{
    RecordingServer server(QHostAddress::LocalHost);
    QVERIFY(server.isListening());
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(server.url(u"/v2"_s)));
    client.setApiKey(u"KEY0ABC_secret"_s);
    Outcome<ChannelPool> out;
    client.channelPool(this, out.callback());
    QVERIFY(out.wait());
    QCOMPARE(server.requests.size(), 1);
    const QByteArray r = server.requests.first();
    QVERIFY2(r.startsWith("GET /v2/managed_accounts/allocatable_global_outbound_channels HTTP/1.1"),
             r.constData());
    QCOMPARE(header(r, "Authorization"), QByteArray("Bearer KEY0ABC_secret"));
    QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(r, "User-Agent"), QByteArray("TelnyxAdmin/" TELNYX_ADMIN_VERSION));
    QVERIFY(header(r, "Content-Type").isEmpty());

    Outcome<QByteArray> csv;
    client.groupsReportCsv(this, csv.callback());
    QVERIFY(csv.wait());
    QCOMPARE(header(server.requests.last(), "Accept"), QByteArray("text/csv"));
    // The canned answer is JSON: a CSV request must not accept it as CSV.
    QCOMPARE(csv.error().kind(), ApiError::Kind::BadResponse);
}

void TstRequestBuilding::queryIsEncodedLikeTheSdk()
{
    RecordingServer server(QHostAddress::LocalHost);
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(server.url(u"/v2"_s)));
    client.setApiKey(u"KEY0ABC_secret"_s);
    ManagedAccountQuery q;
    q.emailContains = u"+1 312"_s;
    q.includeCancelled = true;
    q.sort = u"-email"_s;
    Outcome<Page<ManagedAccount>> out;
    client.listManagedAccounts(q, 2, 250, this, out.callback());
    QVERIFY(out.wait());
    const QByteArray line = server.requests.first().left(server.requests.first().indexOf("\r\n"));
    QCOMPARE(line, QByteArray("GET /v2/managed_accounts?filter%5Bemail%5D%5Bcontains%5D=%2B1%20312"
                              "&include_cancelled_accounts=true&sort=-email&page%5Bnumber%5D=2"
                              "&page%5Bsize%5D=250 HTTP/1.1"));
}

void TstRequestBuilding::bodiesAsTheContractSays()
{
    RecordingServer server(QHostAddress::LocalHost);
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(server.url(u"/v2"_s)));
    client.setApiKey(u"KEY0ABC_secret"_s);

    Outcome<ManagedAccountDetail> disable;
    client.disableManagedAccount(u"acc-1"_s, this, disable.callback());
    QVERIFY(disable.wait());
    const QByteArray d = server.requests.last();
    QVERIFY(d.startsWith("POST /v2/managed_accounts/acc-1/actions/disable HTTP/1.1"));
    QVERIFY(d.endsWith("\r\n\r\n")); // no body
    QVERIFY(header(d, "Content-Type").isEmpty());

    Outcome<ManagedAccountDetail> enable;
    client.enableManagedAccount(u"acc-1"_s, true, this, enable.callback());
    QVERIFY(enable.wait());
    const QByteArray e = server.requests.last();
    QCOMPARE(header(e, "Content-Type"), QByteArray("application/json"));
    QVERIFY(e.endsWith("{\"reenable_all_connections\":true}"));

    Outcome<AccountChannelLimit> limit;
    client.setChannelLimit(u"acc-1"_s, 12, this, limit.callback());
    QVERIFY(limit.wait());
    QVERIFY(server.requests.last().startsWith(
        "PATCH /v2/managed_accounts/acc-1/update_global_channel_limit HTTP/1.1"));
    QVERIFY(server.requests.last().endsWith("{\"channel_limit\":12}"));

    NewManagedAccount n;
    n.businessName = u"Acme"_s;
    n.password = u"pw-never-logged"_s;
    Outcome<CreatedAccount> created;
    client.createManagedAccount(n, this, created.callback());
    QVERIFY(created.wait());
    const QByteArray c = server.requests.last();
    QVERIFY(c.startsWith("POST /v2/managed_accounts HTTP/1.1"));
    QVERIFY(c.endsWith("{\"business_name\":\"Acme\",\"password\":\"pw-never-logged\"}"));

    // A path segment from the server is encoded, never interpreted.
    Outcome<ManagedAccountDetail> odd;
    client.retrieveManagedAccount(u"../users x"_s, this, odd.callback());
    QVERIFY(odd.wait());
    QVERIFY2(server.requests.last().startsWith("GET /v2/managed_accounts/..%2Fusers%20x HTTP/1.1"),
             server.requests.last().constData());
}

void TstRequestBuilding::crossOriginRedirectIsNotFollowed()
{
    RecordingServer elsewhere(QHostAddress(u"127.0.0.2"_s));
    if (!elsewhere.isListening())
        QSKIP("127.0.0.2 is not available on this machine");
    RecordingServer server(QHostAddress::LocalHost);
    server.response = "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url(u"/v2/x"_s).toEncoded() +
                      "\r\nContent-Length: 0\r\n\r\n";
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(server.url(u"/v2"_s)));
    client.setApiKey(u"KEY0ABC_secret"_s);
    Outcome<ChannelPool> out;
    client.channelPool(this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(!out.ok());
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(elsewhere.requests.size(), 0); // the key never reached the other host
}

QTEST_GUILESS_MAIN(TstRequestBuilding)
#include "tst_requestbuilding.moc"
