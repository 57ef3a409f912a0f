#include "api/accountstatusindex.h"

#include <QTest>

using namespace telnyx;
using namespace Qt::StringLiterals;
using S = AccountStatus;

class TstAccountStatusIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUntilListed();
    void oneListingGivesTheStatus();
    void conflictingListingsAreUnknown();
    void confirmedMutationWins();
    void listedStatusesFollowCancelled();
    void statusKeysRoundTrip();
};

void TstAccountStatusIndex::unknownUntilListed()
{
    AccountStatusIndex index;
    QCOMPARE(index.statusOf(u"a"_s), S::Unknown);
}

void TstAccountStatusIndex::oneListingGivesTheStatus()
{
    AccountStatusIndex index;
    index.addListed(S::Disabled, u"a"_s);
    index.addListed(S::Enabled, u"b"_s);
    index.addListed(S::Disabled, u"a"_s); // the same listing twice is not a conflict
    QCOMPARE(index.statusOf(u"a"_s), S::Disabled);
    QCOMPARE(index.statusOf(u"b"_s), S::Enabled);
    QCOMPARE(index.statusOf(u"c"_s), S::Unknown);
}

void TstAccountStatusIndex::conflictingListingsAreUnknown()
{
    // A server that ignores filter[status][eq] lists every account under every status.
    AccountStatusIndex index;
    index.addListed(S::Enabled, u"a"_s);
    index.addListed(S::Disabled, u"a"_s);
    QCOMPARE(index.statusOf(u"a"_s), S::Unknown);
}

void TstAccountStatusIndex::confirmedMutationWins()
{
    AccountStatusIndex index;
    index.addListed(S::Enabled, u"a"_s);
    index.setKnown(u"a"_s, S::Disabled);
    QCOMPARE(index.statusOf(u"a"_s), S::Disabled);
    index.clear();
    QCOMPARE(index.statusOf(u"a"_s), S::Unknown);
}

void TstAccountStatusIndex::listedStatusesFollowCancelled()
{
    QVERIFY(!AccountStatusIndex::listedStatuses(false).contains(S::Cancelled));
    QVERIFY(AccountStatusIndex::listedStatuses(true).contains(S::Cancelled));
    QVERIFY(AccountStatusIndex::listedStatuses(false).contains(S::Blocked));
}

void TstAccountStatusIndex::statusKeysRoundTrip()
{
    for (S s : {S::Enabled, S::Disabled, S::Blocked, S::Cancelled})
        QCOMPARE(accountStatusFromKey(accountStatusKey(s)), std::optional<S>(s));
    QVERIFY(!accountStatusFromKey(u"frozen"_s).has_value());
}

QTEST_GUILESS_MAIN(TstAccountStatusIndex)
#include "tst_accountstatusindex.moc"
