#pragma once

#include "accountsapi.h"
#include "faultplan.h"
#include "usersapi.h"

#include <QHttpServer>
#include <QMap>
#include <QObject>

#include <functional>

class QHostAddress;
class QTcpServer;

// The HTTP side of the sandbox: one entry point for every request, so auth, per-path stats,
// injected faults, latency and the common headers apply uniformly to all twelve endpoints
// (QtHttpServer 6.4 routes cannot wrap handlers or tell "wrong method" from "no such path").
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString apiKey;
        int latencyMs = 0;
        int slowMs = 35000;
        QList<FaultRule> faults;
        bool verbose = false;
    };

    SandboxServer(SandboxStore &store, const Options &options, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 serverPort() const;

private:
    enum class Delivery { Normal, Truncate, Reset };
    struct Outcome
    {
        Reply reply;
        Delivery delivery = Delivery::Normal;
        QByteArray requestId;
        QList<QPair<QByteArray, QByteArray>> rateLimitHeaders;
    };
    using Handler = std::function<Reply(const ApiRequest &, const QString &id)>;
    struct Route
    {
        QByteArray method;
        QStringList pattern; // path segments after /v2; "{id}" matches any non-empty segment
        Handler handler;
        bool isCreate = false;
    };

    void addRoute(const char *method, const char *pattern, Handler handler, bool isCreate = false);
    void handle(const ApiRequest &request, QHttpServerResponder &&responder);
    Reply authorize(const ApiRequest &request) const;
    Reply dispatch(const ApiRequest &request, bool *isCreate);
    QList<QPair<QByteArray, QByteArray>> rateLimitHeaders(bool exhausted);
    void deliver(QHttpServerResponder &&responder, Outcome outcome, int delayMs);
    void write(QHttpServerResponder &responder, const Outcome &outcome) const;

    // The /_sandbox/* test hooks (sandboxcontrol.cpp): no auth, no latency, no faults.
    Reply control(const ApiRequest &request);
    QJsonObject statsJson() const;
    void resetStats();

    SandboxStore &m_store;
    AccountsApi m_accounts;
    UsersApi m_users;
    Options m_options;
    FaultPlan m_faults;
    QList<Route> m_routes;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;

    // Counters for /_sandbox/stats: tests use them to prove a client never created twice and
    // kept its concurrency bounded.
    int m_creates = 0;
    qint64 m_requestsTotal = 0;
    QMap<QString, qint64> m_requestsByPath;
    QMap<QString, qint64> m_requestsByRoute; // "POST /v2/managed_accounts"
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_faultsInjected = 0;

    // x-ratelimit-* are informative only (nothing is enforced outside the 429 faults).
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
};
