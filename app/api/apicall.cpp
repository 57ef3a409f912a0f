#include "api/apicall.h"

#include "api/logging.h"
#include "api/oneshotbody.h"
#include "api/telnyxclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// Telnyx does not document its request-id header; these are the names its SDKs have read.
QString requestIdOf(const QNetworkReply *reply)
{
    for (const char *name : {"x-request-id", "x-telnyx-request-id", "request-id"}) {
        const QByteArray value = reply->rawHeader(name);
        if (!value.isEmpty())
            return QString::fromLatin1(value);
    }
    return {};
}

bool requestNeverLeft(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError;
}

} // namespace

ApiCall::ApiCall(TelnyxClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    // Destroyed unfinished (its client went away): drop the reply without calling anyone back.
    detachReply();
}

void ApiCall::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    // abort() emits QNetworkReply::finished synchronously (we no longer listen). A reply that has
    // already finished or failed is on its way out; aborting it again makes Qt complain.
    if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
        reply->abort();
    reply->deleteLater();
}

void ApiCall::start()
{
    if (const QString problem = TelnyxClient::checkBaseUrl(m_client->baseUrl());
        !problem.isEmpty()) {
        // Refused before anything leaves the machine; reported asynchronously like any outcome.
        QMetaObject::invokeMethod(
            this, [this, problem] { finish(ApiError(ApiError::Kind::Configuration, problem)); },
            Qt::QueuedConnection);
        return;
    }
    if (!m_client->hasApiKey()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(ApiError(ApiError::Kind::Configuration,
                                ApiError::tr("No API key is set. Add a key for this profile.")));
            },
            Qt::QueuedConnection);
        return;
    }
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (m_finished || !m_client)
        return;
    ++m_attempts;
    QNetworkRequest request = m_client->buildRequest(m_request);
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (m_request.jsonBody && m_request.repeatable == Repeatable::No) {
        // See OneShotBody: Qt must not re-send this one behind our back.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.jsonBody->size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(*m_request.jsonBody);
        m_reply = nam->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else if (m_request.jsonBody) {
        m_reply = nam->sendCustomRequest(request, m_request.method, *m_request.jsonBody);
    } else {
        m_reply = nam->sendCustomRequest(request, m_request.method);
    }
    m_attemptClock.start();
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const QNetworkReply::NetworkError netError = reply->error();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // a reply aborted by the transfer timeout is closed
        m_body = reply->readAll();
    m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_requestId = requestIdOf(reply);
    // Qt reports a transfer timeout as OperationCanceledError, the same as abort(); we only abort
    // through cancel(), which detaches first, so a cancel seen here is the timeout.
    const bool timedOut = netError == QNetworkReply::OperationCanceledError;

    ApiError error = ApiError::fromReply(netError, m_httpStatus, m_body, timedOut);
    error.setRequestId(m_requestId);
    qCInfo(lcApi).noquote() << m_request.method << reply->url().path() << "→"
                            << (m_httpStatus ? QString::number(m_httpStatus)
                                             : apiErrorKindName(error.kind()))
                            << m_attemptClock.elapsed() << "ms"
                            << (m_requestId.isEmpty() ? QString() : "id "_L1 + m_requestId);
    if (!error.isError()) {
        finish(ApiError());
        return;
    }

    RetryHints hints;
    hints.retryAfterMs = reply->rawHeader("retry-after-ms");
    hints.retryAfter = reply->rawHeader("retry-after");
    hints.rateLimitReset = reply->rawHeader("x-ratelimit-reset");
    const RetryDecision decision =
        m_client->retryPolicy().decide(m_attempts - 1, error, m_request.repeatable,
                                       !requestNeverLeft(netError), hints, m_client->now());
    if (!decision.retry) {
        finish(error);
        return;
    }
    qCInfo(lcApi).noquote() << "retry" << m_attempts << "of" << m_request.method << m_request.path
                            << "in" << decision.delay.count() << "ms after"
                            << apiErrorKindName(error.kind());
    Q_EMIT retryScheduled(m_attempts, decision.delay.count(), error);
    if (!m_finished) // a slot may have cancelled us
        m_retryTimer.start(decision.delay);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    detachReply();
    finish(ApiError(ApiError::Kind::Cancelled));
}

void ApiCall::finish(ApiError error)
{
    Q_ASSERT_X(!m_finished, "ApiCall::finish", "a call must finish exactly once");
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_error = std::move(error);
    if (m_error.isError() && m_error.requestId().isEmpty())
        m_error.setRequestId(m_requestId);
    Q_EMIT finished();
    deleteLater();
}

} // namespace telnyx
