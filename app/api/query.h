#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace telnyx {

// A query string built the way the official SDK sends it (telnyx-api.md §2): bracketed keys with
// percent-encoded brackets, every reserved character in values percent-encoded. QUrlQuery is not
// used because it leaves `+` alone, which a form-decoding server reads as a space.
class Query
{
public:
    Query &add(const QString &key, const QString &value);
    Query &add(const QString &key, qint64 value);
    Query &add(const QString &key, bool value);

    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    QString value(const QString &key) const;
    // "filter%5Bemail%5D%5Bcontains%5D=jo%20hn&page%5Bnumber%5D=2"
    QString encoded() const;

    friend bool operator==(const Query &, const Query &) = default;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace telnyx
