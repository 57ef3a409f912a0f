#pragma once

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>

namespace telnyx {

// The users table as the person sees it: the search text matched against email, groups and ID
// (instant, client-side; the status and email filters go to the API through UserQuery), and
// sorting by the raw value of each column, text in natural order ("user2" before "user10"),
// "never" and other missing dates first.
class UsersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersProxyModel)

public:
    // For a UsersModel source.
    explicit UsersProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    // For a source with the same roles but other columns (GroupsReportModel): the columns whose
    // ExportRole text the search looks in. Column 0 must hold the email (the sort's tie-break).
    UsersProxyModel(QList<int> searchColumns, QObject *parent);

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<int> m_searchColumns;
    QString m_search;
    QCollator m_collator;
};

} // namespace telnyx
