// telnyx-sandbox: a local stand-in for the 12 Telnyx v2 endpoints the console uses.
// stdout carries exactly one line, the base URL, so scripts and tests can read it; everything
// else goes to stderr.
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>

#include <cstdio>

namespace {

constexpr int UsageError = 2;
const char DefaultApiKey[] = "KEY0SANDBOX_demo";

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "telnyx-sandbox: %s\n", qPrintable(message));
    std::exit(UsageError);
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("--%1 must be an integer between %2 and %3")
                 .arg(name)
                 .arg(minimum)
                 .arg(maximum));
    return value;
}

// Loopback only: the sandbox has a published key and no TLS.
QHostAddress loopbackAddress(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        fail(QStringLiteral("--host must be a loopback IP address or localhost, got '%1'")
                 .arg(host));
    if (!address.isLoopback())
        fail(QStringLiteral("refusing to listen on non-loopback address %1").arg(host));
    return address;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("telnyx-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TELNYX_ADMIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for the Telnyx v2 managed-accounts and organization-users "
                       "API, for tests and demos.\nPrints one line, 'listening on "
                       "http://HOST:PORT/v2', when ready; serves until SIGINT/SIGTERM.\n"
                       "Clients authenticate with 'Authorization: Bearer <api-key>' (default key: "
                       "%1).\nTest hooks without auth: GET|DELETE /_sandbox/stats, POST "
                       "/_sandbox/reset, GET|POST|DELETE /_sandbox/faults, GET "
                       "/_sandbox/accounts/<id>.")
            .arg(QLatin1String(DefaultApiKey)));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Loopback address to listen on."),
         QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("api-key"),
         QStringLiteral("The only API key accepted (default: %1).")
             .arg(QLatin1String(DefaultApiKey)),
         QStringLiteral("key"), QLatin1String(DefaultApiKey)},
        {QStringLiteral("accounts"), QStringLiteral("Number of seeded managed accounts."),
         QStringLiteral("n"), QStringLiteral("60")},
        {QStringLiteral("users"),
         QStringLiteral("Number of seeded organization sub-users (the owner comes on top)."),
         QStringLiteral("n"), QStringLiteral("40")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the deterministic data set."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Delay every /v2 answer by this many ms (requests overlap)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("slow-ms"), QStringLiteral("Delay of the 'slow' fault."),
         QStringLiteral("ms"), QStringLiteral("35000")},
        {QStringLiteral("fault"),
         QStringLiteral("Inject a fault, repeatable: KIND[:PATH_PREFIX[:COUNT]]. PATH_PREFIX "
                        "includes /v2 (default: /v2, i.e. every API path); COUNT limits it to "
                        "the next COUNT matching requests (default: all). Kinds: %1.")
             .arg(FaultPlan::kindNames()),
         QStringLiteral("spec")},
        {QStringLiteral("verbose"), QStringLiteral("Log every request to stderr.")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const QHostAddress address = loopbackAddress(parser.value(QStringLiteral("host")));
    const int port = intOption(parser, QStringLiteral("port"), 0, 65535);

    SeedOptions seed;
    seed.accounts = intOption(parser, QStringLiteral("accounts"), 0, 10'000'000);
    seed.users = intOption(parser, QStringLiteral("users"), 0, 10'000'000);
    bool seedOk = false;
    seed.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        fail(QStringLiteral("--seed must be a non-negative integer"));

    SandboxServer::Options options;
    options.apiKey = parser.value(QStringLiteral("api-key"));
    if (options.apiKey.isEmpty())
        fail(QStringLiteral("--api-key must not be empty"));
    options.latencyMs = intOption(parser, QStringLiteral("latency-ms"), 0, 3'600'000);
    options.slowMs = intOption(parser, QStringLiteral("slow-ms"), 0, 3'600'000);
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    const QStringList faultSpecs = parser.values(QStringLiteral("fault"));
    for (const QString &spec : faultSpecs) {
        QString error;
        const auto rule = FaultPlan::parseSpec(spec, &error);
        if (!rule)
            fail(QStringLiteral("--fault: ") + error);
        options.faults.append(*rule);
    }

    SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        std::fprintf(stderr, "telnyx-sandbox: cannot watch SIGINT/SIGTERM\n");
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    SandboxStore store(seed);
    SandboxServer server(store, options);
    QString error;
    if (!server.listen(address, quint16(port), &error)) {
        std::fprintf(stderr, "telnyx-sandbox: cannot listen on %s:%d: %s\n",
                     qPrintable(address.toString()), port, qPrintable(error));
        return 1;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    std::printf("listening on http://%s:%u/v2\n", qPrintable(host), unsigned(server.serverPort()));
    std::fflush(stdout);

    return app.exec();
}
