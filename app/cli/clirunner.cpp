#include "cli/clirunner.h"

#include "api/pager.h"
#include "export/csvexport.h"
#include "export/groupsreportcsv.h"
#include "secrets/connectionmanager.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/profilestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

namespace {

const QStringList accountColumns{u"id"_s,
                                 u"organization_name"_s,
                                 u"email"_s,
                                 u"api_user"_s,
                                 u"created_at"_s,
                                 u"updated_at"_s,
                                 u"managed_account_allow_custom_pricing"_s,
                                 u"rollup_billing"_s};
const QStringList userColumns{u"id"_s,
                              u"email"_s,
                              u"user_status"_s,
                              u"record_type"_s,
                              u"created_at"_s,
                              u"last_sign_in_at"_s,
                              u"organization_user_bypasses_sso"_s};
const QLatin1StringView secretFields[] = {"api_key"_L1, "api_token"_L1};

// The keychain has no business answering slowly on a headless box; a script would rather fail
// in seconds than in the interactive default.
constexpr std::chrono::milliseconds keychainTimeout{5000};

// SecretStore::userMessage() speaks to the console's user (a "session only" button, a 10 s
// watchdog); a script's operator needs the command line's way out instead.
QString keychainReason(SecretStore::Status status)
{
    using S = SecretStore::Status;
    switch (status) {
    case S::Ok:
        return u"no error"_s;
    case S::NotFound:
        return u"no key is saved for it"_s;
    case S::Locked:
        return u"the keyring is locked; unlock it (sign in to the desktop session) and try "
               "again"_s;
    case S::NoBackend:
        return u"no keychain service is running (GNOME Keyring or KWallet in a desktop "
               "session); scripts can use TELNYX_API_KEY instead"_s;
    case S::AccessDenied:
        return u"access to the keychain was refused"_s;
    case S::TimedOut:
        return u"the keychain did not answer within %1 seconds (waiting for an unlock "
               "prompt?)"_s.arg(keychainTimeout.count() / 1000);
    case S::Failed:
        break;
    }
    return u"the keychain reported an error"_s;
}

// While a key is typed on a terminal, echo is off. A signal must not leave the terminal mute:
// the handler puts the saved mode back before the default action ends the process.
termios s_savedTerminal;

extern "C" void restoreTerminalAndExit(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
    Q_DISABLE_COPY_MOVE(EchoOff)

public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &s_savedTerminal) != 0)
            return;
        termios quiet = s_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
        std::signal(SIGINT, restoreTerminalAndExit);
        std::signal(SIGTERM, restoreTerminalAndExit);
        std::signal(SIGHUP, restoreTerminalAndExit);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_savedTerminal);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGHUP, SIG_DFL);
    }

private:
    bool m_active = false;
};

bool isProfilesCommand(Command command)
{
    return command == Command::ProfilesList || command == Command::ProfilesAdd ||
           command == Command::ProfilesRemove || command == Command::ProfilesUse;
}

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(&m_settings, this))
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    // Asked before anything else: no keychain prompt, no request, until the person has agreed.
    if (m_options.command == Command::AccountsDisable &&
        !confirm(u"disable"_s, u"Disable %1 account(s)? [y/N] "_s.arg(m_options.ids.size())))
        return;
    if (m_options.command == Command::UsersRemove &&
        !confirm(u"remove"_s, u"Remove %1 user(s)? [y/N] "_s.arg(m_options.ids.size())))
        return;
    if (m_options.command == Command::ProfilesRemove) {
        if (!m_profiles->profile(m_options.profileName)) {
            fail(ExitNotFound,
                 u"no profile named \"%1\" (see profiles list)"_s.arg(m_options.profileName));
            return;
        }
        if (!confirm(u"remove"_s, u"Remove profile \"%1\" and its API key from the keychain? "
                                  "[y/N] "_s.arg(m_options.profileName)))
            return;
    }
    if (m_options.command == Command::AccountsCreate && m_options.passwordFromStdin &&
        !readPassword())
        return;
    // Profiles are managed, not used: no key to find, no request to send.
    if (isProfilesCommand(m_options.command)) {
        runProfiles();
        return;
    }
    if (const QString key = qEnvironmentVariable("TELNYX_API_KEY"); !key.isEmpty()) {
        const QString name =
            m_options.profile.isEmpty() ? m_profiles->activeName() : m_options.profile;
        const auto profile = m_profiles->profile(name);
        connectAndRun(key, profile ? profile->baseUrl : QUrl());
        return;
    }
    resolveKey();
}

void CliRunner::resolveKey()
{
    const QString name = m_options.profile.isEmpty() ? m_profiles->activeName() : m_options.profile;
    const auto profile = name.isEmpty() ? std::nullopt : m_profiles->profile(name);
    // Without a profile there is nothing to look up: say so rather than wake the keychain.
    if (!profile) {
        if (!m_options.profile.isEmpty())
            fail(ExitKeychain, u"no profile named \"%1\": set TELNYX_API_KEY or add the profile "
                               "in the console"_s.arg(m_options.profile));
        else
            fail(ExitKeychain, u"no API key: set TELNYX_API_KEY or add a profile"_s);
        return;
    }
    const QUrl baseUrl = profile->baseUrl;
    keychain()->read(SecretStore::apiKeyKey(profile->name), this,
                     [this, baseUrl, profileName = profile->name](const SecretStore::Outcome &o) {
                         if (o.status == SecretStore::Status::Ok && !o.secret.isEmpty()) {
                             connectAndRun(o.secret, baseUrl);
                             return;
                         }
                         fail(ExitKeychain, u"keychain: no API key for profile \"%1\": %2"_s.arg(
                                                profileName, keychainReason(o.status)));
                     });
}

KeychainSecretStore *CliRunner::keychain()
{
    if (!m_keychain) {
        m_keychain = new KeychainSecretStore(u"TelnyxAdmin"_s, this);
        m_keychain->setTimeout(keychainTimeout);
    }
    return m_keychain;
}

ConnectionManager *CliRunner::connections()
{
    // The console's own save/remove logic, so a profile added here is one the console reads.
    // The session store is never filled by the command line; it only completes the interface.
    if (!m_connections)
        m_connections = new ConnectionManager(&m_client, m_profiles, keychain(),
                                              new MemorySecretStore(this), this);
    return m_connections;
}

void CliRunner::connectAndRun(const QString &key, const QUrl &profileBaseUrl)
{
    QUrl baseUrl;
    if (!m_options.baseUrl.isEmpty())
        baseUrl = QUrl::fromUserInput(m_options.baseUrl);
    else if (const QString env = qEnvironmentVariable("TELNYX_BASE_URL"); !env.isEmpty())
        baseUrl = QUrl::fromUserInput(env);
    else if (profileBaseUrl.isValid() && !profileBaseUrl.isEmpty())
        baseUrl = profileBaseUrl;
    else
        baseUrl = TelnyxClient::defaultBaseUrl();
    QString whyNot;
    if (!m_client.setBaseUrl(baseUrl, &whyNot)) {
        fail(ExitUsage, u"invalid base URL: "_s + whyNot);
        return;
    }
    m_client.setApiKey(key);
    run();
}

void CliRunner::run()
{
    switch (m_options.command) {
    case Command::AccountsList: {
        const ManagedAccountQuery query = m_options.accountQuery;
        listAll(
            [query](int page) {
                return TelnyxClient::managedAccountsRequest(query, page, TelnyxClient::MaxPageSize);
            },
            accountColumns);
        break;
    }
    case Command::UsersList: {
        const UserQuery query = m_options.userQuery;
        listAll(
            [query](int page) {
                return TelnyxClient::usersRequest(query, page, TelnyxClient::MaxPageSize);
            },
            userColumns);
        break;
    }
    case Command::AccountsShow:
        showAccount();
        break;
    case Command::ReportGroups:
        reportGroups();
        break;
    case Command::AccountsCreate:
        createAccount();
        break;
    case Command::AccountsPricing:
        setPricing();
        break;
    case Command::AccountsChannels:
        channels();
        break;
    case Command::AccountsEnable: {
        const bool all = m_options.reenableAllConnections;
        runBulk(u"enabled"_s,
                [this, all](const QString &id, QObject *context, BulkRun::Report report) {
                    return m_client.enableManagedAccount(
                        id, all, context, [report](const Result<ManagedAccountDetail> &r) {
                            report(r.ok(), {}, r.ok() ? ApiError() : r.error());
                        });
                });
        break;
    }
    case Command::AccountsDisable:
        runBulk(u"disabled"_s, [this](const QString &id, QObject *context, BulkRun::Report report) {
            return m_client.disableManagedAccount(
                id, context, [report](const Result<ManagedAccountDetail> &r) {
                    report(r.ok(), {}, r.ok() ? ApiError() : r.error());
                });
        });
        break;
    case Command::UsersRemove:
        runBulk(u"removed"_s, [this](const QString &id, QObject *context, BulkRun::Report report) {
            return m_client.removeUser(id, context, [report](const Result<UserRemoval> &r) {
                if (!r.ok()) {
                    report(false, {}, r.error());
                    return;
                }
                // Gone already is what was asked for: a success, said as such.
                report(true, r.value().alreadyGone ? u"already removed"_s : QString(), ApiError());
            });
        });
        break;
    case Command::ProfilesList:
    case Command::ProfilesAdd:
    case Command::ProfilesRemove:
    case Command::ProfilesUse:
        runProfiles(); // start() sends these here before any key is looked up
        break;
    }
}

bool CliRunner::confirm(const QString &verb, const QString &question)
{
    if (m_options.assumeYes)
        return true;
    if (!isatty(STDIN_FILENO)) {
        fail(ExitUsage, u"refusing to %1 without --yes when not on a terminal"_s.arg(verb));
        return false;
    }
    std::fputs(qUtf8Printable(question), stderr);
    std::fflush(stderr);
    char line[64] = {};
    const QString answer = std::fgets(line, sizeof line, stdin)
                               ? QString::fromLocal8Bit(line).trimmed().toLower()
                               : QString();
    if (answer == "y"_L1 || answer == "yes"_L1)
        return true;
    fail(ExitUsage, u"not confirmed: nothing was changed"_s);
    return false;
}

bool CliRunner::readPassword()
{
    // The first line only; the newline (and a CR before it) is not part of the password.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(ExitUsage, u"cannot read the password from standard input"_s);
        return false;
    }
    QByteArray line = in.readLine();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(ExitUsage, u"--password-stdin: no password on the first line of standard input"_s);
        return false;
    }
    m_options.newAccount.password = QString::fromUtf8(line);
    return true;
}

void CliRunner::createAccount()
{
    // Never repeated blindly: the client looks the account up by e-mail after a lost reply.
    m_client.createManagedAccount(m_options.newAccount, this,
                                  [this](const Result<CreatedAccount> &r) {
                                      m_options.newAccount.password.clear();
                                      if (!r.ok()) {
                                          failApi(r.error());
                                          return;
                                      }
                                      if (r.value().recoveredAfterLostReply) {
                                          std::fputs("note: the reply to the create was lost; the "
                                                     "account was found by its e-mail and was not "
                                                     "created twice\n",
                                                     stderr);
                                          std::fflush(stderr);
                                      }
                                      printAccount(r.value().detail);
                                  });
}

void CliRunner::setPricing()
{
    m_client.setCustomPricing(m_options.accountId, m_options.customPricing, this,
                              [this](const Result<ManagedAccountDetail> &r) {
                                  if (!r.ok()) {
                                      failApi(r.error());
                                      return;
                                  }
                                  printAccount(r.value());
                              });
}

void CliRunner::channels()
{
    if (!m_options.channelLimit) {
        m_client.channelPool(this, [this](const Result<ChannelPool> &r) {
            if (!r.ok()) {
                failApi(r.error());
                return;
            }
            const QJsonObject pool{{u"allocatable"_s, r.value().allocatable},
                                   {u"allocated"_s, r.value().totalAllocated}};
            printGrid(singleRowGrid(pool), pool);
        });
        return;
    }
    m_client.setChannelLimit(m_options.accountId, *m_options.channelLimit, this,
                             [this](const Result<AccountChannelLimit> &r) {
                                 if (!r.ok()) {
                                     failApi(r.error());
                                     return;
                                 }
                                 const AccountChannelLimit &l = r.value();
                                 QJsonObject object{{u"id"_s, l.id},
                                                    {u"email"_s, l.email},
                                                    {u"manager_account_id"_s, l.managerAccountId},
                                                    {u"record_type"_s, l.recordType}};
                                 object.insert(u"channel_limit"_s, l.channelLimit
                                                                       ? QJsonValue(*l.channelLimit)
                                                                       : QJsonValue());
                                 printGrid(singleRowGrid(object), object);
                             });
}

void CliRunner::runBulk(const QString &doneWord, BulkRun::Step step)
{
    auto *bulk = new BulkRun(m_options.ids, std::move(step), this);
    // Lines are the default even off a terminal (scripts already read "<id> disabled"); only an
    // explicit csv or json asks for one document at the end instead.
    const bool lines = !m_options.format || *m_options.format == OutputFormat::Table;
    // One line per ID as it ends, so a long run shows progress; failures keep the one-line form.
    if (lines) {
        connect(bulk, &BulkRun::itemFinished, this,
                [this, doneWord](int, const BulkRun::Outcome &outcome) {
                    const QString line =
                        outcome.ok ? QString(outcome.id + u' ' +
                                             (outcome.note.isEmpty() ? doneWord : outcome.note))
                                   : QString(outcome.id + u" failed: "_s +
                                             errorLine(outcome.error).mid(7));
                    writeStdout(line.toUtf8() + '\n');
                });
    }
    connect(bulk, &BulkRun::finished, this, [this, bulk, lines, doneWord] {
        if (!lines && !writeBulkOutcomes(bulk->outcomes(), doneWord))
            return; // fail() has said why
        for (const BulkRun::Outcome &outcome : bulk->outcomes()) {
            if (!outcome.ok) {
                finish(outcome.done ? exitCodeFor(outcome.error.kind()) : ExitNetwork);
                return;
            }
        }
        finish(ExitOk);
    });
    bulk->start();
}

bool CliRunner::writeBulkOutcomes(const QList<BulkRun::Outcome> &outcomes, const QString &doneWord)
{
    static const QStringList columns{u"id"_s,         u"ok"_s,          u"result"_s,
                                     u"error_code"_s, u"error_field"_s, u"error"_s};
    // Flat objects with the same members as the CSV columns: one description fits both.
    QJsonArray objects;
    for (const BulkRun::Outcome &outcome : outcomes) {
        QJsonObject object{{u"id"_s, outcome.id}, {u"ok"_s, outcome.ok}};
        auto textOrNull = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        if (outcome.ok) {
            object.insert(u"result"_s, outcome.note.isEmpty() ? doneWord : outcome.note);
            for (const char *empty : {"error_code", "error_field", "error"})
                object.insert(QLatin1StringView(empty), QJsonValue());
        } else {
            // Not done: the run was stopped before this ID had its turn.
            object.insert(u"result"_s, outcome.done ? u"failed"_s : u"not attempted"_s);
            object.insert(u"error_code"_s, textOrNull(errorCode(outcome.error)));
            object.insert(u"error_field"_s, textOrNull(outcome.error.fieldPointer()));
            object.insert(u"error"_s,
                          outcome.done ? textOrNull(errorMessage(outcome.error)) : QJsonValue());
        }
        objects.append(object);
    }
    return writeGrid(gridFromObjects(objects, columns), objects);
}

void CliRunner::runProfiles()
{
    switch (m_options.command) {
    case Command::ProfilesList:
        listProfiles();
        break;
    case Command::ProfilesAdd:
        addProfile();
        break;
    case Command::ProfilesRemove:
        removeProfile();
        break;
    case Command::ProfilesUse:
        useProfile();
        break;
    default:
        Q_UNREACHABLE();
    }
}

void CliRunner::listProfiles()
{
    const QList<Profile> profiles = m_profiles->profiles();
    const QString active = m_profiles->activeName();
    auto objects = std::make_shared<QJsonArray>();
    for (const Profile &p : profiles) {
        const QUrl url = p.baseUrl.isEmpty() ? TelnyxClient::defaultBaseUrl() : p.baseUrl;
        objects->append(QJsonObject{{u"name"_s, p.name},
                                    {u"base_url"_s, url.toString()},
                                    {u"active"_s, p.name == active},
                                    {u"key_stored"_s, QJsonValue()}});
    }
    auto print = [this, objects] {
        static const QStringList columns{u"name"_s, u"base_url"_s, u"active"_s, u"key_stored"_s};
        printGrid(gridFromObjects(*objects, columns), *objects);
    };
    if (profiles.isEmpty()) {
        print(); // nothing to ask the keychain about: do not wake it
        return;
    }
    // Whether a key is there is read, never printed; the secret goes out of scope at once.
    // key_stored stays null where the keychain cannot say (locked, no service).
    auto pending = std::make_shared<qsizetype>(profiles.size());
    auto problem = std::make_shared<std::optional<SecretStore::Status>>();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        keychain()->read(SecretStore::apiKeyKey(profiles.at(i).name), this,
                         [objects, pending, problem, print, i](const SecretStore::Outcome &o) {
                             QJsonObject row = objects->at(i).toObject();
                             if (o.status == SecretStore::Status::Ok)
                                 row.insert(u"key_stored"_s, !o.secret.isEmpty());
                             else if (o.status == SecretStore::Status::NotFound)
                                 row.insert(u"key_stored"_s, false);
                             else if (!*problem)
                                 *problem = o.status;
                             objects->replace(i, row);
                             if (--*pending > 0)
                                 return;
                             if (*problem) {
                                 std::fputs(qUtf8Printable(u"note: the keychain could not say "
                                                           "which profiles have a key: %1\n"_s.arg(
                                                               keychainReason(**problem))),
                                            stderr);
                                 std::fflush(stderr);
                             }
                             print();
                         });
    }
}

bool CliRunner::readApiKey(QString *key)
{
    const bool terminal = isatty(STDIN_FILENO);
    QByteArray line;
    {
        std::optional<EchoOff> echoOff;
        if (terminal) {
            std::fputs(qUtf8Printable(u"API key for profile \"%1\": "_s.arg(m_options.profileName)),
                       stderr);
            std::fflush(stderr);
            echoOff.emplace();
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitUsage, u"cannot read the API key from standard input"_s);
            return false;
        }
        line = in.readLine();
    }
    *key = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    if (key->isEmpty()) {
        fail(ExitUsage, u"profiles add: no API key on the first line of standard input"_s);
        return false;
    }
    return true;
}

void CliRunner::addProfile()
{
    QString key;
    if (!readApiKey(&key))
        return;
    const QString name = m_options.profileName;
    const std::optional<Profile> existing = m_profiles->profile(name);
    // Replacing a profile's key keeps its base URL unless a new one is given; a new profile
    // records the default explicitly, as the console does.
    QUrl url = TelnyxClient::defaultBaseUrl();
    if (!m_options.baseUrl.isEmpty())
        url = QUrl::fromUserInput(m_options.baseUrl.trimmed());
    else if (existing && !existing->baseUrl.isEmpty())
        url = existing->baseUrl;
    // The first profile becomes the active one, so that the next command just works; a later
    // one never silently redirects the commands of a script to another account.
    const bool activate = !m_profiles->profile(m_profiles->activeName());
    connections()->saveProfile(
        Profile{name, url}, key, this,
        [this, name, url, activate, replaced = existing.has_value()](SecretStore::Status status) {
            if (status != SecretStore::Status::Ok) {
                fail(ExitKeychain, u"keychain: profile \"%1\" not saved, its API key could not be "
                                   "stored: %2"_s.arg(name, keychainReason(status)));
                return;
            }
            if (activate)
                m_profiles->setActive(name);
            if (m_settings.status() != QSettings::NoError) {
                fail(ExitUsage, u"the key is in the keychain, but the settings file %1 could not "
                                "be written"_s.arg(m_settings.fileName()));
                return;
            }
            const QString line = u"profile \"%1\" %2: %3, key in the system keychain%4\n"_s.arg(
                name, replaced ? u"updated"_s : u"added"_s, url.toString(),
                activate ? u", active"_s : QString());
            finish(writeStdout(line.toUtf8()) ? ExitOk : ExitUsage);
        });
    key.fill(u'\0');
}

void CliRunner::removeProfile()
{
    const QString name = m_options.profileName;
    const bool wasActive = m_profiles->activeName() == name;
    connections()->removeProfile(name, this, [this, name, wasActive](SecretStore::Status status) {
        // The profile is forgotten only once its key is gone: never a key nobody can see.
        if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound) {
            fail(ExitKeychain, u"keychain: profile \"%1\" kept, its API key could not be "
                               "deleted: %2"_s.arg(name, keychainReason(status)));
            return;
        }
        const QString line = u"profile \"%1\" removed%2\n"_s.arg(
            name, wasActive ? u"; no profile is active now (profiles use NAME)"_s : QString());
        finish(writeStdout(line.toUtf8()) ? ExitOk : ExitUsage);
    });
}

void CliRunner::useProfile()
{
    const QString name = m_options.profileName;
    if (!m_profiles->profile(name)) {
        fail(ExitNotFound, u"no profile named \"%1\" (see profiles list)"_s.arg(name));
        return;
    }
    m_profiles->setActive(name);
    if (m_settings.status() != QSettings::NoError) {
        fail(ExitUsage, u"the settings file %1 could not be written"_s.arg(m_settings.fileName()));
        return;
    }
    finish(writeStdout(u"active profile: \"%1\"\n"_s.arg(name).toUtf8()) ? ExitOk : ExitUsage);
}

void CliRunner::printAccount(const ManagedAccountDetail &detail)
{
    const ManagedAccount &a = detail.account;
    QJsonObject account{{u"id"_s, a.id},
                        {u"record_type"_s, a.recordType},
                        {u"email"_s, a.email},
                        {u"api_user"_s, a.apiUser},
                        {u"manager_account_id"_s, a.managerAccountId}};
    account.insert(u"organization_name"_s,
                   a.organizationName ? QJsonValue(*a.organizationName) : QJsonValue());
    account.insert(u"created_at"_s, a.createdAt.isValid()
                                        ? QJsonValue(a.createdAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue());
    account.insert(u"updated_at"_s, a.updatedAt.isValid()
                                        ? QJsonValue(a.updatedAt.toString(Qt::ISODateWithMs))
                                        : QJsonValue());
    account.insert(u"managed_account_allow_custom_pricing"_s,
                   a.allowCustomPricing ? QJsonValue(*a.allowCustomPricing) : QJsonValue());
    account.insert(u"rollup_billing"_s,
                   a.rollupBilling ? QJsonValue(*a.rollupBilling) : QJsonValue());
    if (!detail.secrets.apiKey.isEmpty())
        account.insert(u"api_key"_s, detail.secrets.apiKey);
    if (!detail.secrets.apiToken.isEmpty())
        account.insert(u"api_token"_s, detail.secrets.apiToken);
    const OutputFormat format = effectiveFormat();
    for (QLatin1StringView field : secretFields) {
        if (m_options.revealKeys || !account.contains(field))
            continue;
        if (format == OutputFormat::Table)
            account.insert(field, u"(hidden; use --reveal-keys)"_s);
        else
            account.remove(field);
    }
    printGrid(format == OutputFormat::Table ? fieldValueGrid(account) : singleRowGrid(account),
              account);
}

void CliRunner::listAll(std::function<ApiRequest(int)> requestForPage, const QStringList &columns)
{
    // The raw objects, not the decoded structs: JSON output prints what the server sent.
    auto *pager = new Pager(&m_client, std::move(requestForPage), this);
    auto objects = std::make_shared<QJsonArray>();
    connect(pager, &Pager::pageReady, this, [objects](int, const RawPage &page) {
        for (const QJsonValue &row : page.data)
            objects->append(row);
    });
    connect(pager, &Pager::finished, this, [this, objects, columns](const ApiError &error) {
        if (error.isError()) {
            failApi(error);
            return;
        }
        printGrid(gridFromObjects(*objects, columns), *objects);
    });
    pager->start();
}

void CliRunner::showAccount()
{
    ApiRequest request;
    request.path =
        "managed_accounts/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(m_options.accountId));
    ApiCall *call = m_client.send(request);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            failApi(call->error());
            return;
        }
        const Result<QJsonValue> data = decodeData(call->body());
        if (!data.ok() || !data.value().isObject()) {
            failApi(data.ok() ? ApiError(ApiError::Kind::BadResponse,
                                         u"The account is not a JSON object."_s)
                              : data.error());
            return;
        }
        QJsonObject account = data.value().toObject();
        const OutputFormat format = effectiveFormat();
        for (QLatin1StringView field : secretFields) {
            if (m_options.revealKeys || !account.contains(field))
                continue;
            // A table says the key exists; machine formats leave it out entirely.
            if (format == OutputFormat::Table)
                account.insert(field, u"(hidden; use --reveal-keys)"_s);
            else
                account.remove(field);
        }
        printGrid(format == OutputFormat::Table ? fieldValueGrid(account) : singleRowGrid(account),
                  account);
    });
}

void CliRunner::reportGroups()
{
    if (m_options.asTelnyx) {
        m_client.groupsReportCsv(this, [this](const Result<QByteArray> &r) {
            if (!r.ok()) {
                failApi(r.error());
                return;
            }
            if (m_options.outputFile.isEmpty()) {
                finish(writeStdout(r.value()) ? ExitOk : ExitUsage);
                return;
            }
            QString error;
            if (!CsvExport::writeBytesAtomically(m_options.outputFile, r.value(), &error)) {
                fail(ExitUsage, u"cannot write %1: %2"_s.arg(m_options.outputFile, error));
                return;
            }
            finish(ExitOk);
        });
        return;
    }
    m_client.groupsReport(this, [this](const Result<Page<OrganizationUser>> &r) {
        if (!r.ok()) {
            failApi(r.error());
            return;
        }
        const Page<OrganizationUser> &page = r.value();
        if (page.rejected > 0) {
            // A report that silently drops people is worse than none.
            failApi(ApiError(
                ApiError::Kind::BadResponse,
                u"%1 rows could not be read: %2"_s.arg(page.rejected).arg(page.firstProblem)));
            return;
        }
        if (m_options.outputFile.isEmpty()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter writer(&buffer);
            if (!writeGroupsReportCsv(page.items, writer, false) || !writer.finish()) {
                fail(ExitUsage, writer.errorString());
                return;
            }
            finish(writeStdout(buffer.data()) ? ExitOk : ExitUsage);
            return;
        }
        CsvExport out(m_options.outputFile);
        if (!out.open() || !writeGroupsReportCsv(page.items, out.writer(), false) ||
            !out.commit()) {
            fail(ExitUsage, u"cannot write %1: %2"_s.arg(m_options.outputFile, out.errorString()));
            return;
        }
        finish(ExitOk);
    });
}

OutputFormat CliRunner::effectiveFormat() const
{
    if (m_options.format)
        return *m_options.format;
    return isatty(STDOUT_FILENO) ? OutputFormat::Table : OutputFormat::Csv;
}

void CliRunner::printGrid(const Grid &grid, const QJsonValue &json)
{
    if (writeGrid(grid, json))
        finish(ExitOk);
}

bool CliRunner::writeGrid(const Grid &grid, const QJsonValue &json)
{
    QByteArray bytes;
    switch (effectiveFormat()) {
    case OutputFormat::Table:
        bytes = renderTable(grid);
        break;
    case OutputFormat::Json:
        bytes = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                               : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!writeCsv(&buffer, grid, &error)) {
            fail(ExitUsage, error);
            return false;
        }
        break;
    }
    }
    return writeStdout(bytes);
}

bool CliRunner::writeStdout(const QByteArray &bytes)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.flush()) {
        fail(ExitUsage, u"cannot write to standard output: "_s + out.errorString());
        return false;
    }
    return true;
}

void CliRunner::failApi(const ApiError &error)
{
    fail(exitCodeFor(error.kind()), errorLine(error).mid(7)); // fail() adds "error: " again
}

void CliRunner::fail(int code, const QString &message)
{
    if (m_finished)
        return;
    std::fputs(qUtf8Printable(u"error: "_s + message + u'\n'), stderr);
    std::fflush(stderr);
    finish(code);
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

} // namespace telnyx::cli
