#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace telnyx {

// The accounts table as the person sees it: the search text matched against organization, email
// and ID (instant, client-side; the status and cancelled filters go to the API), and sorting by
// the raw value of each column, names in natural order ("Acme 2" before "Acme 10").
class AccountsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsProxyModel)

public:
    explicit AccountsProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QCollator m_collator;
};

} // namespace telnyx
