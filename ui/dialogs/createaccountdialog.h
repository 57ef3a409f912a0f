#pragma once

#include "api/apierror.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace telnyx {

class AccountOperations;
class ApiCall;
class SecretClipboard;
class SecretField;
struct CreatedAccount;

// New managed account: checks in the dialog first, then the server's answer. A 422 lands on the
// field its source.pointer names; the typed input survives every failure; on success the new
// account's API key is shown once, with Copy.
class CreateAccountDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAccountDialog)

public:
    CreateAccountDialog(AccountOperations *operations, SecretClipboard *clipboard,
                        QWidget *parent = nullptr);

    // Checks the form as it stands; returns false and marks the fields if something is wrong.
    bool validate();
    // Refused while the create request is out: closing would hide its outcome.
    void reject() override;

Q_SIGNALS:
    void accountCreated(const QString &id);

private:
    void submit();
    void onCreated(const CreatedAccount &created);
    void onFailed(const ApiError &error);
    void setBusy(bool busy);
    void setFieldError(QLineEdit *field, const QString &message);
    void clearErrors();

    AccountOperations *m_operations;
    SecretClipboard *m_clipboard;
    QStackedWidget *m_pages;
    QLineEdit *m_businessName;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_customPricing;
    QCheckBox *m_rollupBilling;
    QLabel *m_formError;
    QHash<QLineEdit *, QLabel *> m_fieldErrors;
    QDialogButtonBox *m_buttons;
    // Result page
    QLabel *m_resultText;
    SecretField *m_apiKey;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
