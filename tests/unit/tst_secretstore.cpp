#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace telnyx;
using namespace Qt::StringLiterals;
using Status = SecretStore::Status;
using Op = KeychainSecretStore::Operation;

Q_DECLARE_METATYPE(telnyx::SecretStore::Status)
Q_DECLARE_METATYPE(telnyx::KeychainSecretStore::Operation)
Q_DECLARE_METATYPE(QKeychain::Error)

namespace {

// Collects the one answer of an operation and counts how often `done` ran.
struct Answer
{
    int calls = 0;
    SecretStore::Outcome outcome;

    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Outcome &o) {
            ++calls;
            outcome = o;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return calls > 0; }, 2000);
    }
};

const QString kKey = SecretStore::apiKeyKey(u"default"_s);

} // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryWriteReadReplaceRemove();
    void memoryReadMissingIsNotFound();
    void memoryRemoveMissingSucceeds();
    void memoryAnswersAsynchronously();
    void memoryDropsAnswerWhenContextDies();
    void memoryNullContextUsesStore();
    void memoryFailureKnob_data();
    void memoryFailureKnob();
    void memoryDescribesItself();

    void keychainMapsErrors_data();
    void keychainMapsErrors();
    void keychainDescribesItself();

    void apiKeyKeyFormat();
    void apiKeyKeyUniquePerProfile();
    void userMessageForEveryStatus_data();
    void userMessageForEveryStatus();
};

void TstSecretStore::memoryWriteReadReplaceRemove()
{
    MemorySecretStore store;
    QObject context;

    Answer written;
    store.write(kKey, u"KEY-one"_s, &context, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::Ok);
    QVERIFY(written.outcome.secret.isEmpty());
    QVERIFY(store.contains(kKey));

    Answer read;
    store.read(kKey, &context, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::Ok);
    QCOMPARE(read.outcome.secret, u"KEY-one"_s);

    Answer replaced;
    store.write(kKey, u"KEY-two"_s, &context, replaced.callback());
    QVERIFY(replaced.wait());
    QCOMPARE(replaced.outcome.status, Status::Ok);

    Answer reread;
    store.read(kKey, &context, reread.callback());
    QVERIFY(reread.wait());
    QCOMPARE(reread.outcome.secret, u"KEY-two"_s);

    Answer removed;
    store.remove(kKey, &context, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.outcome.status, Status::Ok);
    QVERIFY(!store.contains(kKey));

    Answer gone;
    store.read(kKey, &context, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.outcome.status, Status::NotFound);
    QVERIFY(gone.outcome.secret.isEmpty());

    // Each callback ran exactly once.
    for (const Answer *a : {&written, &read, &replaced, &reread, &removed, &gone})
        QCOMPARE(a->calls, 1);
}

void TstSecretStore::memoryReadMissingIsNotFound()
{
    MemorySecretStore store;
    Answer read;
    store.read(SecretStore::apiKeyKey(u"nobody"_s), &store, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::NotFound);
}

void TstSecretStore::memoryRemoveMissingSucceeds()
{
    MemorySecretStore store;
    Answer removed;
    store.remove(kKey, &store, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.outcome.status, Status::Ok);
}

void TstSecretStore::memoryAnswersAsynchronously()
{
    MemorySecretStore store;
    Answer written;
    store.write(kKey, u"KEY"_s, &store, written.callback());
    QCOMPARE(written.calls, 0); // not inside the call
    Answer read;
    store.read(kKey, &store, read.callback());
    QCOMPARE(read.calls, 0);
    QVERIFY(read.wait());
    QCOMPARE(written.calls, 1);
    QCOMPARE(read.outcome.secret, u"KEY"_s); // the write was applied before the read
}

void TstSecretStore::memoryDropsAnswerWhenContextDies()
{
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    Answer written;
    store.write(kKey, u"KEY"_s, context.get(), written.callback());
    context.reset();
    // A later operation on a live context is answered; the dead one's never is.
    Answer witness;
    store.read(kKey, &store, witness.callback());
    QVERIFY(witness.wait());
    QCoreApplication::processEvents();
    QCOMPARE(written.calls, 0);
    QVERIFY(store.contains(kKey)); // the write itself still happened
}

void TstSecretStore::memoryNullContextUsesStore()
{
    MemorySecretStore store;
    Answer written;
    store.write(kKey, u"KEY"_s, nullptr, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::Ok);
}

void TstSecretStore::memoryFailureKnob_data()
{
    QTest::addColumn<Status>("failure");
    QTest::newRow("locked") << Status::Locked;
    QTest::newRow("no backend") << Status::NoBackend;
    QTest::newRow("timed out") << Status::TimedOut;
    QTest::newRow("failed") << Status::Failed;
}

void TstSecretStore::memoryFailureKnob()
{
    QFETCH(Status, failure);
    MemorySecretStore store;
    Answer seeded;
    store.write(kKey, u"KEY"_s, &store, seeded.callback());
    QVERIFY(seeded.wait());

    store.setFailure(failure);
    QCOMPARE(store.failure(), failure);
    Answer read, written, removed;
    store.read(kKey, &store, read.callback());
    store.write(kKey, u"OTHER"_s, &store, written.callback());
    store.remove(kKey, &store, removed.callback());
    QVERIFY(removed.wait());
    for (const Answer *a : {&read, &written, &removed}) {
        QCOMPARE(a->calls, 1);
        QCOMPARE(a->outcome.status, failure);
        QVERIFY(a->outcome.secret.isEmpty());
    }

    // Nothing changed while failing; turning the knob off restores normal answers.
    store.setFailure(Status::Ok);
    Answer after;
    store.read(kKey, &store, after.callback());
    QVERIFY(after.wait());
    QCOMPARE(after.outcome.status, Status::Ok);
    QCOMPARE(after.outcome.secret, u"KEY"_s);
}

void TstSecretStore::memoryDescribesItself()
{
    MemorySecretStore store;
    QCOMPARE(store.description(), u"memory (this session only)"_s);
    QVERIFY(!store.isPersistent());
}

void TstSecretStore::keychainMapsErrors_data()
{
    QTest::addColumn<Op>("operation");
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Status>("expected");

    const QString autolaunch = u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s;
    const QString noService =
        u"The name org.freedesktop.secrets was not provided by any .service files"_s;
    const QString locked = u"Cannot create an item in a locked collection"_s;

    for (Op op : {Op::Read, Op::Write, Op::Remove}) {
        const char *name = op == Op::Read ? "read" : op == Op::Write ? "write" : "remove";
        auto row = [name](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", name, what);
        };
        row("no error") << op << QKeychain::NoError << QString() << Status::Ok;
        row("access denied by user")
            << op << QKeychain::AccessDeniedByUser << u"denied"_s << Status::AccessDenied;
        row("no backend available")
            << op << QKeychain::NoBackendAvailable << QString() << Status::NoBackend;
        row("not implemented") << op << QKeychain::NotImplemented << QString() << Status::NoBackend;
        row("no session bus") << op << QKeychain::OtherError << autolaunch << Status::NoBackend;
        row("no secret service") << op << QKeychain::OtherError << noService << Status::NoBackend;
        row("other error") << op << QKeychain::OtherError << u"Something broke"_s << Status::Failed;
        row("could not delete") << op << QKeychain::CouldNotDeleteEntry << u"nope"_s
                                << Status::Failed;
    }
    // A read's EntryNotFound is only a candidate NotFound: the store probes for a lock first.
    QTest::newRow("read: entry not found")
        << Op::Read << QKeychain::EntryNotFound << u"Entry not found"_s << Status::NotFound;
    QTest::newRow("write: entry not found")
        << Op::Write << QKeychain::EntryNotFound << u"Entry not found"_s << Status::NotFound;
    QTest::newRow("remove: entry not found is done")
        << Op::Remove << QKeychain::EntryNotFound << u"Entry not found"_s << Status::Ok;
    // libsecret's "locked" is AccessDenied; on a write it can only mean a locked collection.
    QTest::newRow("write: locked collection")
        << Op::Write << QKeychain::AccessDenied << locked << Status::Locked;
    QTest::newRow("read: access denied")
        << Op::Read << QKeychain::AccessDenied << u"denied"_s << Status::AccessDenied;
    QTest::newRow("remove: access denied")
        << Op::Remove << QKeychain::AccessDenied << u"denied"_s << Status::AccessDenied;
}

void TstSecretStore::keychainMapsErrors()
{
    QFETCH(Op, operation);
    QFETCH(QKeychain::Error, error);
    QFETCH(QString, errorString);
    QFETCH(Status, expected);
    QCOMPARE(KeychainSecretStore::mapError(operation, error, errorString), expected);
}

void TstSecretStore::keychainDescribesItself()
{
    // Constructing the store touches no keychain: safe without a session bus.
    KeychainSecretStore store;
    QCOMPARE(store.service(), u"TelnyxAdmin"_s);
    QVERIFY(store.isPersistent());
    QVERIFY(!store.description().isEmpty());
    QCOMPARE(store.timeout(), KeychainSecretStore::defaultTimeout);
    QCOMPARE(KeychainSecretStore::defaultTimeout, std::chrono::milliseconds(10000));
    QCOMPARE(KeychainSecretStore::probeKey(), u"" TELNYX_APP_ID "/probe"_s);
    QVERIFY(!KeychainSecretStore::hasAbandonedJob());
}

void TstSecretStore::apiKeyKeyFormat()
{
    QCOMPARE(SecretStore::apiKeyKey(u"default"_s), u"" TELNYX_APP_ID "/api-key/default"_s);
    QCOMPARE(SecretStore::apiKeyKey(u"Staging EU"_s), u"" TELNYX_APP_ID "/api-key/Staging EU"_s);
}

void TstSecretStore::apiKeyKeyUniquePerProfile()
{
    const QStringList profiles{u"default"_s, u"Default"_s, u"staging"_s,
                               u"prod"_s,    u"a/b"_s,     u""_s};
    QSet<QString> keys;
    for (const QString &profile : profiles)
        keys.insert(SecretStore::apiKeyKey(profile));
    QCOMPARE(keys.size(), profiles.size());
    // Never the probe's sentinel, whatever the profile is called.
    QVERIFY(!keys.contains(KeychainSecretStore::probeKey()));
    QVERIFY(SecretStore::apiKeyKey(u"probe"_s) != KeychainSecretStore::probeKey());
}

void TstSecretStore::userMessageForEveryStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("ok") << Status::Ok << QString();
    QTest::newRow("not found") << Status::NotFound << u"saved"_s;
    QTest::newRow("locked") << Status::Locked << u"Unlock"_s;
    QTest::newRow("no backend") << Status::NoBackend << u"this session only"_s;
    QTest::newRow("access denied") << Status::AccessDenied << u"refused"_s;
    QTest::newRow("timed out") << Status::TimedOut << u"10 seconds"_s;
    QTest::newRow("failed") << Status::Failed << u"error"_s;
}

void TstSecretStore::userMessageForEveryStatus()
{
    QFETCH(Status, status);
    QFETCH(QString, mentions);
    const QString message = SecretStore::userMessage(status);
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY(message.endsWith(u'.'));
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
