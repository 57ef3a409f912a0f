#include "mainwindow.h"

#include "accountspage.h"
#include "api/telnyxclient.h"
#include "consolepage.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/connectdialog.h"
#include "groupsreportpage.h"
#include "preferencesmenus.h"
#include "prompter.h"
#include "secrets/connectionmanager.h"
#include "theme.h"
#include "userspage.h"
#include "widgets/secretclipboard.h"
#include "widgets/shortcutpriority.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

constexpr int kIconNameRole = Qt::UserRole + 1;

// The page list draws the selected page's icon in the drawing made for the highlight colour:
// the default tint leaves a dark glyph on a dark blue highlight.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!(option->state & QStyle::State_Selected))
            return;
        const QIcon own = theme::ownIconFor(index.data(kIconNameRole).toString(),
                                            option->palette.color(QPalette::Highlight));
        if (!own.isNull())
            option->icon = own;
    }
};

} // namespace

MainWindow::MainWindow(TelnyxClient *client, QSettings *settings, Prompter *prompter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(settings)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_clipboard(new SecretClipboard(this))
{
    setWindowTitle(tr("Telnyx Admin"));
    setWindowIcon(theme::applicationIcon());

    m_nav = new QListWidget(this);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setMaximumWidth(220);
    m_nav->setItemDelegate(new NavigationDelegate(m_nav));
    m_pages = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1000});
    setCentralWidget(splitter);

    buildMenus();
    buildStatusBar();

    m_accounts = new AccountsPage(client, settings, m_prompter, m_clipboard, this);
    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    for (QAction *a : m_accounts->toolBarActions())
        accounts->addAction(a);
    accounts->addSeparator();
    accounts->addMenu(m_accounts->columnsMenu());
    addPage(m_accounts, accounts);
    m_fileMenu->insertAction(m_fileMenuAnchor, m_accounts->exportAction());

    m_users = new UsersPage(client, settings, m_prompter, this);
    QMenu *users = menuBar()->addMenu(tr("&Users"));
    for (QAction *a : m_users->toolBarActions())
        users->addAction(a);
    users->addSeparator();
    users->addMenu(m_users->columnsMenu());
    addPage(m_users, users);

    m_report = new GroupsReportPage(client, settings, m_prompter, this);
    QMenu *report = menuBar()->addMenu(tr("&Report"));
    report->addAction(m_report->exportAction());
    report->addSeparator();
    report->addMenu(m_report->columnsMenu());
    addPage(m_report, report);
    m_fileMenu->insertAction(m_fileMenuAnchor, m_report->exportAction());
    // Ctrl+E works from any page: it shows the report, then asks how to export it.
    connect(m_report->exportAction(), &QAction::triggered, this, [this] { showPage(m_report); });

    // Ctrl+E must reach "Export groups report" even from a search field.
    auto *priority = new ShortcutPriority({m_report->exportAction()->shortcut()}, this);
    for (QLineEdit *field : findChildren<QLineEdit *>())
        field->installEventFilter(priority);

    menuBar()->addMenu(m_helpMenu);

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    m_nav->setCurrentRow(0);

    if (!restoreGeometry(m_settings->value("mainWindow/geometry"_L1).toByteArray()))
        resize(1280, 760); // first run: room for the default columns
    restoreState(m_settings->value("mainWindow/state"_L1).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(ConsolePage *page, QMenu *menu)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(theme::icon(page->iconName()), page->title());
    item->setData(kIconNameRole, page->iconName());
    m_nav->addItem(item);
    m_pageMenus.insert(page, menu);
    // Only the shown page speaks to the status bar.
    auto mine = [this, page] { return page == currentPage(); };
    connect(page, &ConsolePage::loadingChanged, this, [this, mine](bool loading) {
        if (mine())
            onLoadingChanged(loading);
    });
    connect(page, &ConsolePage::loadProgress, this, [this, mine](int done, int total) {
        if (mine())
            onLoadProgress(done, total);
    });
    connect(page, &ConsolePage::countChanged, this, [this, mine] {
        if (mine())
            updateCount();
    });
    connect(page, &ConsolePage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(page, &ConsolePage::changeKeyRequested, this, &MainWindow::askForKey);
}

ConsolePage *MainWindow::currentPage() const
{
    return qobject_cast<ConsolePage *>(m_pages->currentWidget());
}

void MainWindow::showPage(ConsolePage *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

void MainWindow::onPageChanged(int index)
{
    m_pages->setCurrentIndex(index);
    ConsolePage *page = currentPage();
    if (!page)
        return;
    m_toolbar->clear();
    m_toolbar->addAction(m_refresh);
    m_toolbar->addSeparator();
    for (QAction *a : page->toolBarActions())
        m_toolbar->addAction(a);
    for (auto it = m_pageMenus.cbegin(); it != m_pageMenus.cend(); ++it)
        it.value()->menuAction()->setVisible(it.key() == page);
    onLoadingChanged(page->isLoading());
    updateCount();
    // Shortcuts of a page work while focus is inside it (pages set a focus proxy).
    page->setFocus();
    // Pages load the first time they are shown (once a key is there).
    if (!page->hasLoaded() && m_client->hasApiKey() && m_started)
        page->reload();
}

void MainWindow::buildMenus()
{
    //: Name of the main toolbar (shown in the toolbar context menu)
    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(u"mainToolBar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setIcon(theme::icon(u"view-refresh"_s));
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load this page again (F5); stops a load in progress"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    auto *changeKey = new QAction(tr("Use another API &key…"), this);
    changeKey->setIcon(theme::icon(u"dialog-password"_s));
    changeKey->setObjectName(u"changeKeyAction"_s);
    connect(changeKey, &QAction::triggered, this, &MainWindow::askForKey);

    m_profilesMenu = new QMenu(tr("&Profiles"), this);
    m_profilesMenu->setObjectName(u"profilesMenu"_s);
    connect(m_profilesMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildProfilesMenu);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setIcon(theme::icon(u"application-exit"_s));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenuAnchor = m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_profilesMenu);
    m_fileMenu->addAction(changeKey);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addSeparator();
    view->addMenu(createAppearanceMenu(m_settings, this));
    view->addMenu(createLanguageMenu(m_settings, this));

    // Added last so it stays at the end of the menu bar, after the pages' menus.
    m_helpMenu = new QMenu(tr("&Help"), this);
    QAction *about = m_helpMenu->addAction(theme::icon(u"help-about"_s), tr("&About Telnyx Admin"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_client->baseUrl(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    m_keySource = new QLabel(this);
    m_keySource->setObjectName(u"keySource"_s);
    statusBar()->addPermanentWidget(m_keySource);

    m_count = new QLabel(this);
    m_count->setObjectName(u"rowCount"_s);
    statusBar()->addPermanentWidget(m_count);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"cancelLoad"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(theme::icon(u"process-stop"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (ConsolePage *page = currentPage())
            page->cancelLoad();
    });
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::refresh()
{
    m_started = true;
    if (ConsolePage *page = currentPage())
        page->reload();
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_accounts->showStartupProblem(tr("Not connected"), message);
}

void MainWindow::setConnectionManager(ConnectionManager *connections)
{
    m_connections = connections;
    connect(connections, &ConnectionManager::connected, this,
            [this](const QString &profile, ConnectionManager::KeySource source) {
                onConnected(profile, int(source));
            });
    connect(connections, &ConnectionManager::needsKey, this, [this](const QString &profile) {
        openConnectDialog(profile,
                          profile.isEmpty()
                              ? tr("Welcome. Connect with a Telnyx API key to start.")
                              : tr("No API key is saved for the profile \"%1\".").arg(profile));
    });
    connect(connections, &ConnectionManager::keychainProblem, this,
            [this](const QString &profile, SecretStore::Status status) {
                m_accounts->showStartupProblem(
                    tr("The key of profile \"%1\" could not be read").arg(profile),
                    SecretStore::userMessage(status));
            });
}

void MainWindow::onConnected(const QString &profile, int source)
{
    using S = ConnectionManager::KeySource;
    setWindowTitle(profile.isEmpty() ? tr("Telnyx Admin") : tr("Telnyx Admin — %1").arg(profile));
    switch (S(source)) {
    case S::Environment:
        m_keySource->setText(tr("Key from TELNYX_API_KEY (not stored)"));
        break;
    case S::Keychain:
        m_keySource->setText(tr("Key in the system keychain"));
        break;
    case S::SessionOnly:
        m_keySource->setText(tr("Key for this session only"));
        break;
    case S::None:
        m_keySource->clear();
        break;
    }
    // Another profile means other accounts: every page loads again when shown.
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *page = qobject_cast<ConsolePage *>(m_pages->widget(i));
            page && page->hasLoaded() && page != currentPage())
            page->reload();
    }
    refresh();
}

void MainWindow::openConnectDialog(const QString &profile, const QString &reason)
{
    if (!m_connections)
        return;
    auto *dialog = new ConnectDialog(m_connections, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason);
    dialog->open();
}

void MainWindow::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    if (!m_connections) {
        m_profilesMenu->addAction(tr("(profiles are not available)"))->setEnabled(false);
        return;
    }
    const QString active = m_connections->activeProfile();
    for (const Profile &p : m_connections->profiles()->profiles()) {
        QAction *a = m_profilesMenu->addAction(p.name);
        a->setCheckable(true);
        a->setChecked(p.name == active);
        connect(a, &QAction::triggered, this,
                [this, name = p.name] { m_connections->switchTo(name); });
    }
    m_profilesMenu->addSeparator();
    m_profilesMenu->addAction(tr("&Add profile…"), this,
                              [this] { openConnectDialog(QString(), QString()); });
    QAction *replace = m_profilesMenu->addAction(
        tr("&Replace API key…"), this, [this, active] { openConnectDialog(active, QString()); });
    replace->setEnabled(!active.isEmpty());
    QAction *remove = m_profilesMenu->addAction(tr("Re&move profile…"), this, [this, active] {
        Prompter::Confirmation q;
        q.title = tr("Remove profile");
        q.text = tr("Remove the profile \"%1\"?").arg(active);
        q.details = tr("Its API key is deleted from the keychain. The key itself stays valid at "
                       "Telnyx; revoke it in the portal if it should not be used any more.");
        q.acceptLabel = tr("Remove profile");
        q.destructive = true;
        if (!m_prompter->confirm(this, q).accepted)
            return;
        m_connections->removeProfile(active, this, [this](SecretStore::Status status) {
            if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
                statusBar()->showMessage(SecretStore::userMessage(status), 10000);
            else
                m_connections->start();
        });
    });
    remove->setEnabled(!active.isEmpty());
}

void MainWindow::askForKey()
{
    if (m_connections) {
        openConnectDialog(m_connections->activeProfile(),
                          tr("Enter the API key to use. It replaces the saved one."));
        return;
    }
    // Kept in memory for this session only; saving keys in the keychain is the profiles' job.
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("API key"),
        tr("Telnyx API key for this session (kept in memory only, never saved):"),
        QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    m_client->setApiKey(key.trimmed());
    refresh();
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_progress->setRange(0, 0); // busy until page 1 says how many pages there are
    updateCount();
}

void MainWindow::onLoadProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

void MainWindow::updateCount()
{
    if (ConsolePage *page = currentPage())
        m_count->setText(page->countText());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        theme::followPalette(palette());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue("mainWindow/geometry"_L1, saveGeometry());
    m_settings->setValue("mainWindow/state"_L1, saveState());
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *page = qobject_cast<ConsolePage *>(m_pages->widget(i))) {
            page->saveLayout();
            page->cancelLoad();
        }
    }
    m_clipboard->clearNow();
    event->accept();
}

} // namespace telnyx
