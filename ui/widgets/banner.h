#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace telnyx {

// A message strip at the top of a page: errors are said where the person is looking, with the
// one action that helps (change the key, retry), instead of a modal box.
class Banner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    enum class Level { Info, Warning, Error };
    // The one thing that helps, offered as a button; the page decides how to do it.
    enum class Action { None, Reload, ChangeKey };

    explicit Banner(QWidget *parent = nullptr);

    // Text is plain, never interpreted as markup. `actionText` overrides the action's usual
    // label ("Try again", "Change API key…").
    void showMessage(Level level, const QString &title, const QString &text,
                     Action action = Action::None, const QString &actionText = {});
    QString text() const;

Q_SIGNALS:
    void actionTriggered(telnyx::Banner::Action action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Level m_level = Level::Info;
    Action m_offered = Action::None;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_actionButton;
    QToolButton *m_close;
};

} // namespace telnyx
