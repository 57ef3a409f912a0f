#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace telnyx {

// Copies a secret (an API key or token) with the hints that clipboard managers honour to keep it
// out of their history, and clears it again after a while — but only if the clipboard still
// holds what we put there (the person may have copied something else since).
class SecretClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr int DefaultClearMs = 30000;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QString &secret, int clearAfterMs = DefaultClearMs);
    void clearNow();
    bool isHoldingSecret() const { return !m_copied.isEmpty(); }

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace telnyx
