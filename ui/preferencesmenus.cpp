#include "preferencesmenus.h"

#include "theme.h"
#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// "Deutsch", "português (Brasil)": each language named in itself, so a person who cannot read
// the current one still finds theirs.
QString nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language.contains(u'_'))
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

QMenu *createLanguageMenu(QSettings *settings, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("PreferencesMenus", "&Language"), parent);
    menu->setObjectName(u"languageMenu"_s);
    menu->setIcon(theme::icon(u"preferences-desktop-locale"_s));
    auto *group = new QActionGroup(menu);
    const QString saved = savedLanguage(*settings);
    auto add = [&](const QString &label, const QString &language) {
        QAction *a = menu->addAction(label);
        a->setObjectName(u"language_"_s + (language.isEmpty() ? u"system"_s : language));
        a->setCheckable(true);
        a->setChecked(language == saved);
        a->setActionGroup(group);
        QObject::connect(a, &QAction::triggered, menu,
                         [settings, language] { saveLanguage(*settings, language); });
    };
    add(QCoreApplication::translate("PreferencesMenus", "System default"), QString());
    menu->addSeparator();
    for (const QString &language : shippedLanguages())
        add(nativeName(language), language);
    menu->addSeparator();
    menu->addAction(QCoreApplication::translate("PreferencesMenus",
                                                "Takes effect after restarting Telnyx Admin"))
        ->setEnabled(false);
    return menu;
}

QMenu *createAppearanceMenu(QSettings *settings, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("PreferencesMenus", "A&ppearance"), parent);
    menu->setObjectName(u"appearanceMenu"_s);
    menu->setIcon(theme::icon(u"telnyx-appearance"_s));
    auto *group = new QActionGroup(menu);
    const theme::Appearance saved = theme::savedAppearance(*settings);
    auto add = [&](const QString &label, theme::Appearance appearance, const QString &name) {
        QAction *a = menu->addAction(label);
        a->setObjectName(u"appearance_"_s + name);
        a->setCheckable(true);
        a->setChecked(appearance == saved);
        a->setActionGroup(group);
        QObject::connect(a, &QAction::triggered, menu, [settings, appearance] {
            theme::saveAppearance(*settings, appearance);
            theme::applyAppearance(appearance);
        });
    };
    //: Appearance that follows the desktop's colours
    add(QCoreApplication::translate("PreferencesMenus", "&System colours"),
        theme::Appearance::System, u"system"_s);
    add(QCoreApplication::translate("PreferencesMenus", "&Light"), theme::Appearance::Light,
        u"light"_s);
    add(QCoreApplication::translate("PreferencesMenus", "&Dark"), theme::Appearance::Dark,
        u"dark"_s);
    return menu;
}

} // namespace telnyx
