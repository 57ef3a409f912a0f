#pragma once

#include "api/telnyxclient.h"
#include "cli/cliargs.h"
#include "cli/cliio.h"
#include "cli/clioutput.h"
#include "cli/profilecommands.h"
#include "models/bulkrun.h"

#include <QObject>
#include <QSettings>

namespace telnyx {
class ProfileStore;
} // namespace telnyx

namespace telnyx::cli {

// Runs one command to completion without a nested event loop: start() begins the work and every
// path ends in exactly one QCoreApplication::exit(code), through m_io.
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

    bool readPassword();
    void printAccount(const ManagedAccountDetail &detail);

    CliOptions m_options;
    TelnyxClient m_client;
    QSettings m_settings;
    ProfileStore *m_profiles;
    CliIo m_io;
    // Last, so that it goes before anything it borrows.
    ProfileCommands m_profileCommands;
};

} // namespace telnyx::cli
