#include "faultplan.h"

#include "errors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr KindName Names[] = {
    {FaultKind::TooManyRequests, "429"}, {FaultKind::TooManyNoRetryAfter, "429nora"},
    {FaultKind::ServerError, "500"},     {FaultKind::BadGatewayHtml, "502html"},
    {FaultKind::BadJson, "badjson"},     {FaultKind::Truncated, "trunc"},
    {FaultKind::WrongType, "wrongtype"}, {FaultKind::Reset, "reset"},
    {FaultKind::Slow, "slow"},           {FaultKind::Forbidden, "403"},
};

} // namespace

std::optional<FaultKind> FaultPlan::kindFromName(const QString &name)
{
    for (const KindName &entry : Names) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString FaultPlan::kindName(FaultKind kind)
{
    for (const KindName &entry : Names) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QLatin1String FaultPlan::kindNames()
{
    return QLatin1String("429, 429nora, 403, 500, 502html, badjson, trunc, wrongtype, reset, slow");
}

bool FaultPlan::requestTakesEffect(FaultKind kind)
{
    return kind != FaultKind::TooManyRequests && kind != FaultKind::TooManyNoRetryAfter &&
           kind != FaultKind::Forbidden && kind != FaultKind::BadGatewayHtml;
}

std::optional<FaultRule> FaultPlan::parseSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() > 3) {
        *error = QStringLiteral("expected KIND[:PATH_PREFIX[:COUNT]], got '%1'").arg(spec);
        return std::nullopt;
    }
    FaultRule rule;
    const auto kind = kindFromName(parts.at(0));
    if (!kind) {
        *error =
            QStringLiteral("unknown fault kind '%1' (known: %2)").arg(parts.at(0), kindNames());
        return std::nullopt;
    }
    rule.kind = *kind;
    if (parts.size() > 1 && !parts.at(1).isEmpty()) {
        if (!parts.at(1).startsWith(u'/')) {
            *error = QStringLiteral("fault path prefix must start with '/': '%1'").arg(parts.at(1));
            return std::nullopt;
        }
        rule.pathPrefix = parts.at(1);
    }
    if (parts.size() > 2) {
        bool ok = false;
        rule.remaining = parts.at(2).toInt(&ok);
        if (!ok || rule.remaining < 1) {
            *error =
                QStringLiteral("fault count must be a positive integer: '%1'").arg(parts.at(2));
            return std::nullopt;
        }
    }
    return rule;
}

std::optional<FaultRule> FaultPlan::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("each fault must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FaultRule rule;
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("'kind' must be one of: %1").arg(kindNames());
        return std::nullopt;
    }
    rule.kind = *kind;
    const QJsonValue path = object.value(QStringLiteral("path"));
    if (!path.isUndefined() && !path.isNull()) {
        if (!path.isString() || !path.toString().startsWith(u'/')) {
            *error = QStringLiteral("'path' must be a string starting with '/'");
            return std::nullopt;
        }
        rule.pathPrefix = path.toString();
    }
    const QJsonValue count = object.value(QStringLiteral("count"));
    if (!count.isUndefined() && !count.isNull()) {
        if (!count.isDouble() || count.toInt(0) < 1 || count.toDouble() != count.toInt(0)) {
            *error = QStringLiteral("'count' must be a positive integer");
            return std::nullopt;
        }
        rule.remaining = count.toInt();
    }
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined() && !method.isNull()) {
        if (!method.isString()) {
            *error = QStringLiteral("'method' must be a string such as \"POST\"");
            return std::nullopt;
        }
        rule.method = method.toString().toUpper().toLatin1();
    }
    return rule;
}

std::optional<FaultKind> FaultPlan::take(const QByteArray &method, const QString &path)
{
    for (FaultRule &rule : m_rules) {
        if (rule.remaining == 0 || !path.startsWith(rule.pathPrefix))
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++rule.injected;
        return rule.kind;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray array;
    for (const FaultRule &rule : m_rules) {
        array.append(QJsonObject{
            {QStringLiteral("kind"), kindName(rule.kind)},
            {QStringLiteral("path"), rule.pathPrefix},
            {QStringLiteral("method"), rule.method.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QString::fromLatin1(rule.method))},
            {QStringLiteral("remaining"),
             rule.remaining < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.remaining)},
            {QStringLiteral("injected"), rule.injected},
        });
    }
    return array;
}

namespace {

// Same keys, wrong JSON types: what a client must reject instead of showing "0" or "".
QJsonObject mangled(QJsonObject object)
{
    if (object.contains(QStringLiteral("id")))
        object.insert(QStringLiteral("id"), 42);
    if (object.contains(QStringLiteral("email")))
        object.insert(QStringLiteral("email"), QJsonArray{QStringLiteral("not-a-string")});
    if (object.contains(QStringLiteral("created_at")))
        object.insert(QStringLiteral("created_at"), 1700000000);
    if (object.contains(QStringLiteral("user_status")))
        object.insert(QStringLiteral("user_status"), true);
    if (object.contains(QStringLiteral("channel_limit")))
        object.insert(QStringLiteral("channel_limit"), QStringLiteral("lots"));
    if (object.contains(QStringLiteral("allocatable_global_outbound_channels")))
        object.insert(QStringLiteral("allocatable_global_outbound_channels"),
                      QStringLiteral("500"));
    return object;
}

} // namespace

namespace FaultReplies {

Reply make(FaultKind kind, const Reply &processed)
{
    Reply reply;
    switch (kind) {
    case FaultKind::TooManyRequests:
    case FaultKind::TooManyNoRetryAfter:
        reply = Reply::error(429, ApiError::make(QLatin1String("10011"),
                                                 QStringLiteral("You have exceeded the maximum "
                                                                "number of allowed requests.")));
        if (kind == FaultKind::TooManyRequests)
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        break;
    case FaultKind::Forbidden:
        // The catalog's 10010 with the users endpoints' pointer (telnyx-api.md §4.2).
        reply = Reply::error(403, ApiError::make(QLatin1String("10010"),
                                                 QStringLiteral("You are not authorized to access "
                                                                "the requested resource."))
                                      .atPointer(QStringLiteral("/")));
        break;
    case FaultKind::ServerError:
        // Like the empty-body 500 seen from the live API (telnyx-api.md §4.1).
        reply.status = 500;
        reply.contentType.clear();
        break;
    case FaultKind::BadGatewayHtml:
        reply.status = 502;
        reply.contentType = QByteArrayLiteral("text/html");
        reply.body = QByteArrayLiteral(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
            "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        break;
    case FaultKind::BadJson:
        reply.body = QByteArrayLiteral("{\"data\": [{\"id\": \"6a09cdc3\", \"email\": }, <html>");
        break;
    case FaultKind::Truncated:
    case FaultKind::Slow:
        reply = processed; // the server cuts or delays it
        break;
    case FaultKind::WrongType: {
        reply.status = 200;
        if (processed.contentType.startsWith("text/csv")) {
            reply.contentType = processed.contentType;
            reply.body = QByteArrayLiteral("unexpected,columns\r\n1,2\r\n");
            break;
        }
        const QJsonObject original = QJsonDocument::fromJson(processed.body).object();
        const QJsonValue data = original.value(QStringLiteral("data"));
        QJsonObject wrong;
        if (data.isArray()) {
            QJsonArray items;
            for (const QJsonValue item : data.toArray())
                items.append(mangled(item.toObject()));
            if (items.isEmpty())
                items.append(42);
            wrong.insert(QStringLiteral("data"), items);
            wrong.insert(QStringLiteral("meta"),
                         QJsonObject{{QStringLiteral("page_number"), QStringLiteral("1")},
                                     {QStringLiteral("page_size"), QJsonValue::Null},
                                     {QStringLiteral("total_pages"), QStringLiteral("many")},
                                     {QStringLiteral("total_results"), true}});
        } else if (data.isObject()) {
            wrong.insert(QStringLiteral("data"), mangled(data.toObject()));
        } else {
            wrong.insert(QStringLiteral("data"), QStringLiteral("oops"));
        }
        reply.body = QJsonDocument(wrong).toJson(QJsonDocument::Compact);
        break;
    }
    case FaultKind::Reset:
        break; // nothing is sent
    }
    return reply;
}

} // namespace FaultReplies
