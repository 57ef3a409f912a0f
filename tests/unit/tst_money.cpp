// Money is written in the user's locale from the server's decimal string, without rounding.
#include "models/money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using telnyx::formatMoney;

namespace {
// Qt writes some separators as no-break spaces; compare with plain ones for readability.
QString plain(QString s)
{
    return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US own currency")
            << u"en_US"_s << u"1234.5"_s << u"USD"_s << u"$1,234.50"_s;
        // Qt follows the US accounting convention for negative amounts.
        QTest::newRow("en_US negative") << u"en_US"_s << u"-20.00"_s << u"USD"_s << u"($20.00)"_s;
        QTest::newRow("en_US other currency")
            << u"en_US"_s << u"1234.5"_s << u"EUR"_s << u"EUR 1,234.50"_s;
        QTest::newRow("de_DE") << u"de_DE"_s << u"1234.5"_s << u"USD"_s << u"1.234,50 USD"_s;
        QTest::newRow("de_DE negative") << u"de_DE"_s << u"-5.1"_s << u"USD"_s << u"-5,10 USD"_s;
        QTest::newRow("de_DE own") << u"de_DE"_s << u"1234.56"_s << u"EUR"_s << u"1.234,56 €"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"1234567.5"_s << u"USD"_s << u"1 234 567,50 USD"_s;
        QTest::newRow("pt_BR own") << u"pt_BR"_s << u"99.9"_s << u"BRL"_s << u"R$ 99,90"_s;
        QTest::newRow("every digit kept")
            << u"en_US"_s << u"0.12345"_s << u"USD"_s << u"$0.12345"_s;
        QTest::newRow("beyond 64 bits") << u"de_DE"_s << u"123456789012345678901234.10"_s
                                        << u"USD"_s << u"123.456.789.012.345.678.901.234,10 USD"_s;
        QTest::newRow("minus zero") << u"en_US"_s << u"-0.00"_s << u"USD"_s << u"$0.00"_s;
        QTest::newRow("no currency") << u"de_DE"_s << u"5"_s << QString() << u"5,00"_s;
        QTest::newRow("not a number kept") << u"de_DE"_s << u"1e5"_s << u"USD"_s << u"1e5 USD"_s;
    }
    void formats()
    {
        QFETCH(QString, locale);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(plain(formatMoney(amount, currency, QLocale(locale))), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
