// The console's composition root: the only place that sees both the core and the widgets.
#include "api/telnyxclient.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TelnyxAdmin"_s);
    QCoreApplication::setApplicationName(u"telnyx-admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELNYX_ADMIN_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Telnyx Admin"_s);

    telnyx::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Telnyx account managers.\n\n"
                "Environment: TELNYX_API_KEY (used for this run only, never stored) and "
                "TELNYX_BASE_URL, as in the official Telnyx SDKs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s,
        QCoreApplication::translate("main", "Telnyx API base URL (default %1).")
            .arg(telnyx::TelnyxClient::defaultBaseUrl().toString()),
        u"url"_s);
    parser.addOption(baseUrlOption);
    parser.process(app);

    QSettings settings;
    telnyx::TelnyxClient client;

    QString baseUrl = parser.value(baseUrlOption);
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("TELNYX_BASE_URL");
    QString problem;
    if (!baseUrl.isEmpty())
        client.setBaseUrl(QUrl::fromUserInput(baseUrl), &problem);

    const QString key = qEnvironmentVariable("TELNYX_API_KEY");
    client.setApiKey(key);

    telnyx::MainWindow window(&client, &settings);
    window.show();
    if (!problem.isEmpty())
        window.showStartupProblem(problem);
    else if (key.isEmpty())
        window.showStartupProblem(QCoreApplication::translate(
            "main", "No API key: start the console with TELNYX_API_KEY set to your Telnyx API "
                    "key (or run scripts/demo to try it against the local sandbox)."));
    else
        window.refresh();
    return app.exec();
}
