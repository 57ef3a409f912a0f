#pragma once

#include "apirequest.h"
#include "sandboxstore.h"

// The four organization-user endpoints (telnyx-api.md §5.9–5.12) and the CSV report (§8).
class UsersApi
{
public:
    explicit UsersApi(SandboxStore &store)
        : m_store(store)
    {}

    Reply list(const ApiRequest &request) const;
    Reply groupsReport(const ApiRequest &request) const;
    Reply retrieve(const ApiRequest &request, const QString &id);
    Reply remove(const ApiRequest &request, const QString &id);

    QJsonObject userJson(const User &user, bool withGroups) const;
    static QString statusName(UserStatus status);

    // RFC 4180: quote a field holding a comma, quote, CR or LF; double embedded quotes.
    static QString csvField(const QString &value);

private:
    QByteArray reportCsv() const;

    SandboxStore &m_store;
};
