#include "statusdelegate.h"

#include "api/managedaccount.h"
#include "models/managedaccountsmodel.h"
#include "theme.h"

namespace telnyx {

QString StatusDelegate::symbolFor(int status)
{
    switch (AccountStatus(status)) {
    case AccountStatus::Enabled:
        return QStringLiteral("●");
    case AccountStatus::Disabled:
        return QStringLiteral("○");
    case AccountStatus::Blocked:
        return QStringLiteral("⊘");
    case AccountStatus::Cancelled:
        return QStringLiteral("✕");
    case AccountStatus::Unknown:
        break;
    }
    return QStringLiteral("?");
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int status = index.data(ManagedAccountsModel::StatusRole).toInt();
    option->text = symbolFor(status) + u' ' + option->text;
    QColor colour;
    switch (AccountStatus(status)) {
    case AccountStatus::Enabled:
        colour = theme::colour(theme::Tone::Success, option->palette);
        break;
    case AccountStatus::Disabled:
        colour = theme::colour(theme::Tone::Warning, option->palette);
        break;
    case AccountStatus::Blocked:
        colour = theme::colour(theme::Tone::Danger, option->palette);
        break;
    case AccountStatus::Cancelled:
    case AccountStatus::Unknown:
        colour = option->palette.color(QPalette::PlaceholderText);
        break;
    }
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colour);
}

} // namespace telnyx
