#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace telnyx {

// Lets some window shortcuts win over a text field's own key bindings. On Linux a QLineEdit
// claims Ctrl+E (emacs "end of line"), so "Export groups report" (Ctrl+E) would never fire
// while the search field has focus, which is most of the time. Install on the fields.
class ShortcutPriority : public QObject
{
    Q_OBJECT

public:
    ShortcutPriority(QList<QKeySequence> keys, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace telnyx
