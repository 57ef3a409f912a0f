#include "mainwindow.h"

#include "api/telnyxclient.h"
#include "models/managedaccountsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

MainWindow::MainWindow(TelnyxClient *client, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(settings)
    , m_model(new ManagedAccountsModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Telnyx Admin"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManagedAccountsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    buildCentral();
    buildActions();
    buildStatusBar();
    restoreLayout();

    connect(m_model, &ManagedAccountsModel::loadingChanged, this, &MainWindow::onLoadingChanged);
    connect(m_model, &ManagedAccountsModel::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_model, &ManagedAccountsModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &ManagedAccountsModel::statusUnavailable, this, [this](const ApiError &e) {
        showBanner(tr("Account statuses could not be read: %1").arg(e.message()));
    });
    connect(m_model, &ManagedAccountsModel::rowsRejected, this, [this](int n, const QString &why) {
        showBanner(tr("%n account(s) sent by the server could not be read and are not shown (%1).",
                      nullptr, n)
                       .arg(why));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_banner = new QLabel(central);
    m_banner->setObjectName("errorBanner"_L1);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5f, 0x21, 0x20));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_search = new QLineEdit(central);
    m_search->setObjectName("searchField"_L1);
    m_search->setPlaceholderText(tr("Search organization, email or ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_search);

    m_table = new QTableView(central);
    m_table->setObjectName("accountsTable"_L1);
    m_table->setAccessibleName(tr("Managed accounts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ManagedAccountsModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line per account: names with line breaks or long text must not make rows uneven.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    for (int c : {ManagedAccountsModel::Id, ManagedAccountsModel::ManagerAccountId,
                  ManagedAccountsModel::ApiUser, ManagedAccountsModel::Channels})
        m_table->setColumnHidden(c, true);
    m_table->setColumnWidth(ManagedAccountsModel::Organization, 260);
    m_table->setColumnWidth(ManagedAccountsModel::Email, 260);
    m_table->setColumnWidth(ManagedAccountsModel::Created, 170);
    m_table->setColumnWidth(ManagedAccountsModel::Updated, 170);
    layout->addWidget(m_table, 1);

    setCentralWidget(central);
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolBar"_L1);
    toolbar->setMovable(false);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the accounts again (F5)"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);

    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(find);

    toolbar->addAction(refresh);
    addAction(find);
}

void MainWindow::buildStatusBar()
{
    m_count = new QLabel(this);
    m_count->setObjectName("rowCount"_L1);
    statusBar()->addWidget(m_count, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName("loadProgress"_L1);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_cancel = new QToolButton(this);
    m_cancel->setObjectName("cancelLoad"_L1);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_model, &ManagedAccountsModel::cancel);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::refresh()
{
    m_banner->hide();
    m_model->reload(m_model->query());
}

void MainWindow::showStartupProblem(const QString &message)
{
    showBanner(message);
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::onLoadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading) {
        m_progress->setRange(0, 0); // busy until page 1 says how many pages there are
    }
    updateCount();
}

void MainWindow::onLoadProgress(int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled) {
        statusBar()->showMessage(tr("Loading cancelled; the list may be incomplete."), 5000);
        showBanner(tr("Loading was cancelled: %n account(s) loaded so far. Press F5 to load "
                      "everything.",
                      nullptr, m_model->rowCount()));
        return;
    }
    showBanner(
        u"<b>%1</b><br>%2"_s.arg(error.title().toHtmlEscaped(), error.message().toHtmlEscaped()));
}

void MainWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading… %n account(s) so far", nullptr, total));
    else if (shown == total)
        m_count->setText(tr("%n account(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n account(s) shown", nullptr, total).arg(shown));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value("mainWindow/geometry"_L1).toByteArray()))
        resize(1200, 720); // first run: room for the default columns
    restoreState(m_settings->value("mainWindow/state"_L1).toByteArray());
    const QByteArray header = m_settings->value("accounts/header"_L1).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void MainWindow::saveLayout()
{
    m_settings->setValue("mainWindow/geometry"_L1, saveGeometry());
    m_settings->setValue("mainWindow/state"_L1, saveState());
    m_settings->setValue("accounts/header"_L1, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_model->cancel();
    event->accept();
}

} // namespace telnyx
