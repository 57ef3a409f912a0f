#include "accountspage.h"
#include "api/telnyxclient.h"
#include "mainwindow.h"
#include "models/managedaccountsmodel.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"
#include "translations.h"
#include "widgets/banner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void remembersColumnLayoutAndSort();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_total = 0;
    ScriptedPrompter m_prompter;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }
    void connectClient(TelnyxClient &client)
    {
        QVERIFY(client.setBaseUrl(m_sandbox->baseUrl()));
        client.setApiKey(SandboxProcess::apiKey());
    }
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(this);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--accounts"_s, u"40"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // How many accounts the server lists (cancelled ones are hidden), asked independently.
    TelnyxClient client;
    connectClient(client);
    client.listManagedAccounts({}, 1, 1, this, [this](const Result<Page<ManagedAccount>> &r) {
        m_total = r.ok() ? int(r.value().meta.totalResults) : -1;
    });
    QTRY_VERIFY(m_total != 0);
    QVERIFY(m_total > 30);
}

void TstMainWindow::showsTheSandboxAccounts()
{
    TelnyxClient client;
    connectClient(client);
    auto s = settings();
    MainWindow window(&client, s.get(), &m_prompter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refresh();
    auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), m_total, 15000);
    auto *count = window.findChild<QLabel *>(u"rowCount"_s);
    QTRY_COMPARE(count->text(), u"%1 accounts"_s.arg(m_total));
    QVERIFY(!window.accountsPage()->findChild<Banner *>(u"banner"_s)->isVisible());
    QVERIFY(!window.windowTitle().contains(SandboxProcess::apiKey()));
    // The pool strip shows the manager's channels.
    auto *pool = window.findChild<QLabel *>(u"channelPoolLabel"_s);
    QTRY_VERIFY(pool->text().contains(u"allocated"_s));
}

void TstMainWindow::searchFiltersInstantly()
{
    TelnyxClient client;
    connectClient(client);
    auto s = settings();
    MainWindow window(&client, s.get(), &m_prompter);
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
    QTest::keyClicks(search, u"zzz-no-such"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    auto *empty = window.findChild<QLabel *>(u"emptyState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No account matches"_s));
    search->clear();
    QCOMPARE(table->model()->rowCount(), m_total);
}

void TstMainWindow::rejectedKeyShowsBanner()
{
    TelnyxClient client;
    connectClient(client);
    client.setApiKey(u"KEY0WRONG_s3cretpart"_s);
    auto s = settings();
    MainWindow window(&client, s.get(), &m_prompter);
    window.show();
    window.refresh();
    auto *banner = window.accountsPage()->findChild<Banner *>(u"banner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY2(banner->text().contains(u"API key rejected"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"manager account"_s));
    QVERIFY(!banner->text().contains(u"s3cretpart"_s));
    auto *action = banner->findChild<QPushButton *>(u"bannerAction"_s);
    QVERIFY(action->isVisible());
    QVERIFY(action->text().contains(u"API key"_s));
}

void TstMainWindow::remembersColumnLayoutAndSort()
{
    TelnyxClient client;
    connectClient(client);
    {
        auto s = settings();
        MainWindow window(&client, s.get(), &m_prompter);
        window.show();
        auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
        table->setColumnHidden(ManagedAccountsModel::Email, true);
        table->setColumnHidden(ManagedAccountsModel::Id, false);
        table->sortByColumn(ManagedAccountsModel::Organization, Qt::AscendingOrder);
        window.close();
    }
    auto s = settings();
    MainWindow window(&client, s.get(), &m_prompter);
    auto *table = window.findChild<QTableView *>(u"accountsTable"_s);
    QVERIFY(table->isColumnHidden(ManagedAccountsModel::Email));
    QVERIFY(!table->isColumnHidden(ManagedAccountsModel::Id));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(ManagedAccountsModel::Organization));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
