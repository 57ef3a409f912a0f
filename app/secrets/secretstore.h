#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace telnyx {

// Where API keys live: the OS keychain (KeychainSecretStore) or, when that is not possible and
// the person agrees, memory for this session only (MemorySecretStore). Never a file.
//
// Every operation is asynchronous and calls `done` exactly once, unless `context` is destroyed
// first. Implementations must not hang: a keychain that does not answer ends in TimedOut.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok,
        NotFound,     // nothing stored under this key (checked: not a locked keyring)
        Locked,       // the keyring is locked; unlocking it would help
        NoBackend,    // no Secret Service / KWallet / OS keychain reachable
        AccessDenied, // the person or the system refused access
        TimedOut,     // the keychain did not answer in time (the watchdog fired)
        Failed,       // anything else; `detail` says what the backend said
    };
    struct Outcome
    {
        Status status = Status::Failed;
        QString secret; // read() only, Ok only
        QString detail; // the backend's own words, for the curious; never contains the secret
    };
    using Callback = std::function<void(const Outcome &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    // Shown to the person: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;
    // True when secrets survive a restart.
    virtual bool isPersistent() const = 0;

    // A sentence saying what happened and what to do about it (translated).
    static QString userMessage(Status status);
    // The keychain key of a profile's API key. Unique per profile across applications, because
    // the Windows backend ignores the service name.
    static QString apiKeyKey(const QString &profile);
};

} // namespace telnyx
