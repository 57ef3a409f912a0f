#include "accountdetailsdialog.h"

#include "models/accountoperations.h"
#include "models/money.h"
#include "widgets/secretfield.h"

#include <QFormLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QString flag(const std::optional<bool> &value)
{
    if (!value)
        return AccountDetailsDialog::tr("not reported");
    return *value ? AccountDetailsDialog::tr("Yes") : AccountDetailsDialog::tr("No");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat)
                       : AccountDetailsDialog::tr("not reported");
}

QString money(const std::optional<QString> &amount, const std::optional<QString> &currency)
{
    if (!amount)
        return AccountDetailsDialog::tr("not reported");
    // From the server's decimal string, in the user's locale: a double would round cents.
    return formatMoney(*amount, currency.value_or(QString()));
}

} // namespace

AccountDetailsDialog::AccountDetailsDialog(AccountOperations *operations,
                                           SecretClipboard *clipboard, const QString &accountId,
                                           QWidget *parent)
    : RemoteDetailsDialog(parent)
    , m_operations(operations)
    , m_id(accountId)
    , m_apiKey(new SecretField(clipboard, tr("API key"), this))
    , m_apiToken(new SecretField(clipboard, tr("API token (V1)"), this))
{
    setObjectName(u"accountDetailsDialog"_s);
    setWindowTitle(tr("Managed account"));
    setMinimumWidth(560);
    m_apiKey->setObjectName(u"apiKeyField"_s);
    m_apiToken->setObjectName(u"apiTokenField"_s);

    addValue(tr("Organization:"), u"organization"_s);
    addValue(tr("Email:"), u"email"_s);
    addValue(tr("ID:"), u"id"_s);
    addValue(tr("Balance:"), u"balance"_s);
    addValue(tr("Credit limit:"), u"creditLimit"_s);
    addValue(tr("Available credit:"), u"availableCredit"_s);
    addValue(tr("Custom pricing:"), u"customPricing"_s);
    addValue(tr("Rollup billing:"), u"rollupBilling"_s);
    addValue(tr("API user:"), u"apiUser"_s);
    addValue(tr("Manager account ID:"), u"managerAccountId"_s);
    addValue(tr("Created:"), u"created"_s);
    addValue(tr("Updated:"), u"updated"_s);
    form()->addRow(tr("API key:"), m_apiKey);
    form()->addRow(tr("API token (V1):"), m_apiToken);
}

void AccountDetailsDialog::load()
{
    if (m_call)
        return;
    showLoading();
    m_call = m_operations->retrieve(m_id, this, [this](const Result<ManagedAccountDetail> &r) {
        if (r.ok())
            showDetail(r.value());
        else
            showError(r.error());
    });
}

void AccountDetailsDialog::showDetail(const ManagedAccountDetail &detail)
{
    const ManagedAccount &a = detail.account;
    auto set = [this](const QString &name, const QString &text) { setValue(name, text); };
    const ManagedAccountBalance balance = a.balance.value_or(ManagedAccountBalance{});
    set(u"organization"_s, a.organizationName.value_or(tr("not reported")));
    set(u"email"_s, a.email);
    set(u"id"_s, a.id);
    set(u"balance"_s, money(balance.balance, balance.currency));
    set(u"creditLimit"_s, money(balance.creditLimit, balance.currency));
    set(u"availableCredit"_s, money(balance.availableCredit, balance.currency));
    set(u"customPricing"_s, flag(a.allowCustomPricing));
    set(u"rollupBilling"_s, flag(a.rollupBilling));
    set(u"apiUser"_s, a.apiUser);
    set(u"managerAccountId"_s, a.managerAccountId);
    set(u"created"_s, when(a.createdAt));
    set(u"updated"_s, when(a.updatedAt));
    m_apiKey->setSecret(detail.secrets.apiKey);
    m_apiToken->setSecret(detail.secrets.apiToken);
    setWindowTitle(tr("Managed account: %1").arg(a.organizationName.value_or(a.email)));
    showBody();
}

} // namespace telnyx
