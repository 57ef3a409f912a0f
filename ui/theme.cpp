#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace telnyx::theme {

namespace {

constexpr auto kAppearanceKey = "ui/appearance"_L1;

// What the application looked like before any choice of ours, for "System".
struct Original
{
    QString styleName;
    QPalette palette;
    bool saved = false;
    bool overridden = false; // Light or Dark was applied since the start
};

Original &original()
{
    static Original o;
    return o;
}

void rememberOriginal()
{
    Original &o = original();
    if (o.saved)
        return;
    o.styleName = QApplication::style()->name();
    o.palette = QApplication::palette();
    o.saved = true;
}

QPalette darkPalette()
{
    const QColor window(43, 45, 48), base(31, 32, 35), text(230, 230, 230), button(53, 55, 59);
    const QColor disabledText(122, 125, 130), highlight(61, 123, 217);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 143, 148));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 123, 134));
    p.setColor(QPalette::Light, QColor(70, 72, 77));
    p.setColor(QPalette::Midlight, QColor(60, 62, 66));
    p.setColor(QPalette::Mid, QColor(38, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 163, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 82, 86));
    return p;
}

// Windows, macOS and the offscreen platform report no icon theme at all; QIcon::fromTheme() then
// finds nothing, fallback included, so ours becomes the theme itself.
bool &ownThemeOnly()
{
    static bool only = false;
    return only;
}

} // namespace

void followPalette(const QPalette &palette)
{
    const QString wanted = isDark(palette) ? u"telnyx-dark"_s : u"telnyx-light"_s;
    if (QIcon::fallbackThemeName() == wanted)
        return;
    QIcon::setFallbackThemeName(wanted);
    if (ownThemeOnly())
        QIcon::setThemeName(wanted);
    // Setting the search paths again is what makes Qt drop icons it already resolved, so
    // existing actions repaint with the other drawings.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor colour(Tone tone, const QPalette &palette)
{
    // Two shades each: darker ones on light backgrounds, lighter ones on dark backgrounds, both
    // about 4.5:1 against the base colour.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(95, 208, 143) : QColor(25, 125, 70);
    case Tone::Warning:
        return dark ? QColor(240, 180, 60) : QColor(160, 95, 0);
    case Tone::Danger:
        return dark ? QColor(255, 123, 134) : QColor(190, 30, 45);
    case Tone::Info:
        break;
    }
    return dark ? QColor(110, 163, 255) : QColor(13, 90, 210);
}

void markAsError(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour(Tone::Danger, p));
    label->setPalette(p);
}

Appearance savedAppearance(const QSettings &settings)
{
    const QString value = settings.value(kAppearanceKey).toString();
    if (value == "light"_L1)
        return Appearance::Light;
    if (value == "dark"_L1)
        return Appearance::Dark;
    return Appearance::System;
}

void saveAppearance(QSettings &settings, Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        settings.remove(kAppearanceKey);
        return;
    case Appearance::Light:
        settings.setValue(kAppearanceKey, u"light"_s);
        return;
    case Appearance::Dark:
        settings.setValue(kAppearanceKey, u"dark"_s);
        return;
    }
}

void applyAppearance(Appearance appearance)
{
    rememberOriginal();
    const Original &o = original();
    switch (appearance) {
    case Appearance::System:
        // Untouched, the application keeps following the platform's palette changes.
        if (!o.overridden)
            break;
        QApplication::setStyle(QStyleFactory::create(o.styleName));
        QApplication::setPalette(o.palette);
        original().overridden = false;
        break;
    case Appearance::Light:
    case Appearance::Dark: {
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        const QPalette palette =
            appearance == Appearance::Dark ? darkPalette() : fusion->standardPalette();
        QApplication::setStyle(fusion);
        QApplication::setPalette(palette);
        original().overridden = true;
        break;
    }
    }
    followPalette(QApplication::palette());
}

void installIcons()
{
    rememberOriginal();
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(":/icons"_L1))
        paths.append(u":/icons"_s);
    QIcon::setThemeSearchPaths(paths);
    ownThemeOnly() = QIcon::themeName().isEmpty();
    followPalette(QApplication::palette());
}

QIcon icon(const QString &name)
{
    return QIcon::fromTheme(name);
}

QIcon ownIconFor(const QString &name, const QColor &background)
{
    const QString theme = background.lightness() < 128 ? u"telnyx-dark"_s : u"telnyx-light"_s;
    const QString path = u":/icons/"_s + theme + u"/scalable/actions/"_s + name + u".svg"_s;
    // Asked for on every paint of a selected row: one QIcon per drawing keeps its rendered
    // pixmaps instead of parsing the SVG again each time.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(path);
    if (it == cache.constEnd())
        it = cache.insert(path, QFile::exists(path) ? QIcon(path) : QIcon());
    return *it;
}

QString fallbackIconTheme()
{
    return QIcon::fallbackThemeName();
}

QIcon applicationIcon()
{
    return QIcon(u":/icons/app/" TELNYX_APP_ID ".svg"_s);
}

} // namespace telnyx::theme
