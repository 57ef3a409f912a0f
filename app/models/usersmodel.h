#pragma once

#include "api/apierror.h"
#include "api/organizationuser.h"
#include "api/telnyxclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace telnyx {

class Pager;

// --- Cell text shared by the users table and the groups report --------------------------------
// Both tables show the same user fields; formatting lives here once so that the two can never
// disagree about how a status, a group list or a sign-in time reads.

enum class UserField { Email, Status, Role, Groups, LastSignIn, SsoBypass, Created, Id };

// "just now", "5 minutes ago", "3 days ago", "2 months ago", "4 years ago"; "never" for an
// invalid `when` (the API's null last_sign_in_at). A `when` after `now` (clock skew between this
// computer and Telnyx) reads "just now" rather than a time in the future.
QString relativeTime(const QDateTime &when, const QDateTime &now);
// The data of one user field for a role of UsersModel::Role (also used by the report, whose roles
// have the same numbers) or Qt::DisplayRole / Qt::ToolTipRole.
QVariant userFieldData(const OrganizationUser &user, UserField field, int role,
                       const QDateTime &now);
QString userFieldHeader(UserField field);
// Tells the views that a column's text changed on every row (relative times after a minute, or
// after a new clock), without touching the sort or filter roles.
void announceDisplayChanged(QAbstractItemModel &model, int column);

// The organization users table: the one owner of these rows (design.md §3). It walks every page
// of GET /organizations/users (always with groups), rows appear as pages land, and mutations
// confirmed by the server (UserOperations) update it in place.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { Email, Status, Role, Groups, LastSignIn, SsoBypass, Created, Id, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw value: dates as QDateTime (invalid: none), flags as int
        IdRole,
        StatusRole,  // UserStatus as int
        IsOwnerRole, // bool
        ExportRole,  // plain text: ISO dates, API spellings, group names joined ", "
    };

    static constexpr int PageSize = 250;

    explicit UsersModel(TelnyxClient *client, QObject *parent = nullptr);
    ~UsersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Drops the rows and loads everything matching `query` again, with groups whatever
    // query.includeGroups says; a load in flight is abandoned without a word.
    void reload(const UserQuery &query = {});
    void cancel();
    bool isLoading() const { return m_pager != nullptr; }
    const UserQuery &query() const { return m_query; }

    // "Now" for the relative sign-in times; tests pin it.
    void setClock(std::function<QDateTime()> clock);

    const OrganizationUser *userAt(int row) const;
    int rowOf(const QString &id) const;
    // In-place updates after the server confirmed a change (UserOperations calls these).
    // upsert() replaces the row with that id, or appends it.
    void upsert(const OrganizationUser &user);
    void removeUser(const QString &id);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadProgress(int pagesDone, int totalPages);
    // The rows could not be (completely) loaded, or the load was cancelled; rows shown stay.
    void loadFailed(const telnyx::ApiError &error);
    // Rows the server sent that could not be read.
    void rowsRejected(int count, const QString &firstProblem);

private:
    void abandonWalk();
    void onPage(const RawPage &page);
    void onWalkFinished(const ApiError &error);

    TelnyxClient *m_client;
    UserQuery m_query;
    QList<OrganizationUser> m_rows;
    QHash<QString, int> m_rowById;
    Pager *m_pager = nullptr;
    std::function<QDateTime()> m_clock;
    QTimer m_tick; // relative times go stale: "just now" must not stay "just now" for an hour
};

} // namespace telnyx
