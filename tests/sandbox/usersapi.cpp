#include "usersapi.h"

#include <QJsonArray>

namespace {

QJsonObject pageMeta(int number, int size, qint64 totalResults)
{
    const qint64 totalPages = (totalResults + size - 1) / size; // 0 for no results, as accounts
    return QJsonObject{{QStringLiteral("page_number"), number},
                       {QStringLiteral("page_size"), size},
                       {QStringLiteral("total_pages"), totalPages},
                       {QStringLiteral("total_results"), totalResults}};
}

} // namespace

QString UsersApi::statusName(UserStatus status)
{
    switch (status) {
    case UserStatus::Enabled:
        return QStringLiteral("enabled");
    case UserStatus::Disabled:
        return QStringLiteral("disabled");
    case UserStatus::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QJsonObject UsersApi::userJson(const User &user, bool withGroups) const
{
    QJsonObject object{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("record_type"), user.owner ? QStringLiteral("organization_owner")
                                                   : QStringLiteral("organization_sub_user")},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("user_status"), statusName(user.status)},
        {QStringLiteral("created_at"), formatTimestamp(user.createdAtMs)},
        {QStringLiteral("last_sign_in_at"), user.lastSignInAtMs
                                                ? QJsonValue(formatTimestamp(*user.lastSignInAtMs))
                                                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("organization_user_bypasses_sso"), user.bypassesSso},
    };
    if (withGroups) {
        QJsonArray groups;
        for (int index : user.groups) {
            const Group &group = m_store.groups().at(index);
            groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                      {QStringLiteral("name"), group.name}});
        }
        object.insert(QStringLiteral("groups"), groups);
    }
    return object;
}

Reply UsersApi::list(const ApiRequest &request) const
{
    using namespace RequestParsing;
    // filter[email] and filter[user_status] are flat keys here, unlike managed accounts.
    if (auto error = rejectUnknownKeys(
            request, {QLatin1String("page[number]"), QLatin1String("page[size]"),
                      QLatin1String("filter[email]"), QLatin1String("filter[user_status]")}))
        return Reply::error(400, *error);
    PageRequest page;
    if (auto error = parsePage(request, 250, 250, &page))
        return Reply::error(400, *error);
    UserQuery query;
    query.emailContains = request.queryValue(QStringLiteral("filter[email]")).toCaseFolded();
    if (request.hasQuery(QStringLiteral("filter[user_status]"))) {
        const QString value = request.queryValue(QStringLiteral("filter[user_status]"));
        for (UserStatus status : {UserStatus::Enabled, UserStatus::Disabled, UserStatus::Blocked}) {
            if (value == statusName(status))
                query.status = status;
        }
        if (!query.status) {
            return Reply::error(400,
                                ApiErrors::badEnum(QStringLiteral("filter[user_status]"), value,
                                                   QLatin1String("enabled, disabled, blocked")));
        }
    }
    bool includeGroups = false;
    if (auto error = parseBool(request, QStringLiteral("include_groups"), &includeGroups))
        return Reply::error(400, *error);

    const PageOf<User> result = m_store.listUsers(query, page.number, page.size);
    QJsonArray data;
    for (const User *user : result.rows)
        data.append(userJson(*user, includeGroups));
    return Reply::json(QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("meta"), pageMeta(page.number, page.size, result.totalResults)}});
}

QString UsersApi::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\r') &&
        !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray UsersApi::reportCsv() const
{
    // CRLF line ends (RFC 4180), a CRLF after the last row, no BOM, an empty field for a null
    // last_sign_in_at or no groups (INFERRED, telnyx-api.md §8). Raw values: neutralising
    // spreadsheet formulas is the exporter's job, not the server's.
    QString csv = QStringLiteral("id,email,user_status,created_at,last_sign_in_at,groups\r\n");
    for (const User *user : m_store.reportUsers()) {
        QStringList names;
        for (int index : user->groups)
            names.append(m_store.groups().at(index).name);
        csv += csvField(user->id) + u',' + csvField(user->email) + u',' + statusName(user->status) +
               u',' + formatTimestamp(user->createdAtMs) + u',' +
               (user->lastSignInAtMs ? formatTimestamp(*user->lastSignInAtMs) : QString()) + u',' +
               csvField(names.join(QStringLiteral(", "))) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

Reply UsersApi::groupsReport(const ApiRequest &request) const
{
    // Not paginated, owner included, groups always present (telnyx-api.md §5.10).
    if (request.header(QByteArrayLiteral("accept")).contains("text/csv")) {
        Reply reply;
        reply.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
        reply.body = reportCsv();
        return reply;
    }
    QJsonArray data;
    for (const User *user : m_store.reportUsers())
        data.append(userJson(*user, true));
    return Reply::json(QJsonObject{{QStringLiteral("data"), data}});
}

Reply UsersApi::retrieve(const ApiRequest &request, const QString &id)
{
    bool includeGroups = false;
    if (auto error =
            RequestParsing::parseBool(request, QStringLiteral("include_groups"), &includeGroups))
        return Reply::error(400, *error);
    const User *user = m_store.user(id);
    if (!user)
        return Reply::error(404, ApiErrors::notFound());
    return Reply::json(QJsonObject{{QStringLiteral("data"), userJson(*user, includeGroups)}});
}

Reply UsersApi::remove(const ApiRequest &, const QString &id)
{
    User *user = m_store.user(id);
    // A user removed before is simply not there any more: 404 like an unknown id.
    if (!user)
        return Reply::error(404, ApiErrors::notFound());
    if (user->owner) {
        return Reply::error(403, ApiError::make(QLatin1String("10010"),
                                                QStringLiteral("The organization owner cannot be "
                                                               "removed."))
                                     .atPointer(QStringLiteral("/")));
    }
    user->removed = true;
    return Reply::json(QJsonObject{{QStringLiteral("data"), userJson(*user, false)}});
}
