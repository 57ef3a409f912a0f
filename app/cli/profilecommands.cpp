#include "cli/profilecommands.h"

#include "api/telnyxclient.h"
#include "cli/cliio.h"
#include "secrets/connectionmanager.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

namespace {

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

} // namespace

ProfileCommands::ProfileCommands(const CliOptions &options, CliIo &io, QSettings *settings,
                                 ProfileStore *profiles, TelnyxClient *client, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_io(io)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_client(client)
{}

bool ProfileCommands::handles(Command command)
{
    return command == Command::ProfilesList || command == Command::ProfilesAdd ||
           command == Command::ProfilesRemove || command == Command::ProfilesUse;
}

void ProfileCommands::run()
{
    switch (m_options.command) {
    case Command::ProfilesList:
        list();
        break;
    case Command::ProfilesAdd:
        add();
        break;
    case Command::ProfilesRemove:
        remove();
        break;
    case Command::ProfilesUse:
        use();
        break;
    default:
        Q_UNREACHABLE();
    }
}

KeychainSecretStore *ProfileCommands::keychain()
{
    if (!m_keychain)
        m_keychain = openKeychain(this);
    return m_keychain;
}

ConnectionManager *ProfileCommands::connections()
{
    // The console's own save/remove logic, so a profile added here is one the console reads.
    // The session store is never filled by the command line; it only completes the interface.
    if (!m_connections)
        m_connections = new ConnectionManager(m_client, m_profiles, keychain(),
                                              new MemorySecretStore(this), this);
    return m_connections;
}

void ProfileCommands::list()
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
        m_io.printGrid(gridFromObjects(*objects, columns), *objects);
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

bool ProfileCommands::readApiKey(QString *key)
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
            m_io.fail(ExitUsage, u"cannot read the API key from standard input"_s);
            return false;
        }
        line = in.readLine();
    }
    *key = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    if (key->isEmpty()) {
        m_io.fail(ExitUsage, u"profiles add: no API key on the first line of standard input"_s);
        return false;
    }
    return true;
}

void ProfileCommands::add()
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
                m_io.fail(ExitKeychain, u"keychain: profile \"%1\" not saved, its API key could "
                                        "not be stored: %2"_s.arg(name, keychainReason(status)));
                return;
            }
            if (activate)
                m_profiles->setActive(name);
            if (m_settings->status() != QSettings::NoError) {
                m_io.fail(ExitUsage, u"the key is in the keychain, but the settings file %1 could "
                                     "not be written"_s.arg(m_settings->fileName()));
                return;
            }
            const QString line = u"profile \"%1\" %2: %3, key in the system keychain%4\n"_s.arg(
                name, replaced ? u"updated"_s : u"added"_s, url.toString(),
                activate ? u", active"_s : QString());
            m_io.finish(m_io.writeStdout(line.toUtf8()) ? ExitOk : ExitUsage);
        });
    key.fill(u'\0');
}

void ProfileCommands::remove()
{
    const QString name = m_options.profileName;
    // Asked before anything else: no keychain prompt until the person has agreed.
    if (!m_profiles->profile(name)) {
        m_io.fail(ExitNotFound, u"no profile named \"%1\" (see profiles list)"_s.arg(name));
        return;
    }
    if (!m_io.confirm(u"remove"_s, u"Remove profile \"%1\" and its API key from the keychain? "
                                   "[y/N] "_s.arg(name)))
        return;
    const bool wasActive = m_profiles->activeName() == name;
    connections()->removeProfile(name, this, [this, name, wasActive](SecretStore::Status status) {
        // The profile is forgotten only once its key is gone: never a key nobody can see.
        if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound) {
            m_io.fail(ExitKeychain, u"keychain: profile \"%1\" kept, its API key could not be "
                                    "deleted: %2"_s.arg(name, keychainReason(status)));
            return;
        }
        const QString line = u"profile \"%1\" removed%2\n"_s.arg(
            name, wasActive ? u"; no profile is active now (profiles use NAME)"_s : QString());
        m_io.finish(m_io.writeStdout(line.toUtf8()) ? ExitOk : ExitUsage);
    });
}

void ProfileCommands::use()
{
    const QString name = m_options.profileName;
    if (!m_profiles->profile(name)) {
        m_io.fail(ExitNotFound, u"no profile named \"%1\" (see profiles list)"_s.arg(name));
        return;
    }
    m_profiles->setActive(name);
    if (m_settings->status() != QSettings::NoError) {
        m_io.fail(ExitUsage,
                  u"the settings file %1 could not be written"_s.arg(m_settings->fileName()));
        return;
    }
    m_io.finish(m_io.writeStdout(u"active profile: \"%1\"\n"_s.arg(name).toUtf8()) ? ExitOk
                                                                                   : ExitUsage);
}

} // namespace telnyx::cli
