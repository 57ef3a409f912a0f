#include "userdetailsdialog.h"

#include "models/useroperations.h"
#include "models/usersmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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
    : QDialog(parent)
    , m_operations(operations)
    , m_id(userId)
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout(m_body))
    , m_groups(new QListWidget(this))
{
    setObjectName(u"userDetailsDialog"_s);
    setWindowTitle(tr("Organization user"));
    setMinimumWidth(480);
    m_state->setObjectName(u"userDetailsState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(u"userDetailsRetry"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &UserDetailsDialog::load);
    for (const Field &f : kFields) {
        auto *value = new QLabel(m_body);
        value->setObjectName(QString::fromLatin1(f.objectName));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(userFieldHeader(f.field) + u':', value);
    }
    m_groups->setObjectName(u"userGroups"_s);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setMaximumHeight(140);
    m_form->addRow(tr("Groups:"), m_groups);
    m_body->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body);
    layout->addWidget(buttons);
}

void UserDetailsDialog::load()
{
    if (m_call)
        return;
    m_state->setText(tr("Loading…"));
    m_state->show();
    m_retry->hide();
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
        auto *label = m_body->findChild<QLabel *>(QString::fromLatin1(f.objectName));
        QString text = userFieldData(user, f.field, Qt::DisplayRole, now).toString();
        const QString exact = userFieldData(user, f.field, Qt::ToolTipRole, now).toString();
        // Dates read relative in the table; here the exact time is worth its space.
        if (f.field == UserField::LastSignIn && user.lastSignInAt.isValid() && !exact.isEmpty())
            text += u" (" + exact + u')';
        label->setText(text);
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
    m_state->hide();
    m_body->show();
}

void UserDetailsDialog::showError(const ApiError &error)
{
    m_state->setText(error.title() + u"\n" + error.message());
    m_state->show();
    m_retry->show();
}

QString UserDetailsDialog::valueOf(const QString &fieldName) const
{
    const auto *label = m_body->findChild<QLabel *>(fieldName);
    return label ? label->text() : QString();
}

QStringList UserDetailsDialog::groupNames() const
{
    QStringList names;
    for (int i = 0; i < m_groups->count(); ++i)
        names << m_groups->item(i)->text();
    return names;
}

} // namespace telnyx
