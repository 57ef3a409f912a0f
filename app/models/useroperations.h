#pragma once

#include "api/telnyxclient.h"

#include <QObject>

namespace telnyx {

class BulkRun;
class UsersModel;

// Every change to an organization user goes through here: it calls the client and, once the
// server has confirmed, updates the rows of the model that owns them (design.md §3).
class UserOperations : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserOperations)

public:
    UserOperations(TelnyxClient *client, UsersModel *model, QObject *parent = nullptr);

    TelnyxClient *client() const { return m_client; }
    UsersModel *model() const { return m_model; }

    // Fresh data (with groups) for one user; a row the model holds is refreshed in place, and
    // one the server no longer knows (404) leaves the table. Users not in the table are not added.
    ApiCall *retrieve(const QString &id, QObject *context, Callback<OrganizationUser> done);

    // Removes several users, a few at a time; each row leaves the model once the server confirms
    // (or says the user was already gone, which reports ok with the note "Already removed").
    // The organization owner, when the model knows the id as the owner, is refused here without
    // a request. Not started yet; the caller owns it.
    BulkRun *remove(const QStringList &ids, QObject *parent);

private:
    TelnyxClient *m_client;
    UsersModel *m_model;
};

} // namespace telnyx
