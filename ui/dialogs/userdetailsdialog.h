#pragma once

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace telnyx {

class ApiCall;
class ApiError;
class UserOperations;
struct OrganizationUser;

// One organization user as the server has it now, with their groups.
class UserDetailsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailsDialog)

public:
    UserDetailsDialog(UserOperations *operations, const QString &userId, QWidget *parent = nullptr);

    void load();
    QString valueOf(const QString &fieldName) const;
    QStringList groupNames() const;

private:
    void showUser(const OrganizationUser &user);
    void showError(const ApiError &error);

    UserOperations *m_operations;
    QString m_id;
    QLabel *m_state;
    QPushButton *m_retry;
    QWidget *m_body;
    QFormLayout *m_form;
    QListWidget *m_groups;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
