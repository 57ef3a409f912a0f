#include "models/accountoperations.h"

#include "models/bulkrun.h"
#include "models/managedaccountsmodel.h"

namespace telnyx {

AccountOperations::AccountOperations(TelnyxClient *client, ManagedAccountsModel *model,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

ApiCall *AccountOperations::create(const NewManagedAccount &account, QObject *context,
                                   Callback<CreatedAccount> done)
{
    return m_client->createManagedAccount(
        account, context, [this, done](const Result<CreatedAccount> &result) {
            if (result.ok()) {
                m_model->upsert(result.value().detail.account);
                // A new account starts enabled (telnyx-api.md §5.2 has no other state).
                m_model->setKnownStatus(result.value().detail.account.id, AccountStatus::Enabled);
            }
            done(result);
        });
}

ApiCall *AccountOperations::retrieve(const QString &id, QObject *context,
                                     Callback<ManagedAccountDetail> done)
{
    return m_client->retrieveManagedAccount(
        id, context, [this, done](const Result<ManagedAccountDetail> &result) {
            if (result.ok() && m_model->rowOf(result.value().account.id) >= 0)
                m_model->upsert(result.value().account);
            done(result);
        });
}

ApiCall *AccountOperations::setCustomPricing(const QString &id, bool allow, QObject *context,
                                             Callback<ManagedAccountDetail> done)
{
    return m_client->setCustomPricing(id, allow, context,
                                      [this, done](const Result<ManagedAccountDetail> &result) {
                                          if (result.ok())
                                              m_model->upsert(result.value().account);
                                          done(result);
                                      });
}

ApiCall *AccountOperations::setChannelLimit(const QString &id, qint64 limit, QObject *context,
                                            Callback<AccountChannelLimit> done)
{
    return m_client->setChannelLimit(
        id, limit, context, [this, id, limit, done](const Result<AccountChannelLimit> &result) {
            if (result.ok()) {
                m_model->setChannelLimit(id, result.value().channelLimit.value_or(limit));
                Q_EMIT channelPoolChanged();
            }
            done(result);
        });
}

ApiCall *AccountOperations::channelPool(QObject *context, Callback<ChannelPool> done)
{
    return m_client->channelPool(context, std::move(done));
}

BulkRun *AccountOperations::setEnabled(const QStringList &ids, bool enable,
                                       bool reenableAllConnections, QObject *parent)
{
    auto step = [this, enable, reenableAllConnections](const QString &id, QObject *context,
                                                       BulkRun::Report report) {
        auto done = [this, id, enable, report](const Result<ManagedAccountDetail> &r) {
            if (r.ok()) {
                m_model->upsert(r.value().account);
                m_model->setKnownStatus(id,
                                        enable ? AccountStatus::Enabled : AccountStatus::Disabled);
            }
            report(r.ok(), QString(), r.ok() ? ApiError() : r.error());
        };
        return enable ? m_client->enableManagedAccount(id, reenableAllConnections, context, done)
                      : m_client->disableManagedAccount(id, context, done);
    };
    return new BulkRun(ids, step, parent);
}

} // namespace telnyx
