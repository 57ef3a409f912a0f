#pragma once

#include "seededrandom.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The hidden lifecycle of a managed account. The API never shows it as a field
// (telnyx-api.md §0.3); it is only observable through filter[status][eq].
enum class AccountState { Enabled, Disabled, Blocked, Cancelled };

struct Account
{
    QString id;
    QString email;
    QString organizationName;
    QString apiKey;
    QString apiToken;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 balanceCents = 0;
    qint64 creditLimitCents = 0;
    QString currency;
    bool allowCustomPricing = false;
    bool rollupBilling = false;
    AccountState state = AccountState::Enabled;
    int channelLimit = 0;
    // Case-folded copies so case-insensitive filters over 100k rows stay cheap.
    QString emailFolded;
    QString nameFolded;
};

enum class UserStatus { Enabled, Disabled, Blocked };

struct Group
{
    QString id;
    QString name;
};

struct User
{
    QString id;
    QString email;
    bool owner = false;
    UserStatus status = UserStatus::Enabled;
    qint64 createdAtMs = 0;
    std::optional<qint64> lastSignInAtMs;
    bool bypassesSso = false;
    QList<int> groups; // indexes into SandboxStore::groups()
    bool removed = false;
    QString emailFolded;
};

struct SeedOptions
{
    quint64 seed = 1;
    int accounts = 60;
    int users = 40; // sub-users; the owner comes on top
};

enum class AccountStatusFilter { All, Active, Enabled, Cancelled, Disabled, Blocked };

struct AccountQuery
{
    QString emailContains;          // already case-folded
    std::optional<QString> emailEq; // already case-folded
    QString nameContains;           // already case-folded
    std::optional<QString> nameEq;  // exact, case-sensitive
    std::optional<AccountStatusFilter> status;
    bool includeCancelled = false;
    bool sortByEmail = false;
    bool descending = true;
};

struct UserQuery
{
    QString emailContains; // already case-folded
    std::optional<UserStatus> status;
};

template <typename T> struct PageOf
{
    QList<const T *> rows;
    qint64 totalResults = 0;
};

// All sandbox state: the manager, its managed accounts, the organization's users and groups.
// Lives for the whole process (until /_sandbox/reset), so what clients change sticks.
class SandboxStore
{
public:
    explicit SandboxStore(const SeedOptions &options);

    // Throws everything away and regenerates the seeded data set.
    void reset();

    QString managerId() const { return m_managerId; }
    QString managerEmail() const { return m_managerEmail; }

    // --- managed accounts
    PageOf<Account> listAccounts(const AccountQuery &query, int pageNumber, int pageSize) const;
    Account *account(const QString &id);
    bool emailInUse(const QString &email) const;
    // Adds an enabled account with fresh credentials; the caller fills in the request fields.
    Account &createAccount(const QString &email, const QString &organizationName,
                           bool allowCustomPricing, bool rollupBilling);
    QString generatedEmail(); // for creates that omit the email
    void touch(Account &account);
    void setState(Account &account, AccountState state);
    int allocatableChannels() const { return m_allocatableChannels; }
    int allocatedChannels() const { return m_allocatedChannels; }
    void setChannelLimit(Account &account, int limit);

    // --- organization users
    PageOf<User> listUsers(const UserQuery &query, int pageNumber, int pageSize) const;
    QList<const User *> reportUsers() const; // owner included, removed users excluded
    User *user(const QString &id);           // nullptr when unknown or removed
    const QList<Group> &groups() const { return m_groups; }

    static qint64 nowMs();

private:
    friend class SeedData;

    void reindex();
    const std::vector<int> &accountOrder(bool byEmail) const;
    bool matches(const Account &account, const AccountQuery &query) const;

    SeedOptions m_options;
    SeededRandom m_random; // for accounts created at run time
    QString m_managerId;
    QString m_managerEmail;
    int m_allocatableChannels = 0;
    int m_allocatedChannels = 0;

    QList<Account> m_accounts;
    QHash<QString, int> m_accountById;
    QHash<QString, int> m_accountByEmail; // key: case-folded email
    // Sorted index orders, rebuilt lazily after a create (the only operation that changes them).
    mutable std::vector<int> m_byCreated;
    mutable std::vector<int> m_byEmail;
    mutable bool m_ordersDirty = true;

    QList<Group> m_groups;
    QList<User> m_users; // sorted by created_at, owner first
    QHash<QString, int> m_userById;
};

QString formatTimestamp(qint64 msSinceEpoch);
QString formatMoney(qint64 cents);
