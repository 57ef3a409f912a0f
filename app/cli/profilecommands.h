#pragma once

#include "cli/cliargs.h"

#include <QObject>

class QSettings;

namespace telnyx {
class ConnectionManager;
class KeychainSecretStore;
class ProfileStore;
class TelnyxClient;
} // namespace telnyx

namespace telnyx::cli {

class CliIo;

// profiles list/add/remove/use: settings and keychain only, no request to the API. Everything
// passed in is borrowed and must outlive this object.
class ProfileCommands : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCommands)

public:
    // `client` is never sent a request; the console's ConnectionManager only needs one to exist.
    ProfileCommands(const CliOptions &options, CliIo &io, QSettings *settings,
                    ProfileStore *profiles, TelnyxClient *client, QObject *parent = nullptr);

    static bool handles(Command command);
    // Ends, like every command, in exactly one io.fail() or io.finish().
    void run();

private:
    void list();
    void add();
    void remove();
    void use();
    bool readApiKey(QString *key);
    KeychainSecretStore *keychain();
    ConnectionManager *connections();

    const CliOptions &m_options;
    CliIo &m_io;
    QSettings *m_settings;
    ProfileStore *m_profiles;
    TelnyxClient *m_client;
    KeychainSecretStore *m_keychain = nullptr;  // only created when a profile's key is needed
    ConnectionManager *m_connections = nullptr; // add/remove: the console's key handling
};

} // namespace telnyx::cli
