#include "models/accountsproxymodel.h"

#include "models/managedaccountsmodel.h"

namespace telnyx {

AccountsProxyModel::AccountsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ManagedAccountsModel::SortRole);
}

void AccountsProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool AccountsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (int column : {ManagedAccountsModel::Organization, ManagedAccountsModel::Email,
                       ManagedAccountsModel::Id}) {
        const QString text = source->index(sourceRow, column, sourceParent)
                                 .data(ManagedAccountsModel::ExportRole)
                                 .toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool AccountsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = m_collator.compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
        // Equal names: keep a stable, meaningful order by email.
        return left.siblingAtColumn(ManagedAccountsModel::Email).data().toString() <
               right.siblingAtColumn(ManagedAccountsModel::Email).data().toString();
    }
    // Missing values (invalid dates) sort first; everything else by its own type.
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace telnyx
