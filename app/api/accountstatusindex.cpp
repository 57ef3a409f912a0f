#include "api/accountstatusindex.h"

namespace telnyx {

QList<AccountStatus> AccountStatusIndex::listedStatuses(bool includeCancelled)
{
    QList<AccountStatus> statuses{AccountStatus::Enabled, AccountStatus::Disabled,
                                  AccountStatus::Blocked};
    if (includeCancelled)
        statuses.append(AccountStatus::Cancelled);
    return statuses;
}

void AccountStatusIndex::clear()
{
    m_listed.clear();
    m_conflicting.clear();
    m_known.clear();
}

void AccountStatusIndex::addListed(AccountStatus status, const QString &accountId)
{
    if (status == AccountStatus::Unknown)
        return;
    const auto it = m_listed.constFind(accountId);
    if (it == m_listed.constEnd())
        m_listed.insert(accountId, status);
    else if (*it != status)
        m_conflicting.insert(accountId);
}

void AccountStatusIndex::setKnown(const QString &accountId, AccountStatus status)
{
    m_known.insert(accountId, status);
}

AccountStatus AccountStatusIndex::statusOf(const QString &accountId) const
{
    if (const auto it = m_known.constFind(accountId); it != m_known.constEnd())
        return *it;
    if (m_conflicting.contains(accountId))
        return AccountStatus::Unknown;
    return m_listed.value(accountId, AccountStatus::Unknown);
}

} // namespace telnyx
