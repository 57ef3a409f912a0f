#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace telnyx {

class BulkStatusChange;

// One progress dialog for enabling or disabling many accounts: a line per account with its
// result, failures with their reason, Cancel while running and "Retry failed" afterwards.
class BulkStatusDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkStatusDialog)

public:
    // `labels` are what the person recognises each account by (organization or email), in the
    // order of the change's ids.
    BulkStatusDialog(BulkStatusChange *change, const QStringList &labels,
                     QWidget *parent = nullptr);

    QString resultText(int row) const;

    // Escape while running cancels what is left first.
    void reject() override;

private:
    void onItemFinished(int index);
    void onProgress(int done, int total);
    void onFinished();
    void retryFailed();

    BulkStatusChange *m_change;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace telnyx
