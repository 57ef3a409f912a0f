#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {
constexpr auto kLanguageKey = "ui/language"_L1;
}

QStringList shippedLanguages()
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s};
}

QString savedLanguage(const QSettings &settings)
{
    const QString language = settings.value(kLanguageKey).toString();
    return shippedLanguages().contains(language) ? language : QString();
}

void saveLanguage(QSettings &settings, const QString &language)
{
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

void installTranslations(QObject *owner, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *app = new QTranslator(owner);
    if (app->load(locale, u"telnyx-admin"_s, u"_"_s, u":/i18n"_s) ||
        app->load(u"telnyx-admin_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(app);
}

} // namespace telnyx
