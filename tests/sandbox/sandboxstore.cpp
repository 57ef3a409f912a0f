#include "sandboxstore.h"

#include "seeddata.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {
// Stream numbers for SeededRandom: run-time creates must not replay the seeded sequence.
constexpr quint64 RuntimeStream = 3;
} // namespace

QString formatTimestamp(qint64 msSinceEpoch)
{
    // ISO-8601 with milliseconds and a Z, like "2018-02-02T22:25:27.521Z" (telnyx-api.md §2).
    // Spelled out because Qt::ISODateWithMs writes "+00:00" for a QTimeZone::utc() date.
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           u'Z';
}

QString formatMoney(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.' +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

SandboxStore::SandboxStore(const SeedOptions &options)
    : m_options(options)
    , m_random(options.seed, RuntimeStream)
{
    reset();
}

void SandboxStore::reset()
{
    m_random = SeededRandom(m_options.seed, RuntimeStream);
    m_accounts.clear();
    m_users.clear();
    m_groups.clear();
    SeedData::populate(*this, m_options);
    reindex();
}

qint64 SandboxStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SandboxStore::reindex()
{
    m_accountById.clear();
    m_accountByEmail.clear();
    m_accountById.reserve(m_accounts.size());
    m_accountByEmail.reserve(m_accounts.size());
    m_allocatedChannels = 0;
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_accountById.insert(m_accounts[i].id, i);
        m_accountByEmail.insert(m_accounts[i].emailFolded, i);
        m_allocatedChannels += m_accounts[i].channelLimit;
    }
    m_userById.clear();
    m_userById.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i)
        m_userById.insert(m_users[i].id, i);
    m_ordersDirty = true;
}

const std::vector<int> &SandboxStore::accountOrder(bool byEmail) const
{
    if (m_ordersDirty) {
        // Both orders break ties by id so paging is stable even for equal timestamps or emails.
        m_byCreated.resize(std::size_t(m_accounts.size()));
        for (int i = 0; i < m_accounts.size(); ++i)
            m_byCreated[std::size_t(i)] = i;
        m_byEmail = m_byCreated;
        std::sort(m_byCreated.begin(), m_byCreated.end(), [this](int a, int b) {
            const Account &x = m_accounts[a];
            const Account &y = m_accounts[b];
            return x.createdAtMs != y.createdAtMs ? x.createdAtMs < y.createdAtMs : x.id < y.id;
        });
        std::sort(m_byEmail.begin(), m_byEmail.end(), [this](int a, int b) {
            const Account &x = m_accounts[a];
            const Account &y = m_accounts[b];
            const int order = QString::compare(x.emailFolded, y.emailFolded);
            return order != 0 ? order < 0 : x.id < y.id;
        });
        m_ordersDirty = false;
    }
    return byEmail ? m_byEmail : m_byCreated;
}

bool SandboxStore::matches(const Account &account, const AccountQuery &query) const
{
    // Cancelled accounts stay hidden unless include_cancelled_accounts=true, whatever
    // filter[status][eq] says (INFERRED, telnyx-api.md §5.1).
    if (account.state == AccountState::Cancelled && !query.includeCancelled)
        return false;
    if (query.status) {
        switch (*query.status) {
        case AccountStatusFilter::All:
            break;
        case AccountStatusFilter::Active:
            if (account.state == AccountState::Cancelled)
                return false;
            break;
        case AccountStatusFilter::Enabled:
            if (account.state != AccountState::Enabled)
                return false;
            break;
        case AccountStatusFilter::Disabled:
            if (account.state != AccountState::Disabled)
                return false;
            break;
        case AccountStatusFilter::Blocked:
            if (account.state != AccountState::Blocked)
                return false;
            break;
        case AccountStatusFilter::Cancelled:
            if (account.state != AccountState::Cancelled)
                return false;
            break;
        }
    }
    if (query.emailEq && account.emailFolded != *query.emailEq)
        return false;
    if (query.nameEq && account.organizationName != *query.nameEq)
        return false;
    if (!query.emailContains.isEmpty() && !account.emailFolded.contains(query.emailContains))
        return false;
    if (!query.nameContains.isEmpty() && !account.nameFolded.contains(query.nameContains))
        return false;
    return true;
}

PageOf<Account> SandboxStore::listAccounts(const AccountQuery &query, int pageNumber,
                                           int pageSize) const
{
    PageOf<Account> page;
    const qint64 first = qint64(pageNumber - 1) * pageSize;
    const qint64 last = first + pageSize;
    const std::vector<int> &order = accountOrder(query.sortByEmail);
    auto visit = [&](int index) {
        const Account &account = m_accounts[index];
        if (!matches(account, query))
            return;
        if (page.totalResults >= first && page.totalResults < last)
            page.rows.append(&account);
        ++page.totalResults;
    };
    if (query.descending)
        std::for_each(order.rbegin(), order.rend(), visit);
    else
        std::for_each(order.begin(), order.end(), visit);
    return page;
}

Account *SandboxStore::account(const QString &id)
{
    const auto it = m_accountById.constFind(id);
    return it == m_accountById.constEnd() ? nullptr : &m_accounts[*it];
}

bool SandboxStore::emailInUse(const QString &email) const
{
    return m_accountByEmail.contains(email.toCaseFolded());
}

Account &SandboxStore::createAccount(const QString &email, const QString &organizationName,
                                     bool allowCustomPricing, bool rollupBilling)
{
    Account account;
    do {
        account.id = m_random.uuid();
    } while (m_accountById.contains(account.id));
    account.email = email;
    account.emailFolded = email.toCaseFolded();
    account.organizationName = organizationName;
    account.nameFolded = organizationName.toCaseFolded();
    account.apiKey = SeedData::apiKey(m_random);
    account.apiToken = SeedData::apiToken(m_random);
    account.createdAtMs = nowMs();
    account.updatedAtMs = account.createdAtMs;
    account.currency = QStringLiteral("USD");
    account.allowCustomPricing = allowCustomPricing;
    account.rollupBilling = rollupBilling;
    // New accounts start with no channels of their own (INFERRED; the spec only says the pool
    // total includes "creation-time defaults").
    account.channelLimit = 0;
    m_accounts.append(account);
    const int index = int(m_accounts.size() - 1);
    m_accountById.insert(account.id, index);
    m_accountByEmail.insert(account.emailFolded, index);
    m_ordersDirty = true;
    return m_accounts[index];
}

QString SandboxStore::generatedEmail()
{
    // "Generated based on the email address of the manager account" (telnyx-api.md §5.2): use
    // plus-addressing, which also exercises clients that forget to encode '+' in filters.
    const qsizetype at = m_managerEmail.indexOf(u'@');
    const QString local = m_managerEmail.left(at);
    const QString domain = m_managerEmail.mid(at);
    QString email;
    do {
        email = local + QStringLiteral("+managed-") +
                m_random.token(8, QLatin1String("0123456789abcdef")) + domain;
    } while (emailInUse(email));
    return email;
}

void SandboxStore::touch(Account &account)
{
    account.updatedAtMs = std::max(nowMs(), account.createdAtMs);
}

void SandboxStore::setState(Account &account, AccountState state)
{
    if (account.state == state)
        return;
    account.state = state;
    touch(account);
}

void SandboxStore::setChannelLimit(Account &account, int limit)
{
    m_allocatedChannels += limit - account.channelLimit;
    account.channelLimit = limit;
}

PageOf<User> SandboxStore::listUsers(const UserQuery &query, int pageNumber, int pageSize) const
{
    PageOf<User> page;
    const qint64 first = qint64(pageNumber - 1) * pageSize;
    const qint64 last = first + pageSize;
    for (const User &user : m_users) {
        // The owner is not part of this list (telnyx-api.md §0.13, IAM docs).
        if (user.removed || user.owner)
            continue;
        if (query.status && user.status != *query.status)
            continue;
        if (!query.emailContains.isEmpty() && !user.emailFolded.contains(query.emailContains))
            continue;
        if (page.totalResults >= first && page.totalResults < last)
            page.rows.append(&user);
        ++page.totalResults;
    }
    return page;
}

QList<const User *> SandboxStore::reportUsers() const
{
    QList<const User *> rows;
    rows.reserve(m_users.size());
    for (const User &user : m_users) {
        if (!user.removed)
            rows.append(&user);
    }
    return rows;
}

User *SandboxStore::user(const QString &id)
{
    const auto it = m_userById.constFind(id);
    if (it == m_userById.constEnd() || m_users[*it].removed)
        return nullptr;
    return &m_users[*it];
}
