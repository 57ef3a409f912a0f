#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace telnyx {

class SecretClipboard;

// A secret shown masked, with Reveal and Copy. The value lives only in this widget (and, for
// 30 seconds, in the clipboard if copied); it is never logged.
class SecretField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    SecretField(SecretClipboard *clipboard, const QString &accessibleName,
                QWidget *parent = nullptr);

    void setSecret(const QString &secret);
    bool isRevealed() const;

private:
    SecretClipboard *m_clipboard;
    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QString m_secret;
};

} // namespace telnyx
