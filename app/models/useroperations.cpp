#include "models/useroperations.h"

#include "models/bulkrun.h"
#include "models/usersmodel.h"

#include <QMetaObject>

namespace telnyx {

UserOperations::UserOperations(TelnyxClient *client, UsersModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

ApiCall *UserOperations::retrieve(const QString &id, QObject *context,
                                  Callback<OrganizationUser> done)
{
    return m_client->retrieveUser(
        id, true, context, [this, id, done](const Result<OrganizationUser> &result) {
            if (result.ok()) {
                if (m_model->rowOf(result.value().id) >= 0)
                    m_model->upsert(result.value());
            } else if (result.error().kind() == ApiError::Kind::NotFound) {
                // Removed elsewhere (the portal, another console): the table says what is true.
                m_model->removeUser(id);
            }
            done(result);
        });
}

BulkRun *UserOperations::remove(const QStringList &ids, QObject *parent)
{
    auto step = [this](const QString &id, QObject *context, BulkRun::Report report) -> ApiCall * {
        const OrganizationUser *known = m_model->userAt(m_model->rowOf(id));
        if (known && known->isOwner()) {
            // Telnyx refuses it anyway (403); asking would only add a failed request. BulkRun
            // expects the report after the step has returned, hence queued.
            const ApiError refused(ApiError::Kind::Forbidden,
                                   tr("The organization owner cannot be removed."));
            QMetaObject::invokeMethod(
                context, [report, refused] { report(false, QString(), refused); },
                Qt::QueuedConnection);
            return nullptr;
        }
        return m_client->removeUser(
            id, context, [this, id, report](const Result<UserRemoval> &result) {
                if (!result.ok()) {
                    report(false, QString(), result.error());
                    return;
                }
                // Gone either way, which is what was asked.
                m_model->removeUser(id);
                report(true, result.value().alreadyGone ? tr("Already removed") : QString(),
                       ApiError());
            });
    };
    return new BulkRun(ids, step, parent);
}

} // namespace telnyx
