#pragma once

#include "api/managedaccount.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace telnyx {

// Derives each managed account's status from the `filter[status][eq]` listings (telnyx-api.md §7),
// since the API has no status field. An account seen in exactly one status listing has that
// status; one seen in none, or in several (a server that ignores the filter), is Unknown: the
// console shows "unknown" rather than guess. A status set after a successful enable/disable wins
// over the listings until the next reload.
class AccountStatusIndex
{
public:
    // The statuses whose listings are consulted.
    static QList<AccountStatus> listedStatuses(bool includeCancelled);

    void clear();
    void addListed(AccountStatus status, const QString &accountId);
    void setKnown(const QString &accountId, AccountStatus status);
    AccountStatus statusOf(const QString &accountId) const;

private:
    QHash<QString, AccountStatus> m_listed; // first status a listing gave
    QSet<QString> m_conflicting;            // listed under more than one status
    QHash<QString, AccountStatus> m_known;  // set by a mutation the server confirmed
};

} // namespace telnyx
