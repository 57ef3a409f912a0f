#pragma once

#include <QStyledItemDelegate>

namespace telnyx {

// Draws an account status with a symbol and a colour: the symbol alone tells them apart, so the
// column reads the same in grey scale or for a colour-blind person.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString symbolFor(int status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace telnyx
