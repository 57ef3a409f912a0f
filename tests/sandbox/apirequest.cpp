#include "apirequest.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

ApiRequest ApiRequest::fromHttp(const QHttpServerRequest &request)
{
    ApiRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = QByteArrayLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = QByteArrayLiteral("POST");
        break;
    case QHttpServerRequest::Method::Patch:
        copy.method = QByteArrayLiteral("PATCH");
        break;
    case QHttpServerRequest::Method::Put:
        copy.method = QByteArrayLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = QByteArrayLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Head:
        copy.method = QByteArrayLiteral("HEAD");
        break;
    case QHttpServerRequest::Method::Options:
        copy.method = QByteArrayLiteral("OPTIONS");
        break;
    default:
        copy.method = QByteArrayLiteral("OTHER");
        break;
    }
    copy.path = request.url().path(QUrl::FullyDecoded);
    // FullyDecoded turns %5B into '[' and %2B into '+', and leaves a literal '+' alone (it is
    // not a space in this API).
    const auto items = request.query().queryItems(QUrl::FullyDecoded);
    copy.query.reserve(items.size());
    for (const auto &item : items)
        copy.query.append({item.first, item.second});
    const auto headers = request.headers();
    for (const auto &header : headers)
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();
    return copy;
}

bool ApiRequest::hasQuery(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString ApiRequest::queryValue(const QString &key) const
{
    QString value;
    for (const auto &item : query) {
        if (item.first == key)
            value = item.second;
    }
    return value;
}

namespace RequestParsing {

namespace {

std::optional<ApiError> parseInt(const ApiRequest &request, const QString &key, int minimum,
                                 int maximum, int *value)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    bool ok = false;
    const qlonglong parsed = request.queryValue(key).toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        const QString range =
            maximum == std::numeric_limits<int>::max()
                ? QStringLiteral("an integer greater than or equal to %1").arg(minimum)
                : QStringLiteral("an integer between %1 and %2").arg(minimum).arg(maximum);
        return ApiErrors::badParameter(key, key + QStringLiteral(" must be ") + range + u'.');
    }
    *value = int(parsed);
    return std::nullopt;
}

} // namespace

std::optional<ApiError> parsePage(const ApiRequest &request, int defaultSize, int maxSize,
                                  PageRequest *page)
{
    page->number = 1;
    page->size = defaultSize;
    if (auto error = parseInt(request, QStringLiteral("page[number]"), 1,
                              std::numeric_limits<int>::max(), &page->number))
        return error;
    return parseInt(request, QStringLiteral("page[size]"), 1, maxSize, &page->size);
}

std::optional<ApiError> parseBool(const ApiRequest &request, const QString &key, bool *value)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString text = request.queryValue(key);
    if (text == QLatin1String("true")) {
        *value = true;
    } else if (text == QLatin1String("false")) {
        *value = false;
    } else {
        return ApiError::make(QLatin1String("10026"),
                              key + QStringLiteral(" must be true or false."))
            .atParameter(key);
    }
    return std::nullopt;
}

std::optional<ApiError> rejectUnknownKeys(const ApiRequest &request,
                                          std::initializer_list<QLatin1String> allowed)
{
    for (const auto &item : request.query) {
        const QString &key = item.first;
        if (!key.startsWith(QLatin1String("filter")) && !key.startsWith(QLatin1String("page")))
            continue;
        bool known = false;
        for (QLatin1String name : allowed)
            known = known || key == name;
        if (!known) {
            return ApiErrors::badParameter(
                key, QStringLiteral("Unknown query parameter '%1'.").arg(key));
        }
    }
    return std::nullopt;
}

std::optional<Reply> parseObjectBody(const ApiRequest &request, bool allowEmpty,
                                     QJsonObject *object)
{
    if (request.body.trimmed().isEmpty()) {
        if (allowEmpty) {
            *object = {};
            return std::nullopt;
        }
        return Reply::error(400, ApiError::make(QLatin1String("10015"),
                                                QStringLiteral("A JSON request body is required."))
                                     .atPointer(QStringLiteral("/")));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Reply::error(
            400,
            ApiError::make(QLatin1String("10023"),
                           QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset))
                .atPointer(QStringLiteral("/")));
    }
    if (!document.isObject()) {
        return Reply::error(400, ApiError::make(QLatin1String("10023"),
                                                QStringLiteral("The request body must be a JSON "
                                                               "object."))
                                     .atPointer(QStringLiteral("/")));
    }
    *object = document.object();
    return std::nullopt;
}

} // namespace RequestParsing
