#include "api/pager.h"

#include "api/logging.h"
#include "api/telnyxclient.h"

#include <algorithm>

namespace telnyx {

Pager::Pager(TelnyxClient *client, RequestForPage requestForPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requestForPage(std::move(requestForPage))
{}

Pager::~Pager()
{
    // Going away mid-walk: stop the requests without announcing anything to anyone.
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

void Pager::setMaxConcurrency(int n)
{
    m_maxConcurrency = std::clamp(n, 1, 6);
}

void Pager::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_ready.clear();
    m_totalPages = 0;
    m_totalResults = -1;
    m_nextToRequest = 2;
    m_nextToDeliver = 1;
    m_lastPage = 0;
    // Page 1 alone: until it lands nobody knows how many pages there are.
    request(1);
}

void Pager::request(int pageNumber)
{
    ApiCall *call = m_client->send(m_requestForPage(pageNumber));
    m_inFlight.insert(pageNumber, call);
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    connect(call, &ApiCall::retryScheduled, this, [this](int, qint64, const ApiError &reason) {
        if (reason.kind() == ApiError::Kind::RateLimited && m_maxConcurrency > 1) {
            m_maxConcurrency = std::max(1, m_maxConcurrency / 2);
            qCInfo(lcPaging) << "rate limited: concurrency lowered to" << m_maxConcurrency;
        }
    });
    connect(call, &ApiCall::finished, this,
            [this, pageNumber, call] { onPageFinished(pageNumber, call); });
}

void Pager::onPageFinished(int pageNumber, ApiCall *call)
{
    m_inFlight.remove(pageNumber);
    if (!m_running)
        return;
    if (!call->ok()) {
        fail(call->error());
        return;
    }
    Result<RawPage> page = decodeRawPage(call->body());
    if (!page.ok()) {
        ApiError error = page.error();
        error.setRequestId(call->requestId());
        error.setHttpStatus(call->httpStatus());
        fail(error);
        return;
    }
    const PageMeta &meta = page.value().meta;
    if (pageNumber == 1) {
        // No meta means a single page (telnyx-api.md §3).
        m_totalPages = meta.present ? std::max(meta.totalPages, 1) : 1;
        m_totalResults = meta.present ? meta.totalResults : page.value().data.size();
        if (m_pageLimit > 0)
            m_totalPages = std::min(m_totalPages, m_pageLimit);
    } else if (meta.present && meta.totalPages > m_totalPages &&
               (m_pageLimit == 0 || meta.totalPages <= m_pageLimit)) {
        // Rows were added while walking; fetch the new pages too.
        m_totalPages = meta.totalPages;
    }
    // An empty page ends the list whatever meta claimed, as the official SDK does.
    if (page.value().data.isEmpty() && (m_lastPage == 0 || pageNumber < m_lastPage))
        m_lastPage = pageNumber;
    m_ready.insert(pageNumber, std::move(page.value()));
    deliverInOrder();
    if (m_running)
        fill();
}

void Pager::deliverInOrder()
{
    while (m_running && m_ready.contains(m_nextToDeliver)) {
        const int number = m_nextToDeliver++;
        const RawPage page = m_ready.take(number);
        if (!page.data.isEmpty())
            Q_EMIT pageReady(number, page);
        if (!m_running)
            return;
        Q_EMIT progress(number, std::max(m_totalPages, number), m_totalResults);
    }
}

void Pager::fill()
{
    const int end = m_lastPage > 0 ? m_lastPage : m_totalPages;
    while (m_nextToRequest <= end && m_inFlight.size() < m_maxConcurrency)
        request(m_nextToRequest++);
    // Done when everything up to the end has been delivered.
    if (m_inFlight.isEmpty() && m_nextToDeliver > end)
        complete();
}

void Pager::fail(const ApiError &error)
{
    m_running = false;
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
    m_ready.clear();
    Q_EMIT finished(error);
}

void Pager::complete()
{
    m_running = false;
    Q_EMIT finished(ApiError());
}

void Pager::cancel()
{
    if (m_running)
        fail(ApiError(ApiError::Kind::Cancelled));
}

} // namespace telnyx
