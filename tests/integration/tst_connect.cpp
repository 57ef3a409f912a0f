#include "accountspage.h"
#include "api/telnyxclient.h"
#include "dialogs/connectdialog.h"
#include "mainwindow.h"
#include "models/managedaccountsmodel.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"
#include "secrets/connectionmanager.h"
#include "secrets/memorysecretstore.h"
#include "translations.h"

#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

// First run, Test connection, saving the key in the (stand-in) keychain, a restart that reads
// it back, a failing keychain, and the key never landing in a file.
class TstConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunAsksForAKey();
    void testConnectionSaysWhatTheKeyCanDo();
    void saveThenRestartReadsTheKeyBack();
    void lockedKeychainOffersSessionOnly();
    void environmentKeyIsUsedAndNeverStored();
    void removingAProfileDeletesItsKey();
    void keyIsInNoFile();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<TelnyxClient> m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    MemorySecretStore
        m_keychain; // stands in for the OS keychain; tests/keychain tests the real one
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    void startConsole(const QString &envKey = {});
    ConnectDialog *fillConnectDialog(const QString &key);
};

void TstConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(this);
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--accounts"_s, u"30"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TstConnect::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"telnyx-admin.conf"_s), QSettings::IniFormat);
}

void TstConnect::cleanup()
{
    m_window.reset();
    m_connections.reset();
    m_session.reset();
    m_profiles.reset();
    m_client.reset();
}

void TstConnect::startConsole(const QString &envKey)
{
    m_window.reset();
    m_connections.reset();
    m_client = std::make_unique<TelnyxClient>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_session = std::make_unique<MemorySecretStore>();
    m_connections = std::make_unique<ConnectionManager>(m_client.get(), m_profiles.get(),
                                                        &m_keychain, m_session.get());
    m_connections->setEnvironment(envKey,
                                  envKey.isEmpty() ? QString() : m_sandbox->baseUrl().toString());
    m_prompter = std::make_unique<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get(), m_prompter.get());
    m_window->setConnectionManager(m_connections.get());
    m_window->show();
    m_connections->start();
}

ConnectDialog *TstConnect::fillConnectDialog(const QString &key)
{
    ConnectDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConnectDialog *>()); }, 5000))
        return nullptr;
    dialog->findChild<QGroupBox *>(u"advanced"_s)->setChecked(true);
    dialog->findChild<QLineEdit *>(u"baseUrl"_s)->setText(m_sandbox->baseUrl().toString());
    auto *field = dialog->findChild<QLineEdit *>(u"apiKey"_s);
    field->clear();
    field->insert(key); // as a paste would, stray spaces and line breaks included
    return dialog;
}

void TstConnect::firstRunAsksForAKey()
{
    startConsole();
    ConnectDialog *dialog = fillConnectDialog(QString());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"apiKey"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->findChild<QLabel *>(u"connectReason"_s)->text().contains(u"Welcome"_s));
    // "This session only" is offered when the keychain fails, not before.
    QVERIFY(!dialog->findChild<QPushButton *>(u"sessionOnlyButton"_s)->isVisible());
    // Nothing typed: Save says what is missing and stores nothing.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel *>(u"connectError"_s)->isVisible());
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TstConnect::testConnectionSaysWhatTheKeyCanDo()
{
    startConsole();
    ConnectDialog *dialog = fillConnectDialog(u"KEY0WRONG_nope"_s);
    QVERIFY(dialog);
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().contains(u"rejected"_s), 10000);

    auto *field = dialog->findChild<QLineEdit *>(u"apiKey"_s);
    field->setText(SandboxProcess::apiKey());
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().contains(u"Key accepted"_s), 10000);
    QTRY_VERIFY(dialog->testResult().contains(u"Manager account"_s));
    // Testing saved nothing.
    QVERIFY(!m_keychain.contains(SecretStore::apiKeyKey(u"Default"_s)));
}

void TstConnect::saveThenRestartReadsTheKeyBack()
{
    startConsole();
    ConnectDialog *dialog = fillConnectDialog(u"  "_s + SandboxProcess::apiKey() + u"\n"_s);
    QVERIFY(dialog);
    QSignalSpy connected(m_connections.get(), &ConnectionManager::connected);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(connected.count(), 1);
    QVERIFY(m_keychain.contains(SecretStore::apiKeyKey(u"Default"_s)));
    QCOMPARE(m_client->baseUrl(), m_sandbox->baseUrl());
    AccountsPage *page = m_window->accountsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !page->isLoading(), 10000);
    QVERIFY(m_window->windowTitle().contains(u"Default"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"keySource"_s)->text(),
             u"Key in the system keychain"_s);

    // Restart: the key comes back from the keychain, nobody types it twice.
    startConsole();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountsPage()->model()->rowCount() > 0, 10000);
    QVERIFY(!m_window->findChild<ConnectDialog *>());
    QCOMPARE(m_connections->keySource(), ConnectionManager::KeySource::Keychain);
}

void TstConnect::lockedKeychainOffersSessionOnly()
{
    m_keychain.setFailure(SecretStore::Status::Locked);
    startConsole();
    // Reading the saved key fails: the window says why instead of asking for a new key.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountsPage()
                                 ->findChild<QLabel *>(u"bannerText"_s)
                                 ->text()
                                 .contains(u"locked"_s),
                             5000);
    QVERIFY(!m_window->findChild<ConnectDialog *>());

    m_profiles->remove(u"Default"_s);
    startConsole();
    ConnectDialog *dialog = fillConnectDialog(SandboxProcess::apiKey());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"connectError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"Unlock"_s, Qt::CaseInsensitive));
    auto *sessionOnly = dialog->findChild<QPushButton *>(u"sessionOnlyButton"_s);
    QVERIFY(sessionOnly->isVisible());
    // What was typed is still there.
    QCOMPARE(dialog->findChild<QLineEdit *>(u"apiKey"_s)->text(), SandboxProcess::apiKey());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_COMPARE(m_connections->keySource(), ConnectionManager::KeySource::SessionOnly);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountsPage()->model()->rowCount() > 0, 10000);
    QCOMPARE(m_window->findChild<QLabel *>(u"keySource"_s)->text(), u"Key for this session only"_s);
    m_keychain.setFailure(SecretStore::Status::Ok);
}

void TstConnect::environmentKeyIsUsedAndNeverStored()
{
    startConsole(SandboxProcess::apiKey());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountsPage()->model()->rowCount() > 0, 10000);
    QCOMPARE(m_connections->keySource(), ConnectionManager::KeySource::Environment);
    QVERIFY(m_window->findChild<QLabel *>(u"keySource"_s)->text().contains(u"TELNYX_API_KEY"_s));
    QVERIFY(!m_window->windowTitle().contains(SandboxProcess::apiKey()));
}

void TstConnect::removingAProfileDeletesItsKey()
{
    startConsole();
    ConnectDialog *dialog = fillConnectDialog(SandboxProcess::apiKey());
    if (!dialog) { // a profile from an earlier test is active: add another through the API
        QVERIFY(m_profiles->profile(u"Default"_s).has_value());
    } else {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    }
    QTRY_VERIFY(m_keychain.contains(SecretStore::apiKeyKey(u"Default"_s)));
    bool done = false;
    m_connections->removeProfile(u"Default"_s, this, [&](SecretStore::Status s) {
        QCOMPARE(s, SecretStore::Status::Ok);
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!m_keychain.contains(SecretStore::apiKeyKey(u"Default"_s)));
    QVERIFY(!m_profiles->profile(u"Default"_s).has_value());
}

void TstConnect::keyIsInNoFile()
{
    // Every test above used the key; none of it may be in the settings, cache or data folders.
    m_window.reset(); // writes the window state, as a real close does
    m_settings->sync();
    QStringList roots{m_dir->path()};
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::CacheLocation, QStandardPaths::AppDataLocation})
        roots << QStandardPaths::writableLocation(location);
    int scanned = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!file.readAll().contains(SandboxProcess::apiKey().toUtf8()),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 0); // at least the settings file was there to check
}

QTEST_MAIN(TstConnect)
#include "tst_connect.moc"
