#include "api/pagemeta.h"

#include "api/jsonreader.h"

#include <QStringBuilder>

#include <limits>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// The pager does arithmetic on these: a count it cannot hold is an error, not a wrapped number.
std::optional<int> boundedInt(JsonReader &reader, QLatin1StringView key, int minimum)
{
    const std::optional<qint64> value = reader.optionalInteger(key);
    if (!value)
        return std::nullopt;
    if (*value < minimum || *value > std::numeric_limits<int>::max()) {
        reader.fail(u'"' % key % u"\" must be between "_s % QString::number(minimum) % u" and "_s %
                    QString::number(std::numeric_limits<int>::max()) % u", got "_s %
                    QString::number(*value));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

} // namespace

std::optional<PageMeta> PageMeta::fromJson(const QJsonValue &value, QString *error)
{
    PageMeta meta;
    // No meta at all is how the report endpoint answers: one page holding everything.
    if (value.isUndefined() || value.isNull())
        return meta;
    if (!value.isObject()) {
        if (error)
            *error = u"meta: expected an object, got "_s % jsonTypeName(value);
        return std::nullopt;
    }

    JsonReader reader(value.toObject(), u"meta"_s);
    meta.present = true;
    if (const std::optional<int> pageNumber = boundedInt(reader, "page_number"_L1, 1))
        meta.pageNumber = *pageNumber;
    if (const std::optional<int> pageSize = boundedInt(reader, "page_size"_L1, 0))
        meta.pageSize = *pageSize;
    if (const std::optional<int> totalPages = boundedInt(reader, "total_pages"_L1, 0))
        meta.totalPages = *totalPages;
    if (const std::optional<qint64> totalResults = reader.optionalInteger("total_results"_L1)) {
        if (*totalResults < 0)
            reader.fail(u"\"total_results\" must not be negative, got "_s %
                        QString::number(*totalResults));
        else
            meta.totalResults = *totalResults;
    }

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return meta;
}

} // namespace telnyx
