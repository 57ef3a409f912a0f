#include "models/usersproxymodel.h"

#include "models/usersmodel.h"

namespace telnyx {

UsersProxyModel::UsersProxyModel(QObject *parent)
    : UsersProxyModel({UsersModel::Email, UsersModel::Groups, UsersModel::Id}, parent)
{}

UsersProxyModel::UsersProxyModel(QList<int> searchColumns, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchColumns(std::move(searchColumns))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(UsersModel::SortRole);
}

void UsersProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool UsersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (const int column : m_searchColumns) {
        const QString text =
            source->index(sourceRow, column, sourceParent).data(UsersModel::ExportRole).toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool UsersProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Missing values ("never" signed in, no SSO flag) sort first.
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() != r.isValid())
            return !l.isValid();
    } else if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        if (const int c = m_collator.compare(l.toString(), r.toString()); c != 0)
            return c < 0;
    } else if (const auto order = QVariant::compare(l, r); order != QPartialOrdering::Equivalent) {
        return order == QPartialOrdering::Less;
    }
    // Equal values: a stable, meaningful order by email.
    return m_collator.compare(left.siblingAtColumn(0).data(UsersModel::ExportRole).toString(),
                              right.siblingAtColumn(0).data(UsersModel::ExportRole).toString()) < 0;
}

} // namespace telnyx
