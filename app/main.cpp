// The console's composition root: the only place that sees both the core and the widgets.
#include "api/telnyxclient.h"
#include "mainwindow.h"
#include "secrets/connectionmanager.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/profilestore.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TelnyxAdmin"_s);
    QCoreApplication::setApplicationName(u"telnyx-admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TELNYX_ADMIN_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Telnyx Admin"_s);
    // Lets X11 and Wayland match the window to the installed .desktop file and its icon.
    QGuiApplication::setDesktopFileName(u"" TELNYX_APP_ID ""_s);

    QSettings settings;
    telnyx::installTranslations(&app, telnyx::savedLanguage(settings));
    telnyx::theme::applyAppearance(telnyx::theme::savedAppearance(settings));
    telnyx::theme::installIcons();
    QApplication::setWindowIcon(telnyx::theme::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Telnyx account managers.\n\n"
                "API keys are kept in the system keychain, one per profile. TELNYX_API_KEY and "
                "TELNYX_BASE_URL work as in the official Telnyx SDKs: used for this run only, "
                "never stored."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s,
        QCoreApplication::translate("main", "Telnyx API base URL for this run (default %1).")
            .arg(telnyx::TelnyxClient::defaultBaseUrl().toString()),
        u"url"_s);
    parser.addOption(baseUrlOption);
    parser.process(app);

    telnyx::TelnyxClient client;
    telnyx::ProfileStore profiles(&settings);
    telnyx::KeychainSecretStore keychain;
    telnyx::MemorySecretStore sessionOnly;
    telnyx::ConnectionManager connections(&client, &profiles, &keychain, &sessionOnly);

    QString baseUrl = parser.value(baseUrlOption);
    if (baseUrl.isEmpty())
        baseUrl = qEnvironmentVariable("TELNYX_BASE_URL");
    connections.setEnvironment(qEnvironmentVariable("TELNYX_API_KEY"), baseUrl);

    telnyx::MainWindow window(&client, &settings);
    window.setConnectionManager(&connections);
    window.show();
    if (!baseUrl.isEmpty()) {
        if (const QString problem =
                telnyx::TelnyxClient::checkBaseUrl(QUrl::fromUserInput(baseUrl));
            !problem.isEmpty()) {
            window.showStartupProblem(problem);
            return app.exec();
        }
    }
    connections.start();
    return app.exec();
}
