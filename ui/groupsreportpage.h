#pragma once

#include "consolepage.h"

#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSettings;
class QTableView;

namespace telnyx {

class ApiCall;
class ApiError;
class Banner;
class GroupsReportModel;
class GroupsReportProxyModel;
class Prompter;
class TelnyxClient;

// The users' groups report: every user with their groups, a side list of groups with member
// counts ("who is in Admins?" is one click), and the export in two clearly named formats.
class GroupsReportPage : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsReportPage)

public:
    GroupsReportPage(TelnyxClient *client, QSettings *settings, Prompter *prompter,
                     QWidget *parent = nullptr);
    ~GroupsReportPage() override;

    GroupsReportModel *model() const { return m_model; }
    QAction *exportAction() const { return m_exportAction; }
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

    // Writes the report to `path`. Spreadsheet-safe exports write what is loaded; "as Telnyx
    // sends it" fetches the server's CSV first. exportFinished() follows either way.
    void exportReport(const QString &path, bool asTelnyxSendsIt, bool extraColumns);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void buildLayout();
    void rebuildGroupList();
    void applyGroupSelection();
    void onLoadFailed(const ApiError &error);
    void exportInteractive();
    void writeSafeExport(const QString &path, bool extraColumns);
    void finishExport(bool ok, const QString &path, const QString &error);

    struct PendingExport
    {
        QString path;
        bool extraColumns = false;
    };

    TelnyxClient *m_client;
    QSettings *m_settings;
    Prompter *m_prompter;
    GroupsReportModel *m_model;
    GroupsReportProxyModel *m_proxy;

    Banner *m_banner = nullptr;
    QListWidget *m_groupList = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<ApiCall> m_exportCall;
    std::optional<PendingExport> m_pendingExport;
    bool m_loadedOnce = false;
    bool m_lastLoadOk = false;
};

} // namespace telnyx
