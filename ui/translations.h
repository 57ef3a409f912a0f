#pragma once

#include <QString>
#include <QStringList>

class QObject;
class QSettings;

namespace telnyx {

// The languages the console ships (the .ts files in translations/), as locale names.
QStringList shippedLanguages();

// The person's choice in View ▸ Language ("de", "pt_BR"; empty: follow the system), kept in
// settings under "ui/language". A change takes effect at the next start.
QString savedLanguage(const QSettings &settings);
void saveLanguage(QSettings &settings, const QString &language);

// Installs Qt's own translations and the console's for `language` (empty: the system locale),
// falling back to the English plural forms ("1 account", "2 accounts") when the locale has none
// (or is C). A chosen language also becomes the default locale, so dates, numbers and money
// are written the way its texts are. The translators are children of `owner`.
void installTranslations(QObject *owner, const QString &language = QString());

} // namespace telnyx
