#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace telnyx {

void installTranslations(QObject *owner)
{
    auto *qt = new QTranslator(owner);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *app = new QTranslator(owner);
    if (app->load(QLocale(), u"telnyx-admin"_s, u"_"_s, u":/i18n"_s) ||
        app->load(u"telnyx-admin_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(app);
}

} // namespace telnyx
