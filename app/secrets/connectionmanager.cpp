#include "secrets/connectionmanager.h"

#include "api/telnyxclient.h"

using namespace Qt::StringLiterals;

namespace telnyx {

ConnectionManager::ConnectionManager(TelnyxClient *client, ProfileStore *profiles,
                                     SecretStore *keychain, SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
{}

void ConnectionManager::setEnvironment(const QString &apiKey, const QString &baseUrl)
{
    m_envKey = apiKey.trimmed();
    m_envBaseUrl = baseUrl.trimmed();
}

void ConnectionManager::apply(const Profile &profile, const QString &key, KeySource source)
{
    QUrl url = profile.baseUrl;
    if (!m_envBaseUrl.isEmpty())
        url = QUrl::fromUserInput(m_envBaseUrl);
    if (url.isEmpty())
        url = TelnyxClient::defaultBaseUrl();
    m_client->setBaseUrl(url);
    m_client->setApiKey(key);
    m_active = profile.name;
    m_source = source;
    Q_EMIT connected(profile.name, source);
}

void ConnectionManager::start()
{
    if (!m_envKey.isEmpty()) {
        apply(Profile{QString(), QUrl()}, m_envKey, KeySource::Environment);
        return;
    }
    QString name = m_profiles->activeName();
    if (!m_profiles->profile(name)) {
        const QList<Profile> all = m_profiles->profiles();
        if (all.isEmpty()) {
            Q_EMIT needsKey(QString());
            return;
        }
        name = all.first().name;
    }
    switchTo(name);
}

void ConnectionManager::switchTo(const QString &profileName)
{
    const std::optional<Profile> profile = m_profiles->profile(profileName);
    if (!profile) {
        Q_EMIT needsKey(profileName);
        return;
    }
    m_profiles->setActive(profileName);
    // A key kept for this session only wins: the person chose it after the keychain failed.
    m_session->read(SecretStore::apiKeyKey(profileName), this,
                    [this, p = *profile](const SecretStore::Outcome &fromSession) {
                        if (fromSession.status == SecretStore::Status::Ok) {
                            apply(p, fromSession.secret, KeySource::SessionOnly);
                            return;
                        }
                        m_keychain->read(SecretStore::apiKeyKey(p.name), this,
                                         [this, p](const SecretStore::Outcome &o) {
                                             if (o.status == SecretStore::Status::Ok)
                                                 apply(p, o.secret, KeySource::Keychain);
                                             else if (o.status == SecretStore::Status::NotFound)
                                                 Q_EMIT needsKey(p.name);
                                             else
                                                 Q_EMIT keychainProblem(p.name, o.status);
                                         });
                    });
}

void ConnectionManager::saveAndConnect(const Profile &profile, const QString &key, QObject *context,
                                       std::function<void(SecretStore::Status)> done)
{
    const QString trimmed = key.trimmed();
    saveProfile(profile, trimmed, context,
                [this, profile, trimmed, done](SecretStore::Status status) {
                    if (status == SecretStore::Status::Ok) {
                        m_profiles->setActive(profile.name);
                        apply(profile, trimmed, KeySource::Keychain);
                    }
                    done(status);
                });
}

void ConnectionManager::saveProfile(const Profile &profile, const QString &key, QObject *context,
                                    std::function<void(SecretStore::Status)> done)
{
    // The key first: a profile without its key would only ask for one again on the next start.
    m_keychain->write(SecretStore::apiKeyKey(profile.name), key.trimmed(), context,
                      [this, profile, done](const SecretStore::Outcome &o) {
                          if (o.status == SecretStore::Status::Ok)
                              m_profiles->save(profile);
                          done(o.status);
                      });
}

void ConnectionManager::useForSession(const Profile &profile, const QString &key)
{
    const QString trimmed = key.trimmed();
    // The profile (name and URL) is remembered; the key is not.
    m_profiles->save(profile);
    m_profiles->setActive(profile.name);
    m_session->write(SecretStore::apiKeyKey(profile.name), trimmed, this,
                     [this, profile, trimmed](const SecretStore::Outcome &) {
                         apply(profile, trimmed, KeySource::SessionOnly);
                     });
}

void ConnectionManager::removeProfile(const QString &profileName, QObject *context,
                                      std::function<void(SecretStore::Status)> done)
{
    m_session->remove(SecretStore::apiKeyKey(profileName), this, [](const auto &) {});
    m_keychain->remove(SecretStore::apiKeyKey(profileName), context,
                       [this, profileName, done](const SecretStore::Outcome &o) {
                           // Gone from the keychain (or never there): forget the profile too.
                           if (o.status == SecretStore::Status::Ok ||
                               o.status == SecretStore::Status::NotFound) {
                               m_profiles->remove(profileName);
                               if (m_active == profileName) {
                                   m_active.clear();
                                   m_source = KeySource::None;
                                   m_client->setApiKey(QString());
                               }
                           }
                           done(o.status);
                       });
}

} // namespace telnyx
