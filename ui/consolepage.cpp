#include "consolepage.h"

#include "api/apierror.h"
#include "widgets/banner.h"

#include "theme.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLineEdit>

namespace telnyx {

void ConsolePage::setSearchField(QLineEdit *search)
{
    setFocusProxy(search);
    auto *find = new QAction(tr("&Find"), this);
    find->setIcon(theme::icon(QStringLiteral("edit-find")));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    addAction(find);
}

void ConsolePage::attachBanner(Banner *banner)
{
    m_banner = banner;
    connect(banner, &Banner::actionTriggered, this, [this](Banner::Action action) {
        if (action == Banner::Action::ChangeKey)
            Q_EMIT changeKeyRequested();
        else if (action == Banner::Action::Reload)
            reload();
    });
}

void ConsolePage::showLoadError(const ApiError &error)
{
    const bool key = error.kind() == ApiError::Kind::Unauthorized;
    m_banner->showMessage(Banner::Level::Error, error.title(), error.message(),
                          key ? Banner::Action::ChangeKey : Banner::Action::Reload);
}

void ConsolePage::trackRowCount(QAbstractItemModel *view)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(view, signal, this, &ConsolePage::countChanged);
    connect(view, &QAbstractItemModel::modelReset, this, &ConsolePage::countChanged);
    connect(view, &QAbstractItemModel::layoutChanged, this, &ConsolePage::countChanged);
}

} // namespace telnyx
