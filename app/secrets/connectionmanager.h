#pragma once

#include "secrets/profilestore.h"
#include "secrets/secretstore.h"

#include <QObject>

namespace telnyx {

class TelnyxClient;

// Decides which key and base URL the client uses, and keeps the key where it belongs:
// TELNYX_API_KEY (this run only, as in the official SDKs), else the active profile's key in the
// keychain, else — only when the person chose it — memory for this session. Nothing here ever
// writes a key to a file.
class ConnectionManager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    enum class KeySource { None, Environment, Keychain, SessionOnly };

    // `keychain` is the persistent store; `session` keeps keys in memory for this run.
    ConnectionManager(TelnyxClient *client, ProfileStore *profiles, SecretStore *keychain,
                      SecretStore *session, QObject *parent = nullptr);

    // Environment overrides, read once at start (empty: not set).
    void setEnvironment(const QString &apiKey, const QString &baseUrl);

    // Connects with what is there: the environment, else the active profile's saved key.
    // Ends in connected(), needsKey() or keychainProblem().
    void start();
    // Saves `profile` and its key in the keychain and connects with it. On a keychain failure
    // nothing is connected and `done` gets the status, so the caller can offer useForSession().
    void saveAndConnect(const Profile &profile, const QString &key, QObject *context,
                        std::function<void(SecretStore::Status)> done);
    // Saves `profile` and its key in the keychain without switching to it (the command line's
    // "profiles add"). On a keychain failure the profile is not saved either.
    void saveProfile(const Profile &profile, const QString &key, QObject *context,
                     std::function<void(SecretStore::Status)> done);
    // Keeps the key in memory for this session only, then connects.
    void useForSession(const Profile &profile, const QString &key);
    void switchTo(const QString &profileName);
    // Removes the profile and deletes its keychain entry.
    void removeProfile(const QString &profileName, QObject *context,
                       std::function<void(SecretStore::Status)> done);

    QString activeProfile() const { return m_active; }
    KeySource keySource() const { return m_source; }
    ProfileStore *profiles() const { return m_profiles; }
    TelnyxClient *client() const { return m_client; }

Q_SIGNALS:
    void connected(const QString &profileName, telnyx::ConnectionManager::KeySource source);
    // A profile has no usable key yet (never saved, or removed from the keychain).
    void needsKey(const QString &profileName);
    // The keychain could not be read; the key may well be there (locked, no service…).
    void keychainProblem(const QString &profileName, telnyx::SecretStore::Status status);

private:
    void apply(const Profile &profile, const QString &key, KeySource source);

    TelnyxClient *m_client;
    ProfileStore *m_profiles;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QString m_envKey;
    QString m_envBaseUrl;
    QString m_active;
    KeySource m_source = KeySource::None;
};

} // namespace telnyx
