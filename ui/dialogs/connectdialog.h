#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace telnyx {

class ConnectionManager;
class TelnyxClient;

// Connect to Telnyx: a profile name, the API key (masked, pasted as is), the base URL under
// "Advanced", and Test connection, which says what the key can do before anything is saved.
// Saving puts the key in the keychain; when that fails, the key can be used for this session
// only. The key is never written to a file.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // `profileName` empty: a new profile; otherwise that profile's key is replaced.
    ConnectDialog(ConnectionManager *connections, const QString &profileName,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setReason(const QString &text);
    void testConnection();
    QString testResult() const;

private:
    bool validate();
    void save();
    void offerSessionOnly(const QString &why);

    ConnectionManager *m_connections;
    QLabel *m_reason;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrl;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_sessionOnly;
    TelnyxClient *m_probe; // a client of its own: testing must not disturb the console
    int m_pendingProbes = 0;
};

} // namespace telnyx
