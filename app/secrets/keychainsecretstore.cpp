#include "secrets/keychainsecretstore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

// Logs keys, operations and the backend's error codes and texts; never a secret.
Q_LOGGING_CATEGORY(lcSecrets, "telnyx.secrets", QtWarningMsg)

namespace telnyx {

namespace {

// QtKeychain runs one job at a time for the whole process (a single JobExecutor), so the count
// of abandoned-but-still-pending jobs is process-wide too, not per store. Main thread only.
int s_abandonedJobs = 0;

QString operationName(KeychainSecretStore::Operation operation)
{
    switch (operation) {
    case KeychainSecretStore::Operation::Read:
        return u"read"_s;
    case KeychainSecretStore::Operation::Write:
        return u"write"_s;
    case KeychainSecretStore::Operation::Remove:
        return u"remove"_s;
    }
    return {};
}

} // namespace

struct KeychainSecretStore::Reply
{
    QPointer<QObject> context;
    SecretStore::Callback done;
    Operation operation = Operation::Read;
    QString key;
};

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore()
{
    // Jobs still running outlive the store (they are not our children, see runJob). They keep
    // the global queue busy, so they count as abandoned until they finish.
    for (QKeychain::Job *job : std::as_const(m_running))
        abandon(job);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto reply = std::make_shared<Reply>(
        Reply{context ? context : this, std::move(done), Operation::Read, key});
    if (failFastIfStuck(reply))
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, u"read"_s, [this, reply](const JobResult &result) {
        if (result.timedOut)
            return finish(reply, Outcome{Status::TimedOut, {}, result.errorString});
        const Status status = mapError(Operation::Read, result.error, result.errorString);
        if (status == Status::Ok)
            return finish(reply, Outcome{Status::Ok, result.text, {}});
        if (status == Status::NotFound) {
            // Nobody is waiting any more: no reason to touch the keychain for the probe.
            if (!reply->context)
                return;
            return probeLock(reply, result.errorString);
        }
        finish(reply, Outcome{status, {}, result.errorString});
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto reply = std::make_shared<Reply>(
        Reply{context ? context : this, std::move(done), Operation::Write, key});
    if (failFastIfStuck(reply))
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, u"write"_s, [this, reply](const JobResult &result) {
        if (result.timedOut)
            return finish(reply, Outcome{Status::TimedOut, {}, result.errorString});
        const Status status = mapError(Operation::Write, result.error, result.errorString);
        finish(reply, Outcome{status, {}, status == Status::Ok ? QString() : result.errorString});
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto reply = std::make_shared<Reply>(
        Reply{context ? context : this, std::move(done), Operation::Remove, key});
    if (failFastIfStuck(reply))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, u"remove"_s, [this, reply](const JobResult &result) {
        if (result.timedOut)
            return finish(reply, Outcome{Status::TimedOut, {}, result.errorString});
        const Status status = mapError(Operation::Remove, result.error, result.errorString);
        finish(reply, Outcome{status, {}, status == Status::Ok ? QString() : result.errorString});
    });
}

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#else
    return tr("the system keychain");
#endif
}

SecretStore::Status KeychainSecretStore::mapError(Operation operation, QKeychain::Error error,
                                                  const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the wanted state: nothing stored under the key.
        return operation == Operation::Remove ? Status::Ok : Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::AccessDenied:
        // libsecret maps SECRET_ERROR_IS_LOCKED to AccessDenied, and on a write that is the
        // only way it arises ("Cannot create an item in a locked collection"): unlocking helps.
        return operation == Operation::Write ? Status::Locked : Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: // no keychain support on this platform: same advice
        return Status::NoBackend;
    case QKeychain::OtherError:
        // libsecret reports a missing Secret Service only as a D-Bus error text.
        if (errorString.contains(u"not provided by any .service files"_s) ||
            errorString.contains(u"Cannot autolaunch D-Bus"_s) ||
            errorString.contains(u"org.freedesktop.DBus.Error.ServiceUnknown"_s))
            return Status::NoBackend;
        return Status::Failed;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

QString KeychainSecretStore::probeKey()
{
    return u"" TELNYX_APP_ID "/probe"_s;
}

bool KeychainSecretStore::hasAbandonedJob()
{
    return s_abandonedJobs > 0;
}

void KeychainSecretStore::runJob(QKeychain::Job *job, const QString &what, JobDone onDone)
{
    // No parent: the job must outlive this store if it is still running when the store goes,
    // because deleting a running libsecret job is unsafe. autoDelete (the default, set anyway
    // because the abandon logic relies on it) frees it after `finished`.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    const QString key = job->key();
    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    m_running.insert(watchdog, job);

    auto finishedConnection = std::make_shared<QMetaObject::Connection>();
    *finishedConnection = connect(
        job, &QKeychain::Job::finished, watchdog,
        [this, watchdog, onDone, what, key](QKeychain::Job *finishedJob) {
            watchdog->stop();
            m_running.remove(watchdog);
            watchdog->deleteLater();
            JobResult result;
            result.error = finishedJob->error();
            if (result.error != QKeychain::NoError) {
                result.errorString = finishedJob->errorString();
                qCInfo(lcSecrets).nospace() << what << " " << key << ": error " << result.error
                                            << " " << result.errorString;
            } else if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob)) {
                result.text = readJob->textData();
            }
            onDone(result);
        });
    connect(watchdog, &QTimer::timeout, this,
            [this, watchdog, job, onDone, what, key, finishedConnection] {
                // The job has not emitted `finished` (that would have stopped the watchdog), so
                // it is still alive. Ignore its late result instead of deleting it.
                QObject::disconnect(*finishedConnection);
                m_running.remove(watchdog);
                watchdog->deleteLater();
                abandon(job);
                qCWarning(lcSecrets).nospace() << what << " " << key << ": no answer within "
                                               << m_timeout.count() << " ms; abandoned the job";
                JobResult result;
                result.timedOut = true;
                result.errorString =
                    u"The keychain did not answer within %1 ms"_s.arg(m_timeout.count());
                onDone(result);
            });
    watchdog->start(m_timeout);
    job->start();
}

void KeychainSecretStore::abandon(QKeychain::Job *job)
{
    ++s_abandonedJobs;
    // Context `job`: the count drops whenever the job finishes, even after this store is gone.
    QObject::connect(job, &QKeychain::Job::finished, job, [] {
        --s_abandonedJobs;
        qCInfo(lcSecrets) << "an abandoned keychain job finished late; result ignored";
    });
}

void KeychainSecretStore::probeLock(const std::shared_ptr<Reply> &reply, const QString &readDetail)
{
    // On libsecret a locked collection reads as EntryNotFound. A write can tell: it fails with
    // AccessDenied ("Cannot create an item in a locked collection") when locked, and succeeds
    // otherwise, in which case the sentinel is removed again and the answer is a real NotFound.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(probeKey());
    job->setTextData(u"probe"_s); // not a secret: only its existence matters
    runJob(job, u"probe write"_s, [this, reply, readDetail](const JobResult &result) {
        if (result.timedOut)
            return finish(reply, Outcome{Status::TimedOut, {}, result.errorString});
        const Status status = mapError(Operation::Write, result.error, result.errorString);
        if (status != Status::Ok)
            return finish(reply, Outcome{status, {}, result.errorString});
        auto *cleanup = new QKeychain::DeletePasswordJob(m_service);
        cleanup->setKey(probeKey());
        runJob(cleanup, u"probe remove"_s, [this, reply, readDetail](const JobResult &) {
            // Whatever the cleanup says, the read's answer is known: nothing is stored.
            finish(reply, Outcome{Status::NotFound, {}, readDetail});
        });
    });
}

bool KeychainSecretStore::failFastIfStuck(const std::shared_ptr<Reply> &reply)
{
    if (!hasAbandonedJob())
        return false;
    qCWarning(lcSecrets).nospace() << operationName(reply->operation) << " " << reply->key
                                   << ": an earlier keychain job is still pending; not queueing";
    finish(reply,
           Outcome{Status::TimedOut, {}, u"An earlier keychain request has still not finished"_s});
    return true;
}

void KeychainSecretStore::finish(const std::shared_ptr<Reply> &reply, Outcome outcome)
{
    if (!reply->context)
        return;
    // Always queued: the caller never sees its callback run inside its own call (fail fast) or
    // inside QtKeychain's `finished` emission, and the context drops it if it dies meanwhile.
    QMetaObject::invokeMethod(
        reply->context.data(),
        [done = reply->done, outcome = std::move(outcome)] { done(outcome); },
        Qt::QueuedConnection);
}

} // namespace telnyx
