#pragma once

#include <QColor>
#include <QIcon>

class QLabel;
class QPalette;
class QSettings;

namespace telnyx::theme {

// Qt 6.4 has no colour-scheme API, so "dark" is read off the palette: light text on a darker
// window. Everything colour-related below derives from it instead of hard-coding light colours.
bool isDark(const QPalette &palette);

// Meaningful colours, each readable on the palette's base and window colours. Never the only
// signal: status cells also carry a symbol and text, banners a title.
enum class Tone { Success, Warning, Danger, Info };
QColor colour(Tone tone, const QPalette &palette);
// Shows a label's text in the danger colour (inline validation and request errors).
void markAsError(QLabel *label);

// The person's choice in View ▸ Appearance, saved in settings under "ui/appearance".
enum class Appearance { System, Light, Dark };
Appearance savedAppearance(const QSettings &settings);
void saveAppearance(QSettings &settings, Appearance appearance);
// Light and Dark use the Fusion style with a palette of ours (it follows the palette on every
// platform); System gives back the style and palette the application started with.
void applyAppearance(Appearance appearance);

// Sets up the icons: the desktop's theme first, then the project's own drawings, light or dark
// to match the palette. Call once, after the QApplication exists and before the first window.
void installIcons();
// Switches the project's drawings to suit `palette`; the main window calls it when the
// application palette changes (a system theme switch, View ▸ Appearance).
void followPalette(const QPalette &palette);
// A freedesktop or project icon name ("view-refresh", "telnyx-account-enable").
QIcon icon(const QString &name);
// The project's drawing of `name` for a background of the given colour: light strokes on a dark
// background (a selected row's highlight), dark ones on a light background. Null if the project
// has no such icon.
QIcon ownIconFor(const QString &name, const QColor &background);
// The name of the fallback icon theme in use: "telnyx-light" or "telnyx-dark".
QString fallbackIconTheme();
// The application's own icon (also the window icon).
QIcon applicationIcon();

} // namespace telnyx::theme
