#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace telnyx {

// GET /managed_accounts/allocatable_global_outbound_channels (telnyx-api.md §5.3).
struct ChannelPool
{
    qint64 allocatable = 0;    // 0 when the feature is not enabled
    qint64 totalAllocated = 0; // across all managed accounts
    std::optional<bool> allowCustomPricing;
    QString recordType;

    bool featureEnabled() const { return allocatable != 0 || totalAllocated != 0; }

    static std::optional<ChannelPool> fromJson(const QJsonValue &value, QString *error);
};

// PATCH /managed_accounts/{id}/update_global_channel_limit response (telnyx-api.md §5.8).
struct AccountChannelLimit
{
    std::optional<qint64> channelLimit;
    QString id;
    QString email;
    QString managerAccountId;
    QString recordType;

    static std::optional<AccountChannelLimit> fromJson(const QJsonValue &value, QString *error);
};

} // namespace telnyx
