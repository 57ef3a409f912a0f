#include "accountspage.h"

#include "api/telnyxclient.h"
#include "dialogs/accountdetailsdialog.h"
#include "dialogs/bulkrundialog.h"
#include "dialogs/channellimitdialog.h"
#include "dialogs/createaccountdialog.h"
#include "models/accountoperations.h"
#include "models/accountsproxymodel.h"
#include "models/bulkrun.h"
#include "models/managedaccountsmodel.h"
#include "prompter.h"
#include "theme.h"
#include "widgets/banner.h"
#include "widgets/channelpoolstrip.h"
#include "widgets/statusdelegate.h"
#include "widgets/tablesetup.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

using Col = ManagedAccountsModel::Column;

AccountsPage::AccountsPage(TelnyxClient *client, QSettings *settings, Prompter *prompter,
                           SecretClipboard *clipboard, QWidget *parent)
    : ConsolePage(parent)
    , m_client(client)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_clipboard(clipboard)
    , m_model(new ManagedAccountsModel(client, this))
    , m_proxy(new AccountsProxyModel(this))
    , m_operations(new AccountOperations(client, m_model, this))
{
    setObjectName(u"accountsPage"_s);
    m_proxy->setSourceModel(m_model);
    buildActions();
    buildLayout();
    restoreLayout();

    connect(m_model, &ManagedAccountsModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_lastLoadFailed = false;
        updateEmptyState();
        Q_EMIT loadingChanged(loading);
        Q_EMIT countChanged();
    });
    connect(m_model, &ManagedAccountsModel::loadProgress, this, &AccountsPage::loadProgress);
    connect(m_model, &ManagedAccountsModel::loadFailed, this, &AccountsPage::onLoadFailed);
    connect(m_model, &ManagedAccountsModel::statusUnavailable, this, [this](const ApiError &e) {
        m_banner->showMessage(Banner::Level::Warning, tr("Statuses unknown"),
                              tr("The status listings could not be read, so statuses show as "
                                 "unknown. %1")
                                  .arg(e.message()),
                              Banner::Action::Reload, tr("Reload"));
    });
    connect(m_model, &ManagedAccountsModel::rowsRejected, this, [this](int n, const QString &why) {
        m_banner->showMessage(
            Banner::Level::Warning, tr("Some accounts could not be read"),
            tr("%n account(s) sent by Telnyx could not be read and are not shown: %1", nullptr, n)
                .arg(why));
    });
    connect(m_operations, &AccountOperations::channelPoolChanged, this, &AccountsPage::loadPool);
    attachBanner(m_banner);
    trackRowCount(m_proxy);
    connect(this, &ConsolePage::countChanged, this, &AccountsPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AccountsPage::updateActions);
    updateActions();
    updateEmptyState();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::buildActions()
{
    m_newAction = new QAction(tr("&New account…"), this);
    m_newAction->setIcon(theme::icon(u"list-add"_s));
    m_newAction->setObjectName(u"newAccountAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a managed account (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &AccountsPage::newAccount);

    m_detailsAction = new QAction(tr("&Details…"), this);
    m_detailsAction->setIcon(theme::icon(u"document-properties"_s));
    m_detailsAction->setObjectName(u"detailsAction"_s);
    m_detailsAction->setToolTip(tr("Balance, keys and settings of the account (Enter)"));
    connect(m_detailsAction, &QAction::triggered, this, &AccountsPage::showDetails);

    m_disableAction = new QAction(tr("D&isable…"), this);
    m_disableAction->setIcon(theme::icon(u"telnyx-account-disable"_s));
    m_disableAction->setObjectName(u"disableAction"_s);
    m_disableAction->setToolTip(tr("Stop the selected accounts from using Telnyx services"));
    connect(m_disableAction, &QAction::triggered, this, [this] { changeStatus(false); });

    m_enableAction = new QAction(tr("&Enable…"), this);
    m_enableAction->setIcon(theme::icon(u"telnyx-account-enable"_s));
    m_enableAction->setObjectName(u"enableAction"_s);
    m_enableAction->setToolTip(tr("Let the selected accounts use Telnyx services again"));
    connect(m_enableAction, &QAction::triggered, this, [this] { changeStatus(true); });

    m_pricingAction = new QAction(tr("Allow custom &pricing"), this);
    m_pricingAction->setIcon(theme::icon(u"telnyx-custom-pricing"_s));
    m_pricingAction->setObjectName(u"pricingAction"_s);
    m_pricingAction->setCheckable(true);
    connect(m_pricingAction, &QAction::triggered, this, &AccountsPage::toggleCustomPricing);

    m_channelsAction = new QAction(tr("C&hannel limit…"), this);
    m_channelsAction->setIcon(theme::icon(u"telnyx-channels"_s));
    m_channelsAction->setObjectName(u"channelsAction"_s);
    m_channelsAction->setToolTip(tr("Allocate global outbound channels from your pool"));
    connect(m_channelsAction, &QAction::triggered, this, &AccountsPage::setChannelLimit);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setIcon(theme::icon(u"edit-copy"_s));
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &AccountsPage::copySelection);

    m_exportAction = new QAction(tr("E&xport view as CSV…"), this);
    m_exportAction->setIcon(theme::icon(u"document-save-as"_s));
    m_exportAction->setObjectName(u"exportAccountsAction"_s);
    m_exportAction->setToolTip(tr("Save the accounts shown, as filtered and sorted"));
    connect(m_exportAction, &QAction::triggered, this, &AccountsPage::exportViewInteractive);

    // The page's own shortcuts work only while the page is shown.
    for (QAction *a : {m_newAction, m_copyAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
}

QString AccountsPage::iconName() const
{
    return u"telnyx-accounts"_s;
}

QString AccountsPage::title() const
{
    return tr("Managed accounts");
}

QString AccountsPage::countText() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_model->isLoading())
        return tr("Loading… %Ln account(s) so far", nullptr, total);
    if (shown == total)
        return tr("%Ln account(s)", nullptr, total);
    return tr("%1 of %Ln account(s) shown", nullptr, total).arg(QLocale().toString(shown));
}

QList<QAction *> AccountsPage::toolBarActions() const
{
    return {m_newAction,     m_detailsAction,  m_disableAction, m_enableAction,
            m_pricingAction, m_channelsAction, m_exportAction};
}

void AccountsPage::buildLayout()
{
    m_banner = new Banner(this);
    m_pool = new ChannelPoolStrip(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search organization, email or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
    });

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    //: Filter on account status; also lower-cased into "No %1 accounts."
    m_statusFilter->addItem(tr("Enabled"), u"enabled"_s);
    m_statusFilter->addItem(tr("Disabled"), u"disabled"_s);
    m_statusFilter->addItem(tr("Blocked"), u"blocked"_s);
    m_statusFilter->addItem(tr("Cancelled"), u"cancelled"_s);
    m_includeCancelled = new QCheckBox(tr("Include cancelled accounts"), this);
    m_includeCancelled->setObjectName(u"includeCancelled"_s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        // Telnyx hides cancelled accounts unless they are asked for.
        if (m_statusFilter->currentData().toString() == "cancelled"_L1)
            m_includeCancelled->setChecked(true);
        applyApiFilters();
    });
    connect(m_includeCancelled, &QCheckBox::toggled, this, &AccountsPage::applyApiFilters);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_includeCancelled);

    m_table = new QTableView(this);
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setAccessibleName(tr("Managed accounts"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(Col::Status, new StatusDelegate(m_table));
    m_table->sortByColumn(Col::Created, Qt::DescendingOrder);
    TableSetup::configure(m_table, {Col::Id, Col::ManagerAccountId, Col::ApiUser, Col::Channels});
    m_table->setColumnWidth(Col::Organization, 260);
    m_table->setColumnWidth(Col::Email, 260);
    m_table->setColumnWidth(Col::Status, 110);
    m_table->setColumnWidth(Col::Created, 170);
    m_table->setColumnWidth(Col::Updated, 170);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_detailsAction);
        menu.addSeparator();
        menu.addAction(m_disableAction);
        menu.addAction(m_enableAction);
        menu.addAction(m_pricingAction);
        menu.addAction(m_channelsAction);
        menu.addSeparator();
        menu.addAction(m_copyAction);
        menu.addAction(m_exportAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    // Enter opens the details, as a double click does.
    connect(TableSetup::addOpenShortcut(m_table), &QAction::triggered, this,
            &AccountsPage::showDetails);

    m_columnsMenu = TableSetup::columnsMenu(m_table, this);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_pool);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    setSearchField(m_search);
}

void AccountsPage::restoreLayout()
{
    TableSetup::restoreHeader(m_table, m_settings, u"accounts/header"_s);
}

void AccountsPage::saveLayout()
{
    TableSetup::saveHeader(m_table, m_settings, u"accounts/header"_s);
}

void AccountsPage::reload()
{
    m_loadedOnce = true;
    m_banner->hide();
    applyApiFilters();
}

void AccountsPage::applyApiFilters()
{
    ManagedAccountQuery query;
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        query.status = status;
    query.includeCancelled = m_includeCancelled->isChecked();
    m_banner->hide();
    m_model->reload(query);
    loadPool();
}

void AccountsPage::loadPool()
{
    m_pool->setLoading();
    m_operations->channelPool(this, [this](const Result<ChannelPool> &r) {
        if (r.ok())
            m_pool->setPool(r.value());
        else
            m_pool->setUnavailable(r.error().title());
    });
}

void AccountsPage::cancelLoad()
{
    m_model->cancel();
}

bool AccountsPage::isLoading() const
{
    return m_model->isLoading();
}

void AccountsPage::showStartupProblem(const QString &title, const QString &text)
{
    m_banner->showMessage(Banner::Level::Error, title, text, Banner::Action::ChangeKey,
                          tr("Enter API key…"));
    m_lastLoadFailed = true;
    m_pool->setUnavailable(tr("no API key"));
    updateEmptyState();
}

void AccountsPage::onLoadFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->showMessage(Banner::Level::Info, tr("Loading cancelled"),
                              tr("%n account(s) loaded so far; the list may be incomplete.",
                                 nullptr, m_model->rowCount()),
                              Banner::Action::Reload, tr("Load everything"));
        return;
    }
    m_lastLoadFailed = true;
    if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden) {
        // On this endpoint both also mean "not a manager account" (telnyx-api.md §0.14).
        m_banner->showMessage(
            Banner::Level::Error,
            error.kind() == ApiError::Kind::Unauthorized ? tr("API key rejected")
                                                         : tr("Managed accounts not available"),
            tr("Telnyx refused the list of managed accounts. Either the API key is wrong or "
               "revoked, or this account is not a manager account: Telnyx must enable managed "
               "accounts for it (a limited-release feature that needs L2 verification). %1")
                .arg(error.message()),
            Banner::Action::ChangeKey, tr("Change API key…"));
    } else {
        m_banner->showMessage(Banner::Level::Error, error.title(), error.message(),
                              Banner::Action::Reload, tr("Try again"));
    }
    updateEmptyState();
}

void AccountsPage::updateEmptyState()
{
    // Rows hidden by the search are a definite answer even while more pages or the status
    // listings are still loading; an empty model is only "empty" once loading is over.
    const bool empty =
        m_proxy->rowCount() == 0 && (m_model->rowCount() > 0 || !m_model->isLoading());
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_loadedOnce)
        m_empty->setText(tr("Not connected yet.\nAdd a profile with your Telnyx API key: "
                            "File → Profiles → Add profile."));
    else if (m_lastLoadFailed)
        m_empty->setText(tr("Nothing to show: the accounts could not be loaded (see above)."));
    else if (!m_proxy->searchText().isEmpty())
        m_empty->setText(tr("No account matches \"%1\".").arg(m_proxy->searchText()));
    else if (m_statusFilter->currentIndex() > 0)
        m_empty->setText(tr("No %1 accounts.").arg(m_statusFilter->currentText().toLower()));
    else
        m_empty->setText(tr("No managed accounts yet.\nCreate the first one with New account "
                            "(Ctrl+N)."));
    m_stack->setCurrentWidget(m_empty);
}

QList<int> AccountsPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AccountsPage::selectAccount(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void AccountsPage::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool one = rows.size() == 1;
    const bool any = !rows.isEmpty();
    m_detailsAction->setEnabled(one);
    m_disableAction->setEnabled(any);
    m_enableAction->setEnabled(any);
    m_channelsAction->setEnabled(one);
    m_pricingAction->setEnabled(one);
    m_copyAction->setEnabled(any);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    const ManagedAccount *a = one ? m_model->accountAt(rows.first()) : nullptr;
    m_pricingAction->setChecked(a && a->allowCustomPricing.value_or(false));
    // Say what the action would do to the selection, not just what it is.
    m_disableAction->setText(any ? tr("D&isable %n account(s)…", nullptr, int(rows.size()))
                                 : tr("D&isable…"));
    m_enableAction->setText(any ? tr("&Enable %n account(s)…", nullptr, int(rows.size()))
                                : tr("&Enable…"));
}

QString AccountsPage::labelOf(int row) const
{
    const ManagedAccount *a = m_model->accountAt(row);
    if (!a)
        return {};
    const QString org = a->organizationName.value_or(QString()).simplified();
    return org.isEmpty() ? a->email : org + u" <" + a->email + u'>';
}

void AccountsPage::newAccount()
{
    auto *dialog = new CreateAccountDialog(m_operations, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateAccountDialog::accountCreated, this, [this](const QString &id) {
        // The search may hide the new row; clear it so the person sees what they made.
        if (m_proxy->rowCount() > 0 && !m_proxy->searchText().isEmpty())
            m_search->clear();
        selectAccount(id);
        loadPool();
        Q_EMIT statusMessage(tr("Account created."));
    });
    dialog->open();
}

void AccountsPage::showDetails()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const ManagedAccount *a = m_model->accountAt(rows.first());
    auto *dialog = new AccountDetailsDialog(m_operations, m_clipboard, a->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->load();
}

void AccountsPage::changeStatus(bool enable)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QStringList ids;
    QStringList labels;
    for (int row : rows) {
        ids << m_model->accountAt(row)->id;
        labels << labelOf(row);
    }
    const int n = int(ids.size());
    Prompter::Confirmation q;
    if (enable) {
        q.title = tr("Enable accounts");
        q.text =
            n == 1 ? tr("Enable %1?").arg(labels.first()) : tr("Enable %n account(s)?", nullptr, n);
        q.details = tr("The account and its sub-users can use Telnyx services and sign in to the "
                       "portal again.");
        q.acceptLabel = tr("Enable %n account(s)", nullptr, n);
        q.checkboxLabel = tr("Re-enable all connections (those that fail validation stay "
                             "disabled)");
    } else {
        q.title = tr("Disable accounts");
        q.text = n == 1 ? tr("Disable %1?").arg(labels.first())
                        : tr("Disable %n account(s)?", nullptr, n);
        q.details = tr("A disabled account cannot use Telnyx services: no calls or messages are "
                       "sent or received, and the account and its sub-users can no longer sign "
                       "in to the portal. Calls in progress are not cut off.");
        q.acceptLabel = tr("Disable %n account(s)", nullptr, n);
        q.destructive = true;
    }
    const Prompter::Answer answer = m_prompter->confirm(this, q);
    if (!answer.accepted)
        return;
    BulkRun *run = m_operations->setEnabled(ids, enable, answer.checked, nullptr);
    BulkRunDialog::Texts texts;
    texts.itemHeader = tr("Account");
    if (enable) {
        texts.title = tr("Enabling %n account(s)", nullptr, n);
        texts.done = tr("✓ Enabled");
        texts.summary = [](int ok) { return tr("%n account(s) enabled.", nullptr, ok); };
    } else {
        texts.title = tr("Disabling %n account(s)", nullptr, n);
        texts.done = tr("✓ Disabled");
        texts.summary = [](int ok) { return tr("%n account(s) disabled.", nullptr, ok); };
    }
    auto *dialog = new BulkRunDialog(run, labels, texts, this);
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &BulkRun::finished, this, [this, run, summary = texts.summary] {
        Q_EMIT statusMessage(summary(run->succeeded()));
    });
    dialog->open();
    run->start();
}

void AccountsPage::toggleCustomPricing()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1) {
        updateActions();
        return;
    }
    const ManagedAccount *a = m_model->accountAt(rows.first());
    const bool allow = !a->allowCustomPricing.value_or(false);
    Prompter::Confirmation q;
    q.title = tr("Custom pricing");
    q.text = allow ? tr("Allow custom pricing for %1?").arg(labelOf(rows.first()))
                   : tr("Stop custom pricing for %1?").arg(labelOf(rows.first()));
    q.details = tr("Pricing changes can take some time to apply.");
    q.acceptLabel = allow ? tr("Allow custom pricing") : tr("Stop custom pricing");
    if (!m_prompter->confirm(this, q).accepted) {
        updateActions(); // undo the checkmark the click toggled
        return;
    }
    const QString id = a->id;
    m_operations->setCustomPricing(id, allow, this, [this](const Result<ManagedAccountDetail> &r) {
        if (r.ok()) {
            Q_EMIT statusMessage(tr("Custom pricing updated; it may take some time to apply."));
        } else {
            m_banner->showMessage(Banner::Level::Error, tr("Custom pricing not changed"),
                                  r.error().message());
        }
        updateActions();
    });
}

void AccountsPage::setChannelLimit()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    auto *dialog = new ChannelLimitDialog(m_operations, m_model->accountAt(rows.first())->id,
                                          labelOf(rows.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { Q_EMIT statusMessage(tr("Channel limit set.")); });
    dialog->open();
    dialog->load();
}

void AccountsPage::copySelection()
{
    const QString text = TableSetup::selectedRowsAsTsv(m_table, ManagedAccountsModel::ExportRole);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %n row(s).", nullptr, int(text.count(u'\n'))));
}

bool AccountsPage::exportView(const QString &path, QString *error)
{
    return TableSetup::exportView(m_table, ManagedAccountsModel::ExportRole, path, error);
}

void AccountsPage::exportViewInteractive()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"managed-accounts.csv"_s);
    const QString path = m_prompter->saveFileName(this, tr("Export accounts as CSV"), suggested,
                                                  tr("CSV, spreadsheet-safe (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportView(path, &error)) {
        Q_EMIT statusMessage(tr("Exported %n account(s) to %1.", nullptr, m_proxy->rowCount())
                                 .arg(QDir::toNativeSeparators(path)));
    } else {
        m_banner->showMessage(
            Banner::Level::Error, tr("Export failed"),
            tr("Nothing was written to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace telnyx
