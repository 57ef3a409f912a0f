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

    explicit Banner(QWidget *parent = nullptr);

    // `actionText` empty: no action button. Text is plain, never interpreted as markup.
    void showMessage(Level level, const QString &title, const QString &text,
                     const QString &actionText = {});
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Level m_level = Level::Info;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace telnyx
