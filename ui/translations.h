#pragma once

class QObject;

namespace telnyx {

// Installs Qt's own translations and the console's for the system locale, falling back to the
// English plural forms ("1 account", "2 accounts") when the locale has none (or is C).
// The translators are children of `owner`.
void installTranslations(QObject *owner);

} // namespace telnyx
