#include "accountspage.h"
#include "api/telnyxclient.h"
#include "dialogs/accountdetailsdialog.h"
#include "dialogs/bulkrundialog.h"
#include "dialogs/channellimitdialog.h"
#include "dialogs/createaccountdialog.h"
#include "mainwindow.h"
#include "models/managedaccountsmodel.h"
#include "models/money.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"
#include "translations.h"
#include "widgets/secretclipboard.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

// The managed-accounts page and its dialogs, driven through the main window against a sandbox.
class TstAccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createValidatesBeforeSending();
    void createServerErrorLandsOnFieldAndKeepsInput();
    void createSucceedsAndShowsKeyOnce();
    void detailsShowBalanceAndMaskedKeys();
    void disableTwoThenEnableOneWithReenable();
    void bulkFailureIsListedWithRetry();
    void channelLimitWithinPool();
    void channelLimitRefusedByServerStaysInDialog();
    void customPricingToggles();
    void copyAndExportTheView();
    void secretClipboardClearsItself();
    void wholeFlow();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<TelnyxClient> m_client;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() { return m_window->findChild<QTableView *>(u"accountsTable"_s); }
    ManagedAccountsModel *model() { return m_window->accountsPage()->model(); }
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }
    // Selects the view rows whose account ids are given.
    void select(const QStringList &ids);
    QString idWithStatus(AccountStatus status, const QStringList &except = {});
    qint64 creates() { return m_sandbox->stats().value("creates"_L1).toInteger(-1); }
    AccountStatus serverStatus(const QString &id);
};

void TstAccountsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(this);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--accounts"_s, u"80"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstAccountsPage::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    m_client = std::make_unique<TelnyxClient>();
    QVERIFY(m_client->setBaseUrl(m_sandbox->baseUrl()));
    m_client->setApiKey(SandboxProcess::apiKey());
    m_prompter = std::make_unique<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get(), m_prompter.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 15000);
}

void TstAccountsPage::cleanup()
{
    m_window.reset();
    m_client.reset();
    // Every test leaves the sandbox as it found it.
    m_sandbox->control(u"/_sandbox/reset"_s, QByteArray("{}"));
}

void TstAccountsPage::select(const QStringList &ids)
{
    QItemSelectionModel *sel = table()->selectionModel();
    sel->clearSelection();
    for (const QString &id : ids) {
        const QModelIndexList hits =
            table()->model()->match(table()->model()->index(0, ManagedAccountsModel::Id),
                                    ManagedAccountsModel::IdRole, id, 1, Qt::MatchExactly);
        QVERIFY2(!hits.isEmpty(), qPrintable(id));
        sel->select(hits.first(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TstAccountsPage::idWithStatus(AccountStatus status, const QStringList &except)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString id = model()->accountAt(row)->id;
        if (model()->statusAt(row) == status && !except.contains(id))
            return id;
    }
    return {};
}

AccountStatus TstAccountsPage::serverStatus(const QString &id)
{
    const QString s = m_sandbox->control(u"/_sandbox/accounts/"_s + id)
                          .value("data"_L1)
                          .toObject()
                          .value("status"_L1)
                          .toString();
    return accountStatusFromKey(s).value_or(AccountStatus::Unknown);
}

void TstAccountsPage::createValidatesBeforeSending()
{
    const qint64 before = creates();
    action(u"newAccountAction"_s)->trigger();
    auto *dialog = m_window->findChild<CreateAccountDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"email"_s)->setText(u"not an email"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel *>(u"businessNameError"_s)->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"emailError"_s)->isVisible());
    QCOMPARE(creates(), before); // nothing was sent
    dialog->reject();
}

void TstAccountsPage::createServerErrorLandsOnFieldAndKeepsInput()
{
    action(u"newAccountAction"_s)->trigger();
    auto *dialog = m_window->findChild<CreateAccountDialog *>();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"businessName"_s);
    auto *email = dialog->findChild<QLineEdit *>(u"email"_s);
    auto *password = dialog->findChild<QLineEdit *>(u"password"_s);
    const QString taken = model()->accountAt(0)->email; // already in use
    name->setText(u"Duplicate Test GmbH"_s);
    email->setText(taken);
    password->setText(u"long-enough-password"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    auto *emailError = dialog->findChild<QLabel *>(u"emailError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(emailError->isVisible(), 10000);
    QVERIFY(!emailError->text().isEmpty());
    QVERIFY(dialog->isVisible());
    // Everything typed is still there.
    QCOMPARE(name->text(), u"Duplicate Test GmbH"_s);
    QCOMPARE(email->text(), taken);
    QCOMPARE(password->text(), u"long-enough-password"_s);

    // A weak password is refused by the server and lands on the password field.
    email->setText(u"fresh-address@example.com"_s);
    password->setText(u"short"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    auto *passwordError = dialog->findChild<QLabel *>(u"passwordError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(passwordError->isVisible(), 10000);
    QVERIFY(!emailError->isVisible());
    dialog->reject();
}

void TstAccountsPage::createSucceedsAndShowsKeyOnce()
{
    const qint64 before = creates();
    const int rows = model()->rowCount();
    action(u"newAccountAction"_s)->trigger();
    auto *dialog = m_window->findChild<CreateAccountDialog *>();
    dialog->findChild<QLineEdit *>(u"businessName"_s)->setText(u"Brand New, \"Ltd\""_s);
    dialog->findChild<QLineEdit *>(u"email"_s)->setText(u"brand-new@example.com"_s);
    dialog->findChild<QCheckBox *>(u"customPricing"_s)->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(u"resultText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
    QCOMPARE(creates(), before + 1);
    QCOMPARE(model()->rowCount(), rows + 1);
    auto *key = dialog->findChild<QWidget *>(u"newApiKey"_s)->findChild<QLineEdit *>();
    QVERIFY(key->text().startsWith(u"KEY"_s));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    // The new row is selected, and the key is not in the model.
    const QList<int> selected = m_window->accountsPage()->selectedRows();
    QCOMPARE(selected.size(), 1);
    const ManagedAccount *a = model()->accountAt(selected.first());
    QCOMPARE(a->email, u"brand-new@example.com"_s);
    QCOMPARE(model()->statusAt(selected.first()), AccountStatus::Enabled);
    for (int c = 0; c < model()->columnCount(); ++c) {
        for (int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(ManagedAccountsModel::ExportRole)})
            QVERIFY(
                !model()->index(selected.first(), c).data(role).toString().contains(key->text()));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CreateAccountDialog *>());
}

void TstAccountsPage::detailsShowBalanceAndMaskedKeys()
{
    const QString id = model()->accountAt(0)->id;
    select({id});
    QVERIFY(action(u"detailsAction"_s)->isEnabled());
    action(u"detailsAction"_s)->trigger();
    auto *dialog = m_window->findChild<AccountDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->valueOf(u"balance"_s).isEmpty(), 10000);
    // The server's decimal string with its currency, written in the user's locale.
    std::optional<ManagedAccountBalance> balance;
    m_client->retrieveManagedAccount(id, this, [&](const Result<ManagedAccountDetail> &r) {
        QVERIFY(r.ok());
        balance = r.value().account.balance;
    });
    QTRY_VERIFY(balance.has_value());
    QVERIFY(balance->balance && balance->currency);
    QCOMPARE(dialog->valueOf(u"balance"_s), formatMoney(*balance->balance, *balance->currency));
    QVERIFY(dialog->valueOf(u"balance"_s).contains(*balance->currency) ||
            dialog->valueOf(u"balance"_s).contains(QLocale().currencySymbol()));
    QCOMPARE(dialog->valueOf(u"id"_s), id);
    auto *keyField = dialog->findChild<QWidget *>(u"apiKeyField"_s);
    auto *key = keyField->findChild<QLineEdit *>(u"secretValue"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::mouseClick(keyField->findChild<QAbstractButton *>(u"secretReveal"_s), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(keyField->findChild<QAbstractButton *>(u"secretCopy"_s), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), key->text());
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    dialog->reject();
}

void TstAccountsPage::disableTwoThenEnableOneWithReenable()
{
    const QString a = idWithStatus(AccountStatus::Enabled);
    const QString b = idWithStatus(AccountStatus::Enabled, {a});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    select({a, b});
    QVERIFY(action(u"disableAction"_s)->text().contains(u"2 accounts"_s));
    m_prompter->answers = {{true, false}};
    action(u"disableAction"_s)->trigger();
    QCOMPARE(m_prompter->asked.size(), 1);
    QVERIFY(m_prompter->asked.first().destructive);
    QVERIFY(m_prompter->asked.first().details.contains(u"sign in"_s));
    auto *dialog = m_window->findChild<BulkRunDialog *>();
    QVERIFY(dialog);
    auto *close = dialog->findChild<QPushButton *>(u"bulkClose"_s);
    QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), 10000);
    QVERIFY(dialog->resultText(0).contains(u"Disabled"_s));
    QVERIFY(dialog->resultText(1).contains(u"Disabled"_s));
    QCOMPARE(model()->statusAt(model()->rowOf(a)), AccountStatus::Disabled);
    QCOMPARE(model()->statusAt(model()->rowOf(b)), AccountStatus::Disabled);
    QCOMPARE(serverStatus(a), AccountStatus::Disabled);
    QCOMPARE(serverStatus(b), AccountStatus::Disabled);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkRunDialog *>()); // closed and deleted

    select({a});
    m_prompter->answers = {{true, true}}; // confirm, with "Re-enable all connections"
    action(u"enableAction"_s)->trigger();
    QVERIFY(!m_prompter->asked.last().checkboxLabel.isEmpty());
    dialog = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    QCOMPARE(model()->statusAt(model()->rowOf(a)), AccountStatus::Enabled);
    QCOMPARE(serverStatus(a), AccountStatus::Enabled);
    QCOMPARE(serverStatus(b), AccountStatus::Disabled);
    dialog->accept();
}

void TstAccountsPage::bulkFailureIsListedWithRetry()
{
    const QString blocked = idWithStatus(AccountStatus::Blocked);
    const QString enabled = idWithStatus(AccountStatus::Enabled);
    QVERIFY(!blocked.isEmpty());
    select({blocked, enabled});
    m_prompter->answers = {{true, false}};
    action(u"disableAction"_s)->trigger();
    auto *dialog = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    const int blockedRow = model()->rowOf(blocked) < model()->rowOf(enabled) ? 0 : 1;
    QVERIFY2(dialog->resultText(blockedRow).contains(u"Failed"_s),
             qPrintable(dialog->resultText(blockedRow)));
    QVERIFY(dialog->resultText(1 - blockedRow).contains(u"Disabled"_s));
    QVERIFY(dialog->findChild<QPushButton *>(u"bulkRetry"_s)->isVisible());
    QCOMPARE(model()->statusAt(model()->rowOf(blocked)), AccountStatus::Blocked);
    dialog->accept();
}

void TstAccountsPage::channelLimitWithinPool()
{
    const QString id = model()->accountAt(0)->id;
    select({id});
    action(u"channelsAction"_s)->trigger();
    auto *dialog = m_window->findChild<ChannelLimitDialog *>();
    auto *spin = dialog->findChild<QSpinBox *>(u"channelLimit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(spin->isEnabled(), 10000);
    QVERIFY(spin->maximum() > 3);
    spin->setValue(0);
    QVERIFY(dialog->findChild<QLabel *>(u"limitHint"_s)->text().contains(u"outbound"_s));
    spin->setValue(3);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"setLimitButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ChannelLimitDialog *>(), 10000);
    QCOMPARE(model()->channelLimit(id), std::optional<qint64>(3));
    const QModelIndex cell = model()->index(model()->rowOf(id), ManagedAccountsModel::Channels);
    QCOMPARE(cell.data().toString(), u"3"_s);
    QCOMPARE(m_sandbox->control(u"/_sandbox/accounts/"_s + id)
                 .value("data"_L1)
                 .toObject()
                 .value("channel_limit"_L1)
                 .toInt(),
             3);
}

void TstAccountsPage::channelLimitRefusedByServerStaysInDialog()
{
    const QString id = model()->accountAt(0)->id;
    const QString other = model()->accountAt(1)->id;
    select({id});
    action(u"channelsAction"_s)->trigger();
    auto *dialog = m_window->findChild<ChannelLimitDialog *>();
    auto *spin = dialog->findChild<QSpinBox *>(u"channelLimit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(spin->isEnabled(), 10000);
    spin->setValue(spin->maximum());
    // Someone else takes the free channels while the dialog is open.
    bool done = false;
    m_client->channelPool(this, [&](const Result<ChannelPool> &pool) {
        const qint64 free = pool.value().allocatable - pool.value().totalAllocated;
        m_client->setChannelLimit(other, free, this, [&](const Result<AccountChannelLimit> &r) {
            QVERIFY(r.ok());
            done = true;
        });
    });
    QTRY_VERIFY(done);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"setLimitButton"_s), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"limitError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TstAccountsPage::customPricingToggles()
{
    int row = -1;
    for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
        if (!model()->accountAt(r)->allowCustomPricing.value_or(false))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString id = model()->accountAt(row)->id;
    select({id});
    m_prompter->answers = {{false, false}}; // declined: nothing changes
    action(u"pricingAction"_s)->trigger();
    QVERIFY(!action(u"pricingAction"_s)->isChecked());
    QVERIFY(m_prompter->asked.last().details.contains(u"time"_s));
    m_prompter->answers = {{true, false}};
    action(u"pricingAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        model()->accountAt(model()->rowOf(id))->allowCustomPricing.value_or(false), 10000);
    QVERIFY(action(u"pricingAction"_s)->isChecked());
}

void TstAccountsPage::copyAndExportTheView()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    search->setText(u"GmbH"_s);
    const int shown = table()->model()->rowCount();
    QVERIFY(shown > 0 && shown < model()->rowCount());

    table()->selectAll();
    action(u"copyAction"_s)->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied.count(u'\n'), shown);
    QVERIFY(copied.split(u'\n').first().contains(u'\t'));

    const QString path = m_dir.filePath(u"view.csv"_s);
    m_prompter->fileNames = {path};
    action(u"exportAccountsAction"_s)->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));                     // BOM for spreadsheets
    QCOMPARE(bytes.count("\r\n"), shown + 1);                      // header + one line per row
    QVERIFY(bytes.mid(3).startsWith("Organization,Email,Status")); // visible columns, in order

    // Without a filter the formula-like names are in the export, neutralised.
    search->clear();
    m_prompter->fileNames = {path};
    action(u"exportAccountsAction"_s)->trigger();
    QVERIFY(file.seek(0));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    QVERIFY(all.contains("\"'=HYPERLINK("));
    QVERIFY(!all.contains("\n=HYPERLINK("));
}

void TstAccountsPage::secretClipboardClearsItself()
{
    SecretClipboard clipboard;
    clipboard.copy(u"KEY0TEST_abc"_s, 100);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"KEY0TEST_abc"_s);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // Something the person copied afterwards is left alone.
    clipboard.copy(u"KEY0TEST_abc"_s, 100);
    QGuiApplication::clipboard()->setText(u"mine"_s);
    QTRY_VERIFY(!clipboard.isHoldingSecret());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"mine"_s);
}

// Load, search, create, disable two, enable one with re-enable, set a channel limit, export.
void TstAccountsPage::wholeFlow()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTest::keyClicks(search, u"GmbH"_s);
    QVERIFY(table()->model()->rowCount() > 0);
    QVERIFY(table()->model()->rowCount() < model()->rowCount());
    search->clear();

    QTest::keySequence(m_window.get(), QKeySequence::New);
    auto *create = m_window->findChild<CreateAccountDialog *>();
    QVERIFY(create);
    QTest::keyClicks(create->findChild<QLineEdit *>(u"businessName"_s), u"Flow Test AG"_s);
    QTest::keyClicks(create->findChild<QLineEdit *>(u"email"_s), u"flow@example.com"_s);
    QTest::mouseClick(create->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(create->findChild<QLabel *>(u"resultText"_s)->isVisible(), 10000);
    QTest::mouseClick(create->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CreateAccountDialog *>());
    const QList<int> sel = m_window->accountsPage()->selectedRows();
    QCOMPARE(sel.size(), 1);
    const QString created = model()->accountAt(sel.first())->id;

    const QString other = idWithStatus(AccountStatus::Enabled, {created});
    select({created, other});
    m_prompter->answers = {{true, false}};
    action(u"disableAction"_s)->trigger();
    auto *bulk = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(bulk->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    QTest::mouseClick(bulk->findChild<QPushButton *>(u"bulkClose"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkRunDialog *>());
    QCOMPARE(serverStatus(created), AccountStatus::Disabled);
    QCOMPARE(serverStatus(other), AccountStatus::Disabled);

    select({created});
    m_prompter->answers = {{true, true}};
    action(u"enableAction"_s)->trigger();
    bulk = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(bulk->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    QTest::mouseClick(bulk->findChild<QPushButton *>(u"bulkClose"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<BulkRunDialog *>());
    QCOMPARE(serverStatus(created), AccountStatus::Enabled);

    select({created});
    action(u"channelsAction"_s)->trigger();
    auto *limit = m_window->findChild<ChannelLimitDialog *>();
    auto *spin = limit->findChild<QSpinBox *>(u"channelLimit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(spin->isEnabled(), 10000);
    spin->setValue(2);
    QTest::mouseClick(limit->findChild<QPushButton *>(u"setLimitButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ChannelLimitDialog *>(), 10000);

    table()->setColumnHidden(ManagedAccountsModel::Channels, false);
    table()->setColumnHidden(ManagedAccountsModel::Id, false);
    const QString path = m_dir.filePath(u"flow.csv"_s);
    m_prompter->fileNames = {path};
    action(u"exportAccountsAction"_s)->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Cells may hold line breaks, so count records with an independent CSV parser.
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s,
                  u"import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], "
                  "encoding='utf-8-sig', newline=''))))"_s,
                  path});
    QVERIFY(python.waitForFinished(20000));
    QCOMPARE(python.readAllStandardOutput().trimmed().toInt(), model()->rowCount() + 1);
    bool sawCreated = false;
    bool sawOther = false;
    for (const QByteArray &line : lines) {
        if (line.contains(created.toUtf8())) {
            sawCreated = true;
            QVERIFY2(line.contains(",enabled,") && line.trimmed().endsWith(",2"), line.constData());
        }
        if (line.contains(other.toUtf8())) {
            sawOther = true;
            QVERIFY2(line.contains(",disabled,"), line.constData());
        }
    }
    QVERIFY(sawCreated && sawOther);
}

QTEST_MAIN(TstAccountsPage)
#include "tst_accountspage.moc"
