#include "secretfield.h"

#include "secretclipboard.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace telnyx {

SecretField::SecretField(SecretClipboard *clipboard, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    m_edit->setReadOnly(true);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setObjectName(QStringLiteral("secretValue"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(QStringLiteral("secretReveal"));
    m_reveal->setAccessibleName(tr("Reveal %1").arg(accessibleName));
    m_copy->setText(tr("Copy"));
    m_copy->setObjectName(QStringLiteral("secretCopy"));
    m_copy->setToolTip(tr("Copy to the clipboard; it is cleared again after 30 seconds"));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!m_secret.isEmpty())
            m_clipboard->copy(m_secret);
    });
    setSecret({});
}

void SecretField::setSecret(const QString &secret)
{
    m_secret = secret;
    m_edit->setText(secret.isEmpty() ? QString() : secret);
    m_edit->setPlaceholderText(secret.isEmpty() ? tr("not available") : QString());
    m_reveal->setEnabled(!secret.isEmpty());
    m_copy->setEnabled(!secret.isEmpty());
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

} // namespace telnyx
