// The /_sandbox/* endpoints: test hooks outside the Telnyx contract. They need no API key (the
// server only listens on loopback), are never delayed and never faulted, so a test can read
// the counters while its client still has requests in flight.
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

Reply controlError(int status, const QString &detail)
{
    return Reply::error(status, ApiError::make(QLatin1String("10015"), detail));
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject SandboxServer::statsJson() const
{
    return QJsonObject{
        {QStringLiteral("creates"), m_creates},
        {QStringLiteral("requests_total"), m_requestsTotal},
        {QStringLiteral("requests"), countsJson(m_requestsByPath)},
        {QStringLiteral("requests_by_method"), countsJson(m_requestsByRoute)},
        {QStringLiteral("in_flight"), m_inFlight},
        {QStringLiteral("max_in_flight"), m_maxInFlight},
        {QStringLiteral("faults_injected"), m_faultsInjected},
        {QStringLiteral("faults"), m_faults.toJson()},
    };
}

void SandboxServer::resetStats()
{
    m_creates = 0;
    m_requestsTotal = 0;
    m_requestsByPath.clear();
    m_requestsByRoute.clear();
    m_maxInFlight = m_inFlight; // requests still parked keep counting down
    m_faultsInjected = 0;
}

Reply SandboxServer::control(const ApiRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (path == QLatin1String("/_sandbox/stats")) {
        if (method == "GET")
            return Reply::json(statsJson());
        if (method == "DELETE") {
            resetStats();
            return Reply::json(statsJson());
        }
    } else if (path == QLatin1String("/_sandbox/reset") && method == "POST") {
        // Back to the state right after start-up: seeded data, zero counters, --fault rules.
        m_store.reset();
        resetStats();
        m_faults.setRules(m_options.faults);
        return Reply::json(statsJson());
    } else if (path == QLatin1String("/_sandbox/faults")) {
        if (method == "GET")
            return Reply::json(QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
        if (method == "DELETE") {
            m_faults.clear();
            return Reply::json(QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
        }
        if (method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            QJsonArray items;
            if (document.isArray())
                items = document.array();
            else if (document.isObject())
                items.append(document.object());
            else
                return controlError(400, QStringLiteral("Expected a fault object or an array."));
            QList<FaultRule> rules;
            for (const QJsonValue item : std::as_const(items)) {
                QString error;
                const auto rule = FaultPlan::fromJson(item, &error);
                if (!rule)
                    return controlError(400, error);
                rules.append(*rule);
            }
            for (const FaultRule &rule : std::as_const(rules))
                m_faults.add(rule);
            return Reply::json(QJsonObject{{QStringLiteral("faults"), m_faults.toJson()}});
        }
    } else if (path.startsWith(QLatin1String("/_sandbox/accounts/")) && method == "GET") {
        // The hidden state the API never shows, so tests can check what a call really did.
        const Account *account = m_store.account(path.section(u'/', 3));
        if (!account)
            return Reply::error(404, ApiErrors::notFound());
        return Reply::json(QJsonObject{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("id"), account->id},
                         {QStringLiteral("email"), account->email},
                         {QStringLiteral("status"), AccountsApi::stateName(account->state)},
                         {QStringLiteral("channel_limit"), account->channelLimit},
                         {QStringLiteral("managed_account_allow_custom_pricing"),
                          account->allowCustomPricing}}}});
    }
    return Reply::error(
        404,
        ApiErrors::notFound(
            QStringLiteral("No sandbox endpoint %1 %2.").arg(QString::fromLatin1(method), path)));
}
