#include "api/telnyxclient.h"
#include "dialogs/bulkrundialog.h"
#include "dialogs/exportreportdialog.h"
#include "dialogs/userdetailsdialog.h"
#include "groupsreportpage.h"
#include "mainwindow.h"
#include "models/groupsreportmodel.h"
#include "models/usersmodel.h"
#include "sandboxprocess.h"
#include "scriptedprompter.h"
#include "translations.h"
#include "userspage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;

// The users page and the groups report page, through the main window against a sandbox.
class TstUsersPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsUsersWithGroups();
    void apiFiltersAndSearch();
    void detailsShowGroups();
    void removesTwoUsers();
    void alreadyGoneCountsAsRemoved();
    void ownerCannotBeRemoved();
    void reportGroupListFilters();
    void exportsBothFormats();
    void exportFromAnotherPageLoadsFirst();
    void exportDialogChoices();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<TelnyxClient> m_client;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;

    UsersPage *users() { return m_window->usersPage(); }
    GroupsReportPage *report() { return m_window->reportPage(); }
    QTableView *usersTable() { return m_window->findChild<QTableView *>(u"usersTable"_s); }
    void showUsers()
    {
        m_window->showPage(users());
        QTRY_VERIFY_WITH_TIMEOUT(users()->hasLoaded() && !users()->isLoading(), 15000);
    }
    void selectUsers(const QStringList &ids)
    {
        QItemSelectionModel *sel = usersTable()->selectionModel();
        sel->clearSelection();
        for (const QString &id : ids) {
            const QModelIndexList hits = usersTable()->model()->match(
                usersTable()->model()->index(0, 0), UsersModel::IdRole, id, 1, Qt::MatchExactly);
            QVERIFY2(!hits.isEmpty(), qPrintable(id));
            sel->select(hits.first(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    int removeRequests()
    {
        int n = 0;
        const QJsonObject byPath = m_sandbox->stats().value("requests"_L1).toObject();
        for (auto it = byPath.begin(); it != byPath.end(); ++it) {
            if (it.key().endsWith("/actions/remove"_L1))
                n += it.value().toInt();
        }
        return n;
    }
    QByteArray rawServerCsv();
};

void TstUsersPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(this);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--users"_s, u"60"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstUsersPages::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    m_client = std::make_unique<TelnyxClient>();
    QVERIFY(m_client->setBaseUrl(m_sandbox->baseUrl()));
    m_client->setApiKey(SandboxProcess::apiKey());
    m_prompter = std::make_unique<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get(), m_prompter.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->refresh(); // the accounts page; the others load when first shown
}

void TstUsersPages::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_sandbox->control(u"/_sandbox/reset"_s, QByteArray("{}"));
}

void TstUsersPages::listsUsersWithGroups()
{
    QVERIFY(!users()->hasLoaded());
    showUsers();
    UsersModel *model = users()->model();
    QCOMPARE(model->rowCount(), 60); // sub-users; the owner is not in this list
    bool someGroups = false;
    bool someNever = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->userAt(row)->groups.has_value());
        someGroups |= !model->userAt(row)->groups->isEmpty();
        someNever |= model->index(row, UsersModel::LastSignIn).data().toString() == "never"_L1;
    }
    QVERIFY(someGroups);
    QVERIFY(someNever);
    QCOMPARE(m_window->findChild<QLabel *>(u"rowCount"_s)->text(), u"60 users"_s);
}

void TstUsersPages::apiFiltersAndSearch()
{
    showUsers();
    auto *status = m_window->findChild<QComboBox *>(u"userStatusFilter"_s);
    status->setCurrentIndex(status->findData(u"disabled"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!users()->isLoading(), 10000);
    UsersModel *model = users()->model();
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 60);
    QCOMPARE(model->query().status, std::optional<QString>(u"disabled"_s));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->userAt(row)->status, UserStatus::Disabled);
    status->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!users()->isLoading() && model->rowCount() == 60, 10000);

    const QString email = model->userAt(3)->email;
    const QString part = email.left(email.indexOf(u'@'));
    auto *emailFilter = m_window->findChild<QLineEdit *>(u"userEmailFilter"_s);
    emailFilter->setText(part);
    QTest::keyClick(emailFilter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!users()->isLoading() && model->query().emailContains == part, 10000);
    QVERIFY(model->rowOf(model->userAt(0)->id) >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->userAt(row)->email.contains(part, Qt::CaseInsensitive));
    emailFilter->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!users()->isLoading() && model->rowCount() == 60, 10000);

    auto *search = m_window->findChild<QLineEdit *>(u"usersSearch"_s);
    search->setText(u"Admins"_s); // a group name: the search covers groups too
    QVERIFY(usersTable()->model()->rowCount() > 0);
    QVERIFY(usersTable()->model()->rowCount() < 60);
}

void TstUsersPages::detailsShowGroups()
{
    showUsers();
    UsersModel *model = users()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->userAt(r)->groups && model->userAt(r)->groups->size() >= 2)
            row = r;
    }
    QVERIFY(row >= 0);
    selectUsers({model->userAt(row)->id});
    m_window->findChild<QAction *>(u"userDetailsAction"_s)->trigger();
    auto *dialog = m_window->findChild<UserDetailsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->valueOf(u"email"_s).isEmpty(), 10000);
    QCOMPARE(dialog->valueOf(u"email"_s), model->userAt(row)->email);
    QStringList expected;
    for (const UserGroup &g : *model->userAt(row)->groups)
        expected << g.name;
    QCOMPARE(dialog->groupNames(), expected);
    dialog->reject();
}

void TstUsersPages::removesTwoUsers()
{
    showUsers();
    UsersModel *model = users()->model();
    const QString a = model->userAt(0)->id;
    const QString b = model->userAt(1)->id;
    selectUsers({a, b});
    QAction *remove = m_window->findChild<QAction *>(u"removeUserAction"_s);
    QVERIFY(remove->isEnabled());
    m_prompter->answers = {{true, false}};
    remove->trigger();
    QCOMPARE(m_prompter->asked.size(), 1);
    QVERIFY(m_prompter->asked.first().destructive);
    QVERIFY(m_prompter->asked.first().details.contains(model->userAt(0)->email) ||
            m_prompter->asked.first().text.contains(model->userAt(0)->email));
    auto *dialog = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    QVERIFY(dialog->resultText(0).contains(u"Removed"_s));
    QCOMPARE(model->rowCount(), 58);
    QCOMPARE(model->rowOf(a), -1);
    QCOMPARE(model->rowOf(b), -1);
    bool gone = false;
    m_client->retrieveUser(a, false, this, [&](const Result<OrganizationUser> &r) {
        gone = !r.ok() && r.error().kind() == ApiError::Kind::NotFound;
    });
    QTRY_VERIFY(gone);
    dialog->accept();
}

void TstUsersPages::alreadyGoneCountsAsRemoved()
{
    showUsers();
    const QString id = users()->model()->userAt(2)->id;
    bool removed = false;
    m_client->removeUser(id, this, [&](const Result<UserRemoval> &r) { removed = r.ok(); });
    QTRY_VERIFY(removed); // someone else removed it meanwhile
    selectUsers({id});
    m_prompter->answers = {{true, false}};
    m_window->findChild<QAction *>(u"removeUserAction"_s)->trigger();
    auto *dialog = m_window->findChild<BulkRunDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"bulkClose"_s)->isVisible(), 10000);
    QVERIFY2(dialog->resultText(0).contains(u"Already removed"_s),
             qPrintable(dialog->resultText(0)));
    QVERIFY(!dialog->findChild<QPushButton *>(u"bulkRetry"_s)->isVisible());
    QCOMPARE(users()->model()->rowOf(id), -1);
    dialog->accept();
}

void TstUsersPages::ownerCannotBeRemoved()
{
    showUsers();
    // The list endpoint leaves the owner out; the report has them. Put them in the table.
    OrganizationUser owner;
    bool found = false;
    m_client->groupsReport(this, [&](const Result<Page<OrganizationUser>> &r) {
        for (const OrganizationUser &u : r.value().items) {
            if (u.isOwner()) {
                owner = u;
                found = true;
            }
        }
    });
    QTRY_VERIFY(found);
    users()->model()->upsert(owner);
    selectUsers({owner.id, users()->model()->userAt(0)->id});
    QAction *remove = m_window->findChild<QAction *>(u"removeUserAction"_s);
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(u"owner"_s));
    const int before = removeRequests();
    remove->trigger(); // a disabled action does nothing, even when triggered
    QVERIFY(m_prompter->asked.isEmpty());
    QCOMPARE(removeRequests(), before);
}

void TstUsersPages::reportGroupListFilters()
{
    m_window->showPage(report());
    QTRY_VERIFY_WITH_TIMEOUT(report()->hasLoaded() && !report()->isLoading(), 15000);
    GroupsReportModel *model = report()->model();
    QCOMPARE(model->rowCount(), 61); // the owner is in the report
    auto *groups = m_window->findChild<QListWidget *>(u"groupList"_s);
    QCOMPARE(groups->count(), 2 + int(model->groups().size()));
    QVERIFY(groups->item(0)->text().contains(u"61"_s));
    auto *table = m_window->findChild<QTableView *>(u"reportTable"_s);
    QCOMPARE(table->model()->rowCount(), 61);

    groups->setCurrentRow(1); // no group
    QCOMPARE(table->model()->rowCount(), model->usersWithoutGroups());
    QVERIFY(model->usersWithoutGroups() > 0);

    const GroupsReportModel::GroupCount first = model->groups().first();
    groups->setCurrentRow(2);
    QCOMPARE(table->model()->rowCount(), first.members);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QStringList ids =
            table->model()->index(row, 0).data(GroupsReportModel::GroupIdsRole).toStringList();
        QVERIFY(ids.contains(first.id));
    }
    QVERIFY(m_window->findChild<QLabel *>(u"rowCount"_s)->text().contains(u"shown"_s));
}

QByteArray TstUsersPages::rawServerCsv()
{
    QUrl url = m_sandbox->baseUrl();
    url.setPath(url.path() + u"/organizations/users/users_groups_report"_s);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + SandboxProcess::apiKey().toUtf8());
    request.setRawHeader("Accept", "text/csv");
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TstUsersPages::exportsBothFormats()
{
    m_window->showPage(report());
    QTRY_VERIFY_WITH_TIMEOUT(report()->hasLoaded() && !report()->isLoading(), 15000);
    QSignalSpy finished(report(), &GroupsReportPage::exportFinished);

    const QString safe = m_dir.filePath(u"safe.csv"_s);
    m_prompter->reportExport = Prompter::ReportExportChoice{false, true};
    m_prompter->fileNames = {safe};
    // From the search field, where Linux line edits would take Ctrl+E for "end of line".
    auto *search = m_window->findChild<QLineEdit *>(u"reportSearch"_s);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keySequence(search, QKeySequence(u"Ctrl+E"_s));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QFile safeFile(safe);
    QVERIFY(safeFile.open(QIODevice::ReadOnly));
    const QByteArray s = safeFile.readAll();
    QVERIFY(s.startsWith("\xEF\xBB\xBF"
                         "id,email,user_status,created_at,last_sign_in_at,groups,group_ids,role,"
                         "sso_bypass\r\n"));

    const QString raw = m_dir.filePath(u"raw.csv"_s);
    m_prompter->reportExport = Prompter::ReportExportChoice{true, false};
    m_prompter->fileNames = {raw};
    m_window->findChild<QAction *>(u"exportReportAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QVERIFY(finished.last().at(0).toBool());
    QFile rawFile(raw);
    QVERIFY(rawFile.open(QIODevice::ReadOnly));
    QCOMPARE(rawFile.readAll(), rawServerCsv()); // byte for byte

    // A cancelled file chooser writes nothing.
    m_prompter->reportExport = Prompter::ReportExportChoice{false, false};
    m_prompter->fileNames = {};
    m_window->findChild<QAction *>(u"exportReportAction"_s)->trigger();
    QCOMPARE(finished.count(), 2);
}

void TstUsersPages::exportFromAnotherPageLoadsFirst()
{
    QVERIFY(!report()->hasLoaded());
    QSignalSpy finished(report(), &GroupsReportPage::exportFinished);
    const QString path = m_dir.filePath(u"later.csv"_s);
    m_prompter->reportExport = Prompter::ReportExportChoice{false, false};
    m_prompter->fileNames = {path};
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+E"_s));
    QCOMPARE(m_window->currentPage(), static_cast<ConsolePage *>(report()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(finished.first().at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 62); // header + 61 users (no line breaks in cells)
}

void TstUsersPages::exportDialogChoices()
{
    ExportReportDialog dialog;
    QCOMPARE(dialog.choice().asTelnyxSendsIt, false); // spreadsheet-safe is the default
    auto *extra = dialog.findChild<QCheckBox *>(u"extraColumns"_s);
    extra->setChecked(true);
    QVERIFY(dialog.choice().extraColumns);
    dialog.findChild<QRadioButton *>(u"formatAsTelnyx"_s)->setChecked(true);
    QVERIFY(dialog.choice().asTelnyxSendsIt);
    QVERIFY(!extra->isEnabled());
    QVERIFY(!dialog.choice().extraColumns); // extra columns only exist in the safe format
}

QTEST_MAIN(TstUsersPages)
#include "tst_userspages.moc"
