#include "cli/cliio.h"

#include "secrets/keychainsecretstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

namespace {

// The keychain has no business answering slowly on a headless box; a script would rather fail
// in seconds than in the interactive default.
constexpr std::chrono::milliseconds keychainTimeout{5000};

} // namespace

CliIo::CliIo(std::optional<OutputFormat> format, bool assumeYes)
    : m_format(format)
    , m_assumeYes(assumeYes)
{}

OutputFormat CliIo::effectiveFormat() const
{
    if (m_format)
        return *m_format;
    return isatty(STDOUT_FILENO) ? OutputFormat::Table : OutputFormat::Csv;
}

bool CliIo::confirm(const QString &verb, const QString &question)
{
    if (m_assumeYes)
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

void CliIo::printGrid(const Grid &grid, const QJsonValue &json)
{
    if (writeGrid(grid, json))
        finish(ExitOk);
}

bool CliIo::writeGrid(const Grid &grid, const QJsonValue &json)
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

bool CliIo::writeStdout(const QByteArray &bytes)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.flush()) {
        fail(ExitUsage, u"cannot write to standard output: "_s + out.errorString());
        return false;
    }
    return true;
}

void CliIo::failApi(const ApiError &error)
{
    fail(exitCodeFor(error.kind()), errorLine(error).mid(7)); // fail() adds "error: " again
}

void CliIo::fail(int code, const QString &message)
{
    if (m_finished)
        return;
    std::fputs(qUtf8Printable(u"error: "_s + message + u'\n'), stderr);
    std::fflush(stderr);
    finish(code);
}

void CliIo::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

KeychainSecretStore *openKeychain(QObject *parent)
{
    auto *keychain = new KeychainSecretStore(u"TelnyxAdmin"_s, parent);
    keychain->setTimeout(keychainTimeout);
    return keychain;
}

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

} // namespace telnyx::cli
