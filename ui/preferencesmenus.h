#pragma once

class QMenu;
class QSettings;
class QWidget;

namespace telnyx {

// View ▸ Language: "System default" and each shipped language by its own name. The choice is
// saved; the menu says it takes effect after a restart (texts are translated at creation).
QMenu *createLanguageMenu(QSettings *settings, QWidget *parent);

// View ▸ Appearance: System, Light, Dark. Applied at once and saved for the next start.
QMenu *createAppearanceMenu(QSettings *settings, QWidget *parent);

} // namespace telnyx
