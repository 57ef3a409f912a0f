#include "api/jsonreader.h"

#include <QJsonValue>
#include <QStringBuilder>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// JSON numbers are doubles: beyond 2^53 distinct integers collapse into one value, so an id or a
// count up there could silently become a neighbour.
constexpr qint64 maxExactInteger = qint64(1) << 53;

// The longest ISO-8601 form we expect is about 35 characters; refusing anything much longer keeps a
// hostile megabyte string away from the date parser.
constexpr qsizetype maxTimestampLength = 64;

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > static_cast<double>(maxExactInteger)) {
        return std::nullopt;
    }
    // Qt keeps integers it parsed exactly; the double above may have been rounded into range.
    const qint64 integer = value.toInteger(maxExactInteger + 1);
    if (integer > maxExactInteger || integer < -maxExactInteger)
        return std::nullopt;
    return integer;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{}

QJsonValue JsonReader::valueOf(QLatin1StringView key) const
{
    return m_object.value(key);
}

void JsonReader::fail(const QString &message)
{
    // The first problem is the one worth reporting; later ones are often its consequences.
    if (m_error.isEmpty())
        m_error = m_context % u": "_s % message;
}

void JsonReader::wrongType(QLatin1StringView key, const char *expected)
{
    fail(u'"' % key % u"\" must be "_s % QLatin1StringView(expected) % u", got "_s %
         jsonTypeName(valueOf(key)));
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value)) {
        fail(u'"' % key % u"\" is required"_s);
        return {};
    }
    if (!value.isString()) {
        wrongType(key, "a string");
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isString()) {
        wrongType(key, "a string");
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isBool()) {
        wrongType(key, "a boolean");
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isDouble()) {
        wrongType(key, "an integer");
        return std::nullopt;
    }
    const std::optional<qint64> integer = exactInteger(value);
    if (!integer)
        fail(u'"' % key % u"\" must be an integer within +/-2^53, got "_s %
             QString::number(value.toDouble(), 'g', 17));
    return integer;
}

QDateTime JsonReader::optionalTimestamp(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return {};
    if (!value.isString()) {
        wrongType(key, "a string");
        return {};
    }
    return parseTimestamp(value.toString());
}

std::optional<QString> JsonReader::optionalStringOrNumber(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const std::optional<qint64> integer = exactInteger(value))
            return QString::number(*integer);
        fail(u'"' % key % u"\" must be a string or an integer, got "_s %
             QString::number(value.toDouble(), 'g', 17));
        return std::nullopt;
    }
    wrongType(key, "a string or an integer");
    return std::nullopt;
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject()) {
        wrongType(key, "an object");
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonReader::optionalArray(QLatin1StringView key)
{
    const QJsonValue value = valueOf(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isArray()) {
        wrongType(key, "an array");
        return std::nullopt;
    }
    return value.toArray();
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty() || text.size() > maxTimestampLength)
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // Without an offset Qt would assume the machine's zone; the API speaks UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

QLatin1StringView jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null"_L1;
    case QJsonValue::Bool:
        return "boolean"_L1;
    case QJsonValue::Double:
        return "number"_L1;
    case QJsonValue::String:
        return "string"_L1;
    case QJsonValue::Array:
        return "array"_L1;
    case QJsonValue::Object:
        return "object"_L1;
    case QJsonValue::Undefined:
        break;
    }
    return "undefined"_L1;
}

} // namespace telnyx
