#include "banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace telnyx {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->setObjectName(QStringLiteral("bannerAction"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_actionButton, &QPushButton::clicked, this,
            [this] { Q_EMIT actionTriggered(m_offered); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::showMessage(Level level, const QString &title, const QString &text, Action action,
                         const QString &actionText)
{
    m_level = level;
    m_offered = action;
    QString label = actionText;
    if (label.isEmpty() && action == Action::Reload)
        label = tr("Try again");
    else if (label.isEmpty() && action == Action::ChangeKey)
        label = tr("Change API key…");
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_actionButton->setText(label);
    m_actionButton->setVisible(action != Action::None);
    applyPalette();
    show();
}

QString Banner::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void Banner::applyPalette()
{
    // Tint the base colours rather than hard-code light ones, so a dark theme stays readable.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightness() < base.color(QPalette::WindowText).lightness();
    QColor tint = m_level == Level::Error     ? QColor(220, 53, 69)
                  : m_level == Level::Warning ? QColor(230, 160, 0)
                                              : QColor(13, 110, 253);
    const qreal amount = dark ? 0.35 : 0.15;
    QColor mixed = QColor::fromRgbF(window.redF() * (1 - amount) + tint.redF() * amount,
                                    window.greenF() * (1 - amount) + tint.greenF() * amount,
                                    window.blueF() * (1 - amount) + tint.blueF() * amount);
    QPalette p = palette();
    p.setColor(QPalette::Window, mixed);
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace telnyx
