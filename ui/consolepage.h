#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QAbstractItemModel;
class QLineEdit;

namespace telnyx {

class ApiError;
class Banner;

// What the main window needs from each page: its actions for the toolbar and menus, the load it
// runs (progress, Cancel, Refresh) and a one-line count for the status bar.
class ConsolePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsolePage)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // The page's icon in the navigation list (a theme::icon name).
    virtual QString iconName() const = 0;
    virtual QList<QAction *> toolBarActions() const = 0;
    virtual void reload() = 0;
    virtual void cancelLoad() = 0;
    virtual bool isLoading() const = 0;
    virtual bool hasLoaded() const = 0;
    virtual QString countText() const = 0;
    virtual void saveLayout() = 0;

protected:
    // The page's banner: its Reload action reloads the page, ChangeKey asks for a key.
    void attachBanner(Banner *banner);
    Banner *banner() const { return m_banner; }
    // A failed load said in the banner, with the action that helps (a new key for a 401).
    void showLoadError(const ApiError &error);
    // The page's search field: it takes the focus when the page is shown, and Find (Ctrl+F)
    // jumps to it with its text selected, while the page is the one shown.
    void setSearchField(QLineEdit *search);
    // countChanged() whenever the rows the person sees change.
    void trackRowCount(QAbstractItemModel *view);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void countChanged();
    void statusMessage(const QString &text);
    void changeKeyRequested();

private:
    Banner *m_banner = nullptr;
};

} // namespace telnyx
