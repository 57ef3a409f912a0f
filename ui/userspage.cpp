#include "userspage.h"

#include "api/telnyxclient.h"
#include "dialogs/bulkrundialog.h"
#include "dialogs/userdetailsdialog.h"
#include "models/bulkrun.h"
#include "models/useroperations.h"
#include "models/usersmodel.h"
#include "models/usersproxymodel.h"
#include "prompter.h"
#include "theme.h"
#include "widgets/banner.h"
#include "widgets/tablesetup.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

using Col = UsersModel::Column;

UsersPage::UsersPage(TelnyxClient *client, QSettings *settings, Prompter *prompter, QWidget *parent)
    : ConsolePage(parent)
    , m_client(client)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_model(new UsersModel(client, this))
    , m_proxy(new UsersProxyModel(this))
    , m_operations(new UserOperations(client, m_model, this))
{
    setObjectName(u"usersPage"_s);
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    TableSetup::restoreHeader(m_table, m_settings, u"users/header"_s);

    connect(m_model, &UsersModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_lastLoadFailed = false;
        updateEmptyState();
        Q_EMIT loadingChanged(loading);
        Q_EMIT countChanged();
    });
    connect(m_model, &UsersModel::loadProgress, this, &ConsolePage::loadProgress);
    connect(m_model, &UsersModel::loadFailed, this, &UsersPage::onLoadFailed);
    connect(m_model, &UsersModel::rowsRejected, this, [this](int n, const QString &why) {
        m_banner->showMessage(
            Banner::Level::Warning, tr("Some users could not be read"),
            tr("%n user(s) sent by Telnyx could not be read and are not shown: %1", nullptr, n)
                .arg(why));
    });
    attachBanner(m_banner);
    trackRowCount(m_proxy);
    connect(this, &ConsolePage::countChanged, this, &UsersPage::updateEmptyState);
    updateActions();
    updateEmptyState();
}

UsersPage::~UsersPage() = default;

QString UsersPage::iconName() const
{
    return u"telnyx-users"_s;
}

QString UsersPage::title() const
{
    return tr("Users");
}

void UsersPage::buildActions()
{
    m_detailsAction = new QAction(tr("&Details…"), this);
    m_detailsAction->setIcon(theme::icon(u"document-properties"_s));
    m_detailsAction->setObjectName(u"userDetailsAction"_s);
    m_detailsAction->setToolTip(tr("The user and their groups (Enter)"));
    connect(m_detailsAction, &QAction::triggered, this, &UsersPage::showDetails);

    m_removeAction = new QAction(tr("&Remove user…"), this);
    m_removeAction->setIcon(theme::icon(u"telnyx-user-remove"_s));
    m_removeAction->setObjectName(u"removeUserAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &UsersPage::removeSelected);

    addAction(m_removeAction);
}

QList<QAction *> UsersPage::toolBarActions() const
{
    return {m_detailsAction, m_removeAction};
}

void UsersPage::buildLayout()
{
    m_banner = new Banner(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"usersSearch"_s);
    m_search->setPlaceholderText(tr("Search email, groups or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
        Q_EMIT countChanged();
    });

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"userStatusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    //: Filter on user status
    m_statusFilter->addItem(tr("Enabled"), u"enabled"_s);
    m_statusFilter->addItem(tr("Disabled"), u"disabled"_s);
    m_statusFilter->addItem(tr("Blocked"), u"blocked"_s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersPage::reload);

    m_emailFilter = new QLineEdit(this);
    m_emailFilter->setObjectName(u"userEmailFilter"_s);
    m_emailFilter->setPlaceholderText(tr("Email contains… (Enter asks Telnyx)"));
    m_emailFilter->setAccessibleName(tr("Email filter"));
    m_emailFilter->setClearButtonEnabled(true);
    connect(m_emailFilter, &QLineEdit::returnPressed, this, &UsersPage::reload);
    connect(m_emailFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_model->query().emailContains.isEmpty())
            reload(); // the clear button drops the server-side filter too
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_emailFilter, 1);
    filters->addWidget(m_statusFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setAccessibleName(tr("Organization users"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(Col::Email, Qt::AscendingOrder);
    TableSetup::configure(m_table, {Col::Id});
    m_table->setColumnWidth(Col::Email, 280);
    m_table->setColumnWidth(Col::Groups, 260);
    m_table->setColumnWidth(Col::LastSignIn, 150);
    m_columnsMenu = TableSetup::columnsMenu(m_table, this);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_detailsAction);
        menu.addAction(m_removeAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(TableSetup::addOpenShortcut(m_table), &QAction::triggered, this,
            &UsersPage::showDetails);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"usersEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    setSearchField(m_search);
}

void UsersPage::reload()
{
    m_loadedOnce = true;
    m_banner->hide();
    UserQuery query;
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        query.status = status;
    query.emailContains = m_emailFilter->text().trimmed();
    m_model->reload(query);
}

void UsersPage::cancelLoad()
{
    m_model->cancel();
}

bool UsersPage::isLoading() const
{
    return m_model->isLoading();
}

QString UsersPage::countText() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_model->isLoading())
        return tr("Loading… %Ln user(s) so far", nullptr, total);
    if (shown == total)
        return tr("%Ln user(s)", nullptr, total);
    return tr("%1 of %Ln user(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

void UsersPage::saveLayout()
{
    TableSetup::saveHeader(m_table, m_settings, u"users/header"_s);
}

QList<int> UsersPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void UsersPage::updateActions()
{
    const QList<int> rows = selectedRows();
    bool ownerSelected = false;
    for (int row : rows)
        ownerSelected |= m_model->userAt(row)->isOwner();
    m_detailsAction->setEnabled(rows.size() == 1);
    m_removeAction->setEnabled(!rows.isEmpty() && !ownerSelected);
    m_removeAction->setText(rows.size() > 1 ? tr("&Remove %n user(s)…", nullptr, int(rows.size()))
                                            : tr("&Remove user…"));
    m_removeAction->setToolTip(ownerSelected
                                   ? tr("The organization owner cannot be removed.")
                                   : tr("Remove the selected users from the organization"));
}

void UsersPage::updateEmptyState()
{
    const bool empty =
        m_proxy->rowCount() == 0 && (m_model->rowCount() > 0 || !m_model->isLoading());
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_lastLoadFailed)
        m_empty->setText(tr("Nothing to show: the users could not be loaded (see above)."));
    else if (!m_proxy->searchText().isEmpty())
        m_empty->setText(tr("No user matches \"%1\".").arg(m_proxy->searchText()));
    else if (m_statusFilter->currentIndex() > 0 || !m_emailFilter->text().isEmpty())
        m_empty->setText(tr("No user matches these filters."));
    else
        m_empty->setText(tr("This organization has no users besides its owner.\nInvite people "
                            "from the Telnyx portal; they appear here once they join."));
    m_stack->setCurrentWidget(m_empty);
}

void UsersPage::onLoadFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->showMessage(Banner::Level::Info, tr("Loading cancelled"),
                              tr("%n user(s) loaded so far; the list may be incomplete.", nullptr,
                                 m_model->rowCount()),
                              Banner::Action::Reload, tr("Load everything"));
        return;
    }
    m_lastLoadFailed = true;
    showLoadError(error);
    updateEmptyState();
}

void UsersPage::showDetails()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    auto *dialog = new UserDetailsDialog(m_operations, m_model->userAt(rows.first())->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->load();
}

void UsersPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList ids;
    QStringList emails;
    for (int row : rows) {
        const OrganizationUser *u = m_model->userAt(row);
        if (u->isOwner())
            return; // the action is disabled; a shortcut must not get around it
        ids << u->id;
        emails << u->email;
    }
    const int n = int(ids.size());
    Prompter::Confirmation q;
    q.title = tr("Remove users");
    q.text = n == 1 ? tr("Remove %1 from the organization?").arg(emails.first())
                    : tr("Remove %n user(s) from the organization?", nullptr, n);
    q.details = tr("A removed user can no longer sign in to this organization or act for it, and "
                   "loses its groups. To give access again, invite them again from the Telnyx "
                   "portal.");
    if (n > 1)
        q.details += u"\n\n" + emails.mid(0, 10).join(u'\n') + (n > 10 ? u"\n…"_s : QString());
    q.acceptLabel = tr("Remove %n user(s)", nullptr, n);
    q.destructive = true;
    if (!m_prompter->confirm(this, q).accepted)
        return;

    BulkRun *run = m_operations->remove(ids, nullptr);
    BulkRunDialog::Texts texts;
    texts.title = tr("Removing %n user(s)", nullptr, n);
    texts.itemHeader = tr("User");
    texts.done = tr("✓ Removed");
    texts.summary = [](int ok) { return tr("%n user(s) removed.", nullptr, ok); };
    auto *dialog = new BulkRunDialog(run, emails, texts, this);
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &BulkRun::finished, this, [this, run, summary = texts.summary] {
        Q_EMIT statusMessage(summary(run->succeeded()));
        updateActions();
    });
    dialog->open();
    run->start();
}

} // namespace telnyx
