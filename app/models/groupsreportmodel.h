#pragma once

#include "api/apierror.h"
#include "api/organizationuser.h"
#include "models/usersmodel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace telnyx {

class ApiCall;
class TelnyxClient;

// The users' groups report (GET /organizations/users/users_groups_report, telnyx-api.md §5.10):
// every user of the organization, the owner included, with their groups, in one answer. Cells
// read exactly as in UsersModel (the formatting is shared), so the two pages agree.
class GroupsReportModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsReportModel)

public:
    enum Column { Email, Status, Role, Groups, LastSignIn, Created, Id, ColumnCount };
    // The same numbers as UsersModel::Role, so the shared cell code and proxies serve both.
    enum Role {
        SortRole = UsersModel::SortRole,
        IdRole = UsersModel::IdRole,
        StatusRole = UsersModel::StatusRole,
        IsOwnerRole = UsersModel::IsOwnerRole,
        ExportRole = UsersModel::ExportRole,
        GroupIdsRole, // QStringList of the user's group ids
    };

    struct GroupCount
    {
        QString id;
        QString name;
        int members = 0;
    };

    explicit GroupsReportModel(TelnyxClient *client, QObject *parent = nullptr);
    ~GroupsReportModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Drops the rows and fetches the report again; a load in flight is abandoned without a word.
    void load();
    void cancel();
    bool isLoading() const { return m_call != nullptr; }

    // "Now" for the relative sign-in times; tests pin it.
    void setClock(std::function<QDateTime()> clock);

    // The rows in the server's order (what the CSV export writes).
    const QList<OrganizationUser> &users() const { return m_rows; }
    const OrganizationUser *userAt(int row) const;
    // Every distinct group (by id) with its number of members, sorted by name in natural order.
    QList<GroupCount> groups() const;
    int usersWithoutGroups() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The report could not be loaded, or the load was cancelled.
    void loadFailed(const telnyx::ApiError &error);
    // Rows the server sent that could not be read.
    void rowsRejected(int count, const QString &firstProblem);

private:
    static UserField fieldOf(int column);
    void abandonCall();
    void onLoaded(const Result<Page<OrganizationUser>> &result);

    TelnyxClient *m_client;
    QList<OrganizationUser> m_rows;
    QPointer<ApiCall> m_call;
    std::function<QDateTime()> m_clock;
    QTimer m_tick; // relative times go stale
};

} // namespace telnyx
