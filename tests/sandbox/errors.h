#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One entry of the Telnyx error envelope (telnyx-api.md §4.1).
struct ApiError
{
    QString code; // a string of digits, as the real API sends it
    QString title;
    QString detail;
    QString pointer;   // source.pointer: JSON pointer into the request body
    QString parameter; // source.parameter: the offending query parameter

    // The title comes from the public error catalog so every use of a code reads the same.
    static ApiError make(QLatin1String code, const QString &detail);
    ApiError atPointer(const QString &jsonPointer) const;
    ApiError atParameter(const QString &queryParameter) const;

    QJsonObject toJson() const;
};

// What a handler answers; the server adds the common headers and may delay or mangle it.
struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply errors(int status, const QList<ApiError> &errors);
    static Reply error(int status, const ApiError &error) { return errors(status, {error}); }
};

// The canned errors several handlers share.
namespace ApiErrors {
ApiError notFound(const QString &detail = {});
ApiError badParameter(const QString &parameter, const QString &detail);
ApiError badEnum(const QString &parameter, const QString &value, QLatin1String allowed);
} // namespace ApiErrors
