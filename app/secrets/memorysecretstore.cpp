#include "secrets/memorysecretstore.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace telnyx {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_failure != Status::Ok)
        return reply(context, done, Outcome{m_failure, {}, u"simulated failure"_s});
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return reply(context, done, Outcome{Status::NotFound, {}, {}});
    reply(context, done, Outcome{Status::Ok, it.value(), {}});
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Callback done)
{
    if (m_failure != Status::Ok)
        return reply(context, done, Outcome{m_failure, {}, u"simulated failure"_s});
    m_secrets.insert(key, secret);
    reply(context, done, Outcome{Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_failure != Status::Ok)
        return reply(context, done, Outcome{m_failure, {}, u"simulated failure"_s});
    m_secrets.remove(key);
    reply(context, done, Outcome{Status::Ok, {}, {}});
}

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::reply(QObject *context, const Callback &done, Outcome outcome)
{
    // The change above is already made, so a later operation sees it even before this answer
    // arrives; the answer itself is queued on the context, which drops it if the context dies.
    QObject *guard = context ? context : this;
    QMetaObject::invokeMethod(
        guard, [done, outcome = std::move(outcome)] { done(outcome); }, Qt::QueuedConnection);
}

} // namespace telnyx
