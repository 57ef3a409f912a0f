#pragma once

#include "secrets/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QHash>

#include <chrono>

class QTimer;

namespace telnyx {

// The OS keychain through QtKeychain 0.13.2 (Secret Service via libsecret on Linux, Credential
// Manager on Windows, Keychain on macOS). Never falls back to a plaintext file: insecureFallback
// stays off (and libsecret ignores it anyway, qt-platform-notes.md §1.2).
//
// What 0.13.2 does not do for us, and this class does:
// - a watchdog per job, because jobs can hang forever (prompter without a display, no GLib
//   event loop, Flatpak). A job that times out is abandoned, not deleted: deleting a running
//   libsecret job leaves a dangling pointer in the pending GLib callback.
// - fail fast while an abandoned job is pending: QtKeychain runs one job at a time for the whole
//   process, so every later job would only queue behind the hung one.
// - a probe after "not found": a locked collection reads as EntryNotFound on libsecret, so a
//   sentinel write tells "locked" from "really nothing stored".
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    enum class Operation { Read, Write, Remove };
    static constexpr std::chrono::milliseconds defaultTimeout{10000};

    explicit KeychainSecretStore(const QString &service = QStringLiteral("TelnyxAdmin"),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // A null `context` means the store itself guards the callback.
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    // Removing a key that is not there succeeds (libsecret reports no error for it either).
    void remove(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    // How long one keychain job may take; every job of an operation gets this much.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // QtKeychain's answer as a Status. Pure, so the table is tested without a keychain. A read
    // mapped to NotFound still needs the lock probe before it is reported as NotFound.
    static Status mapError(Operation operation, QKeychain::Error error, const QString &errorString);
    // The sentinel the lock probe writes and deletes again.
    static QString probeKey();
    // True while a timed-out job still occupies QtKeychain's process-wide queue.
    static bool hasAbandonedJob();

private:
    struct JobResult
    {
        bool timedOut = false;
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QString text; // read jobs only
    };
    using JobDone = std::function<void(const JobResult &)>;
    struct Reply;

    void runJob(QKeychain::Job *job, const QString &what, JobDone onDone);
    void probeLock(const std::shared_ptr<Reply> &reply, const QString &readDetail);
    bool failFastIfStuck(const std::shared_ptr<Reply> &reply);
    void finish(const std::shared_ptr<Reply> &reply, Outcome outcome);
    static void abandon(QKeychain::Job *job);

    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QHash<QTimer *, QKeychain::Job *> m_running; // watchdog → its job, until either ends
};

} // namespace telnyx
