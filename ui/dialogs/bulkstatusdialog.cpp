#include "bulkstatusdialog.h"

#include "models/accountoperations.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

BulkStatusDialog::BulkStatusDialog(BulkStatusChange *change, const QStringList &labels,
                                   QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"bulkStatusDialog"_s);
    const int n = int(change->outcomes().size());
    setWindowTitle(change->enabling() ? tr("Enabling %n account(s)", nullptr, n)
                                      : tr("Disabling %n account(s)", nullptr, n));
    setMinimumSize(560, 360);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setRange(0, n);
    m_results->setObjectName(u"bulkResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Account"), tr("Result")});
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 240);
    for (int i = 0; i < n; ++i) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, labels.value(i, change->outcomes().at(i).id));
        item->setText(1, tr("Waiting"));
    }
    m_cancel->setObjectName(u"bulkCancel"_s);
    m_retry->setObjectName(u"bulkRetry"_s);
    m_close->setObjectName(u"bulkClose"_s);
    m_retry->hide();
    m_close->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);

    connect(m_change, &BulkStatusChange::itemFinished, this,
            [this](int index, const BulkStatusChange::Outcome &) { onItemFinished(index); });
    connect(m_change, &BulkStatusChange::progress, this, &BulkStatusDialog::onProgress);
    connect(m_change, &BulkStatusChange::finished, this, &BulkStatusDialog::onFinished);
    connect(m_cancel, &QPushButton::clicked, m_change, &BulkStatusChange::cancel);
    connect(m_retry, &QPushButton::clicked, this, &BulkStatusDialog::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    onProgress(0, n);
}

QString BulkStatusDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_results->topLevelItem(row);
    return item ? item->text(1) : QString();
}

void BulkStatusDialog::onItemFinished(int index)
{
    QTreeWidgetItem *item = m_results->topLevelItem(index);
    const BulkStatusChange::Outcome &o = m_change->outcomes().at(index);
    if (!item)
        return;
    if (o.ok) {
        item->setText(1, m_change->enabling() ? tr("✓ Enabled") : tr("✓ Disabled"));
        item->setToolTip(1, {});
    } else {
        item->setText(1, tr("✗ Failed: %1").arg(o.error.title()));
        item->setToolTip(1, o.error.message());
    }
}

void BulkStatusDialog::onProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_summary->setText(tr("%1 of %n account(s) done.", nullptr, total).arg(done));
}

void BulkStatusDialog::onFinished()
{
    const int ok = m_change->succeeded();
    const int failed = m_change->failed();
    const int total = int(m_change->outcomes().size());
    const int skipped = total - ok - failed;
    QString text = m_change->enabling() ? tr("%n account(s) enabled.", nullptr, ok)
                                        : tr("%n account(s) disabled.", nullptr, ok);
    if (failed)
        text += u' ' + tr("%n failed; the reasons are listed below.", nullptr, failed);
    if (skipped)
        text += u' ' + tr("%n not attempted (cancelled).", nullptr, skipped);
    m_summary->setText(text);
    for (int i = 0; i < total; ++i) {
        if (!m_change->outcomes().at(i).done)
            m_results->topLevelItem(i)->setText(1, tr("Not attempted"));
    }
    m_cancel->hide();
    m_retry->setVisible(failed + skipped > 0);
    m_close->show();
    m_close->setDefault(true);
}

void BulkStatusDialog::retryFailed()
{
    m_retry->hide();
    m_close->hide();
    m_cancel->show();
    for (int i = 0; i < m_change->outcomes().size(); ++i) {
        const auto &o = m_change->outcomes().at(i);
        if (!(o.done && o.ok))
            m_results->topLevelItem(i)->setText(1, tr("Waiting"));
    }
    m_change->retryFailed();
}

void BulkStatusDialog::reject()
{
    // Escape while running cancels the rest first; the dialog then shows what happened.
    if (m_change->isRunning()) {
        m_change->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace telnyx
