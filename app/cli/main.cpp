// telnyx-admin-cli: the headless composition root. Qt Core and Network only, no display needed.
#include "cli/cliargs.h"
#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The console's settings: the same profiles, the same active profile.
    QCoreApplication::setOrganizationName(u"TelnyxAdmin"_s);
    QCoreApplication::setApplicationName(u"telnyx-admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELNYX_ADMIN_VERSION));

    const telnyx::cli::ParseOutcome parsed = telnyx::cli::parseArguments(app.arguments());
    if (!parsed.options) {
        if (!parsed.standardOutput.isEmpty())
            std::fputs(qUtf8Printable(parsed.standardOutput), stdout);
        if (!parsed.errorLine.isEmpty())
            std::fputs(qUtf8Printable(u"error: "_s + parsed.errorLine + u'\n'), stderr);
        return parsed.exitCode;
    }
    if (parsed.options->verbose) {
        // The client's own request log: method, path, status, time, request id; never the key.
        qSetMessagePattern(u"%{category}: %{message}"_s);
        QLoggingCategory::setFilterRules(u"telnyx.api.info=true\ntelnyx.api.paging.info=true"_s);
    }

    telnyx::cli::CliRunner runner(*parsed.options);
    // Started from the event loop so that the runner's exit() always lands in exec().
    QTimer::singleShot(0, &runner, &telnyx::cli::CliRunner::start);
    return app.exec();
}
