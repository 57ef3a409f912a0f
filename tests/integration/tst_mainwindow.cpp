#include "api/telnyxclient.h"
#include "mainwindow.h"
#include "models/managedaccountsmodel.h"
#include "sandboxprocess.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheSandboxAccounts();
    void searchFiltersInstantly();
    void rejectedKeyShowsBanner();
    void remembersColumnLayout();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_total = 0;
    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--accounts"_s, u"40"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // How many accounts the server lists (cancelled ones are hidden), asked independently.
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(SandboxProcess::apiKey());
    client.listManagedAccounts({}, 1, 1, this, [this](const Result<Page<ManagedAccount>> &r) {
        m_total = r.ok() ? int(r.value().meta.totalResults) : -1;
    });
    QTRY_VERIFY(m_total != 0);
    QVERIFY(m_total > 30);
}

void TstMainWindow::showsTheSandboxAccounts()
{
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(SandboxProcess::apiKey());
    auto s = settings();
    MainWindow window(&client, s.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refresh();
    auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_total, 15000);
    auto *count = window.findChild<QLabel *>(u"rowCount"_s);
    QTRY_VERIFY2(count->text().startsWith(u"%1 account"_s.arg(m_total)), qPrintable(count->text()));
    QVERIFY(!window.findChild<QLabel *>(u"errorBanner"_s)->isVisible());
    // The key must never reach the title bar.
    QVERIFY(!window.windowTitle().contains(SandboxProcess::apiKey()));
}

void TstMainWindow::searchFiltersInstantly()
{
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(SandboxProcess::apiKey());
    auto s = settings();
    MainWindow window(&client, s.get());
    window.show();
    window.refresh();
    auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_total, 15000);
    // Seeded emails can be non-ASCII, which QTest cannot type; IDs are searchable too.
    const QString id = table->model()->index(0, ManagedAccountsModel::Id).data().toString();
    const QString email = table->model()->index(0, ManagedAccountsModel::Email).data().toString();
    QVERIFY(!id.isEmpty());

    QTest::keySequence(&window, QKeySequence::Find);
    auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, id);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ManagedAccountsModel::Email).data().toString(), email);
    search->clear();
    QCOMPARE(table->model()->rowCount(), m_total);
}

void TstMainWindow::rejectedKeyShowsBanner()
{
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(u"KEY0WRONG_s3cretpart"_s);
    auto s = settings();
    MainWindow window(&client, s.get());
    window.show();
    window.refresh();
    auto *banner = window.findChild<QLabel *>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().contains(u"API key rejected"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"s3cretpart"_s));
}

void TstMainWindow::remembersColumnLayout()
{
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
    client.setApiKey(SandboxProcess::apiKey());
    {
        auto s = settings();
        MainWindow window(&client, s.get());
        window.show();
        auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
        table->setColumnHidden(1, true);
        window.close();
    }
    auto s = settings();
    MainWindow window(&client, s.get());
    auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
    QVERIFY(table->isColumnHidden(1));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
