#include "accountsapi.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {

const QLatin1String ContainsMinimumNote(" requires at least 3 characters.");

QJsonObject pageMeta(int number, int size, qint64 totalResults)
{
    // total_pages is 0 when there are no results (INFERRED; the SDK stops either way because
    // page_number >= total_pages).
    const qint64 totalPages = (totalResults + size - 1) / size;
    return QJsonObject{{QStringLiteral("page_number"), number},
                       {QStringLiteral("page_size"), size},
                       {QStringLiteral("total_pages"), totalPages},
                       {QStringLiteral("total_results"), totalResults}};
}

bool looksLikeEmail(const QString &text)
{
    // Deliberately loose: one '@', something on each side, a dot in the domain, no spaces.
    // Unicode local parts are legal (RFC 6531), so no ASCII-only pattern.
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

ApiError typeError(const QString &field, QLatin1String expected)
{
    return ApiError::make(QLatin1String("10026"),
                          QStringLiteral("%1 must be %2.").arg(field, expected))
        .atPointer(u'/' + field);
}

// Optional booleans in a body: absent or null is fine, anything else but a bool is a 422.
void checkBoolean(const QJsonObject &body, const QString &field, QList<ApiError> *errors)
{
    const QJsonValue value = body.value(field);
    if (!value.isUndefined() && !value.isNull() && !value.isBool())
        errors->append(typeError(field, QLatin1String("a boolean")));
}

} // namespace

QString AccountsApi::stateName(AccountState state)
{
    switch (state) {
    case AccountState::Enabled:
        return QStringLiteral("enabled");
    case AccountState::Disabled:
        return QStringLiteral("disabled");
    case AccountState::Blocked:
        return QStringLiteral("blocked");
    case AccountState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject AccountsApi::listingJson(const Account &account) const
{
    return QJsonObject{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("record_type"), QStringLiteral("managed_account")},
        {QStringLiteral("email"), account.email},
        // INFERRED: the spec's example shows the managed account's own address here.
        {QStringLiteral("api_user"), account.email},
        {QStringLiteral("manager_account_id"), m_store.managerId()},
        {QStringLiteral("created_at"), formatTimestamp(account.createdAtMs)},
        {QStringLiteral("updated_at"), formatTimestamp(account.updatedAtMs)},
        {QStringLiteral("organization_name"), account.organizationName},
        {QStringLiteral("managed_account_allow_custom_pricing"), account.allowCustomPricing},
        {QStringLiteral("rollup_billing"), account.rollupBilling},
    };
}

QJsonObject AccountsApi::fullJson(const Account &account) const
{
    QJsonObject object = listingJson(account);
    object.insert(QStringLiteral("api_key"), account.apiKey);
    object.insert(QStringLiteral("api_token"), account.apiToken);
    object.insert(QStringLiteral("balance"),
                  QJsonObject{
                      {QStringLiteral("available_credit"),
                       formatMoney(account.balanceCents + account.creditLimitCents)},
                      {QStringLiteral("balance"), formatMoney(account.balanceCents)},
                      {QStringLiteral("credit_limit"), formatMoney(account.creditLimitCents)},
                      {QStringLiteral("currency"), account.currency},
                      {QStringLiteral("record_type"), QStringLiteral("balance")},
                  });
    return object;
}

Reply AccountsApi::single(const Account &account) const
{
    return Reply::json(QJsonObject{{QStringLiteral("data"), fullJson(account)}});
}

Reply AccountsApi::list(const ApiRequest &request) const
{
    using namespace RequestParsing;
    if (auto error = rejectUnknownKeys(
            request,
            {QLatin1String("page[number]"), QLatin1String("page[size]"),
             QLatin1String("filter[email][contains]"), QLatin1String("filter[email][eq]"),
             QLatin1String("filter[organization_name][contains]"),
             QLatin1String("filter[organization_name][eq]"), QLatin1String("filter[status][eq]")}))
        return Reply::error(400, *error);
    PageRequest page;
    if (auto error = parsePage(request, 20, 250, &page))
        return Reply::error(400, *error);

    AccountQuery query;
    for (const QString &key : {QStringLiteral("filter[email][contains]"),
                               QStringLiteral("filter[organization_name][contains]")}) {
        if (!request.hasQuery(key))
            continue;
        const QString value = request.queryValue(key);
        if (value.size() < 3)
            return Reply::error(400, ApiErrors::badParameter(key, key + ContainsMinimumNote));
        (key.contains(QLatin1String("email")) ? query.emailContains : query.nameContains) =
            value.toCaseFolded();
    }
    // E-mail equality ignores case (addresses are case-insensitive in practice); the
    // organization name must match exactly (INFERRED).
    if (request.hasQuery(QStringLiteral("filter[email][eq]")))
        query.emailEq = request.queryValue(QStringLiteral("filter[email][eq]")).toCaseFolded();
    if (request.hasQuery(QStringLiteral("filter[organization_name][eq]")))
        query.nameEq = request.queryValue(QStringLiteral("filter[organization_name][eq]"));

    if (request.hasQuery(QStringLiteral("filter[status][eq]"))) {
        const QString value = request.queryValue(QStringLiteral("filter[status][eq]"));
        static const QList<std::pair<QLatin1String, AccountStatusFilter>> statuses = {
            {QLatin1String("all"), AccountStatusFilter::All},
            {QLatin1String("active"), AccountStatusFilter::Active},
            {QLatin1String("enabled"), AccountStatusFilter::Enabled},
            {QLatin1String("cancelled"), AccountStatusFilter::Cancelled},
            {QLatin1String("disabled"), AccountStatusFilter::Disabled},
            {QLatin1String("blocked"), AccountStatusFilter::Blocked},
        };
        for (const auto &status : statuses) {
            if (value == status.first)
                query.status = status.second;
        }
        if (!query.status) {
            return Reply::error(
                400, ApiErrors::badEnum(QStringLiteral("filter[status][eq]"), value,
                                        QLatin1String("all, active, enabled, cancelled, disabled, "
                                                      "blocked")));
        }
    }
    if (auto error = parseBool(request, QStringLiteral("include_cancelled_accounts"),
                               &query.includeCancelled))
        return Reply::error(400, *error);

    // No sort: created_at descending (the description). An explicit value follows the '-'
    // prefix rule, so sort=created_at is ascending (INFERRED, telnyx-api.md §0.7).
    if (request.hasQuery(QStringLiteral("sort"))) {
        const QString sort = request.queryValue(QStringLiteral("sort"));
        if (sort == QLatin1String("created_at") || sort == QLatin1String("-created_at") ||
            sort == QLatin1String("email") || sort == QLatin1String("-email")) {
            query.descending = sort.startsWith(u'-');
            query.sortByEmail = sort.endsWith(QLatin1String("email"));
        } else {
            return Reply::error(400, ApiErrors::badEnum(QStringLiteral("sort"), sort,
                                                        QLatin1String("created_at, -created_at, "
                                                                      "email, -email")));
        }
    }

    const PageOf<Account> result = m_store.listAccounts(query, page.number, page.size);
    QJsonArray data;
    for (const Account *account : result.rows)
        data.append(listingJson(*account));
    return Reply::json(QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("meta"), pageMeta(page.number, page.size, result.totalResults)}});
}

Reply AccountsApi::create(const ApiRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestParsing::parseObjectBody(request, false, &body))
        return *failure;

    QList<ApiError> errors;
    const QJsonValue name = body.value(QStringLiteral("business_name"));
    if (name.isUndefined() || name.isNull()) {
        errors.append(
            ApiError::make(QLatin1String("10004"), QStringLiteral("business_name is required."))
                .atPointer(QStringLiteral("/business_name")));
    } else if (!name.isString()) {
        errors.append(typeError(QStringLiteral("business_name"), QLatin1String("a string")));
    } else if (name.toString().trimmed().isEmpty()) {
        errors.append(ApiError::make(QLatin1String("10015"),
                                     QStringLiteral("business_name must not be blank."))
                          .atPointer(QStringLiteral("/business_name")));
    }

    const QJsonValue email = body.value(QStringLiteral("email"));
    if (!email.isUndefined() && !email.isNull()) {
        if (!email.isString()) {
            errors.append(typeError(QStringLiteral("email"), QLatin1String("a string")));
        } else if (!looksLikeEmail(email.toString())) {
            errors.append(
                ApiError::make(
                    QLatin1String("10019"),
                    QStringLiteral("'%1' is not a valid email address.").arg(email.toString()))
                    .atPointer(QStringLiteral("/email")));
        } else if (m_store.emailInUse(email.toString())) {
            errors.append(ApiError::make(QLatin1String("10012"),
                                         QStringLiteral("An account with this email address "
                                                        "already exists."))
                              .atPointer(QStringLiteral("/email")));
        }
    }

    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!password.isUndefined() && !password.isNull()) {
        if (!password.isString()) {
            errors.append(typeError(QStringLiteral("password"), QLatin1String("a string")));
        } else if (password.toString().size() < 8) {
            errors.append(ApiError::make(QLatin1String("10015"),
                                         QStringLiteral("password must be at least 8 characters "
                                                        "long."))
                              .atPointer(QStringLiteral("/password")));
        }
    }
    checkBoolean(body, QStringLiteral("managed_account_allow_custom_pricing"), &errors);
    checkBoolean(body, QStringLiteral("rollup_billing"), &errors);
    // Unknown keys are ignored, as the spec does not forbid them for this body.
    if (!errors.isEmpty())
        return Reply::errors(422, errors);

    const QString address = email.isString() ? email.toString() : m_store.generatedEmail();
    Account &account = m_store.createAccount(
        address, name.toString(),
        body.value(QStringLiteral("managed_account_allow_custom_pricing")).toBool(false),
        body.value(QStringLiteral("rollup_billing")).toBool(false));
    return single(account); // 200, not 201 (telnyx-api.md §0.8)
}

Reply AccountsApi::allocatableChannels(const ApiRequest &) const
{
    return Reply::json(QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("allocatable_global_outbound_channels"),
              m_store.allocatableChannels()},
             {QStringLiteral("managed_account_allow_custom_pricing"), true},
             {QStringLiteral("record_type"),
              QStringLiteral("allocatable_global_outbound_channels")},
             {QStringLiteral("total_global_channels_allocated"), m_store.allocatedChannels()},
         }}});
}

Reply AccountsApi::retrieve(const ApiRequest &, const QString &id)
{
    const Account *account = m_store.account(id);
    return account ? single(*account) : Reply::error(404, ApiErrors::notFound());
}

Reply AccountsApi::update(const ApiRequest &request, const QString &id)
{
    Account *account = m_store.account(id);
    if (!account)
        return Reply::error(404, ApiErrors::notFound());
    QJsonObject body;
    if (auto failure = RequestParsing::parseObjectBody(request, false, &body))
        return *failure;
    const QString field = QStringLiteral("managed_account_allow_custom_pricing");
    QList<ApiError> errors;
    // Only one field is updatable; say so instead of silently dropping e.g. rollup_billing,
    // which only Telnyx support can change (INFERRED).
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != field) {
            errors.append(
                ApiError::make(
                    QLatin1String("10015"),
                    QStringLiteral("%1 cannot be updated; only %2 can.").arg(it.key(), field))
                    .atPointer(u'/' + it.key()));
        }
    }
    const QJsonValue value = body.value(field);
    if (!value.isUndefined() && !value.isBool())
        errors.append(typeError(field, QLatin1String("a boolean")));
    if (!errors.isEmpty())
        return Reply::errors(422, errors);
    if (value.isBool()) {
        account->allowCustomPricing = value.toBool();
        m_store.touch(*account);
    }
    return single(*account);
}

Reply AccountsApi::changeState(const QString &id, AccountState target)
{
    Account *account = m_store.account(id);
    if (!account)
        return Reply::error(404, ApiErrors::notFound());
    const QString verb =
        target == AccountState::Enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
    // Blocked (a Telnyx-side decision) and cancelled accounts cannot be switched by the
    // manager (INFERRED). Repeating the current state is a 200 no-op (INFERRED).
    if (account->state == AccountState::Cancelled) {
        return Reply::error(
            422, ApiError::make(QLatin1String("10015"),
                                QStringLiteral("A cancelled account cannot be ") + verb + u'.')
                     .atPointer(QStringLiteral("/")));
    }
    if (account->state == AccountState::Blocked) {
        return Reply::error(
            422, ApiError::make(QLatin1String("10015"),
                                QStringLiteral("The account is blocked by Telnyx and cannot be ") +
                                    verb + QStringLiteral(" by its manager; contact support."))
                     .atPointer(QStringLiteral("/")));
    }
    m_store.setState(*account, target);
    return single(*account);
}

Reply AccountsApi::disable(const ApiRequest &, const QString &id)
{
    // No request body is defined; the SDK sends none, and anything sent is ignored.
    return changeState(id, AccountState::Disabled);
}

Reply AccountsApi::enable(const ApiRequest &request, const QString &id)
{
    if (!m_store.account(id))
        return Reply::error(404, ApiErrors::notFound());
    // The body is optional; the SDK sends {} when no parameter is given.
    QJsonObject body;
    if (auto failure = RequestParsing::parseObjectBody(request, true, &body))
        return *failure;
    QList<ApiError> errors;
    checkBoolean(body, QStringLiteral("reenable_all_connections"), &errors);
    if (!errors.isEmpty())
        return Reply::errors(422, errors);
    return changeState(id, AccountState::Enabled);
}

Reply AccountsApi::updateChannelLimit(const ApiRequest &request, const QString &id)
{
    Account *account = m_store.account(id);
    if (!account)
        return Reply::error(404, ApiErrors::notFound());
    QJsonObject body;
    if (auto failure = RequestParsing::parseObjectBody(request, false, &body))
        return *failure;
    const QString field = QStringLiteral("channel_limit");
    const QString pointer = QStringLiteral("/channel_limit");
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        return Reply::error(422, ApiError::make(QLatin1String("10004"),
                                                QStringLiteral("channel_limit is required."))
                                     .atPointer(pointer));
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number) {
        return Reply::error(422, typeError(field, QLatin1String("an integer")));
    }
    // Channels this account may hold: its own plus whatever nobody holds yet.
    const qint64 free = qint64(m_store.allocatableChannels()) - m_store.allocatedChannels();
    const qint64 maximum = free + account->channelLimit;
    if (number < 0 || number > double(maximum)) {
        return Reply::error(
            422, ApiError::make(QLatin1String("10033"),
                                QStringLiteral("channel_limit must be between 0 and %1: %2 of %3 "
                                               "allocatable channels are free and the account "
                                               "holds %4.")
                                    .arg(std::max<qint64>(maximum, 0))
                                    .arg(std::max<qint64>(free, 0))
                                    .arg(m_store.allocatableChannels())
                                    .arg(account->channelLimit))
                     .atPointer(pointer));
    }
    m_store.setChannelLimit(*account, int(number));
    return Reply::json(QJsonObject{
        {QStringLiteral("data"), QJsonObject{
                                     {QStringLiteral("channel_limit"), account->channelLimit},
                                     {QStringLiteral("email"), account->email},
                                     {QStringLiteral("id"), account->id},
                                     {QStringLiteral("manager_account_id"), m_store.managerId()},
                                     {QStringLiteral("record_type"),
                                      QStringLiteral("managed_account_global_outbound_settings")},
                                 }}});
}
