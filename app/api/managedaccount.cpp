#include "api/managedaccount.h"

#include "api/jsonreader.h"

#include <QStringBuilder>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

constexpr auto accountContext = "managed account"_L1;

constexpr std::array<std::pair<AccountStatus, QLatin1StringView>, 4> accountStatusKeys{{
    {AccountStatus::Enabled, "enabled"_L1},
    {AccountStatus::Disabled, "disabled"_L1},
    {AccountStatus::Blocked, "blocked"_L1},
    {AccountStatus::Cancelled, "cancelled"_L1},
}};

bool checkObject(const QJsonValue &value, QLatin1StringView context, QString *error)
{
    if (value.isObject())
        return true;
    if (error)
        *error = context % u": expected an object, got "_s % jsonTypeName(value);
    return false;
}

std::optional<ManagedAccountBalance> decodeBalance(const QJsonObject &object, QString *error)
{
    JsonReader reader(object, u"balance"_s);
    ManagedAccountBalance balance;
    // optionalString refuses numbers: a money amount that arrives as a double has already lost
    // the decimal representation it was meant to carry.
    balance.balance = reader.optionalString("balance"_L1);
    balance.creditLimit = reader.optionalString("credit_limit"_L1);
    balance.availableCredit = reader.optionalString("available_credit"_L1);
    balance.currency = reader.optionalString("currency"_L1);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return balance;
}

} // namespace

QString accountStatusKey(AccountStatus status)
{
    for (const auto &[candidate, key] : accountStatusKeys) {
        if (candidate == status)
            return key;
    }
    return u"unknown"_s;
}

std::optional<AccountStatus> accountStatusFromKey(const QString &key)
{
    for (const auto &[status, candidate] : accountStatusKeys) {
        if (key == candidate)
            return status;
    }
    return std::nullopt;
}

std::optional<ManagedAccountBalance> ManagedAccountBalance::fromJson(const QJsonValue &value,
                                                                     QString *error)
{
    if (!checkObject(value, "balance"_L1, error))
        return std::nullopt;
    return decodeBalance(value.toObject(), error);
}

std::optional<ManagedAccount> ManagedAccount::fromJson(const QJsonValue &value, QString *error)
{
    if (!checkObject(value, accountContext, error))
        return std::nullopt;

    JsonReader reader(value.toObject(), accountContext);
    ManagedAccount account;
    account.id = reader.requiredString("id"_L1);
    if (account.id.isEmpty())
        reader.fail(u"\"id\" must not be empty"_s);
    account.recordType = reader.optionalString("record_type"_L1).value_or(QString());
    account.email = reader.optionalString("email"_L1).value_or(QString());
    account.apiUser = reader.optionalString("api_user"_L1).value_or(QString());
    account.managerAccountId = reader.optionalString("manager_account_id"_L1).value_or(QString());
    account.organizationName = reader.optionalString("organization_name"_L1);
    account.createdAt = reader.optionalTimestamp("created_at"_L1);
    account.updatedAt = reader.optionalTimestamp("updated_at"_L1);
    account.allowCustomPricing = reader.optionalBool("managed_account_allow_custom_pricing"_L1);
    account.rollupBilling = reader.optionalBool("rollup_billing"_L1);
    if (const std::optional<QJsonObject> balance = reader.optionalObject("balance"_L1)) {
        QString balanceError;
        account.balance = decodeBalance(*balance, &balanceError);
        if (!account.balance)
            reader.fail(balanceError);
    }
    // api_key and api_token are deliberately not read here: see ManagedAccountSecrets.

    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return account;
}

std::optional<ManagedAccountSecrets> ManagedAccountSecrets::fromJson(const QJsonValue &value,
                                                                     QString *error)
{
    if (!checkObject(value, accountContext, error))
        return std::nullopt;

    // Error messages name the type only, never the value, so a malformed key cannot reach a log.
    JsonReader reader(value.toObject(), accountContext);
    ManagedAccountSecrets secrets;
    secrets.apiKey = reader.optionalString("api_key"_L1).value_or(QString());
    secrets.apiToken = reader.optionalString("api_token"_L1).value_or(QString());
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return secrets;
}

std::optional<ManagedAccountDetail> ManagedAccountDetail::fromJson(const QJsonValue &value,
                                                                   QString *error)
{
    std::optional<ManagedAccount> account = ManagedAccount::fromJson(value, error);
    if (!account)
        return std::nullopt;
    std::optional<ManagedAccountSecrets> secrets = ManagedAccountSecrets::fromJson(value, error);
    if (!secrets)
        return std::nullopt;
    return ManagedAccountDetail{std::move(*account), std::move(*secrets)};
}

} // namespace telnyx
