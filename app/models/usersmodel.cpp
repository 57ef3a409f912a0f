#include "models/usersmodel.h"

#include "api/logging.h"
#include "api/pager.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

constexpr int TickIntervalMs = 60 * 1000;

QString noValue()
{
    return QStringLiteral("—");
}

QString statusText(const OrganizationUser &user)
{
    switch (user.status) {
    case UserStatus::Enabled:
        //: Status of an organization user (a person is enabled)
        return UsersModel::tr("Enabled");
    case UserStatus::Disabled:
        return UsersModel::tr("Disabled");
    case UserStatus::Blocked:
        return UsersModel::tr("Blocked");
    case UserStatus::Unknown:
        break;
    }
    // A status this version does not know yet is shown as Telnyx spells it, not guessed at.
    return user.rawStatus.isEmpty() ? UsersModel::tr("Unknown") : user.rawStatus;
}

QString roleText(const OrganizationUser &user)
{
    if (user.isOwner())
        //: Role of a user: the owner of the organization
        return UsersModel::tr("Owner");
    // Without a record_type nothing says whether this is the owner: do not claim "Member".
    return user.recordType.isEmpty() ? noValue() : UsersModel::tr("Member");
}

// ", " is the separator of Telnyx's own CSV report (telnyx-api.md §8), so exports use it. On
// screen a group named "Support, Tier 2" would then read as two groups; " · " cannot be
// mistaken for part of a name.
QString groupNames(const OrganizationUser &user, QStringView separator = u", ")
{
    QStringList names;
    if (user.groups) {
        names.reserve(user.groups->size());
        for (const UserGroup &group : *user.groups)
            names.append(group.name);
    }
    return names.join(separator);
}

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString longLocalText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QVariant sortValue(const OrganizationUser &user, UserField field)
{
    switch (field) {
    case UserField::Email:
        return user.email;
    case UserField::Status:
        return int(user.status);
    case UserField::Role:
        return user.recordType; // organization_owner before organization_sub_user
    case UserField::Groups:
        return groupNames(user);
    case UserField::LastSignIn:
        // An invalid QVariant, not an invalid QDateTime: the proxies put it before every date.
        return user.lastSignInAt.isValid() ? QVariant(user.lastSignInAt) : QVariant();
    case UserField::SsoBypass:
        return user.bypassesSso ? int(*user.bypassesSso) : -1;
    case UserField::Created:
        return user.createdAt.isValid() ? QVariant(user.createdAt) : QVariant();
    case UserField::Id:
        return user.id;
    }
    return {};
}

QString exportText(const OrganizationUser &user, UserField field)
{
    switch (field) {
    case UserField::Email:
        return user.email;
    case UserField::Status:
        return user.rawStatus; // the API's spelling, also for a value we do not know
    case UserField::Role:
        return user.recordType;
    case UserField::Groups:
        return groupNames(user);
    case UserField::LastSignIn:
        return isoText(user.lastSignInAt);
    case UserField::SsoBypass:
        return user.bypassesSso ? (*user.bypassesSso ? u"true"_s : u"false"_s) : QString();
    case UserField::Created:
        return isoText(user.createdAt);
    case UserField::Id:
        return user.id;
    }
    return {};
}

QString displayText(const OrganizationUser &user, UserField field, bool toolTip,
                    const QDateTime &now)
{
    switch (field) {
    case UserField::Email:
        return user.email;
    case UserField::Status:
        return statusText(user);
    case UserField::Role:
        return toolTip ? user.recordType : roleText(user);
    case UserField::Groups:
        return user.groups ? groupNames(user, u" \u00b7 ") : noValue();
    case UserField::LastSignIn:
        if (!toolTip)
            return relativeTime(user.lastSignInAt, now);
        return user.lastSignInAt.isValid() ? longLocalText(user.lastSignInAt)
                                           : UsersModel::tr("Has never signed in");
    case UserField::SsoBypass:
        if (!user.bypassesSso)
            return noValue();
        return *user.bypassesSso ? UsersModel::tr("Yes") : UsersModel::tr("No");
    case UserField::Created:
        if (!user.createdAt.isValid())
            return noValue();
        return toolTip
                   ? longLocalText(user.createdAt)
                   : QLocale().toString(user.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case UserField::Id:
        return user.id;
    }
    return {};
}

} // namespace

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return UsersModel::tr("never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return UsersModel::tr("just now");
    if (seconds < 60 * 60)
        return UsersModel::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 60 * 60)
        return UsersModel::tr("%n hour(s) ago", nullptr, int(seconds / (60 * 60)));
    const qint64 days = seconds / (24 * 60 * 60);
    if (days < 30)
        return UsersModel::tr("%n day(s) ago", nullptr, int(days));
    // Months and years by the calendar (in UTC, so the answer does not depend on the time zone):
    // "2 months ago" then means what a person would say looking at the two dates.
    const QDate from = when.toUTC().date();
    const QDate to = now.toUTC().date();
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    months = std::max(months, 1); // 30 days within one calendar month (Jan 1 → Jan 31)
    if (months < 12)
        return UsersModel::tr("%n month(s) ago", nullptr, months);
    return UsersModel::tr("%n year(s) ago", nullptr, months / 12);
}

QVariant userFieldData(const OrganizationUser &user, UserField field, int role,
                       const QDateTime &now)
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(user, field, false, now);
    case Qt::ToolTipRole:
        return displayText(user, field, true, now);
    case UsersModel::SortRole:
        return sortValue(user, field);
    case UsersModel::ExportRole:
        return exportText(user, field);
    case UsersModel::IdRole:
        return user.id;
    case UsersModel::StatusRole:
        return int(user.status);
    case UsersModel::IsOwnerRole:
        return user.isOwner();
    default:
        return {};
    }
}

QString userFieldHeader(UserField field)
{
    switch (field) {
    case UserField::Email:
        return UsersModel::tr("Email");
    case UserField::Status:
        return UsersModel::tr("Status");
    case UserField::Role:
        return UsersModel::tr("Role");
    case UserField::Groups:
        return UsersModel::tr("Groups");
    case UserField::LastSignIn:
        return UsersModel::tr("Last sign-in");
    case UserField::SsoBypass:
        return UsersModel::tr("SSO bypass");
    case UserField::Created:
        //: Column header: when the user was created
        return UsersModel::tr("Created");
    case UserField::Id:
        return UsersModel::tr("ID");
    }
    return {};
}

void announceDisplayChanged(QAbstractItemModel &model, int column)
{
    const int rows = model.rowCount();
    if (rows > 0)
        Q_EMIT model.dataChanged(model.index(0, column), model.index(rows - 1, column),
                                 {Qt::DisplayRole});
}

UsersModel::UsersModel(TelnyxClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(TickIntervalMs);
    m_tick.callOnTimeout(this, [this] { announceDisplayChanged(*this, LastSignIn); });
    m_tick.start();
}

UsersModel::~UsersModel()
{
    abandonWalk();
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Only the relative sign-in text needs the clock; reading it per cell would cost on sorting.
    const bool needsNow = role == Qt::DisplayRole && index.column() == LastSignIn;
    return userFieldData(m_rows.at(index.row()), UserField(index.column()), role,
                         needsNow ? m_clock() : QDateTime());
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return userFieldHeader(UserField(section));
}

void UsersModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    announceDisplayChanged(*this, LastSignIn);
}

void UsersModel::cancel()
{
    if (m_pager)
        m_pager->cancel(); // finished(Cancelled) follows synchronously
}

void UsersModel::reload(const UserQuery &query)
{
    const bool wasLoading = isLoading();
    abandonWalk();

    beginResetModel();
    m_query = query;
    // The table has a Groups column: a list without them would show "—" everywhere.
    m_query.includeGroups = true;
    m_rows.clear();
    m_rowById.clear();
    endResetModel();

    const UserQuery walked = m_query;
    m_pager = new Pager(
        m_client, [walked](int page) { return TelnyxClient::usersRequest(walked, page, PageSize); },
        this);
    connect(m_pager, &Pager::pageReady, this, [this](int, const RawPage &page) { onPage(page); });
    connect(m_pager, &Pager::progress, this,
            [this](int done, int total, qint64) { Q_EMIT loadProgress(done, total); });
    connect(m_pager, &Pager::finished, this, &UsersModel::onWalkFinished);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    Q_EMIT loadProgress(0, 1);
    m_pager->start();
}

void UsersModel::abandonWalk()
{
    // Silently: pages of an abandoned walk must never land in the rows of a newer one.
    if (!m_pager)
        return;
    Pager *old = std::exchange(m_pager, nullptr);
    disconnect(old, nullptr, this, nullptr);
    delete old; // cancels its requests without emitting anything
}

void UsersModel::onPage(const RawPage &page)
{
    const Page<OrganizationUser> decoded = decodeItems<OrganizationUser>(page.data);
    if (decoded.rejected > 0) {
        qCWarning(lcModels) << decoded.rejected
                            << "organization user rows rejected:" << decoded.firstProblem;
        Q_EMIT rowsRejected(decoded.rejected, decoded.firstProblem);
    }
    QList<OrganizationUser> fresh;
    QHash<QString, int> freshById;
    for (const OrganizationUser &user : decoded.items) {
        // Users added while the pages are walked shift later pages: a row seen twice updates the
        // earlier copy instead of duplicating it.
        if (const auto it = m_rowById.constFind(user.id); it != m_rowById.constEnd()) {
            m_rows[*it] = user;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        } else if (const auto f = freshById.constFind(user.id); f != freshById.constEnd()) {
            fresh[*f] = user;
        } else {
            freshById.insert(user.id, int(fresh.size()));
            fresh.append(user);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (OrganizationUser &user : fresh) {
        m_rowById.insert(user.id, int(m_rows.size()));
        m_rows.append(std::move(user));
    }
    endInsertRows();
}

void UsersModel::onWalkFinished(const ApiError &error)
{
    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->deleteLater(); // we are inside its signal
        m_pager = nullptr;
    }
    if (error.isError())
        Q_EMIT loadFailed(error); // Cancelled included: the view says the list is incomplete
    Q_EMIT loadingChanged(false);
}

const OrganizationUser *UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int UsersModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void UsersModel::upsert(const OrganizationUser &user)
{
    if (const auto it = m_rowById.constFind(user.id); it != m_rowById.constEnd()) {
        OrganizationUser &row = m_rows[*it];
        // An answer without groups (a retrieve without include_groups) says nothing about them:
        // keep the ones we know rather than blanking the column.
        std::optional<QList<UserGroup>> knownGroups = row.groups;
        row = user;
        if (!row.groups)
            row.groups = std::move(knownGroups);
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rowById.insert(user.id, row);
    m_rows.append(user);
    endInsertRows();
}

void UsersModel::removeUser(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    // Every later row moved up by one.
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (*it > row)
            --*it;
    }
    endRemoveRows();
}

} // namespace telnyx
