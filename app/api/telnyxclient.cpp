#include "api/telnyxclient.h"

#include "api/logging.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QUrl TelnyxClient::defaultBaseUrl()
{
    return QUrl(u"https://api.telnyx.com/v2"_s);
}

TelnyxClient::TelnyxClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Qt's default (NoLessSafe) follows redirects to other hosts and carries the Authorization
    // header with it; the key must never leave for a host the person did not choose.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

TelnyxClient::~TelnyxClient() = default;

QString TelnyxClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API base URL \"%1\" is not a valid URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("The API base URL uses http:// to %1. The API key would travel unencrypted, so "
                  "only https:// is allowed (http:// only to this computer).")
            .arg(url.host());
    }
    return tr("The API base URL must start with https://.");
}

bool TelnyxClient::setBaseUrl(const QUrl &url, QString *whyNot)
{
    const QString problem = checkBaseUrl(url);
    if (whyNot)
        *whyNot = problem;
    if (!problem.isEmpty())
        return false;
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_baseUrl = clean;
    return true;
}

QString TelnyxClient::userAgent() const
{
    return u"TelnyxAdmin/" TELNYX_ADMIN_VERSION ""_s;
}

QNetworkRequest TelnyxClient::buildRequest(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    // request.path is already percent-encoded (ids are encoded segment by segment).
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + u'/' + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query.encoded(), QUrl::StrictMode);

    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    r.setRawHeader("Accept", request.accept);
    r.setRawHeader("User-Agent", userAgent().toLatin1());
    if (request.jsonBody)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    r.setTransferTimeout(static_cast<int>(m_timeout.count()));
    return r;
}

ApiCall *TelnyxClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    call->start();
    return call;
}

template <typename T, typename Decode>
ApiCall *TelnyxClient::dispatch(const ApiRequest &request, QObject *context, Callback<T> done,
                                Decode decode)
{
    Q_ASSERT(context);
    ApiCall *call = send(request);
    // The context object makes Qt drop the connection when the receiver is destroyed, so a
    // callback never reaches a dead object.
    connect(call, &ApiCall::finished, context, [call, done = std::move(done), decode] {
        if (!call->ok()) {
            done(Result<T>(call->error()));
            return;
        }
        Result<T> result = decode(call);
        if (!result.ok()) {
            ApiError error = result.error();
            error.setRequestId(call->requestId());
            error.setHttpStatus(call->httpStatus());
            done(Result<T>(error));
            return;
        }
        done(result);
    });
    return call;
}

ApiRequest TelnyxClient::managedAccountsRequest(const ManagedAccountQuery &query, int pageNumber,
                                                int pageSize)
{
    ApiRequest r;
    r.path = u"managed_accounts"_s;
    auto addIf = [&r](const char *key, const QString &value) {
        if (!value.isEmpty())
            r.query.add(QString::fromLatin1(key), value);
    };
    addIf("filter[email][contains]", query.emailContains);
    addIf("filter[email][eq]", query.emailEquals);
    addIf("filter[organization_name][contains]", query.organizationContains);
    addIf("filter[organization_name][eq]", query.organizationEquals);
    if (query.status)
        r.query.add(u"filter[status][eq]"_s, *query.status);
    if (query.includeCancelled)
        r.query.add(u"include_cancelled_accounts"_s, true);
    addIf("sort", query.sort);
    r.query.add(u"page[number]"_s, qint64(pageNumber));
    r.query.add(u"page[size]"_s, qint64(pageSize));
    return r;
}

ApiRequest TelnyxClient::usersRequest(const UserQuery &query, int pageNumber, int pageSize)
{
    ApiRequest r;
    r.path = u"organizations/users"_s;
    if (!query.emailContains.isEmpty())
        r.query.add(u"filter[email]"_s, query.emailContains);
    if (query.status)
        r.query.add(u"filter[user_status]"_s, *query.status);
    if (query.includeGroups)
        r.query.add(u"include_groups"_s, true);
    r.query.add(u"page[number]"_s, qint64(pageNumber));
    r.query.add(u"page[size]"_s, qint64(pageSize));
    return r;
}

ApiCall *TelnyxClient::listManagedAccounts(const ManagedAccountQuery &query, int pageNumber,
                                           int pageSize, QObject *context,
                                           Callback<Page<ManagedAccount>> done)
{
    return dispatch<Page<ManagedAccount>>(
        managedAccountsRequest(query, pageNumber, pageSize), context, std::move(done),
        [](ApiCall *c) { return decodePage<ManagedAccount>(c->body()); });
}

ApiCall *TelnyxClient::createManagedAccount(const NewManagedAccount &account, QObject *context,
                                            Callback<CreatedAccount> done)
{
    QJsonObject body{{u"business_name"_s, account.businessName}};
    if (!account.email.isEmpty())
        body.insert(u"email"_s, account.email);
    if (!account.password.isEmpty())
        body.insert(u"password"_s, account.password);
    if (account.allowCustomPricing)
        body.insert(u"managed_account_allow_custom_pricing"_s, *account.allowCustomPricing);
    if (account.rollupBilling)
        body.insert(u"rollup_billing"_s, *account.rollupBilling);

    ApiRequest r;
    r.method = "POST";
    r.path = u"managed_accounts"_s;
    r.jsonBody = jsonBody(body);
    r.repeatable = Repeatable::No;

    QPointer<QObject> guard(context);
    auto onDone = [this, account, guard, done](const Result<ManagedAccountDetail> &result) {
        if (result.ok()) {
            done(CreatedAccount{result.value(), false});
            return;
        }
        using K = ApiError::Kind;
        const K kind = result.error().kind();
        // Server errors, timeouts and dropped connections leave it unknown whether the account
        // was created. Find out before anyone presses "Create" again.
        const bool outcomeUnknown =
            kind == K::Server || kind == K::Timeout || kind == K::Network || kind == K::BadResponse;
        if (outcomeUnknown && guard) {
            lookUpAfterLostReply(account, result.error(), guard, done);
            return;
        }
        done(Result<CreatedAccount>(result.error()));
    };
    return dispatch<ManagedAccountDetail>(r, context, std::move(onDone), [](ApiCall *c) {
        return decodeSingle<ManagedAccountDetail>(c->body());
    });
}

void TelnyxClient::lookUpAfterLostReply(const NewManagedAccount &account, const ApiError &lost,
                                        QObject *context, Callback<CreatedAccount> done)
{
    if (account.email.isEmpty()) {
        ApiError error = lost;
        error.setEntries({{QString(), tr("The account may or may not have been created"),
                           tr("The answer to the create request was lost and the account has no "
                              "email to look it up by. Refresh the list and check before "
                              "creating it again."),
                           QString(), QString(), QString()}});
        done(Result<CreatedAccount>(error));
        return;
    }
    ManagedAccountQuery query;
    query.emailEquals = account.email;
    query.includeCancelled = true;
    listManagedAccounts(
        query, 1, 1, context,
        [this, lost, context, done](const Result<Page<ManagedAccount>> &found) {
            if (found.ok() && !found.value().items.isEmpty()) {
                // It was created; fetch the full record so the caller gets the same shape.
                const QString id = found.value().items.first().id;
                retrieveManagedAccount(
                    id, context, [done, summary = found.value().items.first()](const auto &r) {
                        if (r.ok()) {
                            done(CreatedAccount{r.value(), true});
                        } else {
                            done(CreatedAccount{ManagedAccountDetail{summary, {}}, true});
                        }
                    });
                return;
            }
            ApiError error = lost;
            if (found.ok()) {
                error.setEntries({{QString(), tr("The account was not created"),
                                   tr("The answer to the create request was lost, and no account "
                                      "with this email exists. It is safe to try again."),
                                   QString(), QString(), QString()}});
            } else {
                error.setEntries({{QString(), tr("The account may or may not have been created"),
                                   tr("The answer to the create request was lost and the check "
                                      "for it failed too. Refresh the list before creating it "
                                      "again."),
                                   QString(), QString(), QString()}});
            }
            done(Result<CreatedAccount>(error));
        });
}

ApiCall *TelnyxClient::channelPool(QObject *context, Callback<ChannelPool> done)
{
    ApiRequest r;
    r.path = u"managed_accounts/allocatable_global_outbound_channels"_s;
    return dispatch<ChannelPool>(r, context, std::move(done),
                                 [](ApiCall *c) { return decodeSingle<ChannelPool>(c->body()); });
}

namespace {

ApiRequest accountRequest(const QByteArray &method, const QString &id, const QString &suffix = {})
{
    ApiRequest r;
    r.method = method;
    r.path = "managed_accounts/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
    return r;
}

} // namespace

ApiCall *TelnyxClient::retrieveManagedAccount(const QString &id, QObject *context,
                                              Callback<ManagedAccountDetail> done)
{
    return dispatch<ManagedAccountDetail>(
        accountRequest("GET", id), context, std::move(done),
        [](ApiCall *c) { return decodeSingle<ManagedAccountDetail>(c->body()); });
}

ApiCall *TelnyxClient::setCustomPricing(const QString &id, bool allow, QObject *context,
                                        Callback<ManagedAccountDetail> done)
{
    ApiRequest r = accountRequest("PATCH", id);
    r.jsonBody = jsonBody({{u"managed_account_allow_custom_pricing"_s, allow}});
    return dispatch<ManagedAccountDetail>(r, context, std::move(done), [](ApiCall *c) {
        return decodeSingle<ManagedAccountDetail>(c->body());
    });
}

ApiCall *TelnyxClient::disableManagedAccount(const QString &id, QObject *context,
                                             Callback<ManagedAccountDetail> done)
{
    // No body, as the spec and the official SDK send it.
    return dispatch<ManagedAccountDetail>(
        accountRequest("POST", id, u"/actions/disable"_s), context, std::move(done),
        [](ApiCall *c) { return decodeSingle<ManagedAccountDetail>(c->body()); });
}

ApiCall *TelnyxClient::enableManagedAccount(const QString &id, bool reenableAllConnections,
                                            QObject *context, Callback<ManagedAccountDetail> done)
{
    ApiRequest r = accountRequest("POST", id, u"/actions/enable"_s);
    r.jsonBody = jsonBody({{u"reenable_all_connections"_s, reenableAllConnections}});
    return dispatch<ManagedAccountDetail>(r, context, std::move(done), [](ApiCall *c) {
        return decodeSingle<ManagedAccountDetail>(c->body());
    });
}

ApiCall *TelnyxClient::setChannelLimit(const QString &id, qint64 channelLimit, QObject *context,
                                       Callback<AccountChannelLimit> done)
{
    ApiRequest r = accountRequest("PATCH", id, u"/update_global_channel_limit"_s);
    r.jsonBody = jsonBody({{u"channel_limit"_s, channelLimit}});
    return dispatch<AccountChannelLimit>(r, context, std::move(done), [](ApiCall *c) {
        return decodeSingle<AccountChannelLimit>(c->body());
    });
}

ApiCall *TelnyxClient::listUsers(const UserQuery &query, int pageNumber, int pageSize,
                                 QObject *context, Callback<Page<OrganizationUser>> done)
{
    return dispatch<Page<OrganizationUser>>(
        usersRequest(query, pageNumber, pageSize), context, std::move(done),
        [](ApiCall *c) { return decodePage<OrganizationUser>(c->body()); });
}

ApiCall *TelnyxClient::groupsReport(QObject *context, Callback<Page<OrganizationUser>> done)
{
    ApiRequest r;
    r.path = u"organizations/users/users_groups_report"_s;
    return dispatch<Page<OrganizationUser>>(r, context, std::move(done), [](ApiCall *c) {
        return decodePage<OrganizationUser>(c->body());
    });
}

ApiCall *TelnyxClient::groupsReportCsv(QObject *context, Callback<QByteArray> done)
{
    ApiRequest r;
    r.path = u"organizations/users/users_groups_report"_s;
    r.accept = "text/csv";
    return dispatch<QByteArray>(r, context, std::move(done), [](ApiCall *c) -> Result<QByteArray> {
        // A JSON (or HTML) answer to a CSV request would be saved as a broken "CSV": refuse it.
        if (!c->contentType().toLower().startsWith("text/csv"))
            return ApiError(
                ApiError::Kind::BadResponse,
                u"Expected text/csv, got \"%1\"."_s.arg(QString::fromLatin1(c->contentType())));
        return c->body();
    });
}

ApiCall *TelnyxClient::retrieveUser(const QString &id, bool includeGroups, QObject *context,
                                    Callback<OrganizationUser> done)
{
    ApiRequest r;
    r.path = "organizations/users/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (includeGroups)
        r.query.add(u"include_groups"_s, true);
    return dispatch<OrganizationUser>(r, context, std::move(done), [](ApiCall *c) {
        return decodeSingle<OrganizationUser>(c->body());
    });
}

ApiCall *TelnyxClient::removeUser(const QString &id, QObject *context, Callback<UserRemoval> done)
{
    ApiRequest r;
    r.method = "POST";
    r.path = "organizations/users/"_L1 + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
             "/actions/remove"_L1;
    // Removing twice ends in the same state; a repeat after a lost reply answers 404, which is
    // reported as "already gone" below.
    r.repeatable = Repeatable::Yes;
    auto onDone = [done](const Result<OrganizationUser> &result) {
        if (result.ok()) {
            done(UserRemoval{result.value(), false});
        } else if (result.error().kind() == ApiError::Kind::NotFound) {
            done(UserRemoval{std::nullopt, true});
        } else {
            done(Result<UserRemoval>(result.error()));
        }
    };
    return dispatch<OrganizationUser>(r, context, std::move(onDone), [](ApiCall *c) {
        return decodeSingle<OrganizationUser>(c->body());
    });
}

} // namespace telnyx
