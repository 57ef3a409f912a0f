#include "clienttestbase.h"

#include <QJsonArray>

using namespace telnyx;
using namespace Qt::StringLiterals;
using K = ApiError::Kind;

// Every endpoint against the sandbox, the happy path and each error status it can give.
class TstClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsManagedAccountsWithMeta();
    void filtersAndSorts();
    void shortContainsFilterIsRefused();
    void createRetrieveAndSecrets();
    void createValidationLandsOnField();
    void updatesCustomPricing();
    void disableAndEnable();
    void channelPoolAndLimit();
    void retrieveUnknownIsNotFound();
    void wrongKeyIsUnauthorized();
    void listsUsersWithAndWithoutGroups();
    void filtersUsers();
    void groupsReportJsonAndCsv();
    void retrievesAndRemovesUsers();
    void ownerCannotBeRemoved();
    void insecureBaseUrlIsRefusedBeforeSending();
    void deadServerIsANetworkError();
    void callbackSkippedWhenContextDies();
    void cancelFinishesOnce();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    TelnyxClient m_client;
};

void TstClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--accounts"_s, u"60"_s, u"--users"_s, u"30"_s});
    const QString problem = m_sandbox->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    pointAt(m_client, *m_sandbox);
}

void TstClient::listsManagedAccountsWithMeta()
{
    Outcome<Page<ManagedAccount>> out;
    m_client.listManagedAccounts({}, 2, 25, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    const auto &page = out.value();
    QCOMPARE(page.items.size(), 25);
    QCOMPARE(page.rejected, 0);
    QVERIFY(page.meta.present);
    QCOMPARE(page.meta.pageNumber, 2);
    QCOMPARE(page.meta.pageSize, 25);
    // --accounts counts cancelled accounts too, which are hidden by default.
    QVERIFY(page.meta.totalResults > 50 && page.meta.totalResults < 60);
    QCOMPARE(page.meta.totalPages, int((page.meta.totalResults + 24) / 25));
    for (const ManagedAccount &a : page.items) {
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.createdAt.isValid());
        QVERIFY(!a.balance.has_value()); // list items carry no balance
    }
}

void TstClient::filtersAndSorts()
{
    Outcome<Page<ManagedAccount>> all;
    ManagedAccountQuery byEmail;
    byEmail.sort = u"-email"_s;
    m_client.listManagedAccounts(byEmail, 1, 250, this, all.callback());
    QVERIFY(all.wait());
    QVERIFY(all.ok());
    const auto &items = all.value().items;
    QCOMPARE(items.size(), all.value().meta.totalResults);
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).email.compare(items.at(i).email, Qt::CaseInsensitive) >= 0);

    // Exact email, and a contains filter on part of an organization name with a `+` or space.
    const ManagedAccount &pick = items.at(7);
    Outcome<Page<ManagedAccount>> exact;
    ManagedAccountQuery eq;
    eq.emailEquals = pick.email;
    m_client.listManagedAccounts(eq, 1, 250, this, exact.callback());
    QVERIFY(exact.wait());
    QVERIFY(exact.ok());
    QCOMPARE(exact.value().items.size(), 1);
    QCOMPARE(exact.value().items.first().id, pick.id);

    Outcome<Page<ManagedAccount>> contains;
    ManagedAccountQuery c;
    c.emailContains = pick.email.left(pick.email.indexOf(u'@')).right(3).toUpper();
    m_client.listManagedAccounts(c, 1, 250, this, contains.callback());
    QVERIFY(contains.wait());
    QVERIFY(contains.ok());
    bool found = false;
    for (const auto &a : contains.value().items) {
        QVERIFY(a.email.contains(c.emailContains, Qt::CaseInsensitive));
        found |= a.id == pick.id;
    }
    QVERIFY(found);
}

void TstClient::shortContainsFilterIsRefused()
{
    Outcome<Page<ManagedAccount>> out;
    ManagedAccountQuery q;
    q.organizationContains = u"ab"_s;
    m_client.listManagedAccounts(q, 1, 20, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind(), K::Validation);
    QVERIFY(!out.error().entries().isEmpty());
}

void TstClient::createRetrieveAndSecrets()
{
    const qint64 before = m_sandbox->stats().value("creates"_L1).toInteger();
    NewManagedAccount n;
    n.businessName = u"Zażółć, \"Quoted\" & Co"_s;
    n.email = u"new-account+1@example.com"_s;
    n.password = u"a-long-enough-password"_s;
    n.rollupBilling = true;
    Outcome<CreatedAccount> created;
    m_client.createManagedAccount(n, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), qPrintable(created.error().summary()));
    const ManagedAccountDetail &d = created.value().detail;
    QVERIFY(!created.value().recoveredAfterLostReply);
    QCOMPARE(d.account.organizationName.value_or(QString()), n.businessName);
    QCOMPARE(d.account.email, n.email);
    QCOMPARE(d.account.rollupBilling, std::optional<bool>(true));
    QVERIFY(d.account.balance.has_value());
    QVERIFY(d.secrets.apiKey.startsWith(u"KEY"_s));
    QVERIFY(!d.secrets.apiToken.isEmpty());
    QCOMPARE(m_sandbox->stats().value("creates"_L1).toInteger(), before + 1);

    Outcome<ManagedAccountDetail> fetched;
    m_client.retrieveManagedAccount(d.account.id, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().account.email, n.email);
    QCOMPARE(fetched.value().secrets.apiKey, d.secrets.apiKey);
}

void TstClient::createValidationLandsOnField()
{
    NewManagedAccount n;
    n.businessName = u"Valid name"_s;
    n.email = u"not-an-email"_s;
    Outcome<CreatedAccount> out;
    m_client.createManagedAccount(n, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind(), K::Validation);
    QCOMPARE(out.error().httpStatus(), 422);
    QCOMPARE(out.error().fieldPointer(), u"/email"_s);

    NewManagedAccount empty;
    Outcome<CreatedAccount> out2;
    m_client.createManagedAccount(empty, this, out2.callback());
    QVERIFY(out2.wait());
    QCOMPARE(out2.error().kind(), K::Validation);
    QCOMPARE(out2.error().fieldPointer(), u"/business_name"_s);
}

void TstClient::updatesCustomPricing()
{
    Outcome<Page<ManagedAccount>> list;
    m_client.listManagedAccounts({}, 1, 5, this, list.callback());
    QVERIFY(list.wait());
    const ManagedAccount a = list.value().items.first();
    const bool target = !a.allowCustomPricing.value_or(false);
    Outcome<ManagedAccountDetail> out;
    m_client.setCustomPricing(a.id, target, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY2(out.ok(), qPrintable(out.error().summary()));
    QCOMPARE(out.value().account.allowCustomPricing, std::optional<bool>(target));
    Outcome<ManagedAccountDetail> again;
    m_client.retrieveManagedAccount(a.id, this, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.value().account.allowCustomPricing, std::optional<bool>(target));
}

void TstClient::disableAndEnable()
{
    ManagedAccountQuery enabledQuery;
    enabledQuery.status = u"enabled"_s;
    Outcome<Page<ManagedAccount>> enabled;
    m_client.listManagedAccounts(enabledQuery, 1, 250, this, enabled.callback());
    QVERIFY(enabled.wait());
    QVERIFY(enabled.ok());
    const QString id = enabled.value().items.first().id;

    Outcome<ManagedAccountDetail> disabled;
    m_client.disableManagedAccount(id, this, disabled.callback());
    QVERIFY(disabled.wait());
    QVERIFY2(disabled.ok(), qPrintable(disabled.error().summary()));

    auto idsWithStatus = [this](const QString &status) {
        ManagedAccountQuery q;
        q.status = status;
        Outcome<Page<ManagedAccount>> out;
        m_client.listManagedAccounts(q, 1, 250, this, out.callback());
        QSet<QString> ids;
        if (out.wait() && out.ok()) {
            for (const auto &a : out.value().items)
                ids.insert(a.id);
        }
        return ids;
    };
    QVERIFY(idsWithStatus(u"disabled"_s).contains(id));
    QVERIFY(!idsWithStatus(u"enabled"_s).contains(id));

    Outcome<ManagedAccountDetail> reenabled;
    m_client.enableManagedAccount(id, true, this, reenabled.callback());
    QVERIFY(reenabled.wait());
    QVERIFY(reenabled.ok());
    QVERIFY(idsWithStatus(u"enabled"_s).contains(id));
    QVERIFY(!idsWithStatus(u"disabled"_s).contains(id));
}

void TstClient::channelPoolAndLimit()
{
    Outcome<ChannelPool> pool;
    m_client.channelPool(this, pool.callback());
    QVERIFY(pool.wait());
    QVERIFY2(pool.ok(), qPrintable(pool.error().summary()));
    QVERIFY(pool.value().allocatable > 0);
    QVERIFY(pool.value().totalAllocated <= pool.value().allocatable);

    Outcome<Page<ManagedAccount>> list;
    m_client.listManagedAccounts({}, 1, 1, this, list.callback());
    QVERIFY(list.wait());
    const QString id = list.value().items.first().id;

    Outcome<AccountChannelLimit> set;
    m_client.setChannelLimit(id, 0, this, set.callback());
    QVERIFY(set.wait());
    QVERIFY2(set.ok(), qPrintable(set.error().summary()));
    QCOMPARE(set.value().channelLimit, std::optional<qint64>(0));
    QCOMPARE(set.value().id, id);

    Outcome<ChannelPool> after;
    m_client.channelPool(this, after.callback());
    QVERIFY(after.wait());
    const qint64 free = after.value().allocatable - after.value().totalAllocated;

    Outcome<AccountChannelLimit> tooMany;
    m_client.setChannelLimit(id, free + 1, this, tooMany.callback());
    QVERIFY(tooMany.wait());
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().kind(), K::Validation);
    QCOMPARE(tooMany.error().fieldPointer(), u"/channel_limit"_s);

    Outcome<AccountChannelLimit> exactlyFree;
    m_client.setChannelLimit(id, free, this, exactlyFree.callback());
    QVERIFY(exactlyFree.wait());
    QVERIFY2(exactlyFree.ok(), qPrintable(exactlyFree.error().summary()));
}

void TstClient::retrieveUnknownIsNotFound()
{
    Outcome<ManagedAccountDetail> out;
    m_client.retrieveManagedAccount(u"00000000-0000-4000-8000-000000000000"_s, this,
                                    out.callback());
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind(), K::NotFound);
    QCOMPARE(out.error().entries().value(0).code, u"10005"_s);
    QVERIFY(!out.error().requestId().isEmpty());
}

void TstClient::wrongKeyIsUnauthorized()
{
    TelnyxClient client;
    pointAt(client, *m_sandbox);
    client.setApiKey(u"KEY0WRONG_s3cretpart"_s);
    Outcome<Page<OrganizationUser>> out;
    client.listUsers({}, 1, 10, this, out.callback());
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind(), K::Unauthorized);
    QCOMPARE(out.error().httpStatus(), 401);
    QCOMPARE(out.error().entries().value(0).code, u"10009"_s);
    // Telnyx names the key's ID in its answer, never the secret part.
    QVERIFY(!out.error().message().contains(u"s3cretpart"_s));
}

void TstClient::listsUsersWithAndWithoutGroups()
{
    Outcome<Page<OrganizationUser>> plain;
    m_client.listUsers({}, 1, 250, this, plain.callback());
    QVERIFY(plain.wait());
    QVERIFY(plain.ok());
    QVERIFY(!plain.value().items.isEmpty());
    for (const auto &u : plain.value().items)
        QVERIFY(!u.groups.has_value());

    UserQuery q;
    q.includeGroups = true;
    Outcome<Page<OrganizationUser>> grouped;
    m_client.listUsers(q, 1, 250, this, grouped.callback());
    QVERIFY(grouped.wait());
    QVERIFY(grouped.ok());
    bool someGroups = false;
    bool someNever = false;
    for (const auto &u : grouped.value().items) {
        QVERIFY(u.groups.has_value());
        someGroups |= !u.groups->isEmpty();
        someNever |= !u.lastSignInAt.isValid();
    }
    QVERIFY(someGroups);
    QVERIFY(someNever);
}

void TstClient::filtersUsers()
{
    UserQuery q;
    q.status = u"disabled"_s;
    Outcome<Page<OrganizationUser>> out;
    m_client.listUsers(q, 1, 250, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(out.ok());
    for (const auto &u : out.value().items)
        QCOMPARE(u.status, UserStatus::Disabled);
}

void TstClient::groupsReportJsonAndCsv()
{
    Outcome<Page<OrganizationUser>> json;
    m_client.groupsReport(this, json.callback());
    QVERIFY(json.wait());
    QVERIFY2(json.ok(), qPrintable(json.error().summary()));
    QVERIFY(!json.value().meta.present);
    int owners = 0;
    for (const auto &u : json.value().items) {
        QVERIFY(u.groups.has_value());
        owners += u.isOwner();
    }
    QCOMPARE(owners, 1);

    Outcome<QByteArray> csv;
    m_client.groupsReportCsv(this, csv.callback());
    QVERIFY(csv.wait());
    QVERIFY2(csv.ok(), qPrintable(csv.error().summary()));
    QVERIFY(csv.value().startsWith("id,email,user_status,created_at,last_sign_in_at,groups"));
}

void TstClient::retrievesAndRemovesUsers()
{
    Outcome<Page<OrganizationUser>> list;
    m_client.listUsers({}, 1, 250, this, list.callback());
    QVERIFY(list.wait());
    OrganizationUser victim;
    for (const auto &u : list.value().items) {
        if (!u.isOwner()) {
            victim = u;
            break;
        }
    }
    QVERIFY(!victim.id.isEmpty());

    Outcome<OrganizationUser> fetched;
    m_client.retrieveUser(victim.id, true, this, fetched.callback());
    QVERIFY(fetched.wait());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value().email, victim.email);
    QVERIFY(fetched.value().groups.has_value());

    Outcome<UserRemoval> removed;
    m_client.removeUser(victim.id, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.ok(), qPrintable(removed.error().summary()));
    QVERIFY(!removed.value().alreadyGone);
    QVERIFY(removed.value().user.has_value());

    Outcome<UserRemoval> again;
    m_client.removeUser(victim.id, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(again.ok());
    QVERIFY(again.value().alreadyGone);

    Outcome<OrganizationUser> gone;
    m_client.retrieveUser(victim.id, false, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.error().kind(), K::NotFound);
}

void TstClient::ownerCannotBeRemoved()
{
    Outcome<Page<OrganizationUser>> report;
    m_client.groupsReport(this, report.callback());
    QVERIFY(report.wait());
    QString ownerId;
    for (const auto &u : report.value().items) {
        if (u.isOwner())
            ownerId = u.id;
    }
    QVERIFY(!ownerId.isEmpty());
    Outcome<UserRemoval> out;
    m_client.removeUser(ownerId, this, out.callback());
    QVERIFY(out.wait());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().kind(), K::Forbidden);
}

void TstClient::insecureBaseUrlIsRefusedBeforeSending()
{
    TelnyxClient client;
    QString why;
    QVERIFY(!client.setBaseUrl(QUrl(u"http://api.telnyx.com/v2"_s), &why));
    QVERIFY(why.contains(u"https"_s));
    QCOMPARE(client.baseUrl(), TelnyxClient::defaultBaseUrl()); // unchanged
}

void TstClient::deadServerIsANetworkError()
{
    // A port that was just free: nothing listens there.
    QUrl dead = m_sandbox->baseUrl();
    {
        SandboxProcess other;
        QVERIFY(other.start().isEmpty());
        dead = other.baseUrl();
    }
    TelnyxClient client;
    QVERIFY(client.setBaseUrl(dead));
    client.setApiKey(SandboxProcess::apiKey());
    client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    Outcome<ChannelPool> out;
    ApiCall *call = client.channelPool(this, out.callback());
    QPointer<ApiCall> guard(call);
    QVERIFY(out.wait());
    QCOMPARE(out.error().kind(), K::Network);
    QCOMPARE(out.calls, 1);
}

void TstClient::callbackSkippedWhenContextDies()
{
    int called = 0;
    QPointer<ApiCall> call;
    {
        QObject context;
        call = m_client.channelPool(&context, [&](const Result<ChannelPool> &) { ++called; });
    }
    QTRY_VERIFY(call.isNull()); // the call still finished and cleaned up after itself
    QCOMPARE(called, 0);
}

void TstClient::cancelFinishesOnce()
{
    Outcome<Page<OrganizationUser>> out;
    QPointer<ApiCall> call = m_client.listUsers({}, 1, 250, this, out.callback());
    QVERIFY(call);
    call->cancel();
    QVERIFY(out.result.has_value()); // finished synchronously inside cancel()
    QCOMPARE(out.error().kind(), K::Cancelled);
    if (call)
        call->cancel(); // a second cancel is a no-op
    QTRY_VERIFY(call.isNull());
    QCOMPARE(out.calls, 1);
}

QTEST_GUILESS_MAIN(TstClient)
#include "tst_client.moc"
