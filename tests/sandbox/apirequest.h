#pragma once

#include "errors.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QHttpServerRequest;

// A copy of everything a handler needs from the incoming request. QHttpServerRequest is reused
// per socket and must not be touched once the handler returns, while answers may be sent later
// (latency, slow faults), so the server snapshots it first.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // percent-decoded, without the query
    // Query items with keys *and* values fully decoded. QUrlQuery::queryItemValue() does not
    // match percent-encoded brackets (filter%5Bemail%5D...), so lookups go through this list.
    QList<std::pair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    static ApiRequest fromHttp(const QHttpServerRequest &request);

    bool hasQuery(const QString &key) const;
    // The last occurrence wins, as with most web frameworks.
    QString queryValue(const QString &key) const;
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct PageRequest
{
    int number = 1;
    int size = 20;
};

// Helpers that validate one piece of a request; each returns the error to answer with, if any.
namespace RequestParsing {

// page[number] >= 1, 1 <= page[size] <= maxSize (telnyx-api.md §3).
std::optional<ApiError> parsePage(const ApiRequest &request, int defaultSize, int maxSize,
                                  PageRequest *page);
// Booleans in a query are the lowercase words true/false (telnyx-api.md §2).
std::optional<ApiError> parseBool(const ApiRequest &request, const QString &key, bool *value);
// Rejects filter[...] and page[...] keys the endpoint does not define (additionalProperties:
// false in the spec). Other unknown top-level parameters are ignored, as public APIs do.
std::optional<ApiError> rejectUnknownKeys(const ApiRequest &request,
                                          std::initializer_list<QLatin1String> allowed);

// Parses a JSON object body. An empty body yields {} when allowEmpty is set.
// On failure returns the complete error reply (400, code 10023).
std::optional<Reply> parseObjectBody(const ApiRequest &request, bool allowEmpty,
                                     QJsonObject *object);

} // namespace RequestParsing
