#pragma once

#include "api/apicall.h"
#include "api/listdecoding.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace telnyx {

class TelnyxClient;

// Walks every page of a list endpoint: page 1 first (it says how many there are), then the rest
// several at a time, handing pages over strictly in order as they become available.
//
// Concurrency is bounded (default 4, never above QNAM's 6 connections per host) and halves each
// time the server answers 429, down to one request at a time.
class Pager : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pager)

public:
    // Builds the request for a page number (1-based).
    using RequestForPage = std::function<ApiRequest(int pageNumber)>;

    Pager(TelnyxClient *client, RequestForPage requestForPage, QObject *parent = nullptr);
    ~Pager() override;

    void setMaxConcurrency(int n);
    int maxConcurrency() const { return m_maxConcurrency; }
    // Stop after this many pages even if the server reports more (a guard against a server that
    // never stops); 0 means no limit.
    void setPageLimit(int pages) { m_pageLimit = pages; }

    void start();
    // Cancels every request in flight; finished() follows with a Cancelled error.
    void cancel();
    bool isRunning() const { return m_running; }
    int peakInFlight() const { return m_peakInFlight; }

Q_SIGNALS:
    void pageReady(int pageNumber, const telnyx::RawPage &page);
    void progress(int pagesDone, int totalPages, qint64 totalResults);
    // Exactly once per start(); `error` is None on success.
    void finished(const telnyx::ApiError &error);

private:
    void request(int pageNumber);
    void onPageFinished(int pageNumber, ApiCall *call);
    void fill();
    void deliverInOrder();
    void fail(const ApiError &error);
    void complete();

    TelnyxClient *m_client;
    RequestForPage m_requestForPage;
    QMap<int, QPointer<ApiCall>> m_inFlight;
    QMap<int, RawPage> m_ready; // landed but waiting for an earlier page
    int m_maxConcurrency = 4;
    int m_pageLimit = 0;
    int m_totalPages = 0;
    qint64 m_totalResults = -1;
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    int m_lastPage = 0; // set once a short/empty page shows where the list ends
    int m_peakInFlight = 0;
    bool m_running = false;
};

} // namespace telnyx

Q_DECLARE_METATYPE(telnyx::RawPage)
