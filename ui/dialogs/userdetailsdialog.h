#pragma once

#include "remotedetailsdialog.h"

#include <QPointer>

class QListWidget;

namespace telnyx {

class ApiCall;
class UserOperations;
struct OrganizationUser;

// One organization user as the server has it now, with their groups.
class UserDetailsDialog : public RemoteDetailsDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailsDialog)

public:
    UserDetailsDialog(UserOperations *operations, const QString &userId, QWidget *parent = nullptr);

    void load() override;
    QStringList groupNames() const;

private:
    void showUser(const OrganizationUser &user);

    UserOperations *m_operations;
    QString m_id;
    QListWidget *m_groups;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
