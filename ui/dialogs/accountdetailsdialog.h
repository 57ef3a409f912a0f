#pragma once

#include "remotedetailsdialog.h"

#include <QPointer>

namespace telnyx {

class AccountOperations;
class ApiCall;
class SecretClipboard;
class SecretField;
struct ManagedAccountDetail;

// One account as the server has it now: balance, flags, dates, and its keys masked with Reveal
// and Copy. The keys live only in this dialog while it is open.
class AccountDetailsDialog : public RemoteDetailsDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailsDialog)

public:
    AccountDetailsDialog(AccountOperations *operations, SecretClipboard *clipboard,
                         const QString &accountId, QWidget *parent = nullptr);

    void load() override;

private:
    void showDetail(const ManagedAccountDetail &detail);

    AccountOperations *m_operations;
    QString m_id;
    SecretField *m_apiKey;
    SecretField *m_apiToken;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
