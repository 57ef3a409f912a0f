#include "api/pager.h"
#include "clienttestbase.h"

#include <QSignalSpy>

using namespace telnyx;
using namespace Qt::StringLiterals;

class TstPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryPageInOrder();
    void lowersConcurrencyOn429();
    void cancelStopsEverything();
    void failureFinishesOnce();
    void emptyListFinishes();

private:
    static Pager::RequestForPage accountsBy(int size)
    {
        return [size](int page) { return TelnyxClient::managedAccountsRequest({}, page, size); };
    }
};

void TstPager::walksEveryPageInOrder()
{
    START_SANDBOX(sandbox, u"--accounts"_s, u"1000"_s, u"--latency-ms"_s, u"30"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Pager pager(&client, accountsBy(20));
    QList<int> order;
    QSet<QString> ids;
    int rows = 0;
    connect(&pager, &Pager::pageReady, this, [&](int number, const RawPage &page) {
        order.append(number);
        for (const QJsonValue &v : page.data) {
            ids.insert(v.toObject().value("id"_L1).toString());
            ++rows;
        }
    });
    QSignalSpy progress(&pager, &Pager::progress);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(0).value<ApiError>().isError());
    // 1000 seeded accounts, a few of them cancelled and so not listed.
    const qint64 total = progress.last().at(2).toLongLong();
    QVERIFY(total > 900 && total <= 1000);
    const int pages = int((total + 19) / 20);
    QList<int> expected;
    for (int i = 1; i <= pages; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    QCOMPARE(rows, total);
    QCOMPARE(ids.size(), total);
    QCOMPARE(progress.last().at(0).toInt(), pages);
    QCOMPARE(progress.last().at(1).toInt(), pages);
    // Several at a time, but never more than the bound.
    QVERIFY(pager.peakInFlight() >= 2);
    QVERIFY(pager.peakInFlight() <= 4);
    QVERIFY(sandbox.stats().value("max_in_flight"_L1).toInt() <= 4);
}

void TstPager::lowersConcurrencyOn429()
{
    START_SANDBOX(sandbox, u"--accounts"_s, u"400"_s, u"--latency-ms"_s, u"20"_s, u"--fault"_s,
                  u"429nora:/v2/managed_accounts:2"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Pager pager(&client, accountsBy(20));
    QList<int> order;
    connect(&pager, &Pager::pageReady, this,
            [&](int number, const RawPage &) { order.append(number); });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QSignalSpy progress(&pager, &Pager::progress);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).value<ApiError>().isError());
    QCOMPARE(order.size(), int((progress.last().at(2).toLongLong() + 19) / 20));
    QVERIFY(order.size() > 15);
    QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    QVERIFY(pager.maxConcurrency() < 4);
}

void TstPager::cancelStopsEverything()
{
    START_SANDBOX(sandbox, u"--accounts"_s, u"1000"_s, u"--latency-ms"_s, u"50"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Pager pager(&client, accountsBy(20));
    int pages = 0;
    connect(&pager, &Pager::pageReady, this, [&](int, const RawPage &) {
        if (++pages == 2)
            pager.cancel();
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(pages, 2);
    QVERIFY(!pager.isRunning());
    // Nothing may arrive after a cancel, even once the server has answered everything.
    QVERIFY(sandbox.waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(pages, 2);
    QCOMPARE(finished.count(), 1);
}

void TstPager::failureFinishesOnce()
{
    START_SANDBOX(sandbox, u"--fault"_s, u"badjson:/v2/managed_accounts"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Pager pager(&client, accountsBy(20));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<ApiError>().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(pages.count(), 0);
    QVERIFY(sandbox.waitIdle());
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
}

void TstPager::emptyListFinishes()
{
    START_SANDBOX(sandbox, u"--accounts"_s, u"0"_s);
    TelnyxClient client;
    pointAt(client, sandbox);
    Pager pager(&client, accountsBy(20));
    QSignalSpy pages(&pager, &Pager::pageReady);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).value<ApiError>().isError());
    QCOMPARE(pages.count(), 0);
}

QTEST_GUILESS_MAIN(TstPager)
#include "tst_pager.moc"
