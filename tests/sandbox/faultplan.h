#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

enum class FaultKind {
    TooManyRequests,     // "429": 429 + Telnyx 10011 body + Retry-After: 1
    TooManyNoRetryAfter, // "429nora": 429 without Retry-After (x-ratelimit-reset: 1)
    Forbidden,           // "403": 403 + Telnyx 10010 body, as for a key without the permission
    ServerError,         // "500": empty body, Content-Length: 0
    BadGatewayHtml,      // "502html": a proxy's HTML page
    BadJson,             // "badjson": 200 with a body that is not JSON
    Truncated,           // "trunc": 200, Content-Length larger than the bytes sent, close
    WrongType,           // "wrongtype": 200, valid JSON, fields of the wrong type
    Reset,               // "reset": close the connection without any answer
    Slow,                // "slow": the normal answer, after --slow-ms
};

struct FaultRule
{
    FaultKind kind = FaultKind::ServerError;
    QString pathPrefix = QStringLiteral("/v2"); // matched against the path, /v2 included
    int remaining = -1;                         // -1: every matching request
    QByteArray method;                          // empty: any method (only via /_sandbox/faults)
    int injected = 0;
};

// The --fault rules and those added at run time through POST /_sandbox/faults. Rules are tried
// in order; the first one that matches and still has a count left fires and uses one up, so
// "--fault 429:/v2/x:1 --fault 500:/v2/x:1" answers 429, then 500, then normally.
class FaultPlan
{
public:
    // KIND[:PATH_PREFIX[:COUNT]]
    static std::optional<FaultRule> parseSpec(const QString &spec, QString *error);
    // {"kind": "429", "path": "/v2/...", "count": 1, "method": "POST"}
    static std::optional<FaultRule> fromJson(const QJsonValue &value, QString *error);
    static std::optional<FaultKind> kindFromName(const QString &name);
    static QString kindName(FaultKind kind);
    static QLatin1String kindNames();

    // Whether the request still takes effect before the fault replaces the answer: a 500, a
    // reset or a mangled 200 happen *after* the server did the work (the "lost reply" case a
    // blind retry turns into a duplicate). 429, 403 and 502 happen in front of it.
    static bool requestTakesEffect(FaultKind kind);

    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    void setRules(const QList<FaultRule> &rules) { m_rules = rules; }

    // Consumes one use of the first matching rule.
    std::optional<FaultKind> take(const QByteArray &method, const QString &path);
    QJsonArray toJson() const;

private:
    QList<FaultRule> m_rules;
};

struct Reply;

// The answer a fault sends instead of (or made from) the normal one.
namespace FaultReplies {
// processed is the normal answer; only used by the kinds that mangle it (wrongtype, trunc).
Reply make(FaultKind kind, const Reply &processed);
} // namespace FaultReplies
