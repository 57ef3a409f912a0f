#include "api/organizationuser.h"

#include "api/jsonreader.h"

#include <QStringBuilder>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

constexpr auto userContext = "organization user"_L1;

constexpr std::array<std::pair<UserStatus, QLatin1StringView>, 3> userStatusKeys{{
    {UserStatus::Enabled, "enabled"_L1},
    {UserStatus::Disabled, "disabled"_L1},
    {UserStatus::Blocked, "blocked"_L1},
}};

bool checkObject(const QJsonValue &value, const QString &context, QString *error)
{
    if (value.isObject())
        return true;
    if (error)
        *error = context % u": expected an object, got "_s % jsonTypeName(value);
    return false;
}

// `context` names where the group sits, so a bad entry in a user's list reads "groups[3]".
std::optional<UserGroup> decodeGroup(const QJsonValue &value, const QString &context,
                                     QString *error)
{
    if (!checkObject(value, context, error))
        return std::nullopt;
    JsonReader reader(value.toObject(), context);
    UserGroup group;
    group.id = reader.requiredString("id"_L1);
    if (group.id.isEmpty())
        reader.fail(u"\"id\" must not be empty"_s);
    group.name = reader.requiredString("name"_L1);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return group;
}

} // namespace

QString userStatusKey(UserStatus status)
{
    for (const auto &[candidate, key] : userStatusKeys) {
        if (candidate == status)
            return key;
    }
    return {};
}

std::optional<UserStatus> userStatusFromKey(const QString &key)
{
    for (const auto &[status, candidate] : userStatusKeys) {
        if (key == candidate)
            return status;
    }
    return std::nullopt;
}

std::optional<UserGroup> UserGroup::fromJson(const QJsonValue &value, QString *error)
{
    return decodeGroup(value, u"user group"_s, error);
}

std::optional<OrganizationUser> OrganizationUser::fromJson(const QJsonValue &value, QString *error)
{
    if (!checkObject(value, userContext, error))
        return std::nullopt;

    JsonReader reader(value.toObject(), userContext);
    OrganizationUser user;
    user.id = reader.requiredString("id"_L1);
    if (user.id.isEmpty())
        reader.fail(u"\"id\" must not be empty"_s);
    user.recordType = reader.optionalString("record_type"_L1).value_or(QString());
    user.email = reader.optionalString("email"_L1).value_or(QString());
    // A status we do not know yet is shown as the server spells it rather than refused: the enum
    // has grown before and a whole user list should not disappear over one new word.
    user.rawStatus = reader.optionalString("user_status"_L1).value_or(QString());
    user.status = userStatusFromKey(user.rawStatus).value_or(UserStatus::Unknown);
    user.createdAt = reader.optionalTimestamp("created_at"_L1);
    user.lastSignInAt = reader.optionalTimestamp("last_sign_in_at"_L1);
    user.bypassesSso = reader.optionalBool("organization_user_bypasses_sso"_L1);
    if (const std::optional<QJsonArray> groups = reader.optionalArray("groups"_L1)) {
        QList<UserGroup> decoded;
        decoded.reserve(groups->size());
        for (qsizetype i = 0; i < groups->size() && reader.ok(); ++i) {
            QString groupError;
            std::optional<UserGroup> group =
                decodeGroup(groups->at(i), u"groups["_s % QString::number(i) % u']', &groupError);
            if (group)
                decoded.append(std::move(*group));
            else
                reader.fail(groupError);
        }
        user.groups = std::move(decoded);
    }

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return user;
}

} // namespace telnyx
