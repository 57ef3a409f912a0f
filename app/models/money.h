#pragma once

#include <QLocale>
#include <QString>

namespace telnyx {

// Writes a Telnyx amount ("1234.5", a decimal string, never a double: doubles round cents) with
// its ISO currency ("USD") the way `locale` writes money: "$1,234.50" in en_US, "1.234,50 USD" in
// de_DE. Every digit the server sent is kept; at least two decimals are shown. The symbol is the
// locale's own when the currency is the locale's, else the ISO code, so "USD" never turns into
// an ambiguous "$" for someone reading Canadian or Mexican dollars. An amount that is not a plain
// decimal comes back unchanged, followed by the currency.
QString formatMoney(const QString &amount, const QString &currency,
                    const QLocale &locale = QLocale());

} // namespace telnyx
