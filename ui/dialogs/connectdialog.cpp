#include "connectdialog.h"

#include "api/telnyxclient.h"
#include "secrets/connectionmanager.h"
#include "theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(ConnectionManager *connections, const QString &profileName,
                             QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_reason(wrapped(this, u"connectReason"_s))
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(wrapped(this, u"testResult"_s))
    , m_error(wrapped(this, u"connectError"_s))
    , m_save(new QPushButton(tr("&Save and connect"), this))
    , m_sessionOnly(new QPushButton(tr("Use for this session &only"), this))
    , m_probe(new TelnyxClient(this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(profileName.isEmpty() ? tr("Connect to Telnyx")
                                         : tr("API key for %1").arg(profileName));
    setMinimumWidth(520);

    m_name->setObjectName(u"profileName"_s);
    //: The suggested name of the first profile; it is saved as typed
    m_name->setText(profileName.isEmpty() ? tr("Default") : profileName);
    m_name->setReadOnly(!profileName.isEmpty());
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("KEY0…, from Mission Control Portal → API Keys"));
    m_baseUrl->setObjectName(u"baseUrl"_s);
    QUrl url = TelnyxClient::defaultBaseUrl();
    if (const auto p = connections->profiles()->profile(profileName); p && !p->baseUrl.isEmpty())
        url = p->baseUrl;
    m_baseUrl->setText(url.toString());
    m_advanced->setObjectName(u"advanced"_s);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(url != TelnyxClient::defaultBaseUrl());
    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->addRow(tr("API &base URL:"), m_baseUrl);
    m_baseUrl->setEnabled(m_advanced->isChecked());
    connect(m_advanced, &QGroupBox::toggled, m_baseUrl, &QWidget::setEnabled);

    auto *showKey = new QCheckBox(tr("Show key"), this);
    showKey->setObjectName(u"showKey"_s);
    connect(showKey, &QCheckBox::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });

    m_test->setObjectName(u"testButton"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_sessionOnly->setObjectName(u"sessionOnlyButton"_s);
    theme::markAsError(m_error);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile name:"), m_name);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), showKey);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sessionOnly, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_sessionOnly->hide(); // offered only when the keychain fails (the box shows what it adds)
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        if (!validate())
            return;
        m_connections->useForSession(
            Profile{m_name->text().trimmed(), QUrl(m_baseUrl->text().trimmed())}, m_key->text());
        accept();
    });

    auto *note =
        new QLabel(tr("The key is stored in your system's keychain, never in a file."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_key->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setReason(const QString &text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

bool ConnectDialog::validate()
{
    m_error->hide();
    QString problem = ProfileStore::checkName(m_name->text());
    if (problem.isEmpty() && m_key->text().trimmed().isEmpty())
        problem = tr("Paste the API key.");
    if (problem.isEmpty())
        problem = TelnyxClient::checkBaseUrl(QUrl(m_baseUrl->text().trimmed()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    return true;
}

void ConnectDialog::testConnection()
{
    if (m_pendingProbes > 0 || !validate())
        return;
    m_probe->setBaseUrl(QUrl(m_baseUrl->text().trimmed()));
    m_probe->setApiKey(m_key->text().trimmed());
    m_result->setText(tr("Testing…"));
    m_result->show();
    m_test->setEnabled(false);
    // Two cheap calls say what the key can do: the users list (is the key accepted?) and the
    // channel pool (is this a manager account?).
    auto lines = std::make_shared<QStringList>(QStringList{QString(), QString()});
    auto finish = [this, lines] {
        if (--m_pendingProbes > 0)
            return;
        m_test->setEnabled(true);
        m_result->setText(lines->join(u'\n'));
    };
    m_pendingProbes = 2;
    m_probe->listUsers({}, 1, 1, this, [lines, finish](const Result<Page<OrganizationUser>> &r) {
        if (r.ok())
            (*lines)[0] = tr("✓ Key accepted; organization users are readable.");
        else if (r.error().kind() == ApiError::Kind::Unauthorized)
            (*lines)[0] = tr("✗ Key rejected: %1").arg(r.error().message());
        else if (r.error().kind() == ApiError::Kind::Forbidden)
            (*lines)[0] = tr("✓ Key accepted, but organization users are not readable with it.");
        else
            (*lines)[0] = tr("✗ %1: %2").arg(r.error().title(), r.error().message());
        finish();
    });
    m_probe->channelPool(this, [lines, finish](const Result<ChannelPool> &r) {
        if (r.ok())
            (*lines)[1] = tr("✓ Manager account: managed accounts are available.");
        else if (r.error().kind() == ApiError::Kind::Unauthorized ||
                 r.error().kind() == ApiError::Kind::Forbidden)
            (*lines)[1] = tr("✗ Managed accounts are not available: Telnyx must enable this "
                             "account as a manager account.");
        else
            (*lines)[1] = tr("? Managed accounts could not be checked: %1").arg(r.error().title());
        finish();
    });
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

void ConnectDialog::save()
{
    if (!validate())
        return;
    m_save->setEnabled(false);
    const Profile profile{m_name->text().trimmed(), QUrl(m_baseUrl->text().trimmed())};
    m_connections->saveAndConnect(profile, m_key->text(), this, [this](SecretStore::Status status) {
        m_save->setEnabled(true);
        if (status == SecretStore::Status::Ok) {
            accept();
            return;
        }
        offerSessionOnly(SecretStore::userMessage(status));
    });
}

void ConnectDialog::offerSessionOnly(const QString &why)
{
    // Never a plain-text fallback: the person chooses memory for this session, or fixes the
    // keychain and tries again. What they typed stays in the form.
    m_error->setText(tr("The key could not be saved in the keychain. %1").arg(why));
    m_error->show();
    m_sessionOnly->show();
}

} // namespace telnyx
