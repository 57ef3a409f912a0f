#include "sandboxserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {
constexpr int RateLimit = 10000;
constexpr qint64 RateWindowMs = 60 * 1000;
const QString ApiPrefix = QStringLiteral("/v2/");
} // namespace

SandboxServer::SandboxServer(SandboxStore &store, const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(store)
    , m_users(store)
    , m_options(options)
{
    m_faults.setRules(options.faults);
    using R = const ApiRequest &;
    using I = const QString &;
    // Literal segments win over {id} because routes are tried in this order:
    // allocatable_global_outbound_channels and users_groups_report come before {id}.
    addRoute("GET", "managed_accounts", [this](R r, I) { return m_accounts.list(r); });
    addRoute(
        "POST", "managed_accounts", [this](R r, I) { return m_accounts.create(r); }, true);
    addRoute("GET", "managed_accounts/allocatable_global_outbound_channels",
             [this](R r, I) { return m_accounts.allocatableChannels(r); });
    addRoute("GET", "managed_accounts/{id}",
             [this](R r, I id) { return m_accounts.retrieve(r, id); });
    addRoute("PATCH", "managed_accounts/{id}",
             [this](R r, I id) { return m_accounts.update(r, id); });
    addRoute("POST", "managed_accounts/{id}/actions/disable",
             [this](R r, I id) { return m_accounts.disable(r, id); });
    addRoute("POST", "managed_accounts/{id}/actions/enable",
             [this](R r, I id) { return m_accounts.enable(r, id); });
    addRoute("PATCH", "managed_accounts/{id}/update_global_channel_limit",
             [this](R r, I id) { return m_accounts.updateChannelLimit(r, id); });
    addRoute("GET", "organizations/users", [this](R r, I) { return m_users.list(r); });
    addRoute("GET", "organizations/users/users_groups_report",
             [this](R r, I) { return m_users.groupsReport(r); });
    addRoute("GET", "organizations/users/{id}",
             [this](R r, I id) { return m_users.retrieve(r, id); });
    addRoute("POST", "organizations/users/{id}/actions/remove",
             [this](R r, I id) { return m_users.remove(r, id); });

    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(ApiRequest::fromHttp(request), std::move(responder));
        });
}

void SandboxServer::addRoute(const char *method, const char *pattern, Handler handler,
                             bool isCreate)
{
    m_routes.append(Route{QByteArray(method), QString::fromLatin1(pattern).split(u'/'),
                          std::move(handler), isCreate});
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // The bind() form works on Qt 6.4 and on 6.8+, where QAbstractHttpServer::listen() is gone.
    m_tcp = new QTcpServer(&m_http);
    if (!m_tcp->listen(address, port)) {
        *error = m_tcp->errorString();
        return false;
    }
    m_http.bind(m_tcp);
    return true;
}

quint16 SandboxServer::serverPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void SandboxServer::handle(const ApiRequest &request, QHttpServerResponder &&responder)
{
    if (request.path == QLatin1String("/_sandbox") ||
        request.path.startsWith(QLatin1String("/_sandbox/"))) {
        Outcome outcome{control(request),
                        Delivery::Normal,
                        QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                        {}};
        write(responder, outcome);
        return;
    }

    ++m_requestsTotal;
    ++m_requestsByPath[request.path];
    ++m_requestsByRoute[QString::fromLatin1(request.method) + u' ' + request.path];
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);

    Outcome outcome;
    outcome.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    int delayMs = m_options.latencyMs;
    const std::optional<FaultKind> fault = m_faults.take(request.method, request.path);
    if (fault)
        ++m_faultsInjected;

    if (fault && !FaultPlan::requestTakesEffect(*fault)) {
        outcome.reply = FaultReplies::make(*fault, Reply());
    } else {
        // The request is carried out even when a fault will replace the answer, so a create
        // answered with 500 or a reset really exists (the "lost reply" case).
        bool isCreate = false;
        Reply reply = authorize(request);
        if (reply.status == 200)
            reply = dispatch(request, &isCreate);
        if (isCreate && reply.status == 200)
            ++m_creates;
        outcome.reply = fault ? FaultReplies::make(*fault, reply) : reply;
        if (fault == FaultKind::Truncated)
            outcome.delivery = Delivery::Truncate;
        else if (fault == FaultKind::Reset)
            outcome.delivery = Delivery::Reset;
        else if (fault == FaultKind::Slow)
            delayMs = m_options.slowMs;
    }
    outcome.rateLimitHeaders = rateLimitHeaders(outcome.reply.status == 429);

    if (m_options.verbose) {
        qInfo().noquote() << request.method << request.path << "->"
                          << (outcome.delivery == Delivery::Reset ? 0 : outcome.reply.status)
                          << (fault ? QStringLiteral("[fault %1]").arg(FaultPlan::kindName(*fault))
                                    : QString());
    }
    deliver(std::move(responder), std::move(outcome), delayMs);
}

Reply SandboxServer::authorize(const ApiRequest &request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("authorization")).trimmed();
    const QByteArray scheme = header.left(7);
    if (scheme.compare("Bearer ", Qt::CaseInsensitive) == 0 &&
        header.mid(7).trimmed() == m_options.apiKey.toUtf8())
        return Reply();

    QString detail = QStringLiteral("Could not understand the provided credentials.");
    const QString key = QString::fromUtf8(header.mid(7).trimmed());
    if (scheme.compare("Bearer ", Qt::CaseInsensitive) == 0 &&
        key.startsWith(QLatin1String("KEY"))) {
        // The live API names the key ID (the part before '_'), never the secret.
        detail = QStringLiteral("No key found matching the ID '%1' with the provided secret.")
                     .arg(key.section(u'_', 0, 0));
    }
    return Reply::error(401, ApiError::make(QLatin1String("10009"), detail));
}

Reply SandboxServer::dispatch(const ApiRequest &request, bool *isCreate)
{
    if (request.path.startsWith(ApiPrefix)) {
        const QStringList segments = request.path.mid(ApiPrefix.size()).split(u'/');
        for (const Route &route : std::as_const(m_routes)) {
            if (route.method != request.method || route.pattern.size() != segments.size())
                continue;
            QString id;
            bool match = true;
            for (qsizetype i = 0; match && i < segments.size(); ++i) {
                if (route.pattern.at(i) == QLatin1String("{id}")) {
                    id = segments.at(i);
                    match = !id.isEmpty();
                } else {
                    match = route.pattern.at(i) == segments.at(i);
                }
            }
            if (match) {
                *isCreate = route.isCreate;
                return route.handler(request, id);
            }
        }
    }
    // Unknown paths and known paths with the wrong method both answer 404, as a router that
    // matches method and path together does (INFERRED).
    return Reply::error(
        404, ApiErrors::notFound(QStringLiteral("No route for %1 %2.")
                                     .arg(QString::fromLatin1(request.method), request.path)));
}

QList<QPair<QByteArray, QByteArray>> SandboxServer::rateLimitHeaders(bool exhausted)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_windowStartMs >= RateWindowMs) {
        m_windowStartMs = now;
        m_windowCount = 0;
    }
    ++m_windowCount;
    const qint64 resetSeconds =
        exhausted ? 1 : std::max<qint64>(1, (m_windowStartMs + RateWindowMs - now + 999) / 1000);
    const int remaining = exhausted ? 0 : std::max(0, RateLimit - m_windowCount);
    return {{QByteArrayLiteral("x-ratelimit-limit"), QByteArray::number(RateLimit)},
            {QByteArrayLiteral("x-ratelimit-remaining"), QByteArray::number(remaining)},
            {QByteArrayLiteral("x-ratelimit-reset"), QByteArray::number(resetSeconds)}};
}

void SandboxServer::deliver(QHttpServerResponder &&responder, Outcome outcome, int delayMs)
{
    if (delayMs <= 0 && outcome.delivery == Delivery::Normal) {
        write(responder, outcome);
        --m_inFlight;
        return;
    }
    // Park the responder and answer from a timer, so the server thread keeps serving other
    // requests meanwhile (8 requests with 200 ms latency take ~200 ms, not 1.6 s). In 6.4 the
    // responder holds a raw socket pointer: a client that gave up (timeout, abort) gets its
    // socket deleted, so the QPointer is checked before writing. The timer is our child, so a
    // shutdown with parked answers frees everything.
    QPointer<QTcpSocket> socket(responder.socket());
    auto parked = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this,
            [this, timer, socket, parked, outcome = std::move(outcome)] {
                timer->deleteLater();
                --m_inFlight;
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    write(*parked, outcome);
            });
    timer->start(std::max(delayMs, 0));
}

void SandboxServer::write(QHttpServerResponder &responder, const Outcome &outcome) const
{
    QTcpSocket *socket = responder.socket();
    if (outcome.delivery == Delivery::Reset) {
        socket->abort();
        return;
    }
    const Reply &reply = outcome.reply;
    QByteArray body = reply.body;
    qint64 declaredLength = body.size();
    if (outcome.delivery == Delivery::Truncate) {
        // Promise the whole body, send half of it, then close: a client sees a premature end
        // of the stream and, if it reads anyway, JSON that does not parse.
        declaredLength = std::max<qint64>(body.size(), 64) + 64;
        body.truncate(body.size() / 2);
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(declaredLength));
    responder.writeHeader(QByteArrayLiteral("x-request-id"), outcome.requestId);
    for (const auto &header : outcome.rateLimitHeaders)
        responder.writeHeader(header.first, header.second);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
    if (outcome.delivery == Delivery::Truncate)
        socket->disconnectFromHost();
}
