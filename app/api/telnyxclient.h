#pragma once

#include "api/apicall.h"
#include "api/channels.h"
#include "api/listdecoding.h"
#include "api/managedaccount.h"
#include "api/organizationuser.h"
#include "api/result.h"
#include "api/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace telnyx {

template <typename T> using Callback = std::function<void(const Result<T> &)>;

// GET /managed_accounts filters (telnyx-api.md §5.1). Empty strings are not sent.
struct ManagedAccountQuery
{
    QString emailContains; // needs ≥ 3 characters on the server
    QString emailEquals;
    QString organizationContains;
    QString organizationEquals;
    std::optional<QString> status; // all|active|enabled|cancelled|disabled|blocked
    QString sort;                  // created_at, -created_at, email, -email
    bool includeCancelled = false;
};

// GET /organizations/users filters (telnyx-api.md §5.9).
struct UserQuery
{
    QString emailContains;         // filter[email], a partial match
    std::optional<QString> status; // enabled|disabled|blocked
    bool includeGroups = false;
};

struct NewManagedAccount
{
    QString businessName;
    QString email;    // optional
    QString password; // optional; never logged
    std::optional<bool> allowCustomPricing;
    std::optional<bool> rollupBilling;
};

// What happened to a create whose reply was lost: the account is looked up by email before
// anything is repeated, so the caller can tell the person what is true.
struct CreatedAccount
{
    ManagedAccountDetail detail;
    bool recoveredAfterLostReply = false; // found by email after the reply was lost
};

struct UserRemoval
{
    std::optional<OrganizationUser> user; // the server's answer, absent when already gone
    bool alreadyGone = false;             // 404: nothing left to remove, which is what was asked
};

// The Telnyx v2 client: one typed asynchronous method per endpoint. Every method returns the
// started ApiCall (hold it in a QPointer to cancel) and later invokes `done` exactly once with the
// outcome — unless `context` was destroyed first, in which case nothing is called.
class TelnyxClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelnyxClient)

public:
    static QUrl defaultBaseUrl();
    static constexpr int MaxPageSize = 250;

    explicit TelnyxClient(QObject *parent = nullptr);
    ~TelnyxClient() override;

    // https anywhere; http only to a loopback host. Returns an empty string when acceptable,
    // else a sentence saying why not.
    static QString checkBaseUrl(const QUrl &url);
    bool setBaseUrl(const QUrl &url, QString *whyNot = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }

    // The key lives only in memory here; the keychain is someone else's job.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // The raw call every typed method uses; also what the pager drives.
    ApiCall *send(const ApiRequest &request);

    static ApiRequest managedAccountsRequest(const ManagedAccountQuery &query, int pageNumber,
                                             int pageSize);
    static ApiRequest usersRequest(const UserQuery &query, int pageNumber, int pageSize);

    // --- Managed accounts (telnyx-api.md §5.1–5.8)
    ApiCall *listManagedAccounts(const ManagedAccountQuery &query, int pageNumber, int pageSize,
                                 QObject *context, Callback<Page<ManagedAccount>> done);
    // Never blindly repeated: see CreatedAccount.
    ApiCall *createManagedAccount(const NewManagedAccount &account, QObject *context,
                                  Callback<CreatedAccount> done);
    ApiCall *channelPool(QObject *context, Callback<ChannelPool> done);
    ApiCall *retrieveManagedAccount(const QString &id, QObject *context,
                                    Callback<ManagedAccountDetail> done);
    ApiCall *setCustomPricing(const QString &id, bool allow, QObject *context,
                              Callback<ManagedAccountDetail> done);
    ApiCall *disableManagedAccount(const QString &id, QObject *context,
                                   Callback<ManagedAccountDetail> done);
    ApiCall *enableManagedAccount(const QString &id, bool reenableAllConnections, QObject *context,
                                  Callback<ManagedAccountDetail> done);
    ApiCall *setChannelLimit(const QString &id, qint64 channelLimit, QObject *context,
                             Callback<AccountChannelLimit> done);

    // --- Organization users (telnyx-api.md §5.9–5.12)
    ApiCall *listUsers(const UserQuery &query, int pageNumber, int pageSize, QObject *context,
                       Callback<Page<OrganizationUser>> done);
    ApiCall *groupsReport(QObject *context, Callback<Page<OrganizationUser>> done);
    // The server's own CSV (Accept: text/csv), byte for byte.
    ApiCall *groupsReportCsv(QObject *context, Callback<QByteArray> done);
    ApiCall *retrieveUser(const QString &id, bool includeGroups, QObject *context,
                          Callback<OrganizationUser> done);
    ApiCall *removeUser(const QString &id, QObject *context, Callback<UserRemoval> done);

private:
    friend class ApiCall;
    QNetworkRequest buildRequest(const ApiRequest &request) const;
    QString userAgent() const;

    template <typename T, typename Decode>
    ApiCall *dispatch(const ApiRequest &request, QObject *context, Callback<T> done, Decode decode);

    void lookUpAfterLostReply(const NewManagedAccount &account, const ApiError &lost,
                              QObject *context, Callback<CreatedAccount> done);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout{30000};
    RetryPolicy m_retryPolicy;
    std::function<QDateTime()> m_clock;
};

} // namespace telnyx
