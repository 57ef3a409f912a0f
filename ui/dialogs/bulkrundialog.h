#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace telnyx {

class BulkRun;

// One progress dialog for an action on many items (disable accounts, remove users…): a line per
// item with its result, failures with their reason, Cancel while running and "Retry failed".
class BulkRunDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunDialog)

public:
    struct Texts
    {
        QString title;      // "Disabling 3 accounts"
        QString itemHeader; // "Account"
        QString done;       // a finished item: "✓ Disabled"
        // The summary once finished, given how many succeeded: "2 accounts disabled."
        std::function<QString(int)> summary;
    };

    // `labels` are what the person recognises each item by, in the order of the run's ids.
    BulkRunDialog(BulkRun *run, const QStringList &labels, Texts texts, QWidget *parent = nullptr);

    QString resultText(int row) const;

    // Escape while running cancels what is left first.
    void reject() override;

private:
    void onItemFinished(int index);
    void onProgress(int done, int total);
    void onFinished();
    void retryFailed();

    BulkRun *m_run;
    Texts m_texts;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace telnyx
