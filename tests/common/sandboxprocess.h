#pragma once

// Starts a real telnyx-sandbox on a free loopback port for one test and stops it afterwards.
// Test-only code: waiting synchronously here keeps each test linear.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class SandboxProcess
{
public:
    static QString apiKey() { return QStringLiteral("KEY0TEST_integration_key"); }

    explicit SandboxProcess(QStringList arguments = {})
        : m_arguments(std::move(arguments))
    {}
    ~SandboxProcess() { stop(); }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Returns an empty string on success, else what went wrong.
    QString start()
    {
        QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                         apiKey()};
        args += m_arguments;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TELNYX_SANDBOX_PATH), args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("sandbox did not start: ") + m_process.errorString();
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        while (!out.contains('\n') && clock.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
                break;
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix))
            return QStringLiteral("sandbox said: ") + QString::fromUtf8(line) +
                   QString::fromUtf8(m_process.readAllStandardError());
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QProcess &process() { return m_process; }

    // GET or POST a sandbox-only endpoint (outside /v2): /_sandbox/stats, /_sandbox/faults.
    QJsonObject control(const QString &path, const QByteArray &postBody = {})
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        QNetworkReply *reply = nullptr;
        if (postBody.isNull()) {
            reply = nam.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            reply = nam.post(request, postBody);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QJsonObject stats() { return control(QStringLiteral("/_sandbox/stats")); }

    // True once the sandbox has answered (or dropped) every request it received. Tests that
    // check "nothing arrives after a cancel" wait for this instead of sleeping.
    bool waitIdle(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (stats().value(QStringLiteral("in_flight")).toInt(-1) == 0)
                return true;
            QEventLoop loop;
            QTimer::singleShot(20, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return false;
    }

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
};
