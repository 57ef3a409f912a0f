#include "shortcutpriority.h"

#include <QKeyEvent>

namespace telnyx {

ShortcutPriority::ShortcutPriority(QList<QKeySequence> keys, QObject *parent)
    : QObject(parent)
    , m_keys(std::move(keys))
{}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (m_keys.contains(pressed)) {
            // Not accepting the override lets the shortcut map have the key.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace telnyx
