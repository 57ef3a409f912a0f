#pragma once

#include "apirequest.h"
#include "sandboxstore.h"

// The eight managed-account endpoints (telnyx-api.md §5.1–5.8): validation, state changes and
// the JSON shapes. Routing, auth and faults live in SandboxServer.
class AccountsApi
{
public:
    explicit AccountsApi(SandboxStore &store)
        : m_store(store)
    {}

    Reply list(const ApiRequest &request) const;
    Reply create(const ApiRequest &request);
    Reply allocatableChannels(const ApiRequest &request) const;
    Reply retrieve(const ApiRequest &request, const QString &id);
    Reply update(const ApiRequest &request, const QString &id);
    Reply disable(const ApiRequest &request, const QString &id);
    Reply enable(const ApiRequest &request, const QString &id);
    Reply updateChannelLimit(const ApiRequest &request, const QString &id);

    // ManagedAccountMultiListing: no api_key, api_token or balance.
    QJsonObject listingJson(const Account &account) const;
    // ManagedAccount: the listing plus the secrets and the balance.
    QJsonObject fullJson(const Account &account) const;

    static QString stateName(AccountState state);

private:
    Reply single(const Account &account) const;
    Reply changeState(const QString &id, AccountState target);

    SandboxStore &m_store;
};
