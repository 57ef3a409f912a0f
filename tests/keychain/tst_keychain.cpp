// Exercises the real KeychainSecretStore (QtKeychain → libsecret → gnome-keyring) in the
// environment that run.sh builds; TELNYX_KEYCHAIN_MODE says which one, and the cases that do
// not belong to it are skipped. Run it through run.sh (ctest does), not directly.
#include "secrets/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <memory>
#include <optional>

using namespace telnyx;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Status = SecretStore::Status;

namespace {

const QString kService = u"TelnyxAdmin"_s;
// The key run.sh seeds for the locked-seeded mode; keep the two in step.
const QString kKey = SecretStore::apiKeyKey(u"tst-keychain"_s);

QString mode()
{
    return qEnvironmentVariable("TELNYX_KEYCHAIN_MODE");
}

// QSKIP only leaves the function it is written in, so each case tests this itself.
bool inMode(const QStringList &modes)
{
    return modes.contains(mode());
}

struct Answer
{
    int calls = 0;
    SecretStore::Outcome outcome;
    qint64 elapsedMs = -1;
    QElapsedTimer clock;

    SecretStore::Callback callback()
    {
        clock.start();
        return [this](const SecretStore::Outcome &o) {
            ++calls;
            outcome = o;
            elapsedMs = clock.elapsed();
        };
    }
    // Longer than the store's own 10 s watchdog: the store, not this wait, must end a hang.
    bool wait()
    {
        return QTest::qWaitFor([this] { return calls > 0; }, 30000);
    }
};

// What the Secret Service holds for `key`, asked from outside the app: QtKeychain 0.13.2 stores
// text under the org.qt.keychain schema with user=<key>, server=<service>, type=plaintext.
std::optional<QString> lookupWithSecretTool(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"user"_s, key, u"server"_s, kService, u"type"_s, u"plaintext"_s});
    if (!tool.waitForFinished(15000)) {
        tool.kill();
        tool.waitForFinished();
        return std::nullopt;
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    QString out = QString::fromUtf8(tool.readAllStandardOutput());
    if (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace

class TstKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // mode "unlocked": an unlocked gnome-keyring
    void roundTripIsVisibleToSecretTool();
    void readMissingIsNotFoundAndLeavesNoSentinel();
    void answerDroppedWhenContextDies();

    // modes "locked" (never unlocked) and "locked-seeded" (a saved key in a locked keyring)
    void lockedKeyringSaysLocked();

    // mode "nokeyring": gnome-keyring runs, but has no login keyring and cannot prompt for one
    void missingKeyringIsNeverNotFound();

    // mode "nobackend": no session bus at all
    void noBusSaysNoBackend();

    // mode "hang": QT_NO_GLIB=1, so libsecret never completes a job
    void hungJobTimesOutAndLaterOperationsFailFast();
};

void TstKeychain::initTestCase()
{
    const QStringList known{u"unlocked"_s,  u"locked"_s,    u"locked-seeded"_s,
                            u"nokeyring"_s, u"nobackend"_s, u"hang"_s};
    QVERIFY2(known.contains(mode()), "run through tests/keychain/run.sh MODE");
    // A display would let gnome-keyring start a prompter and wait on it forever.
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QVERIFY(qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"));
}

void TstKeychain::roundTripIsVisibleToSecretTool()
{
    if (!inMode({u"unlocked"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    KeychainSecretStore store;
    QCOMPARE(store.service(), kService);

    Answer written;
    store.write(kKey, u"KEY0123-first"_s, this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::Ok);
    QCOMPARE(lookupWithSecretTool(kKey), std::optional(u"KEY0123-first"_s));

    Answer read;
    store.read(kKey, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::Ok);
    QCOMPARE(read.outcome.secret, u"KEY0123-first"_s);

    Answer replaced;
    store.write(kKey, u"KEY0123-second"_s, this, replaced.callback());
    QVERIFY(replaced.wait());
    QCOMPARE(replaced.outcome.status, Status::Ok);
    QCOMPARE(lookupWithSecretTool(kKey), std::optional(u"KEY0123-second"_s));

    Answer reread;
    store.read(kKey, this, reread.callback());
    QVERIFY(reread.wait());
    QCOMPARE(reread.outcome.status, Status::Ok);
    QCOMPARE(reread.outcome.secret, u"KEY0123-second"_s);

    Answer removed;
    store.remove(kKey, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.outcome.status, Status::Ok);
    QCOMPARE(lookupWithSecretTool(kKey), std::nullopt);

    // Unlocked: the probe's write succeeds, so this is a real NotFound, not Locked.
    Answer gone;
    store.read(kKey, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.outcome.status, Status::NotFound);
    QVERIFY(gone.outcome.secret.isEmpty());

    Answer removedAgain;
    store.remove(kKey, this, removedAgain.callback());
    QVERIFY(removedAgain.wait());
    QCOMPARE(removedAgain.outcome.status, Status::Ok);

    for (const Answer *a : {&written, &read, &replaced, &reread, &removed, &gone, &removedAgain})
        QCOMPARE(a->calls, 1);
    QVERIFY(!KeychainSecretStore::hasAbandonedJob());
}

void TstKeychain::readMissingIsNotFoundAndLeavesNoSentinel()
{
    if (!inMode({u"unlocked"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    KeychainSecretStore store;
    const QString other = SecretStore::apiKeyKey(u"never-saved"_s);
    for (int i = 0; i < 2; ++i) {
        Answer read;
        store.read(other, this, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.outcome.status, Status::NotFound);
    }
    QCOMPARE(lookupWithSecretTool(KeychainSecretStore::probeKey()), std::nullopt);
    QCOMPARE(lookupWithSecretTool(other), std::nullopt);
}

void TstKeychain::answerDroppedWhenContextDies()
{
    if (!inMode({u"unlocked"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    KeychainSecretStore store;
    auto context = std::make_unique<QObject>();
    Answer dropped;
    store.write(kKey, u"KEY0123-dropped"_s, context.get(), dropped.callback());
    context.reset();

    // The keychain queue is serial: once this later read is answered, the write has finished.
    Answer witness;
    store.read(kKey, this, witness.callback());
    QVERIFY(witness.wait());
    QCOMPARE(witness.outcome.status, Status::Ok);
    QCOMPARE(witness.outcome.secret, u"KEY0123-dropped"_s);
    QCoreApplication::processEvents();
    QCOMPARE(dropped.calls, 0);

    Answer removed;
    store.remove(kKey, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.outcome.status, Status::Ok);
}

void TstKeychain::lockedKeyringSaysLocked()
{
    if (!inMode({u"locked"_s, u"locked-seeded"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    KeychainSecretStore store;

    if (mode() == u"locked-seeded"_s) {
        // run.sh saved a key, then locked the keyring: secret-tool cannot read it either.
        QCOMPARE(lookupWithSecretTool(kKey), std::nullopt);
    }

    // libsecret answers this read with EntryNotFound; the probe must turn it into Locked.
    Answer read;
    store.read(kKey, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::Locked);
    QVERIFY(read.outcome.secret.isEmpty());
    QVERIFY(!read.outcome.detail.isEmpty());

    Answer written;
    store.write(kKey, u"KEY0123-locked"_s, this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::Locked);
    QVERIFY2(written.outcome.detail.contains(u"locked"_s), qPrintable(written.outcome.detail));
    QVERIFY(!written.outcome.detail.contains(u"KEY0123"_s));

    Answer readMissing;
    store.read(SecretStore::apiKeyKey(u"never-saved"_s), this, readMissing.callback());
    QVERIFY(readMissing.wait());
    QCOMPARE(readMissing.outcome.status, Status::Locked);
    QVERIFY(!KeychainSecretStore::hasAbandonedJob());
}

void TstKeychain::missingKeyringIsNeverNotFound()
{
    if (!inMode({u"nokeyring"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    KeychainSecretStore store;

    // The read says EntryNotFound; the probe's write fails ("Object does not exist at path
    // …/collection/login"), so nothing is known about the key: Failed with that detail.
    Answer read;
    store.read(kKey, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::Failed);
    QVERIFY2(read.outcome.detail.contains(u"collection"_s), qPrintable(read.outcome.detail));

    Answer written;
    store.write(kKey, u"KEY0123-nokeyring"_s, this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::Failed);
    QVERIFY(!written.outcome.detail.contains(u"KEY0123"_s));
    QVERIFY(!KeychainSecretStore::hasAbandonedJob());
}

void TstKeychain::noBusSaysNoBackend()
{
    if (!inMode({u"nobackend"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    KeychainSecretStore store;

    Answer written, read, removed;
    store.write(kKey, u"KEY0123-nobus"_s, this, written.callback());
    store.read(kKey, this, read.callback());
    store.remove(kKey, this, removed.callback());
    QVERIFY(removed.wait());
    for (const Answer *a : {&written, &read, &removed}) {
        QCOMPARE(a->calls, 1);
        QCOMPARE(a->outcome.status, Status::NoBackend);
        QVERIFY(a->outcome.secret.isEmpty());
        QVERIFY(!a->outcome.detail.isEmpty());
        QVERIFY(!a->outcome.detail.contains(u"KEY0123"_s));
    }
}

void TstKeychain::hungJobTimesOutAndLaterOperationsFailFast()
{
    if (!inMode({u"hang"_s}))
        QSKIP("belongs to another TELNYX_KEYCHAIN_MODE");
    QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
    KeychainSecretStore store;
    store.setTimeout(1s);

    Answer written;
    store.write(kKey, u"KEY0123-hang"_s, this, written.callback());
    QVERIFY(written.wait());
    QCOMPARE(written.outcome.status, Status::TimedOut);
    QVERIFY2(written.elapsedMs >= 900 && written.elapsedMs < 5000,
             qPrintable(QString::number(written.elapsedMs)));
    QVERIFY(!written.outcome.detail.contains(u"KEY0123"_s));
    QVERIFY(KeychainSecretStore::hasAbandonedJob());

    // The hung job still occupies QtKeychain's global queue: no new job is queued behind it.
    Answer read;
    store.read(kKey, this, read.callback());
    QCOMPARE(read.calls, 0); // answered asynchronously even when failing fast
    QVERIFY(read.wait());
    QCOMPARE(read.outcome.status, Status::TimedOut);
    QVERIFY2(read.elapsedMs < 500, qPrintable(QString::number(read.elapsedMs)));

    // The queue is process-wide, so another store must not queue behind it either.
    KeychainSecretStore other;
    Answer removed;
    other.remove(kKey, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.outcome.status, Status::TimedOut);
    QVERIFY2(removed.elapsedMs < 500, qPrintable(QString::number(removed.elapsedMs)));
}

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
