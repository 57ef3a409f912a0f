#pragma once

#include "consolepage.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QStackedWidget;
class QTableView;

namespace telnyx {

class ApiError;
class Banner;
class Prompter;
class TelnyxClient;
class UserOperations;
class UsersModel;
class UsersProxyModel;

// Organization users: the table with their groups, an instant search, the API's status and
// email filters, details, and removing users (never the owner).
class UsersPage : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(TelnyxClient *client, QSettings *settings, Prompter *prompter,
              QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersModel *model() const { return m_model; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    QString title() const override;
    QString iconName() const override;
    QList<QAction *> toolBarActions() const override;
    void reload() override;
    void cancelLoad() override;
    bool isLoading() const override;
    bool hasLoaded() const override { return m_loadedOnce; }
    QString countText() const override;
    void saveLayout() override;

    QList<int> selectedRows() const;

private:
    void buildActions();
    void buildLayout();
    void updateActions();
    void updateEmptyState();
    void onLoadFailed(const ApiError &error);
    void showDetails();
    void removeSelected();

    TelnyxClient *m_client;
    QSettings *m_settings;
    Prompter *m_prompter;
    UsersModel *m_model;
    UsersProxyModel *m_proxy;
    UserOperations *m_operations;

    Banner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_emailFilter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_removeAction = nullptr;
    bool m_loadedOnce = false;
    bool m_lastLoadFailed = false;
};

} // namespace telnyx
