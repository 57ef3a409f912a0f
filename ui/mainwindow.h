#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace telnyx {

class ApiError;
class ManagedAccountsModel;
class TelnyxClient;

// The console's window. For now one page: the managed accounts, loaded through the real client.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(TelnyxClient *client, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the banner instead of loading, e.g. when no API key is configured.
    void showStartupProblem(const QString &message);
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildCentral();
    void buildStatusBar();
    void restoreLayout();
    void saveLayout();
    void showBanner(const QString &text);
    void onLoadingChanged(bool loading);
    void onLoadProgress(int done, int total);
    void onLoadFailed(const ApiError &error);
    void updateCount();

    TelnyxClient *m_client;
    QSettings *m_settings;
    ManagedAccountsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace telnyx
