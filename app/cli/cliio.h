#pragma once

#include "api/apierror.h"
#include "cli/cliargs.h"
#include "cli/clioutput.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

class QObject;

namespace telnyx {
class KeychainSecretStore;
} // namespace telnyx

namespace telnyx::cli {

// How one command speaks to its operator and ends. One instance per run, shared by the runner
// and the command groups it delegates to: whichever calls fail() or finish() first decides the
// exit code, and later calls are ignored.
class CliIo
{
    Q_DISABLE_COPY_MOVE(CliIo)

public:
    CliIo(std::optional<OutputFormat> format, bool assumeYes);

    OutputFormat effectiveFormat() const;
    // Destructive commands: false (and finished) when the person said no or nobody could ask.
    bool confirm(const QString &verb, const QString &question);
    // The write*() helpers return false once they have failed the command.
    void printGrid(const Grid &grid, const QJsonValue &json);
    bool writeGrid(const Grid &grid, const QJsonValue &json);
    bool writeStdout(const QByteArray &bytes);
    void failApi(const ApiError &error);
    void fail(int code, const QString &message);
    void finish(int code);

private:
    std::optional<OutputFormat> m_format;
    bool m_assumeYes;
    bool m_finished = false;
};

// The system keychain with the command line's short timeout.
KeychainSecretStore *openKeychain(QObject *parent);
// SecretStore::userMessage() speaks to the console's user (a "session only" button, a 10 s
// watchdog); a script's operator needs the command line's way out instead.
QString keychainReason(SecretStore::Status status);

} // namespace telnyx::cli
