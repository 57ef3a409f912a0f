#pragma once

#include "models/usersproxymodel.h"

namespace telnyx {

// The groups report as the person sees it: one group's members, or the users in no group, or
// everyone; the search text matched against email, groups and ID; natural-order sorting.
class GroupsReportProxyModel : public UsersProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsReportProxyModel)

public:
    explicit GroupsReportProxyModel(QObject *parent = nullptr);

    // Only members of the group with this id; empty: every user.
    void setGroupFilter(const QString &groupId);
    QString groupFilter() const { return m_groupId; }
    // Only users in no group. Combined with a group filter nothing matches, as it should.
    void setNoGroupFilter(bool on);
    bool noGroupFilter() const { return m_noGroup; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_groupId;
    bool m_noGroup = false;
};

} // namespace telnyx
