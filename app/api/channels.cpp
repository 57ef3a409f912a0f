#include "api/channels.h"

#include "api/jsonreader.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

bool checkObject(const QJsonValue &value, QLatin1StringView context, QString *error)
{
    if (value.isObject())
        return true;
    if (error)
        *error = context % u": expected an object, got "_s % jsonTypeName(value);
    return false;
}

// Channel counts are never negative (telnyx-api.md §5.8); a negative one is a broken response,
// not a number to show or to do sums with.
std::optional<qint64> nonNegativeInteger(JsonReader &reader, QLatin1StringView key)
{
    const std::optional<qint64> value = reader.optionalInteger(key);
    if (value && *value < 0) {
        reader.fail(u'"' % key % u"\" must not be negative, got "_s % QString::number(*value));
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<ChannelPool> ChannelPool::fromJson(const QJsonValue &value, QString *error)
{
    constexpr auto context = "channel pool"_L1;
    if (!checkObject(value, context, error))
        return std::nullopt;

    JsonReader reader(value.toObject(), context);
    ChannelPool pool;
    // The spec itself says 0 when the feature is off, so a missing count means the same.
    pool.allocatable =
        nonNegativeInteger(reader, "allocatable_global_outbound_channels"_L1).value_or(0);
    pool.totalAllocated =
        nonNegativeInteger(reader, "total_global_channels_allocated"_L1).value_or(0);
    pool.allowCustomPricing = reader.optionalBool("managed_account_allow_custom_pricing"_L1);
    pool.recordType = reader.optionalString("record_type"_L1).value_or(QString());

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return pool;
}

std::optional<AccountChannelLimit> AccountChannelLimit::fromJson(const QJsonValue &value,
                                                                 QString *error)
{
    constexpr auto context = "channel limit"_L1;
    if (!checkObject(value, context, error))
        return std::nullopt;

    JsonReader reader(value.toObject(), context);
    AccountChannelLimit limit;
    limit.channelLimit = nonNegativeInteger(reader, "channel_limit"_L1);
    limit.id = reader.optionalString("id"_L1).value_or(QString());
    limit.email = reader.optionalString("email"_L1).value_or(QString());
    limit.managerAccountId = reader.optionalString("manager_account_id"_L1).value_or(QString());
    limit.recordType = reader.optionalString("record_type"_L1).value_or(QString());

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return limit;
}

} // namespace telnyx
