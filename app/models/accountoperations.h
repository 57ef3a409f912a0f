#pragma once

#include "api/telnyxclient.h"

#include <QObject>

namespace telnyx {

class ManagedAccountsModel;
class BulkRun;

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

    // Enables or disables several accounts, a few at a time; rows are updated as each one
    // succeeds. Not started yet; the caller owns it.
    BulkRun *setEnabled(const QStringList &ids, bool enable, bool reenableAllConnections,
                        QObject *parent);

Q_SIGNALS:
    // The manager's channel pool changed (a limit was set): the pool strip reloads.
    void channelPoolChanged();

private:
    TelnyxClient *m_client;
    ManagedAccountsModel *m_model;
};

} // namespace telnyx
