#pragma once

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace telnyx {

class AccountOperations;
class ApiCall;

// Allocates global outbound channels to one account out of the manager's pool. The spin box is
// bounded by what is free; 0 is explained; the server's 422 is shown here, not in a box.
class ChannelLimitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelLimitDialog)

public:
    ChannelLimitDialog(AccountOperations *operations, const QString &accountId,
                       const QString &accountLabel, QWidget *parent = nullptr);

    void load();

private:
    void submit();
    void updateHint();

    AccountOperations *m_operations;
    QString m_id;
    std::optional<qint64> m_current;
    QLabel *m_pool;
    QSpinBox *m_limit;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPointer<ApiCall> m_call;
};

} // namespace telnyx
