#pragma once

#include "api/telnyxclient.h"

#include <QObject>
#include <QPointer>

namespace telnyx {

class ManagedAccountsModel;
class BulkStatusChange;

// Every change to a managed account goes through here: it calls the client and, once the server
// has confirmed, updates the rows of the model that owns them. Dialogs ask and show the outcome;
// they never touch the rows themselves (design.md §3).
class AccountOperations : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountOperations)

public:
    AccountOperations(TelnyxClient *client, ManagedAccountsModel *model, QObject *parent = nullptr);

    TelnyxClient *client() const { return m_client; }
    ManagedAccountsModel *model() const { return m_model; }

    ApiCall *create(const NewManagedAccount &account, QObject *context,
                    Callback<CreatedAccount> done);
    // Fresh data for the details view; the row is refreshed too, the secrets go to `done` only.
    ApiCall *retrieve(const QString &id, QObject *context, Callback<ManagedAccountDetail> done);
    ApiCall *setCustomPricing(const QString &id, bool allow, QObject *context,
                              Callback<ManagedAccountDetail> done);
    ApiCall *setChannelLimit(const QString &id, qint64 limit, QObject *context,
                             Callback<AccountChannelLimit> done);
    ApiCall *channelPool(QObject *context, Callback<ChannelPool> done);

    // Enables or disables several accounts, a few at a time; the caller owns the result.
    BulkStatusChange *setEnabled(const QStringList &ids, bool enable, bool reenableAllConnections,
                                 QObject *parent);

Q_SIGNALS:
    // The manager's channel pool changed (a limit was set): the pool strip reloads.
    void channelPoolChanged();

private:
    TelnyxClient *m_client;
    ManagedAccountsModel *m_model;
};

// One enable/disable run over many accounts: bounded concurrency, a result per account, cancel,
// and a retry of the ones that failed. Rows are updated as each account succeeds.
class BulkStatusChange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkStatusChange)

public:
    static constexpr int Concurrency = 4;

    struct Outcome
    {
        QString id;
        bool done = false;
        bool ok = false;
        ApiError error;
    };

    BulkStatusChange(AccountOperations *operations, const QStringList &ids, bool enable,
                     bool reenableAllConnections, QObject *parent = nullptr);
    ~BulkStatusChange() override;

    void start();
    void cancel();
    // Runs the failed accounts again; finished() follows once more.
    void retryFailed();

    bool enabling() const { return m_enable; }
    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int succeeded() const;
    int failed() const;

Q_SIGNALS:
    void itemFinished(int index, const telnyx::BulkStatusChange::Outcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onItemDone(int index, const Result<ManagedAccountDetail> &result);

    AccountOperations *m_operations;
    QList<Outcome> m_outcomes;
    QList<int> m_queue;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    bool m_enable;
    bool m_reenable;
    bool m_running = false;
};

} // namespace telnyx
