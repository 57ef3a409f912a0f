#include "models/accountoperations.h"

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

BulkStatusChange *AccountOperations::setEnabled(const QStringList &ids, bool enable,
                                                bool reenableAllConnections, QObject *parent)
{
    return new BulkStatusChange(this, ids, enable, reenableAllConnections, parent);
}

BulkStatusChange::BulkStatusChange(AccountOperations *operations, const QStringList &ids,
                                   bool enable, bool reenableAllConnections, QObject *parent)
    : QObject(parent)
    , m_operations(operations)
    , m_enable(enable)
    , m_reenable(reenableAllConnections)
{
    for (const QString &id : ids)
        m_outcomes.append(Outcome{id, false, false, {}});
}

BulkStatusChange::~BulkStatusChange()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

void BulkStatusChange::start()
{
    m_queue.clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (!m_outcomes.at(i).done)
            m_queue.append(i);
    }
    m_running = true;
    Q_EMIT progress(int(m_outcomes.size()) - int(m_queue.size()), int(m_outcomes.size()));
    pump();
}

void BulkStatusChange::retryFailed()
{
    if (m_running)
        return;
    for (Outcome &o : m_outcomes) {
        if (o.done && !o.ok) {
            o.done = false;
            o.error = {};
        }
    }
    start();
}

void BulkStatusChange::pump()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < Concurrency) {
        const int index = m_queue.takeFirst();
        const QString id = m_outcomes.at(index).id;
        auto done = [this, index](const Result<ManagedAccountDetail> &r) { onItemDone(index, r); };
        TelnyxClient *client = m_operations->client();
        ApiCall *call = m_enable ? client->enableManagedAccount(id, m_reenable, this, done)
                                 : client->disableManagedAccount(id, this, done);
        m_inFlight.insert(index, call);
    }
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void BulkStatusChange::onItemDone(int index, const Result<ManagedAccountDetail> &result)
{
    m_inFlight.remove(index);
    Outcome &o = m_outcomes[index];
    o.done = true;
    o.ok = result.ok();
    o.error = result.ok() ? ApiError() : result.error();
    if (result.ok()) {
        ManagedAccountsModel *model = m_operations->model();
        model->upsert(result.value().account);
        model->setKnownStatus(o.id, m_enable ? AccountStatus::Enabled : AccountStatus::Disabled);
    }
    Q_EMIT itemFinished(index, o);
    int finishedCount = 0;
    for (const Outcome &x : std::as_const(m_outcomes))
        finishedCount += x.done;
    Q_EMIT progress(finishedCount, int(m_outcomes.size()));
    pump();
}

void BulkStatusChange::cancel()
{
    if (!m_running)
        return;
    m_queue.clear();
    const auto calls = m_inFlight;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel(); // reports Cancelled through onItemDone
    }
    if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

int BulkStatusChange::succeeded() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [](const Outcome &o) { return o.done && o.ok; }));
}

int BulkStatusChange::failed() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [](const Outcome &o) { return o.done && !o.ok; }));
}

} // namespace telnyx
