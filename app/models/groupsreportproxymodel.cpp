#include "models/groupsreportproxymodel.h"

#include "models/groupsreportmodel.h"

namespace telnyx {

GroupsReportProxyModel::GroupsReportProxyModel(QObject *parent)
    : UsersProxyModel({GroupsReportModel::Email, GroupsReportModel::Groups, GroupsReportModel::Id},
                      parent)
{}

void GroupsReportProxyModel::setGroupFilter(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    invalidateFilter();
}

void GroupsReportProxyModel::setNoGroupFilter(bool on)
{
    if (on == m_noGroup)
        return;
    m_noGroup = on;
    invalidateFilter();
}

bool GroupsReportProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_noGroup || !m_groupId.isEmpty()) {
        // Group ids, not names: two groups may share a name (telnyx-api.md §8).
        const QStringList ids = sourceModel()
                                    ->index(sourceRow, 0, sourceParent)
                                    .data(GroupsReportModel::GroupIdsRole)
                                    .toStringList();
        if (m_noGroup && !ids.isEmpty())
            return false;
        if (!m_groupId.isEmpty() && !ids.contains(m_groupId))
            return false;
    }
    return UsersProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace telnyx
