#include "cli/cliargs.h"

#include "secrets/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

namespace {

QString description()
{
    return u"Headless command line for Telnyx account managers (same core, profiles and keychain "
           "as the console).\n"
           "\n"
           "Commands:\n"
           "  accounts list [--status enabled|disabled|blocked|cancelled|all] "
           "[--include-cancelled]\n"
           "                [--email-contains S] [--org-contains S] [--email S] [--org S]\n"
           "                [--sort [-]created_at|[-]email]\n"
           "  accounts show ID [--reveal-keys]\n"
           "  accounts create --business-name NAME [--email E] [--password-stdin]\n"
           "                [--custom-pricing] [--rollup-billing] [--reveal-keys]\n"
           "  accounts enable ID... [--reenable-all-connections]\n"
           "  accounts disable ID... [--yes]\n"
           "  accounts pricing ID on|off\n"
           "  accounts channels                 (the pool: allocatable, allocated)\n"
           "  accounts channels ID --limit N    (an account's global outbound channel limit)\n"
           "  users list [--status enabled|disabled|blocked] [--email S]\n"
           "  users remove ID... [--yes]\n"
           "  report groups [--output FILE] [--as-telnyx | --spreadsheet-safe]\n"
           "  profiles list                     (name, base URL, active, key in the keychain)\n"
           "  profiles add NAME [--base-url URL]\n"
           "  profiles remove NAME [--yes]\n"
           "  profiles use NAME\n"
           "\n"
           "The API key comes from TELNYX_API_KEY, else the profile's keychain entry (--profile, "
           "else the active profile of the console). The base URL comes from --base-url, "
           "TELNYX_BASE_URL, the profile, else %1.\n"
           "accounts list: --email and --org match exactly (the e-mail ignoring case), "
           "--email-contains and --org-contains match a part of at least 3 characters, ignoring "
           "case. users list --email matches a part (the API has no exact user filter).\n"
           "Output: a table on a terminal, else spreadsheet-safe CSV, unless --format says "
           "otherwise. JSON is an array of the server's objects.\n"
           "The password of accounts create is read from the first line of standard input "
           "(--password-stdin), never from the command line. accounts disable, users remove and "
           "profiles remove ask for confirmation on a terminal and need --yes otherwise. Commands "
           "taking several IDs run at most 4 at a time and print one line per ID (\"<id> "
           "disabled\", \"<id> failed: <title>: <detail>\"), or with --format csv or json one "
           "row or object per ID (id, ok, result, error_code, error_field, error); the exit code "
           "is that of the first failure.\n"
           "profiles add reads the key from the first line of standard input (without echo on a "
           "terminal) and saves it in the system keychain, never in a file; the first profile "
           "becomes the active one, later ones only with profiles use. profiles remove deletes "
           "the key from the keychain and then the profile.\n"
           "\n"
           "Exit codes:\n"
           "  0 success            1 usage (or an output file that cannot be written)\n"
           "  2 authentication     3 permission          4 not found (also a profile)\n"
           "  5 validation         6 rate limited after retries\n"
           "  7 network, timeout, server error or unreadable answer\n"
           "  8 no API key or keychain problem"_s.arg(TelnyxClient::defaultBaseUrl().toString());
}

ParseOutcome usageError(const QString &message)
{
    ParseOutcome outcome;
    outcome.exitCode = ExitUsage;
    outcome.errorLine = message + u" (see --help)"_s;
    return outcome;
}

} // namespace

ParseOutcome parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    // "accounts list --status x": options may follow the command words.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Show the version."_s);
    const QCommandLineOption profile(u"profile"_s, u"Profile to use."_s, u"name"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, u"Telnyx API base URL."_s, u"url"_s);
    const QCommandLineOption format(u"format"_s, u"Output format: table, csv or json."_s,
                                    u"format"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     u"Log every request (method, path, status, time, request "
                                     "id; never the key) to stderr."_s);
    const QCommandLineOption status(u"status"_s, u"accounts/users list: status filter."_s,
                                    u"status"_s);
    const QCommandLineOption includeCancelled(u"include-cancelled"_s,
                                              u"accounts list: include cancelled accounts."_s);
    const QCommandLineOption email(u"email"_s,
                                   u"accounts list: e-mail is S; users list: e-mail contains S; "
                                   "accounts create: the account's e-mail."_s,
                                   u"S"_s);
    const QCommandLineOption emailContains(
        u"email-contains"_s, u"accounts list: e-mail contains S (3+ characters)."_s, u"S"_s);
    const QCommandLineOption org(u"org"_s, u"accounts list: organization name is S."_s, u"S"_s);
    const QCommandLineOption orgContains(
        u"org-contains"_s, u"accounts list: organization name contains S (3+ characters)."_s,
        u"S"_s);
    const QCommandLineOption sort(u"sort"_s, u"accounts list: sort order."_s, u"order"_s);
    const QCommandLineOption revealKeys(u"reveal-keys"_s,
                                        u"accounts show/create: print api_key and api_token."_s);
    const QCommandLineOption businessName(u"business-name"_s,
                                          u"accounts create: the business name."_s, u"NAME"_s);
    const QCommandLineOption passwordStdin(
        u"password-stdin"_s, u"accounts create: read the password from standard input."_s);
    const QCommandLineOption customPricing(u"custom-pricing"_s,
                                           u"accounts create: allow custom pricing."_s);
    const QCommandLineOption rollupBilling(u"rollup-billing"_s,
                                           u"accounts create: roll up billing."_s);
    const QCommandLineOption reenableAll(u"reenable-all-connections"_s,
                                         u"accounts enable: re-enable all connections too."_s);
    const QCommandLineOption yes(
        u"yes"_s,
        u"accounts disable, users remove, profiles remove: do not ask for confirmation."_s);
    const QCommandLineOption limit(
        u"limit"_s, u"accounts channels ID: set the account's channel limit."_s, u"N"_s);
    const QCommandLineOption output(u"output"_s, u"report groups: write to FILE (atomically)."_s,
                                    u"FILE"_s);
    const QCommandLineOption asTelnyx(u"as-telnyx"_s,
                                      u"report groups: the server's CSV, byte for byte."_s);
    const QCommandLineOption spreadsheetSafe(
        u"spreadsheet-safe"_s, u"report groups: spreadsheet-safe CSV (the default)."_s);
    parser.addOptions(
        {help,         version,       profile,          baseUrl,       format,
         verbose,      status,        includeCancelled, email,         org,
         sort,         revealKeys,    output,           asTelnyx,      spreadsheetSafe,
         businessName, passwordStdin, customPricing,    rollupBilling, reenableAll,
         yes,          limit,         emailContains,    orgContains});
    parser.addPositionalArgument(u"command"_s, u"See Commands above."_s, u"COMMAND..."_s);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        ParseOutcome outcome;
        outcome.standardOutput = parser.helpText();
        return outcome;
    }
    if (parser.isSet(version)) {
        ParseOutcome outcome;
        outcome.standardOutput = QCoreApplication::applicationName() + u' ' +
                                 QCoreApplication::applicationVersion() + u'\n';
        return outcome;
    }

    CliOptions o;
    o.profile = parser.value(profile);
    o.baseUrl = parser.value(baseUrl);
    o.verbose = parser.isSet(verbose);
    if (parser.isSet(format)) {
        const QString f = parser.value(format);
        if (f == "table"_L1)
            o.format = OutputFormat::Table;
        else if (f == "csv"_L1)
            o.format = OutputFormat::Csv;
        else if (f == "json"_L1)
            o.format = OutputFormat::Json;
        else
            return usageError(u"unknown format \"%1\": use table, csv or json"_s.arg(f));
    }

    const QStringList words = parser.positionalArguments();
    const QString verb = words.mid(0, 2).join(u' ');
    // Each command: its words, the options it takes, and how many words (2, plus IDs or a name).
    struct Verb
    {
        QLatin1StringView name;
        Command command;
        QList<const QCommandLineOption *> allowed;
        int minWords = 2;
        int maxWords = 2; // -1: any number of IDs
        QString missing = u"an account ID"_s;
    };
    const QString profileName = u"a profile name"_s;
    const QList<Verb> verbs{
        {"accounts list"_L1,
         Command::AccountsList,
         {&status, &includeCancelled, &email, &emailContains, &org, &orgContains, &sort}},
        {"accounts show"_L1, Command::AccountsShow, {&revealKeys}, 3, 3},
        {"accounts create"_L1,
         Command::AccountsCreate,
         {&businessName, &email, &passwordStdin, &customPricing, &rollupBilling, &revealKeys}},
        {"accounts enable"_L1, Command::AccountsEnable, {&reenableAll}, 3, -1},
        {"accounts disable"_L1, Command::AccountsDisable, {&yes}, 3, -1},
        {"accounts pricing"_L1,
         Command::AccountsPricing,
         {},
         4,
         4,
         u"an account ID and on or off"_s},
        {"accounts channels"_L1, Command::AccountsChannels, {&limit}, 2, 3},
        {"users list"_L1, Command::UsersList, {&status, &email}},
        {"users remove"_L1, Command::UsersRemove, {&yes}, 3, -1, u"a user ID"_s},
        {"report groups"_L1, Command::ReportGroups, {&output, &asTelnyx, &spreadsheetSafe}},
        {"profiles list"_L1, Command::ProfilesList, {}},
        {"profiles add"_L1, Command::ProfilesAdd, {}, 3, 3, profileName},
        {"profiles remove"_L1, Command::ProfilesRemove, {&yes}, 3, 3, profileName},
        {"profiles use"_L1, Command::ProfilesUse, {}, 3, 3, profileName},
    };
    if (words.isEmpty())
        return usageError(u"no command given"_s);
    const auto found =
        std::find_if(verbs.cbegin(), verbs.cend(), [&](const Verb &v) { return verb == v.name; });
    if (found == verbs.cend())
        return usageError(u"unknown command \"%1\""_s.arg(verb));
    o.command = found->command;
    const QList<const QCommandLineOption *> &allowed = found->allowed;
    const int minWords = found->minWords;
    const int maxWords = found->maxWords;
    const QString &missing = found->missing;
    if (words.size() < minWords)
        return usageError(u"%1 needs %2"_s.arg(verb, missing));
    if (maxWords >= 0 && words.size() > maxWords)
        return usageError(u"unexpected argument \"%1\""_s.arg(words.at(maxWords)));
    for (qsizetype i = 2; i < words.size(); ++i) {
        if (words.at(i).trimmed().isEmpty())
            return usageError(u"%1 needs %2, not an empty argument"_s.arg(verb, missing));
    }

    // An option that belongs to another command is a mistake worth stopping for: silently
    // ignoring "--status" on "users list" typos would list the wrong people.
    for (const QCommandLineOption *commandOption :
         {&status, &includeCancelled, &email, &emailContains, &org, &orgContains, &sort,
          &revealKeys, &output, &asTelnyx, &spreadsheetSafe, &businessName, &passwordStdin,
          &customPricing, &rollupBilling, &reenableAll, &yes, &limit}) {
        if (parser.isSet(*commandOption) && !allowed.contains(commandOption))
            return usageError(
                u"--%1 does not apply to \"%2\""_s.arg(commandOption->names().constLast(), verb));
    }

    const QString statusValue = parser.value(status);
    switch (o.command) {
    case Command::AccountsList: {
        static const QStringList statuses{u"enabled"_s, u"disabled"_s, u"blocked"_s, u"cancelled"_s,
                                          u"all"_s};
        if (parser.isSet(status)) {
            if (!statuses.contains(statusValue))
                return usageError(u"unknown account status \"%1\""_s.arg(statusValue));
            o.accountQuery.status = statusValue;
        }
        // The API lists cancelled accounts only when asked to include them, so "--status
        // cancelled" alone would always be empty.
        o.accountQuery.includeCancelled =
            parser.isSet(includeCancelled) || statusValue == "cancelled"_L1;
        o.accountQuery.emailContains = parser.value(emailContains);
        o.accountQuery.emailEquals = parser.value(email);
        o.accountQuery.organizationContains = parser.value(orgContains);
        o.accountQuery.organizationEquals = parser.value(org);
        if (parser.isSet(sort)) {
            static const QStringList sorts{u"created_at"_s, u"-created_at"_s, u"email"_s,
                                           u"-email"_s};
            if (!sorts.contains(parser.value(sort)))
                return usageError(u"unknown sort \"%1\""_s.arg(parser.value(sort)));
            o.accountQuery.sort = parser.value(sort);
        }
        break;
    }
    case Command::AccountsShow:
        o.accountId = words.at(2);
        o.revealKeys = parser.isSet(revealKeys);
        if (o.accountId.trimmed().isEmpty())
            return usageError(u"accounts show needs an account ID"_s);
        break;
    case Command::UsersList:
        if (parser.isSet(status)) {
            if (!QStringList{u"enabled"_s, u"disabled"_s, u"blocked"_s}.contains(statusValue))
                return usageError(u"unknown user status \"%1\""_s.arg(statusValue));
            o.userQuery.status = statusValue;
        }
        o.userQuery.emailContains = parser.value(email);
        break;
    case Command::AccountsCreate:
        o.newAccount.businessName = parser.value(businessName).trimmed();
        if (o.newAccount.businessName.isEmpty())
            return usageError(u"accounts create needs --business-name"_s);
        o.newAccount.email = parser.value(email).trimmed();
        if (parser.isSet(customPricing))
            o.newAccount.allowCustomPricing = true;
        if (parser.isSet(rollupBilling))
            o.newAccount.rollupBilling = true;
        o.passwordFromStdin = parser.isSet(passwordStdin);
        o.revealKeys = parser.isSet(revealKeys);
        break;
    case Command::AccountsEnable:
    case Command::AccountsDisable:
    case Command::UsersRemove:
        for (const QString &id : words.mid(2)) {
            if (!o.ids.contains(id))
                o.ids << id;
        }
        o.reenableAllConnections = parser.isSet(reenableAll);
        o.assumeYes = parser.isSet(yes);
        break;
    case Command::AccountsPricing: {
        o.accountId = words.at(2);
        const QString onOff = words.at(3);
        if (onOff == "on"_L1)
            o.customPricing = true;
        else if (onOff == "off"_L1)
            o.customPricing = false;
        else
            return usageError(u"accounts pricing takes on or off, not \"%1\""_s.arg(onOff));
        break;
    }
    case Command::AccountsChannels:
        if (words.size() == 3) {
            o.accountId = words.at(2);
            if (!parser.isSet(limit))
                return usageError(u"accounts channels ID needs --limit N"_s);
            bool ok = false;
            const qint64 n = parser.value(limit).toLongLong(&ok);
            if (!ok || n < 0)
                return usageError(u"--limit needs a whole number of channels, not \"%1\""_s.arg(
                    parser.value(limit)));
            o.channelLimit = n;
        } else if (parser.isSet(limit)) {
            return usageError(u"--limit needs an account ID: accounts channels ID --limit N"_s);
        }
        break;
    case Command::ReportGroups:
        if (parser.isSet(asTelnyx) && parser.isSet(spreadsheetSafe))
            return usageError(u"--as-telnyx and --spreadsheet-safe exclude each other"_s);
        o.asTelnyx = parser.isSet(asTelnyx);
        o.outputFile = parser.value(output);
        if (parser.isSet(format))
            return usageError(u"report groups always writes CSV; --format does not apply"_s);
        break;
    case Command::ProfilesList:
    case Command::ProfilesAdd:
    case Command::ProfilesRemove:
    case Command::ProfilesUse:
        // "--profile x profiles remove y" would leave a reader guessing which one goes.
        if (parser.isSet(profile))
            return usageError(u"--profile does not apply to \"%1\"; name the profile as an "
                              "argument"_s.arg(verb));
        if (parser.isSet(baseUrl) && o.command != Command::ProfilesAdd)
            return usageError(u"--base-url does not apply to \"%1\""_s.arg(verb));
        if (o.command == Command::ProfilesAdd && parser.isSet(baseUrl)) {
            const QString problem =
                TelnyxClient::checkBaseUrl(QUrl::fromUserInput(o.baseUrl.trimmed()));
            if (!problem.isEmpty())
                return usageError(problem);
        }
        if (o.command == Command::ProfilesList)
            break;
        o.profileName = words.at(2).trimmed();
        if (const QString problem = ProfileStore::checkName(o.profileName); !problem.isEmpty())
            return usageError(u"profile name \"%1\": %2"_s.arg(o.profileName, problem));
        o.assumeYes = parser.isSet(yes);
        // They print one confirmation line, not data.
        if (parser.isSet(format))
            return usageError(u"--format does not apply to \"%1\""_s.arg(verb));
        break;
    }

    ParseOutcome outcome;
    outcome.options = o;
    return outcome;
}

} // namespace telnyx::cli
