#pragma once

#include "api/accountstatusindex.h"
#include "api/apierror.h"
#include "api/managedaccount.h"
#include "api/telnyxclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace telnyx {

class Pager;

// The managed-accounts table: the one owner of these rows. It loads every page (rows appear as
// page 1 lands), derives each row's status from the status listings, and updates rows in place.
// It never holds an account's api_key or api_token.
class ManagedAccountsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagedAccountsModel)

public:
    enum Column {
        Organization,
        Email,
        Status,
        CustomPricing,
        RollupBilling,
        Created,
        Updated,
        Id,
        ManagerAccountId,
        ApiUser,
        Channels,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw value: dates as QDateTime, flags as int
        IdRole,
        StatusRole, // AccountStatus as int
        ExportRole, // plain text for search, copy and CSV: raw names, ISO dates, API spellings
    };

    static constexpr int PageSize = 250;

    explicit ManagedAccountsModel(TelnyxClient *client, QObject *parent = nullptr);
    ~ManagedAccountsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Drops the rows and loads everything matching `query` again; cancels a load in flight.
    void reload(const ManagedAccountQuery &query = {});
    void cancel();
    bool isLoading() const;
    const ManagedAccountQuery &query() const { return m_query; }

    // In-place updates after a mutation the server confirmed (AccountOperations calls these).
    // upsert() replaces the row with that id, or appends it (a new account).
    void upsert(const ManagedAccount &account);
    void setKnownStatus(const QString &id, AccountStatus status);
    void setChannelLimit(const QString &id, qint64 limit);
    std::optional<qint64> channelLimit(const QString &id) const;

    const ManagedAccount *accountAt(int row) const;
    AccountStatus statusAt(int row) const;
    int rowOf(const QString &id) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadProgress(int pagesDone, int totalPages);
    // The rows could not be (completely) loaded; rows already shown stay.
    void loadFailed(const telnyx::ApiError &error);
    // Status listings failed: statuses show as unknown.
    void statusUnavailable(const telnyx::ApiError &error);
    // Rows the server sent that could not be read.
    void rowsRejected(int count, const QString &firstProblem);

private:
    struct Walk
    {
        Pager *pager = nullptr;
        int done = 0;
        int total = 1;
        bool main = false;
        AccountStatus status = AccountStatus::Unknown;
    };

    void abandonWalks();
    void startWalk(const ManagedAccountQuery &query, bool main, AccountStatus status);
    void onMainPage(const RawPage &page);
    void onStatusPage(AccountStatus status, const RawPage &page);
    void onWalkFinished(Pager *pager, const ApiError &error);
    void emitProgress();
    void refreshStatus(const QString &id);

    TelnyxClient *m_client;
    ManagedAccountQuery m_query;
    QList<ManagedAccount> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, qint64> m_channelLimits; // known only after this console set one
    AccountStatusIndex m_status;
    QList<Walk> m_walks;
};

} // namespace telnyx
