#include "secrets/profilestore.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// Profile names become part of settings keys; encode them so any printable name is safe.
QString groupOf(const QString &name)
{
    return "profiles/"_L1 + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(u"profiles"_s);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        const QString name = m_settings->value(u"profiles/"_s + group + u"/name"_s).toString();
        if (auto p = profile(name))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    const QString group = groupOf(name);
    if (!m_settings->contains(group + u"/name"_s))
        return std::nullopt;
    return Profile{name, QUrl(m_settings->value(group + u"/baseUrl"_s).toString())};
}

void ProfileStore::save(const Profile &profile)
{
    const QString group = groupOf(profile.name);
    m_settings->setValue(group + u"/name"_s, profile.name);
    m_settings->setValue(group + u"/baseUrl"_s, profile.baseUrl.toString());
    m_settings->sync();
    Q_EMIT changed();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupOf(name));
    if (activeName() == name)
        m_settings->remove(u"activeProfile"_s);
    m_settings->sync();
    Q_EMIT changed();
}

QString ProfileStore::activeName() const
{
    return m_settings->value(u"activeProfile"_s).toString();
}

void ProfileStore::setActive(const QString &name)
{
    m_settings->setValue(u"activeProfile"_s, name);
    m_settings->sync();
    Q_EMIT changed();
}

QString ProfileStore::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("telnyx::ProfileStore", "Enter a profile name.");
    if (trimmed.size() > 64)
        return QCoreApplication::translate("telnyx::ProfileStore", "Use at most 64 characters.");
    for (const QChar c : trimmed) {
        if (!c.isPrint())
            return QCoreApplication::translate("telnyx::ProfileStore",
                                               "Use printable characters only.");
    }
    return {};
}

} // namespace telnyx
