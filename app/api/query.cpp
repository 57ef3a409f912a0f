#include "api/query.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace telnyx {

Query &Query::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
    return *this;
}

Query &Query::add(const QString &key, qint64 value)
{
    return add(key, QString::number(value));
}

Query &Query::add(const QString &key, bool value)
{
    return add(key, value ? u"true"_s : u"false"_s);
}

QString Query::value(const QString &key) const
{
    for (const auto &[k, v] : m_items) {
        if (k == key)
            return v;
    }
    return {};
}

QString Query::encoded() const
{
    QStringList parts;
    parts.reserve(m_items.size());
    for (const auto &[key, value] : m_items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return parts.join(u'&');
}

} // namespace telnyx
