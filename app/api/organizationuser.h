#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace telnyx {

enum class UserStatus { Unknown, Enabled, Disabled, Blocked };

QString userStatusKey(UserStatus status); // "enabled", "disabled", "blocked", "" for Unknown
std::optional<UserStatus> userStatusFromKey(const QString &key);

struct UserGroup
{
    QString id;
    QString name;

    static std::optional<UserGroup> fromJson(const QJsonValue &value, QString *error);
    friend bool operator==(const UserGroup &, const UserGroup &) = default;
};

// OrganizationUser and OrganizationUserWithGroups (telnyx-api.md §6.4, §6.5). Nothing is required
// by the spec, but a user without an id cannot be acted on, so `id` is required here.
struct OrganizationUser
{
    QString id;
    QString recordType; // "organization_owner" or "organization_sub_user" (free string)
    QString email;
    UserStatus status = UserStatus::Unknown; // Unknown when absent or a value we do not know
    QString rawStatus;                       // the server's spelling, for display of unknown values
    QDateTime createdAt;
    QDateTime lastSignInAt; // invalid: never signed in (null) or absent
    std::optional<bool> bypassesSso;
    std::optional<QList<UserGroup>> groups; // absent unless include_groups=true / the report

    bool isOwner() const { return recordType == QLatin1String("organization_owner"); }

    static std::optional<OrganizationUser> fromJson(const QJsonValue &value, QString *error);
};

} // namespace telnyx
