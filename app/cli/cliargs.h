#pragma once

#include "api/telnyxclient.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace telnyx::cli {

// Exit codes are part of the command line's contract (documented in --help): scripts branch on
// them, so they never change meaning.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitAuthentication = 2,
    ExitPermission = 3,
    ExitNotFound = 4,
    ExitValidation = 5,
    ExitRateLimited = 6,
    ExitNetwork = 7,
    ExitKeychain = 8,
};

enum class Command {
    AccountsList,
    AccountsShow,
    AccountsCreate,
    AccountsEnable,
    AccountsDisable,
    AccountsPricing,
    AccountsChannels,
    UsersList,
    UsersRemove,
    ReportGroups,
    ProfilesList,
    ProfilesAdd,
    ProfilesRemove,
    ProfilesUse,
};
enum class OutputFormat { Table, Csv, Json };

struct CliOptions
{
    Command command = Command::AccountsList;
    QString profile;                    // empty: the active profile
    QString baseUrl;                    // empty: TELNYX_BASE_URL, the profile's, else the default
    std::optional<OutputFormat> format; // nullopt: table on a terminal, else csv
    bool verbose = false;

    ManagedAccountQuery accountQuery; // accounts list
    QString accountId;                // accounts show
    bool revealKeys = false;          // accounts show
    UserQuery userQuery;              // users list
    QString outputFile;               // report groups; empty: stdout
    bool asTelnyx = false;            // report groups: the server's bytes unchanged

    NewManagedAccount newAccount;        // accounts create (the password is read later, from stdin)
    bool passwordFromStdin = false;      // accounts create
    QStringList ids;                     // accounts enable/disable, users remove (no duplicates)
    bool reenableAllConnections = false; // accounts enable
    bool assumeYes = false;              // accounts disable, users remove, profiles remove
    bool customPricing = false;          // accounts pricing: on (true) or off
    std::optional<qint64> channelLimit;  // accounts channels ID --limit N
    QString profileName;                 // profiles add/remove/use (trimmed)
};

// What the parser decided: options to run with, or text to print and an exit code (help,
// version, a usage error).
struct ParseOutcome
{
    std::optional<CliOptions> options;
    int exitCode = ExitOk;
    QString standardOutput; // --help / --version text
    QString errorLine;      // a usage error, one line without the "error: " prefix
};

// `arguments` includes the program name, as QCoreApplication::arguments() does.
ParseOutcome parseArguments(const QStringList &arguments);

} // namespace telnyx::cli
