#include "userdetailsdialog.h"

#include "models/useroperations.h"
#include "models/usersmodel.h"

#include <QFormLayout>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

struct Field
{
    UserField field;
    const char *objectName;
};

// The fields shown, in order, with the same wording as the users table.
constexpr Field kFields[] = {
    {UserField::Email, "email"},
    {UserField::Status, "status"},
    {UserField::Role, "role"},
    {UserField::LastSignIn, "lastSignIn"},
    {UserField::SsoBypass, "ssoBypass"},
    {UserField::Created, "created"},
    {UserField::Id, "id"},
};

} // namespace

UserDetailsDialog::UserDetailsDialog(UserOperations *operations, const QString &userId,
                                     QWidget *parent)
    : RemoteDetailsDialog(parent)
    , m_operations(operations)
    , m_id(userId)
    , m_groups(new QListWidget(this))
{
    setObjectName(u"userDetailsDialog"_s);
    setWindowTitle(tr("Organization user"));
    setMinimumWidth(480);
    for (const Field &f : kFields)
        addValue(userFieldHeader(f.field) + u':', QString::fromLatin1(f.objectName));
    m_groups->setObjectName(u"userGroups"_s);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setMaximumHeight(140);
    form()->addRow(tr("Groups:"), m_groups);
}

void UserDetailsDialog::load()
{
    if (m_call)
        return;
    showLoading();
    m_call = m_operations->retrieve(m_id, this, [this](const Result<OrganizationUser> &r) {
        if (r.ok())
            showUser(r.value());
        else
            showError(r.error());
    });
}

void UserDetailsDialog::showUser(const OrganizationUser &user)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Field &f : kFields) {
        QString text = userFieldData(user, f.field, Qt::DisplayRole, now).toString();
        const QString exact = userFieldData(user, f.field, Qt::ToolTipRole, now).toString();
        // Dates read relative in the table; here the exact time is worth its space.
        if (f.field == UserField::LastSignIn && user.lastSignInAt.isValid() && !exact.isEmpty())
            text += u" (" + exact + u')';
        setValue(QString::fromLatin1(f.objectName), text);
    }
    m_groups->clear();
    const QList<UserGroup> groups = user.groups.value_or(QList<UserGroup>());
    for (const UserGroup &g : groups) {
        auto *item = new QListWidgetItem(g.name, m_groups);
        item->setToolTip(g.id);
    }
    if (groups.isEmpty())
        m_groups->addItem(tr("(no group)"));
    setWindowTitle(tr("Organization user: %1").arg(user.email));
    showBody();
}

QStringList UserDetailsDialog::groupNames() const
{
    QStringList names;
    for (int i = 0; i < m_groups->count(); ++i)
        names << m_groups->item(i)->text();
    return names;
}

} // namespace telnyx
