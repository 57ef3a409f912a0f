#pragma once

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace telnyx {

class AccountOperations;
class ApiCall;
class ApiError;
class SecretClipboard;
class SecretField;
struct ManagedAccountDetail;

// One account as the server has it now: balance, flags, dates, and its keys masked with Reveal
// and Copy. The keys live only in this dialog while it is open.
class AccountDetailsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailsDialog)

public:
    AccountDetailsDialog(AccountOperations *operations, SecretClipboard *clipboard,
                         const QString &accountId, QWidget *parent = nullptr);

    void load();
    QString valueOf(const QString &fieldName) const;

private:
    void showDetail(const ManagedAccountDetail &detail);
    void showError(const ApiError &error);
    QLabel *addValue(const QString &label, const QString &objectName);

    AccountOperations *m_operations;
    QString m_id;
    QLabel *m_state;
    QPushButton *m_retry;
    QWidget *m_body;
    QFormLayout *m_form;
    SecretField *m_apiKey;
    SecretField *m_apiToken;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
