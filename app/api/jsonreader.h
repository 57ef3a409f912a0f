#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace telnyx {

// Reads typed fields out of one JSON object and remembers the first problem.
//
// The contract (telnyx-api.md §4, §6) lets fields be missing or null, and the live API has drifted
// before (numeric error codes), so "absent" and "null" are tolerated everywhere; a field of the
// wrong JSON type is an error, never coerced into something that looks like data.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context);

    // Required fields: a missing or null value is an error.
    QString requiredString(QLatin1StringView key);
    // Optional fields: missing or null gives std::nullopt.
    std::optional<QString> optionalString(QLatin1StringView key);
    std::optional<bool> optionalBool(QLatin1StringView key);
    // Integers must be JSON numbers with an integral value inside qint64.
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    // ISO-8601 timestamps. A string that does not parse is kept out (invalid QDateTime) rather
    // than guessed; a non-string is an error.
    QDateTime optionalTimestamp(QLatin1StringView key);
    // "code" in Telnyx errors is a digit string, but numbers have been seen: accept both.
    std::optional<QString> optionalStringOrNumber(QLatin1StringView key);
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);
    std::optional<QJsonArray> optionalArray(QLatin1StringView key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);

private:
    QJsonValue valueOf(QLatin1StringView key) const;
    void wrongType(QLatin1StringView key, const char *expected);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

QDateTime parseTimestamp(const QString &text);
// "string", "number", "object", … for error messages (never the value: it may be a secret).
QLatin1StringView jsonTypeName(const QJsonValue &value);

} // namespace telnyx
