#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace telnyx {

// Secrets kept in this process only: for "use this key for this session only" when no keychain
// is usable, and as the store of unit and UI tests. Answers asynchronously, like the keychain,
// so callers cannot come to depend on a synchronous answer.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    // A null `context` means the store itself guards the callback.
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    // Removing a key that is not there succeeds, as it does with the system keychain.
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

    // Test knob: every later operation fails with `status` and changes nothing (Ok turns it off),
    // e.g. Locked to show what the UI does with a locked keyring.
    void setFailure(Status status) { m_failure = status; }
    Status failure() const { return m_failure; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    void reply(QObject *context, const Callback &done, Outcome outcome);

    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
};

} // namespace telnyx
