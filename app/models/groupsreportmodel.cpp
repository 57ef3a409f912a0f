#include "models/groupsreportmodel.h"

#include "api/apicall.h"
#include "api/logging.h"
#include "api/telnyxclient.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace telnyx {

namespace {

constexpr int TickIntervalMs = 60 * 1000;

} // namespace

GroupsReportModel::GroupsReportModel(TelnyxClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(TickIntervalMs);
    m_tick.callOnTimeout(this, [this] { announceDisplayChanged(*this, LastSignIn); });
    m_tick.start();
}

GroupsReportModel::~GroupsReportModel()
{
    abandonCall();
}

UserField GroupsReportModel::fieldOf(int column)
{
    switch (Column(column)) {
    case Email:
        return UserField::Email;
    case Status:
        return UserField::Status;
    case Role:
        return UserField::Role;
    case Groups:
        return UserField::Groups;
    case LastSignIn:
        return UserField::LastSignIn;
    case Created:
        return UserField::Created;
    case Id:
    case ColumnCount:
        break;
    }
    return UserField::Id;
}

int GroupsReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupsReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationUser &user = m_rows.at(index.row());
    if (role == GroupIdsRole) {
        QStringList ids;
        if (user.groups) {
            ids.reserve(user.groups->size());
            for (const UserGroup &group : *user.groups)
                ids.append(group.id);
        }
        return ids;
    }
    const bool needsNow = role == Qt::DisplayRole && index.column() == LastSignIn;
    return userFieldData(user, fieldOf(index.column()), role, needsNow ? m_clock() : QDateTime());
}

QVariant GroupsReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return userFieldHeader(fieldOf(section));
}

void GroupsReportModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    announceDisplayChanged(*this, LastSignIn);
}

void GroupsReportModel::load()
{
    const bool wasLoading = isLoading();
    abandonCall();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_call = m_client->groupsReport(
        this, [this](const Result<Page<OrganizationUser>> &result) { onLoaded(result); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void GroupsReportModel::cancel()
{
    if (m_call)
        m_call->cancel(); // the callback follows synchronously with Cancelled
}

void GroupsReportModel::abandonCall()
{
    // Silently: the answer of an abandoned load must never land after a newer one started.
    if (ApiCall *call = m_call.data()) {
        m_call.clear();
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
}

void GroupsReportModel::onLoaded(const Result<Page<OrganizationUser>> &result)
{
    m_call.clear();
    if (!result.ok()) {
        Q_EMIT loadFailed(result.error());
        Q_EMIT loadingChanged(false);
        return;
    }
    const Page<OrganizationUser> &page = result.value();
    if (page.rejected > 0) {
        qCWarning(lcModels) << page.rejected << "groups report rows rejected:" << page.firstProblem;
        Q_EMIT rowsRejected(page.rejected, page.firstProblem);
    }
    // One answer, so a duplicate would be a server fault; keep the first rather than show two.
    QList<OrganizationUser> rows;
    rows.reserve(page.items.size());
    QSet<QString> seen;
    seen.reserve(page.items.size());
    for (const OrganizationUser &user : page.items) {
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            rows.append(user);
        }
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
}

const OrganizationUser *GroupsReportModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QList<GroupsReportModel::GroupCount> GroupsReportModel::groups() const
{
    QList<GroupCount> counts;
    QHash<QString, qsizetype> byId;
    for (const OrganizationUser &user : m_rows) {
        if (!user.groups)
            continue;
        for (const UserGroup &group : *user.groups) {
            auto it = byId.constFind(group.id);
            if (it == byId.constEnd()) {
                it = byId.insert(group.id, counts.size());
                counts.append(GroupCount{group.id, group.name, 0});
            }
            ++counts[*it].members;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(counts.begin(), counts.end(), [&](const GroupCount &a, const GroupCount &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id; // two groups may share a name, never an id
    });
    return counts;
}

int GroupsReportModel::usersWithoutGroups() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const OrganizationUser &user) {
        return !user.groups || user.groups->isEmpty();
    }));
}

} // namespace telnyx
