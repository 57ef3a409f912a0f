#pragma once

#include "api/managedaccount.h"

#include "consolepage.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QStackedWidget;
class QTableView;

namespace telnyx {

class AccountOperations;
class AccountsProxyModel;
class ApiError;
class Banner;
class ChannelPoolStrip;
class ManagedAccountsModel;
class Prompter;
class SecretClipboard;
class TelnyxClient;

// The managed-accounts page: the table, its search and API-side filters, the channel pool, the
// actions on the selection, and errors said in a banner on the page.
class AccountsPage : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    AccountsPage(TelnyxClient *client, QSettings *settings, Prompter *prompter,
                 SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~AccountsPage() override;

    ManagedAccountsModel *model() const { return m_model; }
    AccountOperations *operations() const { return m_operations; }
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QAction *exportAction() const { return m_exportAction; }

    QString title() const override;
    QString iconName() const override;
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void cancelLoad() override;
    bool isLoading() const override;
    bool hasLoaded() const override { return m_loadedOnce; }
    QString countText() const override;
    void saveLayout() override;
    void showStartupProblem(const QString &title, const QString &text);

    // The selection, as rows of the model (not of the sorted view).
    QList<int> selectedRows() const;
    void selectAccount(const QString &id);

    // Exports what is shown (filtered and sorted) to `path`; returns false with `error` set.
    bool exportView(const QString &path, QString *error);

private:
    void buildActions();
    void buildLayout();
    void restoreLayout();
    void updateActions();
    void updateEmptyState();
    void applyApiFilters();
    void loadPool();
    void onLoadFailed(const ApiError &error);

    void newAccount();
    void showDetails();
    void changeStatus(bool enable);
    void toggleCustomPricing();
    void setChannelLimit();
    void copySelection();
    void exportViewInteractive();
    QString labelOf(int row) const;

    TelnyxClient *m_client;
    QSettings *m_settings;
    Prompter *m_prompter;
    SecretClipboard *m_clipboard;
    ManagedAccountsModel *m_model;
    AccountsProxyModel *m_proxy;
    AccountOperations *m_operations;

    Banner *m_banner = nullptr;
    ChannelPoolStrip *m_pool = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_includeCancelled = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QMenu *m_columnsMenu = nullptr;
    bool m_lastLoadFailed = false;

    QAction *m_newAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_pricingAction = nullptr;
    QAction *m_channelsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_loadedOnce = false;
};

} // namespace telnyx
