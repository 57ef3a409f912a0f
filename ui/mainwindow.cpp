#include "mainwindow.h"

#include "accountspage.h"
#include "api/telnyxclient.h"
#include "models/accountsproxymodel.h"
#include "models/managedaccountsmodel.h"
#include "prompter.h"
#include "widgets/secretclipboard.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace telnyx {

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

    m_accounts = new AccountsPage(client, settings, m_prompter, m_clipboard, this);
    m_nav = new QListWidget(this);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->addItem(tr("Managed accounts"));
    m_nav->setMaximumWidth(200);
    m_nav->setCurrentRow(0);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_accounts);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1000});
    setCentralWidget(splitter);

    buildMenus();
    buildStatusBar();

    if (!restoreGeometry(m_settings->value("mainWindow/geometry"_L1).toByteArray()))
        resize(1280, 760); // first run: room for the default columns
    restoreState(m_settings->value("mainWindow/state"_L1).toByteArray());

    connect(m_accounts, &AccountsPage::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_accounts, &AccountsPage::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_accounts, &AccountsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_accounts, &AccountsPage::changeKeyRequested, this, &MainWindow::askForKey);
    QAbstractItemModel *view = m_accounts->findChild<QTableView *>(u"accountsTable"_s)->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(view, signal, this, &MainWindow::updateCount);
    connect(view, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(view, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    updateCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the accounts again (F5); stops a load in progress"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    auto *changeKey = new QAction(tr("Use another API &key…"), this);
    changeKey->setObjectName(u"changeKeyAction"_s);
    connect(changeKey, &QAction::triggered, this, &MainWindow::askForKey);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_accounts->exportAction());
    file->addSeparator();
    file->addAction(changeKey);
    file->addSeparator();
    file->addAction(quit);

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    for (QAction *a : m_accounts->toolBarActions())
        accounts->addAction(a);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(m_accounts->findAction());
    view->addMenu(m_accounts->columnsMenu());

    toolbar->addAction(refresh);
    toolbar->addSeparator();
    for (QAction *a : m_accounts->toolBarActions())
        toolbar->addAction(a);
}

void MainWindow::buildStatusBar()
{
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
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_accounts, &AccountsPage::cancelLoad);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::refresh()
{
    m_accounts->reload();
}

void MainWindow::showStartupProblem(const QString &message)
{
    m_accounts->showStartupProblem(tr("Not connected"), message);
}

void MainWindow::askForKey()
{
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
    const ManagedAccountsModel *model = m_accounts->model();
    const auto *proxy = m_accounts->findChild<QTableView *>(u"accountsTable"_s)->model();
    const int total = model->rowCount();
    const int shown = proxy->rowCount();
    if (model->isLoading())
        m_count->setText(tr("Loading… %n account(s) so far", nullptr, total));
    else if (shown == total)
        m_count->setText(tr("%n account(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n account(s) shown", nullptr, total).arg(shown));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue("mainWindow/geometry"_L1, saveGeometry());
    m_settings->setValue("mainWindow/state"_L1, saveState());
    m_accounts->saveLayout();
    m_accounts->cancelLoad();
    m_clipboard->clearNow();
    event->accept();
}

} // namespace telnyx
