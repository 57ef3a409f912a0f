#include "channellimitdialog.h"

#include "models/accountoperations.h"
#include "models/managedaccountsmodel.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

ChannelLimitDialog::ChannelLimitDialog(AccountOperations *operations, const QString &accountId,
                                       const QString &accountLabel, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_id(accountId)
    , m_current(operations->model()->channelLimit(accountId))
    , m_pool(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"channelLimitDialog"_s);
    setWindowTitle(tr("Channel limit: %1").arg(accountLabel));
    setMinimumWidth(460);
    m_pool->setObjectName(u"poolSummary"_s);
    m_pool->setWordWrap(true);
    m_limit->setObjectName(u"channelLimit"_s);
    m_limit->setEnabled(false);
    m_limit->setAccessibleName(tr("Global outbound channels for this account"));
    m_hint->setObjectName(u"limitHint"_s);
    m_hint->setWordWrap(true);
    m_error->setObjectName(u"limitError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    theme::markAsError(m_error);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set limit"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"setLimitButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channels:"), m_limit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pool);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_limit, &QSpinBox::valueChanged, this, &ChannelLimitDialog::updateHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelLimitDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pool->setText(tr("Reading the channel pool…"));
}

void ChannelLimitDialog::load()
{
    m_operations->channelPool(this, [this](const Result<ChannelPool> &r) {
        if (!r.ok()) {
            m_pool->setText(tr("The channel pool could not be read: %1").arg(r.error().message()));
            return;
        }
        const ChannelPool &pool = r.value();
        if (!pool.featureEnabled()) {
            m_pool->setText(tr("Global outbound channels are not enabled for this manager "
                               "account (the pool is 0). Ask Telnyx to enable the feature."));
            return;
        }
        const QLocale l;
        const qint64 current = m_current.value_or(0);
        const qint64 elsewhere = std::max<qint64>(0, pool.totalAllocated - current);
        const qint64 bound = std::max<qint64>(0, pool.allocatable - elsewhere);
        QString text =
            tr("Pool: %1 channels allocatable, %2 allocated to other accounts, so at "
               "most %3 for this one.")
                .arg(l.toString(pool.allocatable), l.toString(elsewhere), l.toString(bound));
        if (!m_current)
            text += u' ' + tr("The API does not report this account's current limit, so its own "
                              "channels are counted as allocated elsewhere.");
        m_pool->setText(text);
        m_limit->setRange(0, int(std::min<qint64>(bound, INT_MAX)));
        m_limit->setValue(int(std::min<qint64>(current, bound)));
        m_limit->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_limit->setFocus();
        m_limit->selectAll();
        updateHint();
    });
}

void ChannelLimitDialog::updateHint()
{
    m_hint->setText(m_limit->value() == 0
                        ? tr("0 means this account has no usable channels: it cannot make "
                             "outbound calls.")
                        : tr("This account may hold up to %n simultaneous outbound call(s).",
                             nullptr, m_limit->value()));
}

void ChannelLimitDialog::submit()
{
    if (m_call)
        return;
    m_error->hide();
    m_buttons->setEnabled(false);
    m_call = m_operations->setChannelLimit(
        m_id, m_limit->value(), this, [this](const Result<AccountChannelLimit> &r) {
            m_buttons->setEnabled(true);
            if (r.ok()) {
                accept();
                return;
            }
            QString text = r.error().title() + u": " + r.error().message();
            m_error->setText(text);
            m_error->show();
        });
}

} // namespace telnyx
