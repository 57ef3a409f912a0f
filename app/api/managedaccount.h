#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace telnyx {

// Managed accounts carry no state field (telnyx-api.md §7): the status is derived from the
// `filter[status][eq]` listings and is Unknown until one of them has said otherwise.
enum class AccountStatus { Unknown, Enabled, Disabled, Blocked, Cancelled };

QString accountStatusKey(AccountStatus status); // "enabled", … as the API spells them
std::optional<AccountStatus> accountStatusFromKey(const QString &key);

struct ManagedAccountBalance
{
    // Money stays a decimal string with its currency: never a double.
    std::optional<QString> balance;
    std::optional<QString> creditLimit;
    std::optional<QString> availableCredit;
    std::optional<QString> currency;

    static std::optional<ManagedAccountBalance> fromJson(const QJsonValue &value, QString *error);
};

// Shared by list items (ManagedAccountMultiListing) and single-account responses. It holds no
// secret on purpose: models and logs can carry it freely. Secrets live in ManagedAccountSecrets.
struct ManagedAccount
{
    QString id;
    QString recordType;
    QString email;
    QString apiUser;
    QString managerAccountId;
    std::optional<QString> organizationName;
    QDateTime createdAt; // invalid when absent or unparseable
    QDateTime updatedAt;
    std::optional<bool> allowCustomPricing;
    std::optional<bool> rollupBilling;
    std::optional<ManagedAccountBalance> balance; // single-account responses only

    // `id` is the only field whose absence makes a row unusable; the older docs omit email and
    // api_user from list items, so those are tolerated when missing.
    static std::optional<ManagedAccount> fromJson(const QJsonValue &value, QString *error);
};

// `api_key` (V2) and `api_token` (V1) of a managed account: only in single-account responses.
// Never logged, never in a model, a CSV or a window title.
struct ManagedAccountSecrets
{
    QString apiKey;
    QString apiToken;

    static std::optional<ManagedAccountSecrets> fromJson(const QJsonValue &value, QString *error);
    bool isEmpty() const { return apiKey.isEmpty() && apiToken.isEmpty(); }
};

// A single-account response: the account plus its secrets, kept apart.
struct ManagedAccountDetail
{
    ManagedAccount account;
    ManagedAccountSecrets secrets;

    static std::optional<ManagedAccountDetail> fromJson(const QJsonValue &value, QString *error);
};

} // namespace telnyx
