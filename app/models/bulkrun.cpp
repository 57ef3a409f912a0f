#include "models/bulkrun.h"

#include "api/apicall.h"

#include <algorithm>

namespace telnyx {

BulkRun::BulkRun(const QStringList &ids, Step step, QObject *parent)
    : QObject(parent)
    , m_step(std::move(step))
{
    for (const QString &id : ids)
        m_outcomes.append(Outcome{id, false, false, {}, {}});
}

BulkRun::~BulkRun()
{
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            disconnect(call, nullptr, this, nullptr);
            call->cancel();
        }
    }
}

void BulkRun::start()
{
    m_queue.clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (!m_outcomes.at(i).done)
            m_queue.append(i);
    }
    m_running = true;
    Q_EMIT progress(int(m_outcomes.size() - m_queue.size()), int(m_outcomes.size()));
    pump();
}

void BulkRun::retryFailed()
{
    if (m_running)
        return;
    for (Outcome &o : m_outcomes) {
        if (o.done && !o.ok) {
            o.done = false;
            o.error = {};
        }
    }
    start();
}

void BulkRun::pump()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < Concurrency) {
        const int index = m_queue.takeFirst();
        ApiCall *call = m_step(m_outcomes.at(index).id, this,
                               [this, index](bool ok, const QString &note, const ApiError &e) {
                                   onItemDone(index, ok, note, e);
                               });
        // A step may report at once (refused without a request); then nothing is in flight.
        if (call && !m_outcomes.at(index).done)
            m_inFlight.insert(index, call);
    }
    if (m_running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void BulkRun::onItemDone(int index, bool ok, const QString &note, const ApiError &error)
{
    m_inFlight.remove(index);
    Outcome &o = m_outcomes[index];
    o.done = true;
    o.ok = ok;
    o.note = note;
    o.error = ok ? ApiError() : error;
    Q_EMIT itemFinished(index, o);
    const auto finishedCount = std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                             [](const Outcome &x) { return x.done; });
    Q_EMIT progress(int(finishedCount), int(m_outcomes.size()));
    pump();
}

void BulkRun::cancel()
{
    if (!m_running)
        return;
    m_queue.clear();
    const auto calls = m_inFlight;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel(); // each reports Cancelled through onItemDone
    }
    if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

int BulkRun::succeeded() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [](const Outcome &o) { return o.done && o.ok; }));
}

int BulkRun::failed() const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [](const Outcome &o) { return o.done && !o.ok; }));
}

} // namespace telnyx
