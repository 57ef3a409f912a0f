#include "bulkrundialog.h"

#include "models/bulkrun.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

BulkRunDialog::BulkRunDialog(BulkRun *run, const QStringList &labels, Texts texts, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_texts(std::move(texts))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"bulkStatusDialog"_s);
    const int n = int(run->outcomes().size());
    setWindowTitle(m_texts.title);
    setMinimumSize(560, 360);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setRange(0, n);
    m_results->setObjectName(u"bulkResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({m_texts.itemHeader, tr("Result")});
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 240);
    for (int i = 0; i < n; ++i) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, labels.value(i, run->outcomes().at(i).id));
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

    connect(m_run, &BulkRun::itemFinished, this,
            [this](int index, const BulkRun::Outcome &) { onItemFinished(index); });
    connect(m_run, &BulkRun::progress, this, &BulkRunDialog::onProgress);
    connect(m_run, &BulkRun::finished, this, &BulkRunDialog::onFinished);
    connect(m_cancel, &QPushButton::clicked, m_run, &BulkRun::cancel);
    connect(m_retry, &QPushButton::clicked, this, &BulkRunDialog::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    onProgress(0, n);
}

QString BulkRunDialog::resultText(int row) const
{
    const QTreeWidgetItem *item = m_results->topLevelItem(row);
    return item ? item->text(1) : QString();
}

void BulkRunDialog::onItemFinished(int index)
{
    QTreeWidgetItem *item = m_results->topLevelItem(index);
    const BulkRun::Outcome &o = m_run->outcomes().at(index);
    if (!item)
        return;
    if (o.ok) {
        item->setText(1, o.note.isEmpty() ? m_texts.done : u"✓ "_s + o.note);
        item->setToolTip(1, {});
    } else {
        item->setText(1, tr("✗ Failed: %1").arg(o.error.title()));
        item->setToolTip(1, o.error.message());
    }
}

void BulkRunDialog::onProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_summary->setText(tr("%1 of %n done.", nullptr, total).arg(done));
}

void BulkRunDialog::onFinished()
{
    const int ok = m_run->succeeded();
    const int failed = m_run->failed();
    const int total = int(m_run->outcomes().size());
    const int skipped = total - ok - failed;
    QString text = m_texts.summary ? m_texts.summary(ok) : QString();
    if (failed)
        text += u' ' + tr("%n failed; the reasons are listed below.", nullptr, failed);
    if (skipped)
        text += u' ' + tr("%n not attempted (cancelled).", nullptr, skipped);
    m_summary->setText(text);
    for (int i = 0; i < total; ++i) {
        if (!m_run->outcomes().at(i).done)
            m_results->topLevelItem(i)->setText(1, tr("Not attempted"));
    }
    m_cancel->hide();
    m_retry->setVisible(failed + skipped > 0);
    m_close->show();
    m_close->setDefault(true);
}

void BulkRunDialog::retryFailed()
{
    m_retry->hide();
    m_close->hide();
    m_cancel->show();
    for (int i = 0; i < m_run->outcomes().size(); ++i) {
        const auto &o = m_run->outcomes().at(i);
        if (!(o.done && o.ok))
            m_results->topLevelItem(i)->setText(1, tr("Waiting"));
    }
    m_run->retryFailed();
}

void BulkRunDialog::reject()
{
    // Escape while running cancels the rest first; the dialog then shows what happened.
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace telnyx
