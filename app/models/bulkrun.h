#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace telnyx {

class ApiCall;

// One action over many items (enable, disable, remove…): a few at a time, a result per item,
// cancel, and a retry of the ones that failed or were not attempted.
class BulkRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)

public:
    static constexpr int Concurrency = 4;

    struct Outcome
    {
        QString id;
        bool done = false;
        bool ok = false;
        QString note; // e.g. "already removed": a success worth saying
        ApiError error;
    };
    // Reports one item's end: ok, an optional note, the error when not ok.
    using Report = std::function<void(bool ok, const QString &note, const ApiError &error)>;
    // Starts the action for one item and returns its call; `report` is invoked exactly once.
    using Step = std::function<ApiCall *(const QString &id, QObject *context, Report report)>;

    BulkRun(const QStringList &ids, Step step, QObject *parent = nullptr);
    ~BulkRun() override;

    void start();
    void cancel();
    void retryFailed();

    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    int succeeded() const;
    int failed() const;

Q_SIGNALS:
    void itemFinished(int index, const telnyx::BulkRun::Outcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onItemDone(int index, bool ok, const QString &note, const ApiError &error);

    Step m_step;
    QList<Outcome> m_outcomes;
    QList<int> m_queue;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    bool m_running = false;
};

} // namespace telnyx
