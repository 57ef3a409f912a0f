#include "groupsreportpage.h"

#include "api/telnyxclient.h"
#include "export/csvexport.h"
#include "export/groupsreportcsv.h"
#include "models/groupsreportmodel.h"
#include "models/groupsreportproxymodel.h"
#include "prompter.h"
#include "theme.h"
#include "widgets/banner.h"
#include "widgets/tablesetup.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

enum ListRole { GroupIdRole = Qt::UserRole, KindRole };
enum ListKind { AllUsers, NoGroup, OneGroup };

} // namespace

using Col = GroupsReportModel::Column;

GroupsReportPage::GroupsReportPage(TelnyxClient *client, QSettings *settings, Prompter *prompter,
                                   QWidget *parent)
    : ConsolePage(parent)
    , m_client(client)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_model(new GroupsReportModel(client, this))
    , m_proxy(new GroupsReportProxyModel(this))
{
    setObjectName(u"groupsReportPage"_s);
    m_proxy->setSourceModel(m_model);

    m_exportAction = new QAction(tr("Export &groups report…"), this);
    m_exportAction->setIcon(theme::icon(u"document-save-as"_s));
    m_exportAction->setObjectName(u"exportReportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the users' groups report as CSV (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &GroupsReportPage::exportInteractive);

    buildLayout();
    TableSetup::restoreHeader(m_table, m_settings, u"report/header"_s);

    connect(m_model, &GroupsReportModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            rebuildGroupList();
        Q_EMIT loadingChanged(loading);
        Q_EMIT countChanged();
        if (!loading && m_pendingExport) {
            const PendingExport pending = *std::exchange(m_pendingExport, std::nullopt);
            if (m_lastLoadOk)
                writeSafeExport(pending.path, pending.extraColumns);
            else
                finishExport(false, pending.path, tr("The report could not be loaded."));
        }
    });
    connect(m_model, &GroupsReportModel::loadFailed, this, &GroupsReportPage::onLoadFailed);
    connect(m_model, &GroupsReportModel::rowsRejected, this, [this](int n, const QString &why) {
        m_banner->showMessage(
            Banner::Level::Warning, tr("Some users could not be read"),
            tr("%n user(s) sent by Telnyx could not be read and are not shown: %1", nullptr, n)
                .arg(why));
    });
    attachBanner(m_banner);
    trackRowCount(m_proxy);
}

GroupsReportPage::~GroupsReportPage() = default;

QString GroupsReportPage::iconName() const
{
    return u"telnyx-report"_s;
}

QString GroupsReportPage::title() const
{
    return tr("Groups report");
}

QList<QAction *> GroupsReportPage::toolBarActions() const
{
    return {m_exportAction};
}

void GroupsReportPage::buildLayout()
{
    m_banner = new Banner(this);

    m_groupList = new QListWidget(this);
    m_groupList->setObjectName(u"groupList"_s);
    m_groupList->setAccessibleName(tr("Groups"));
    connect(m_groupList, &QListWidget::currentRowChanged, this,
            &GroupsReportPage::applyGroupSelection);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"reportSearch"_s);
    m_search->setPlaceholderText(tr("Search email, groups or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the report"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        Q_EMIT countChanged();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setAccessibleName(tr("Users and their groups"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(Col::Email, Qt::AscendingOrder);
    TableSetup::configure(m_table, {Col::Id});
    m_table->setColumnWidth(Col::Email, 280);
    m_table->setColumnWidth(Col::Groups, 300);
    m_columnsMenu = TableSetup::columnsMenu(m_table, this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"reportSplitter"_s);
    splitter->addWidget(m_groupList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setSearchField(m_search);
}

void GroupsReportPage::rebuildGroupList()
{
    // Keep the person's choice across reloads when the group still exists.
    const QString previous = m_groupList->currentItem()
                                 ? m_groupList->currentItem()->data(GroupIdRole).toString()
                                 : QString();
    const int previousKind =
        m_groupList->currentItem() ? m_groupList->currentItem()->data(KindRole).toInt() : AllUsers;
    QSignalBlocker block(m_groupList);
    m_groupList->clear();
    auto add = [this](const QString &text, ListKind kind, const QString &id) {
        auto *item = new QListWidgetItem(text, m_groupList);
        item->setData(KindRole, kind);
        item->setData(GroupIdRole, id);
        return item;
    };
    add(tr("All users (%1)").arg(m_model->rowCount()), AllUsers, {});
    add(tr("No group (%1)").arg(m_model->usersWithoutGroups()), NoGroup, {});
    int select = previousKind == NoGroup ? 1 : 0;
    for (const GroupsReportModel::GroupCount &g : m_model->groups()) {
        QListWidgetItem *item =
            add(tr("%1 (%2)").arg(g.name, QString::number(g.members)), OneGroup, g.id);
        item->setToolTip(tr("%n member(s); group ID %1", nullptr, g.members).arg(g.id));
        if (previousKind == OneGroup && g.id == previous)
            select = m_groupList->count() - 1;
    }
    m_groupList->setCurrentRow(select);
    block.unblock();
    applyGroupSelection();
}

void GroupsReportPage::applyGroupSelection()
{
    const QListWidgetItem *item = m_groupList->currentItem();
    const int kind = item ? item->data(KindRole).toInt() : AllUsers;
    m_proxy->setNoGroupFilter(kind == NoGroup);
    m_proxy->setGroupFilter(kind == OneGroup ? item->data(GroupIdRole).toString() : QString());
    Q_EMIT countChanged();
}

void GroupsReportPage::reload()
{
    m_loadedOnce = true;
    m_lastLoadOk = true;
    m_banner->hide();
    m_model->load();
}

void GroupsReportPage::cancelLoad()
{
    m_model->cancel();
    if (m_exportCall)
        m_exportCall->cancel();
}

bool GroupsReportPage::isLoading() const
{
    return m_model->isLoading() || m_exportCall;
}

QString GroupsReportPage::countText() const
{
    if (m_model->isLoading())
        return tr("Loading the report…");
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        return tr("%Ln user(s)", nullptr, total);
    return tr("%1 of %Ln user(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

void GroupsReportPage::saveLayout()
{
    TableSetup::saveHeader(m_table, m_settings, u"report/header"_s);
}

void GroupsReportPage::onLoadFailed(const ApiError &error)
{
    m_lastLoadOk = false;
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    showLoadError(error);
}

void GroupsReportPage::exportInteractive()
{
    const std::optional<Prompter::ReportExportChoice> choice = m_prompter->chooseReportExport(this);
    if (!choice)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedReportFileName(QDateTime::currentDateTime()));
    const QString filter = choice->asTelnyxSendsIt ? tr("CSV as Telnyx sends it (*.csv)")
                                                   : tr("CSV, spreadsheet-safe (*.csv)");
    const QString path =
        m_prompter->saveFileName(this, tr("Export users' groups report"), suggested, filter);
    if (path.isEmpty())
        return;
    exportReport(path, choice->asTelnyxSendsIt, choice->extraColumns);
}

void GroupsReportPage::exportReport(const QString &path, bool asTelnyxSendsIt, bool extraColumns)
{
    if (m_exportCall)
        return;
    if (asTelnyxSendsIt) {
        Q_EMIT loadingChanged(true);
        m_exportCall = m_client->groupsReportCsv(this, [this, path](const Result<QByteArray> &r) {
            m_exportCall = nullptr;
            Q_EMIT loadingChanged(false);
            QString error;
            if (!r.ok()) {
                finishExport(false, path, r.error().message());
                return;
            }
            const bool ok = CsvExport::writeBytesAtomically(path, r.value(), &error);
            finishExport(ok, path, error);
        });
        return;
    }
    if (!m_loadedOnce || m_model->isLoading()) {
        // Export once the report is there; a failed load reports the export as failed too.
        m_pendingExport = PendingExport{path, extraColumns};
        if (!m_model->isLoading())
            reload();
        return;
    }
    writeSafeExport(path, extraColumns);
}

void GroupsReportPage::writeSafeExport(const QString &path, bool extraColumns)
{
    CsvExport file(path, CsvOptions{});
    if (!file.open()) {
        finishExport(false, path, file.errorString());
        return;
    }
    if (!writeGroupsReportCsv(m_model->users(), file.writer(), extraColumns)) {
        const QString error = file.writer().errorString();
        file.cancel();
        finishExport(false, path, error);
        return;
    }
    const bool ok = file.commit();
    finishExport(ok, path, file.errorString());
}

void GroupsReportPage::finishExport(bool ok, const QString &path, const QString &error)
{
    const QString where = QDir::toNativeSeparators(path);
    QString message;
    if (ok) {
        message = tr("Groups report saved to %1.").arg(where);
        Q_EMIT statusMessage(message);
    } else {
        message = tr("Nothing was written to %1: %2").arg(where, error);
        m_banner->showMessage(Banner::Level::Error, tr("Export failed"), message);
    }
    Q_EMIT exportFinished(ok, message);
}

} // namespace telnyx
