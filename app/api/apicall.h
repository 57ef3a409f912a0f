#pragma once

#include "api/apierror.h"
#include "api/query.h"
#include "api/retrypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace telnyx {

class TelnyxClient;

// Everything needed to send one request; TelnyxClient turns it into a QNetworkRequest.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the base URL: "managed_accounts/123/actions/disable"
    Query query;
    std::optional<QByteArray> jsonBody; // nullopt: no body and no Content-Type
    QByteArray accept = "application/json";
    Repeatable repeatable = Repeatable::Yes;
};

// One request in flight, with its retries. It emits finished() exactly once — on success, on
// failure, or on cancel() — and deletes itself afterwards. Hold it in a QPointer.
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Cancels the request (and any pending retry). finished() is emitted from inside this call
    // with a Cancelled error, unless the call had already finished.
    void cancel();

    // Valid once finished.
    const ApiError &error() const { return m_error; }
    bool ok() const { return !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    QByteArray contentType() const { return m_contentType; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();
    // A retry is scheduled after `reason`; the pager lowers its concurrency on rate limits.
    void retryScheduled(int retryNumber, qint64 delayMs, const telnyx::ApiError &reason);

private:
    friend class TelnyxClient;
    ApiCall(TelnyxClient *client, ApiRequest request);

    void start();
    void sendAttempt();
    void onReplyFinished();
    void finish(ApiError error);
    void detachReply();

    QPointer<TelnyxClient> m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    ApiError m_error;
    QByteArray m_body;
    QByteArray m_contentType;
    QString m_requestId;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace telnyx
