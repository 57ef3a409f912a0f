#include "channelpoolstrip.h"

#include "api/channels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace telnyx {

ChannelPoolStrip::ChannelPoolStrip(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("channelPoolStrip"));
    m_label->setObjectName(QStringLiteral("channelPoolLabel"));
    m_bar->setObjectName(QStringLiteral("channelPoolBar"));
    m_bar->setAccessibleName(tr("Global outbound channels allocated"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(240);
    m_bar->setMaximumHeight(12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch(1);
    m_label->setText(tr("Global outbound channels: —"));
    m_bar->hide();
}

void ChannelPoolStrip::setLoading()
{
    m_label->setText(tr("Global outbound channels: loading…"));
    m_bar->hide();
}

void ChannelPoolStrip::setPool(const ChannelPool &pool)
{
    if (!pool.featureEnabled()) {
        m_label->setText(tr("Global outbound channels: feature not enabled for this account"));
        m_bar->hide();
        return;
    }
    const QLocale locale;
    m_label->setText(
        tr("Global outbound channels: %1 of %2 allocated (%3 free)")
            .arg(locale.toString(pool.totalAllocated), locale.toString(pool.allocatable),
                 locale.toString(std::max<qint64>(0, pool.allocatable - pool.totalAllocated))));
    m_bar->setRange(0, int(std::min<qint64>(pool.allocatable, INT_MAX)));
    m_bar->setValue(int(std::min<qint64>(pool.totalAllocated, pool.allocatable)));
    m_bar->show();
}

void ChannelPoolStrip::setUnavailable(const QString &why)
{
    m_label->setText(tr("Global outbound channels: unavailable (%1)").arg(why));
    m_bar->hide();
}

QString ChannelPoolStrip::summary() const
{
    return m_label->text();
}

} // namespace telnyx
