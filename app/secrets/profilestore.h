#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace telnyx {

// A named connection: a base URL and, in the keychain (never here), its API key.
struct Profile
{
    QString name;
    QUrl baseUrl;

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The profiles in QSettings: names, base URLs and which one is active. Keys are not settings:
// they live in the SecretStore under SecretStore::apiKeyKey(name).
class ProfileStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    // Adds or replaces (by name).
    void save(const Profile &profile);
    void remove(const QString &name);
    QString activeName() const;
    void setActive(const QString &name);

    // A name is 1 to 64 printable characters; returns why not, or an empty string.
    static QString checkName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};

} // namespace telnyx
