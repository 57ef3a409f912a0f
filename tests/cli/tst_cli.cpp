// telnyx-admin-cli end to end: the built binary, run with QProcess against a real sandbox, with
// a temporary HOME so no real settings or keychain are touched.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray bom = "\xEF\xBB\xBF";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{u"--accounts"_s, u"600"_s, u"--users"_s, u"40"_s}};
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &key, const QString &baseUrl) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"TELNYX_API_KEY"_s);
        env.remove(u"TELNYX_BASE_URL"_s);
        // No session bus: the CLI must not depend on (or wait for) one.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u".config"_s));
        if (!key.isEmpty())
            env.insert(u"TELNYX_API_KEY"_s, key);
        if (!baseUrl.isEmpty())
            env.insert(u"TELNYX_BASE_URL"_s, baseUrl);
        return env;
    }

    Run runWith(const QStringList &args, const QProcessEnvironment &env,
                bool secretsAllowed = false)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TELNYX_CLI_PATH), args);
        Run run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(2000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        // Managed accounts' keys start with KEY0: only --reveal-keys may print one.
        if (!secretsAllowed && run.out.contains("KEY0"))
            run.exitCode = -3;
        if (run.err.contains(SandboxProcess::apiKey().toUtf8()))
            run.exitCode = -4;
        return run;
    }

    Run run(const QStringList &args, bool secretsAllowed = false)
    {
        return runWith(args, environment(SandboxProcess::apiKey(), baseUrl()), secretsAllowed);
    }

    QString baseUrl() const { return m_sandbox.baseUrl().toString(); }

    // The sandbox's own answer, fetched directly.
    QByteArray fetch(const QString &pathAndQuery, const QByteArray &accept = "application/json")
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(baseUrl() + u'/' + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + SandboxProcess::apiKey().toUtf8());
        request.setRawHeader("Accept", accept);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QJsonArray fetchAll(const QString &path, const QString &query)
    {
        QJsonArray all;
        for (int page = 1; page < 100; ++page) {
            const QJsonObject body =
                QJsonDocument::fromJson(fetch(path + u"?page%5Bsize%5D=250&page%5Bnumber%5D="_s +
                                              QString::number(page) + query))
                    .object();
            const QJsonArray data = body.value("data"_L1).toArray();
            for (const QJsonValue &v : data)
                all.append(v);
            if (data.size() < 250)
                break;
        }
        return all;
    }

    static QSet<QString> ids(const QJsonArray &objects)
    {
        QSet<QString> set;
        for (const QJsonValue &v : objects)
            set.insert(v.toObject().value("id"_L1).toString());
        return set;
    }

    // Python's csv module reads the CSV back: an independent reader, not our own.
    static QJsonArray parseCsv(const QByteArray &csv)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv,io,json,sys\n"
                      "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                      "print(json.dumps(list(csv.reader(io.StringIO(text, newline='')))))"_s});
        if (!python.waitForStarted(10000))
            return {};
        python.write(csv);
        python.closeWriteChannel();
        python.waitForFinished(30000);
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

    static void verifyOneErrorLine(const QByteArray &err)
    {
        QVERIFY2(err.endsWith('\n') && err.count('\n') == 1, err.constData());
        QVERIFY2(err.startsWith("error: "), err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString problem = m_sandbox.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void accountsListJson()
    {
        const Run r = run({u"--format"_s, u"json"_s, u"accounts"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
        const QJsonObject meta =
            QJsonDocument::fromJson(fetch(u"managed_accounts?page%5Bsize%5D=1"_s))
                .object()
                .value("meta"_L1)
                .toObject();
        const qint64 total = meta.value("total_results"_L1).toInteger();
        QVERIFY(total > 250); // several pages walked
        QCOMPARE(accounts.size(), total);
        QCOMPARE(ids(accounts).size(), total);
        QVERIFY(r.err.isEmpty());
    }

    void accountsListCsv()
    {
        const Run r = run({u"accounts"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QByteArray(bom + "id,organization_name,email,")));
        const QJsonArray rows = parseCsv(r.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first().toArray().first().toString(), u"id"_s);
        QCOMPARE(rows.size() - 1, fetchAll(u"managed_accounts"_s, {}).size());
    }

    void accountsListTableAndDefault()
    {
        const Run table = run({u"accounts"_s, u"list"_s, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.split('\n');
        QVERIFY(lines.first().startsWith("id  "));
        // One line per account plus the header (and the empty piece after the last newline):
        // a name with a newline must not add a line.
        QCOMPARE(lines.size() - 2, fetchAll(u"managed_accounts"_s, {}).size());
        // stdout is a pipe here: the default is CSV.
        const Run piped = run({u"accounts"_s, u"list"_s});
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(piped.out.startsWith(QByteArray(bom + "id,")));
    }

    void accountsListDisabledOnly()
    {
        const Run r =
            run({u"accounts"_s, u"list"_s, u"--status"_s, u"disabled"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QSet<QString> expected =
            ids(fetchAll(u"managed_accounts"_s, u"&filter%5Bstatus%5D%5Beq%5D=disabled"_s));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(ids(QJsonDocument::fromJson(r.out).array()), expected);
        // The sandbox's hidden state agrees that they are all disabled.
        for (const QString &id : expected) {
            const QJsonObject state =
                m_sandbox.control(u"/_sandbox/accounts/"_s + id).value("data"_L1).toObject();
            QCOMPARE(state.value("status"_L1).toString(), u"disabled"_s);
        }
    }

    void accountsShowHidesKeysUnlessAsked()
    {
        const QString id =
            fetchAll(u"managed_accounts"_s, {}).first().toObject().value("id"_L1).toString();
        const QJsonObject server = QJsonDocument::fromJson(fetch(u"managed_accounts/"_s + id))
                                       .object()
                                       .value("data"_L1)
                                       .toObject();
        const QByteArray key = server.value("api_key"_L1).toString().toUtf8();
        QVERIFY(key.startsWith("KEY0"));

        const Run json = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject hidden = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(hidden.value("id"_L1).toString(), id);
        QVERIFY(!hidden.contains("api_key"_L1));
        QVERIFY(!hidden.contains("api_token"_L1));

        const Run table = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"table"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("(hidden; use --reveal-keys)"));
        const Run csv = run({u"accounts"_s, u"show"_s, id, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(!csv.out.contains("api_key"));

        const Run revealed =
            run({u"accounts"_s, u"show"_s, id, u"--reveal-keys"_s, u"--format"_s, u"json"_s}, true);
        QCOMPARE(revealed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(revealed.out).object(), server);
        QVERIFY(revealed.out.contains(key));
    }

    void usersListJson()
    {
        const Run r = run({u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(users, fetchAll(u"organizations/users"_s, {}));
        const QJsonObject meta =
            QJsonDocument::fromJson(fetch(u"organizations/users?page%5Bsize%5D=1"_s))
                .object()
                .value("meta"_L1)
                .toObject();
        QCOMPARE(users.size(), meta.value("total_results"_L1).toInteger());
    }

    void reportGroupsSpreadsheetSafe()
    {
        const Run r = run({u"report"_s, u"groups"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray(
                     bom + "id,email,user_status,created_at,last_sign_in_at,groups\r\n")),
                 r.out.left(80).constData());
        QCOMPARE(parseCsv(r.out).size(), 42);
        // A formula-looking e-mail of the seed data is neutralised.
        QVERIFY(r.out.contains("\"'=1+2@formula.example\""));

        const QString path = m_home.filePath(u"report.csv"_s);
        const Run toFile = run({u"report"_s, u"groups"_s, u"--output"_s, path});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), r.out);
    }

    void reportGroupsAsTelnyx()
    {
        const QByteArray server = fetch(u"organizations/users/users_groups_report"_s, "text/csv");
        QVERIFY(!server.isEmpty());
        const Run r = run({u"report"_s, u"groups"_s, u"--as-telnyx"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, server);

        const QString path = m_home.filePath(u"telnyx.csv"_s);
        QCOMPARE(run({u"report"_s, u"groups"_s, u"--as-telnyx"_s, u"--output"_s, path}).exitCode,
                 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), server);
    }

    void wrongKeyIsAuthentication()
    {
        const Run r =
            runWith({u"accounts"_s, u"list"_s}, environment(u"KEY0WRONG_key"_s, baseUrl()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r.err);
        static const QRegularExpression format(u"^error: [^:]+: .+ \\(code \\d+\\)\\n$"_s);
        QVERIFY2(format.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
        // The server names the key ID it could not match; the secret part must never appear.
        QVERIFY(!r.err.contains("KEY0WRONG_key"));
    }

    void unknownAccountIsNotFound()
    {
        const Run r = run({u"accounts"_s, u"show"_s, u"00000000-0000-0000-0000-000000000000"_s});
        QCOMPARE(r.exitCode, 4);
        verifyOneErrorLine(r.err);
    }

    void validationError()
    {
        const Run r = run({u"accounts"_s, u"list"_s, u"--email"_s, u"ab"_s});
        QCOMPARE(r.exitCode, 5);
        verifyOneErrorLine(r.err);
        QVERIFY2(r.err.contains("field filter[email][contains])"), r.err.constData());
    }

    void deadServerIsNetwork()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        const Run r =
            runWith({u"users"_s, u"list"_s},
                    environment(SandboxProcess::apiKey(), u"http://127.0.0.1:%1/v2"_s.arg(port)));
        QCOMPARE(r.exitCode, 7);
        verifyOneErrorLine(r.err);
    }

    void usageErrors()
    {
        for (const QStringList &args :
             {QStringList{}, QStringList{u"users"_s, u"lst"_s}, QStringList{u"--bogus"_s},
              QStringList{u"accounts"_s, u"show"_s},
              QStringList{u"users"_s, u"list"_s, u"--status"_s, u"cancelled"_s},
              QStringList{u"users"_s, u"list"_s, u"--reveal-keys"_s},
              QStringList{u"accounts"_s, u"list"_s, u"--format"_s, u"xml"_s},
              QStringList{u"report"_s, u"groups"_s, u"--as-telnyx"_s, u"--spreadsheet-safe"_s}}) {
            const Run r = run(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            verifyOneErrorLine(r.err);
        }
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("accounts list"));
        QVERIFY(help.out.contains("Exit codes"));
        QVERIFY(!help.out.contains("accounts create"));
        QVERIFY(!help.out.contains("  profiles "));
    }

    void noKeyAnywhere()
    {
        QElapsedTimer clock;
        clock.start();
        const Run r = runWith({u"accounts"_s, u"list"_s}, environment({}, baseUrl()));
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.err, "error: no API key: set TELNYX_API_KEY or add a profile\n");
        QVERIFY(clock.elapsed() < 10000);
    }

    void verboseLogsWithoutKey()
    {
        const Run r = run({u"--verbose"_s, u"users"_s, u"list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("GET /v2/organizations/users"), r.err.constData());
        QVERIFY(r.err.contains(" 200 "));
        QVERIFY(r.err.contains(" id "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
