#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace telnyx {

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving a key behind in the clipboard when the console closes is what we promised not to do.
    clearNow();
}

void SecretClipboard::copy(const QString &secret, int clearAfterMs)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and others skip entries marked as secret; Windows and macOS have their own.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = secret;
    m_timer.start(clearAfterMs);
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
    Q_EMIT cleared();
}

} // namespace telnyx
