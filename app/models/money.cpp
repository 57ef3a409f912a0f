#include "money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// The integer part with the locale's digit grouping, done on the digits themselves so that
// amounts beyond 64 bits keep every digit.
QString groupedInteger(const QString &digits, const QLocale &locale)
{
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok);
    if (ok)
        return locale.toString(value);
    QString out;
    const QString separator = locale.groupSeparator();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

} // namespace

QString formatMoney(const QString &amount, const QString &currency, const QLocale &locale)
{
    static const QRegularExpression decimal(u"^([+-]?)(\\d+)(?:\\.(\\d+))?$"_s);
    static const QRegularExpression nonZero(u"[1-9]"_s);
    const QString trimmed = amount.trimmed();
    const QRegularExpressionMatch m = decimal.match(trimmed);
    if (!m.hasMatch())
        return currency.isEmpty() ? trimmed : trimmed + u' ' + currency;

    // "-0.00" is written as zero, without a sign.
    const bool negative =
        m.captured(1) == "-"_L1 && QString(m.captured(2) + m.captured(3)).contains(nonZero);
    QString fraction = m.captured(3);
    while (fraction.size() < 2)
        fraction += u'0';
    QString number = groupedInteger(m.captured(2), locale) + locale.decimalPoint();
    // Digits after the decimal point in the locale's own digits (the same as ASCII in most).
    for (QChar c : fraction)
        number += locale.toString(c.digitValue());

    if (currency.isEmpty())
        return negative ? locale.negativeSign() + number : number;

    // The locale's money pattern, read off a sample: where the symbol goes, whether a space
    // separates it, and how a negative amount looks. Then the sample's "1" becomes our number.
    const QString marker = u"\u00A4"_s; // CURRENCY SIGN, never a digit or separator
    const QString symbol =
        currency.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0
            ? locale.currencySymbol(QLocale::CurrencySymbol)
            : currency.toUpper();
    QString pattern = locale.toCurrencyString(negative ? -1.0 : 1.0, marker, 0);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + number + u' ' + symbol;
    pattern.replace(at, one.size(), number);
    // A code like "USD" glued to digits ("USD1,234.50") is hard to read: keep them apart.
    const bool letters = symbol.front().isLetter();
    const qsizetype markerAt = pattern.indexOf(marker);
    QString replacement = symbol;
    if (letters && markerAt > 0 && pattern.at(markerAt - 1).isDigit())
        replacement.prepend(u'\u00A0');
    if (letters && markerAt + 1 < pattern.size() && pattern.at(markerAt + 1).isDigit())
        replacement.append(u'\u00A0');
    pattern.replace(markerAt, marker.size(), replacement);
    return pattern;
}

} // namespace telnyx
