#include "models/managedaccountsmodel.h"

#include "api/logging.h"
#include "api/pager.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QString yesNo(const std::optional<bool> &flag)
{
    if (!flag)
        return QStringLiteral("—");
    return *flag ? ManagedAccountsModel::tr("Yes") : ManagedAccountsModel::tr("No");
}

QString statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Enabled:
        //: Status of a managed account (an account is enabled)
        return ManagedAccountsModel::tr("Enabled");
    case AccountStatus::Disabled:
        return ManagedAccountsModel::tr("Disabled");
    case AccountStatus::Blocked:
        return ManagedAccountsModel::tr("Blocked");
    case AccountStatus::Cancelled:
        //: Status of a managed account: closed for good, not a cancelled operation
        return ManagedAccountsModel::tr("Cancelled");
    case AccountStatus::Unknown:
        break;
    }
    return ManagedAccountsModel::tr("Unknown");
}

// A table cell shows one line; the line breaks stay visible as a symbol, the tooltip has all.
QString singleLine(QString text)
{
    text.replace("\r\n"_L1, u"↵"_s).replace(u'\n', u'↵').replace(u'\r', u'↵');
    return text;
}

QString dateText(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ManagedAccountsModel::ManagedAccountsModel(TelnyxClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

ManagedAccountsModel::~ManagedAccountsModel() = default;

int ManagedAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ManagedAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagedAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManagedAccount &a = m_rows.at(index.row());
    const AccountStatus status = m_status.statusOf(a.id);

    if (role == IdRole)
        return a.id;
    if (role == StatusRole)
        return int(status);

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Organization: {
            const QString name = a.organizationName.value_or(QString());
            return role == Qt::DisplayRole ? singleLine(name) : name;
        }
        case Email:
            return a.email;
        case Status:
            if (role == Qt::ToolTipRole && status == AccountStatus::Unknown)
                return tr("The API has no status field; it is read from the status listings, "
                          "which have not said anything about this account.");
            return statusText(status);
        case CustomPricing:
            return yesNo(a.allowCustomPricing);
        case RollupBilling:
            return yesNo(a.rollupBilling);
        case Created:
            return role == Qt::ToolTipRole ? a.createdAt.toString(Qt::ISODateWithMs)
                                           : dateText(a.createdAt);
        case Updated:
            return role == Qt::ToolTipRole ? a.updatedAt.toString(Qt::ISODateWithMs)
                                           : dateText(a.updatedAt);
        case Id:
            return a.id;
        case ManagerAccountId:
            return a.managerAccountId;
        case ApiUser:
            return a.apiUser;
        case Channels:
            if (const auto it = m_channelLimits.constFind(a.id); it != m_channelLimits.constEnd())
                return QLocale().toString(*it);
            if (role == Qt::ToolTipRole)
                return tr("The API does not report an account's channel limit; it is known only "
                          "after this console has set it.");
            return QStringLiteral("—");
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == ExportRole) {
        switch (Column(index.column())) {
        case Organization:
            return a.organizationName.value_or(QString());
        case Status:
            return accountStatusKey(status);
        case CustomPricing:
            return a.allowCustomPricing ? QVariant(*a.allowCustomPricing) : QVariant(QString());
        case RollupBilling:
            return a.rollupBilling ? QVariant(*a.rollupBilling) : QVariant(QString());
        case Created:
            return a.createdAt.isValid() ? a.createdAt.toString(Qt::ISODateWithMs) : QString();
        case Updated:
            return a.updatedAt.isValid() ? a.updatedAt.toString(Qt::ISODateWithMs) : QString();
        case Channels:
            if (const auto it = m_channelLimits.constFind(a.id); it != m_channelLimits.constEnd())
                return *it;
            return QString();
        default:
            return data(index, Qt::DisplayRole);
        }
    }

    if (role == SortRole) {
        switch (Column(index.column())) {
        case Status:
            return int(status);
        case CustomPricing:
            return a.allowCustomPricing ? int(*a.allowCustomPricing) : -1;
        case RollupBilling:
            return a.rollupBilling ? int(*a.rollupBilling) : -1;
        case Created:
            return a.createdAt;
        case Updated:
            return a.updatedAt;
        case Channels:
            return m_channelLimits.value(a.id, -1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ManagedAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Organization:
        return tr("Organization");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case CustomPricing:
        return tr("Custom pricing");
    case RollupBilling:
        return tr("Rollup billing");
    case Created:
        //: Column header: when the account was created
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    case ManagerAccountId:
        return tr("Manager account ID");
    case ApiUser:
        return tr("API user");
    case Channels:
        return tr("Channels");
    case ColumnCount:
        break;
    }
    return {};
}

bool ManagedAccountsModel::isLoading() const
{
    return !m_walks.isEmpty();
}

void ManagedAccountsModel::cancel()
{
    const QList<Walk> walks = m_walks;
    for (const Walk &w : walks)
        w.pager->cancel();
}

void ManagedAccountsModel::reload(const ManagedAccountQuery &query)
{
    const bool wasLoading = isLoading();
    abandonWalks();

    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rowById.clear();
    m_status.clear();
    endResetModel();

    startWalk(query, true, AccountStatus::Unknown);
    if (query.status) {
        // A status-filtered listing says the status of every row it returns.
        if (const auto filtered = accountStatusFromKey(*query.status))
            m_walks.last().status = *filtered;
    } else {
        for (AccountStatus s : AccountStatusIndex::listedStatuses(query.includeCancelled)) {
            ManagedAccountQuery statusQuery;
            statusQuery.status = accountStatusKey(s);
            statusQuery.includeCancelled = query.includeCancelled;
            startWalk(statusQuery, false, s);
        }
    }
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    emitProgress();
}

void ManagedAccountsModel::abandonWalks()
{
    // Silently: pages of an abandoned walk must never land in the rows of a newer one.
    const QList<Walk> old = m_walks;
    m_walks.clear();
    for (const Walk &w : old) {
        disconnect(w.pager, nullptr, this, nullptr);
        delete w.pager; // cancels its requests without emitting anything
    }
}

void ManagedAccountsModel::startWalk(const ManagedAccountQuery &query, bool main,
                                     AccountStatus status)
{
    auto *pager = new Pager(
        m_client,
        [query](int page) { return TelnyxClient::managedAccountsRequest(query, page, PageSize); },
        this);
    Walk walk;
    walk.pager = pager;
    walk.main = main;
    walk.status = status;
    m_walks.append(walk);

    connect(pager, &Pager::pageReady, this, [this, pager](int, const RawPage &page) {
        for (const Walk &w : std::as_const(m_walks)) {
            if (w.pager != pager)
                continue;
            if (w.main) {
                if (w.status != AccountStatus::Unknown)
                    onStatusPage(w.status, page);
                onMainPage(page);
            } else {
                onStatusPage(w.status, page);
            }
            return;
        }
    });
    connect(pager, &Pager::progress, this, [this, pager](int done, int total, qint64) {
        for (Walk &w : m_walks) {
            if (w.pager == pager) {
                w.done = done;
                w.total = total;
            }
        }
        emitProgress();
    });
    connect(pager, &Pager::finished, this,
            [this, pager](const ApiError &error) { onWalkFinished(pager, error); });
    pager->start();
}

void ManagedAccountsModel::onMainPage(const RawPage &page)
{
    const Page<ManagedAccount> decoded = decodeItems<ManagedAccount>(page.data);
    if (decoded.rejected > 0) {
        qCWarning(lcModels) << decoded.rejected
                            << "managed account rows rejected:" << decoded.firstProblem;
        Q_EMIT rowsRejected(decoded.rejected, decoded.firstProblem);
    }
    QList<ManagedAccount> fresh;
    for (const ManagedAccount &account : decoded.items) {
        // A row can show up twice when accounts are added while the pages are walked: the
        // later copy updates the earlier one instead of duplicating it.
        if (const auto it = m_rowById.constFind(account.id); it != m_rowById.constEnd()) {
            m_rows[*it] = account;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        } else if (std::none_of(fresh.cbegin(), fresh.cend(),
                                [&](const ManagedAccount &f) { return f.id == account.id; })) {
            fresh.append(account);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ManagedAccount &account : std::as_const(fresh)) {
        m_rowById.insert(account.id, int(m_rows.size()));
        m_rows.append(account);
    }
    endInsertRows();
}

void ManagedAccountsModel::onStatusPage(AccountStatus status, const RawPage &page)
{
    for (const QJsonValue &row : page.data) {
        const QString id = row.toObject().value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        m_status.addListed(status, id);
        refreshStatus(id);
    }
}

void ManagedAccountsModel::refreshStatus(const QString &id)
{
    if (const auto it = m_rowById.constFind(id); it != m_rowById.constEnd()) {
        const QModelIndex cell = index(*it, Status);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StatusRole});
    }
}

void ManagedAccountsModel::onWalkFinished(Pager *pager, const ApiError &error)
{
    bool main = false;
    for (qsizetype i = 0; i < m_walks.size(); ++i) {
        if (m_walks.at(i).pager == pager) {
            main = m_walks.at(i).main;
            m_walks.removeAt(i);
            break;
        }
    }
    pager->deleteLater();
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled) {
        if (main) {
            // Without the rows the status listings are pointless.
            abandonWalks();
            Q_EMIT loadFailed(error);
        } else {
            Q_EMIT statusUnavailable(error);
        }
    } else if (error.kind() == ApiError::Kind::Cancelled && main) {
        Q_EMIT loadFailed(error);
    }
    emitProgress();
    if (m_walks.isEmpty())
        Q_EMIT loadingChanged(false);
}

void ManagedAccountsModel::emitProgress()
{
    int done = 0;
    int total = 0;
    for (const Walk &w : std::as_const(m_walks)) {
        done += w.done;
        total += std::max(w.total, w.done);
    }
    Q_EMIT loadProgress(done, total);
}

void ManagedAccountsModel::upsert(const ManagedAccount &account)
{
    if (const auto it = m_rowById.constFind(account.id); it != m_rowById.constEnd()) {
        m_rows[*it] = account;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rowById.insert(account.id, row);
    m_rows.append(account);
    endInsertRows();
}

void ManagedAccountsModel::setKnownStatus(const QString &id, AccountStatus status)
{
    m_status.setKnown(id, status);
    refreshStatus(id);
}

void ManagedAccountsModel::setChannelLimit(const QString &id, qint64 limit)
{
    m_channelLimits.insert(id, limit);
    if (const auto it = m_rowById.constFind(id); it != m_rowById.constEnd()) {
        const QModelIndex cell = index(*it, Channels);
        Q_EMIT dataChanged(cell, cell);
    }
}

std::optional<qint64> ManagedAccountsModel::channelLimit(const QString &id) const
{
    if (const auto it = m_channelLimits.constFind(id); it != m_channelLimits.constEnd())
        return *it;
    return std::nullopt;
}

const ManagedAccount *ManagedAccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

AccountStatus ManagedAccountsModel::statusAt(int row) const
{
    const ManagedAccount *a = accountAt(row);
    return a ? m_status.statusOf(a->id) : AccountStatus::Unknown;
}

int ManagedAccountsModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

} // namespace telnyx
