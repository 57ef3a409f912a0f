#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace telnyx {

// What the main window needs from each page: its actions for the toolbar and menus, the load it
// runs (progress, Cancel, Refresh) and a one-line count for the status bar.
class ConsolePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QList<QAction *> toolBarActions() const = 0;
    virtual void reload() = 0;
    virtual void cancelLoad() = 0;
    virtual bool isLoading() const = 0;
    virtual bool hasLoaded() const = 0;
    virtual QString countText() const = 0;
    virtual void saveLayout() = 0;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void countChanged();
    void statusMessage(const QString &text);
    void changeKeyRequested();
};

} // namespace telnyx
