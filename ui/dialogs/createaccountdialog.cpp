#include "createaccountdialog.h"

#include "models/accountoperations.h"
#include "theme.h"
#include "widgets/secretfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    theme::markAsError(label);
    label->hide();
    return label;
}

QLabel *noteLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CreateAccountDialog::CreateAccountDialog(AccountOperations *operations, SecretClipboard *clipboard,
                                         QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_clipboard(clipboard)
    , m_pages(new QStackedWidget(this))
    , m_businessName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_customPricing(new QCheckBox(tr("Allow custom pricing"), this))
    , m_rollupBilling(new QCheckBox(tr("Rollup billing (one shared balance)"), this))
    , m_formError(errorLabel(this, u"formError"_s))
    , m_buttons(new QDialogButtonBox(this))
    , m_resultText(new QLabel(this))
    , m_apiKey(new SecretField(clipboard, tr("API key"), this))
{
    setObjectName(u"createAccountDialog"_s);
    setWindowTitle(tr("New managed account"));
    setMinimumWidth(480);

    m_businessName->setObjectName(u"businessName"_s);
    m_businessName->setPlaceholderText(tr("Shown as the account's organization name"));
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("Optional"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional"));
    auto *show = new QCheckBox(tr("Show password"), this);
    show->setObjectName(u"showPassword"_s);
    connect(show, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_customPricing->setObjectName(u"customPricing"_s);
    m_rollupBilling->setObjectName(u"rollupBilling"_s);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout;
    formLayout->addRow(tr("&Business name:"), m_businessName);
    m_fieldErrors.insert(m_businessName, errorLabel(form, u"businessNameError"_s));
    formLayout->addRow(QString(), m_fieldErrors.value(m_businessName));
    formLayout->addRow(tr("&Email:"), m_email);
    m_fieldErrors.insert(m_email, errorLabel(form, u"emailError"_s));
    formLayout->addRow(QString(), m_fieldErrors.value(m_email));
    formLayout->addRow(QString(),
                       noteLabel(form, tr("Without an email, Telnyx derives one from the manager "
                                          "account's email.")));
    formLayout->addRow(tr("&Password:"), m_password);
    m_fieldErrors.insert(m_password, errorLabel(form, u"passwordError"_s));
    formLayout->addRow(QString(), m_fieldErrors.value(m_password));
    formLayout->addRow(QString(), show);
    formLayout->addRow(QString(),
                       noteLabel(form, tr("Without a password the account cannot sign in to the "
                                          "portal directly; a password reset can enable it "
                                          "later.")));
    formLayout->addRow(QString(), m_customPricing);
    formLayout->addRow(QString(), m_rollupBilling);
    formLayout->addRow(QString(),
                       noteLabel(form, tr("Rollup billing cannot be changed after the account is "
                                          "created, except by Telnyx support.")));
    auto *formBox = new QVBoxLayout(form);
    formBox->setContentsMargins(0, 0, 0, 0);
    formBox->addWidget(m_formError);
    formBox->addLayout(formLayout);

    auto *result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(result);
    m_resultText->setObjectName(u"resultText"_s);
    m_resultText->setWordWrap(true);
    m_resultText->setTextFormat(Qt::PlainText);
    m_apiKey->setObjectName(u"newApiKey"_s);
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(new QLabel(tr("API key of the new account:"), result));
    resultLayout->addWidget(m_apiKey);
    resultLayout->addWidget(noteLabel(result, tr("Copy it now if you need it; it can also be "
                                                 "revealed later from the account's details.")));
    resultLayout->addStretch(1);

    m_pages->addWidget(form);
    m_pages->addWidget(result);

    QPushButton *create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createButton"_s);
    create->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(create, &QPushButton::clicked, this, &CreateAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateAccountDialog::reject);

    QWidget::setTabOrder(m_businessName, m_email);
    QWidget::setTabOrder(m_email, m_password);
    QWidget::setTabOrder(m_password, show);
    QWidget::setTabOrder(show, m_customPricing);
    QWidget::setTabOrder(m_customPricing, m_rollupBilling);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
}

void CreateAccountDialog::setFieldError(QLineEdit *field, const QString &message)
{
    QLabel *label = m_fieldErrors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setProperty("invalid", !message.isEmpty());
    field->setAccessibleDescription(message);
}

void CreateAccountDialog::clearErrors()
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        setFieldError(it.key(), {});
    m_formError->hide();
}

bool CreateAccountDialog::validate()
{
    clearErrors();
    QLineEdit *first = nullptr;
    if (m_businessName->text().trimmed().isEmpty()) {
        setFieldError(m_businessName, tr("Enter the business name."));
        first = m_businessName;
    }
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch()) {
        setFieldError(m_email, tr("This does not look like an email address."));
        if (!first)
            first = m_email;
    }
    if (first)
        first->setFocus();
    return !first;
}

void CreateAccountDialog::submit()
{
    if (m_call || m_pages->currentIndex() != 0)
        return;
    if (!validate())
        return;
    NewManagedAccount account;
    account.businessName = m_businessName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.password = m_password->text();
    account.allowCustomPricing = m_customPricing->isChecked();
    account.rollupBilling = m_rollupBilling->isChecked();
    setBusy(true);
    m_call = m_operations->create(account, this, [this](const Result<CreatedAccount> &result) {
        setBusy(false);
        if (result.ok())
            onCreated(result.value());
        else
            onFailed(result.error());
    });
}

void CreateAccountDialog::setBusy(bool busy)
{
    m_pages->widget(0)->setEnabled(!busy);
    for (QAbstractButton *b : m_buttons->buttons())
        b->setEnabled(!busy);
    if (QAbstractButton *create = m_buttons->findChild<QPushButton *>(u"createButton"_s))
        create->setText(busy ? tr("Creating…") : tr("Create"));
}

void CreateAccountDialog::onCreated(const CreatedAccount &created)
{
    const ManagedAccount &a = created.detail.account;
    QString text =
        tr("Created %1 (%2).").arg(a.organizationName.value_or(m_businessName->text()), a.email);
    if (created.recoveredAfterLostReply)
        text += u' ' + tr("The answer to the request was lost, but the account was found: it "
                          "was created once.");
    m_resultText->setText(text);
    m_apiKey->setSecret(created.detail.secrets.apiKey);
    m_pages->setCurrentIndex(1);
    m_buttons->clear();
    QPushButton *done = m_buttons->addButton(QDialogButtonBox::Close);
    done->setObjectName(u"closeButton"_s);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    Q_EMIT accountCreated(a.id);
}

void CreateAccountDialog::onFailed(const ApiError &error)
{
    // Put each server complaint next to the field it names; the rest goes on top.
    const QHash<QString, QLineEdit *> fields{{u"/business_name"_s, m_businessName},
                                             {u"/email"_s, m_email},
                                             {u"/password"_s, m_password}};
    QStringList general;
    QLineEdit *first = nullptr;
    for (const ApiErrorEntry &e : error.entries()) {
        const QString text = e.detail.isEmpty() ? e.title : e.detail;
        if (QLineEdit *field = fields.value(e.pointer)) {
            setFieldError(field, text);
            if (!first)
                first = field;
        } else if (!text.isEmpty()) {
            general << text;
        }
    }
    if (!first || !general.isEmpty() || error.entries().isEmpty()) {
        m_formError->setText(first && general.isEmpty() ? QString()
                                                        : error.title() + u": " + error.message());
        m_formError->setVisible(!m_formError->text().isEmpty());
    }
    if (first)
        first->setFocus();
}

void CreateAccountDialog::reject()
{
    // Closing while the request is out would hide its outcome; the request has its own timeout.
    if (m_call)
        return;
    QDialog::reject();
}

} // namespace telnyx
