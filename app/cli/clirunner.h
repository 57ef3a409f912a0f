#pragma once

#include "api/telnyxclient.h"
#include "cli/cliargs.h"
#include "cli/clioutput.h"
#include "models/bulkrun.h"

#include <QObject>
#include <QSettings>

namespace telnyx {
class ConnectionManager;
class KeychainSecretStore;
class ProfileStore;
} // namespace telnyx

namespace telnyx::cli {

// Runs one command to completion without a nested event loop: start() begins the work and every
// path ends in exactly one QCoreApplication::exit(code).
class CliRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

private:
    void resolveKey();
    void connectAndRun(const QString &key, const QUrl &profileBaseUrl);
    void run();
    void listAll(std::function<ApiRequest(int)> requestForPage, const QStringList &columns);
    void showAccount();
    void reportGroups();
    void createAccount();
    void setPricing();
    void channels();
    void runBulk(const QString &doneWord, BulkRun::Step step);
    bool writeBulkOutcomes(const QList<BulkRun::Outcome> &outcomes, const QString &doneWord);

    // profiles list/add/remove/use: settings and keychain only, no request to the API.
    void runProfiles();
    void listProfiles();
    void addProfile();
    void removeProfile();
    void useProfile();
    bool readApiKey(QString *key);
    KeychainSecretStore *keychain();
    ConnectionManager *connections();

    // Destructive commands: false (and finished) when the person said no or nobody could ask.
    bool confirm(const QString &verb, const QString &question);
    bool readPassword();
    void printAccount(const ManagedAccountDetail &detail);

    OutputFormat effectiveFormat() const;
    void printGrid(const Grid &grid, const QJsonValue &json);
    bool writeGrid(const Grid &grid, const QJsonValue &json);
    bool writeStdout(const QByteArray &bytes);
    void failApi(const ApiError &error);
    void fail(int code, const QString &message);
    void finish(int code);

    CliOptions m_options;
    TelnyxClient m_client;
    QSettings m_settings;
    ProfileStore *m_profiles;
    KeychainSecretStore *m_keychain = nullptr;  // only created when a profile's key is needed
    ConnectionManager *m_connections = nullptr; // profiles add/remove: the console's key handling
    bool m_finished = false;
};

} // namespace telnyx::cli
