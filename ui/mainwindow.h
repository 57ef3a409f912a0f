#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QMenu;
class QToolBar;
class QToolButton;

namespace telnyx {

class AccountsPage;
class ConnectionManager;
class GroupsReportPage;
class UsersPage;
class ConsolePage;
class Prompter;
class SecretClipboard;
class TelnyxClient;

// The console's window: a navigation list of pages, the current page's actions in the toolbar
// and menus, and a status bar with progress and Cancel for long loads.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `prompter` may be null: the real dialogs are used.
    MainWindow(TelnyxClient *client, QSettings *settings, Prompter *prompter = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    AccountsPage *accountsPage() const { return m_accounts; }
    UsersPage *usersPage() const { return m_users; }
    GroupsReportPage *reportPage() const { return m_report; }
    ConsolePage *currentPage() const;
    void showPage(ConsolePage *page);
    // Profiles and keys: the window follows what the manager connects to and asks for a key
    // when one is needed. Without one, "Use another API key" keeps a key in memory only.
    void setConnectionManager(ConnectionManager *connections);
    // Shown in the page's banner instead of loading, e.g. when no API key is configured.
    void showStartupProblem(const QString &message);
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(ConsolePage *page, QMenu *menu);
    void buildMenus();
    void buildStatusBar();
    void onPageChanged(int index);
    void askForKey();
    void openConnectDialog(const QString &profile, const QString &reason);
    void onConnected(const QString &profile, int source);
    void rebuildProfilesMenu();
    void onLoadingChanged(bool loading);
    void onLoadProgress(int done, int total);
    void updateCount();

    TelnyxClient *m_client;
    QSettings *m_settings;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    SecretClipboard *m_clipboard;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_profilesMenu = nullptr;
    QLabel *m_keySource = nullptr;
    ConnectionManager *m_connections = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_fileMenuAnchor = nullptr; // page exports go above it
    bool m_started = false;              // the first refresh() happened: pages may load
    QAction *m_refresh = nullptr;
    QHash<ConsolePage *, QMenu *> m_pageMenus;
    AccountsPage *m_accounts = nullptr;
    UsersPage *m_users = nullptr;
    GroupsReportPage *m_report = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace telnyx
