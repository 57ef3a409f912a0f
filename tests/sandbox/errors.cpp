#include "errors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Titles as in the Telnyx error catalog (telnyx-api.md §4.2).
QString titleFor(QLatin1String code)
{
    struct Entry
    {
        const char *code;
        const char *title;
    };
    static constexpr Entry catalog[] = {
        {"10004", "Missing required parameter"},
        {"10005", "Resource not found"},
        {"10007", "Unexpected error"},
        {"10009", "Authentication failed"},
        {"10010", "Authorization failed"},
        {"10011", "Too many requests"},
        {"10012", "Duplicate resource"},
        {"10015", "Bad Request"},
        {"10018", "Invalid sort direction"},
        {"10019", "Invalid email address"},
        {"10023", "Invalid JSON"},
        {"10026", "Invalid parameter type"},
        {"10032", "Invalid enumerated value"},
        {"10033", "Value outside of range"},
    };
    for (const Entry &entry : catalog) {
        if (code == QLatin1String(entry.code))
            return QString::fromLatin1(entry.title);
    }
    return QStringLiteral("Error");
}

} // namespace

ApiError ApiError::make(QLatin1String code, const QString &detail)
{
    ApiError error;
    error.code = code;
    error.title = titleFor(code);
    error.detail = detail;
    return error;
}

ApiError ApiError::atPointer(const QString &jsonPointer) const
{
    ApiError copy = *this;
    copy.pointer = jsonPointer;
    return copy;
}

ApiError ApiError::atParameter(const QString &queryParameter) const
{
    ApiError copy = *this;
    copy.parameter = queryParameter;
    return copy;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), title},
        {QStringLiteral("meta"),
         QJsonObject{
             {QStringLiteral("url"),
              QString(QStringLiteral("https://developers.telnyx.com/docs/overview/errors/") +
                      code)}}},
    };
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    QJsonObject source;
    if (!pointer.isEmpty())
        source.insert(QStringLiteral("pointer"), pointer);
    if (!parameter.isEmpty())
        source.insert(QStringLiteral("parameter"), parameter);
    if (!source.isEmpty())
        object.insert(QStringLiteral("source"), source);
    return object;
}

Reply Reply::json(const QJsonObject &object, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Reply Reply::errors(int status, const QList<ApiError> &errors)
{
    QJsonArray array;
    for (const ApiError &error : errors)
        array.append(error.toJson());
    return json(QJsonObject{{QStringLiteral("errors"), array}}, status);
}

namespace ApiErrors {

ApiError notFound(const QString &detail)
{
    return ApiError::make(QLatin1String("10005"),
                          detail.isEmpty()
                              ? QStringLiteral("The requested resource or URL could not be found.")
                              : detail);
}

ApiError badParameter(const QString &parameter, const QString &detail)
{
    return ApiError::make(QLatin1String("10015"), detail).atParameter(parameter);
}

ApiError badEnum(const QString &parameter, const QString &value, QLatin1String allowed)
{
    return ApiError::make(QLatin1String("10032"),
                          QStringLiteral("'%1' is not a valid value for %2. Allowed values: %3.")
                              .arg(value, parameter, allowed))
        .atParameter(parameter);
}

} // namespace ApiErrors
