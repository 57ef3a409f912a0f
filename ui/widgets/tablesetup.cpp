#include "tablesetup.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace telnyx::TableSetup {

void configure(QTableView *table, const QList<int> &hiddenByDefault)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    // One line per row: long or multi-line values must not make rows uneven.
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    for (int column : hiddenByDefault)
        table->setColumnHidden(column, true);
}

QMenu *columnsMenu(QTableView *table, QWidget *parent)
{
    auto *menu = new QMenu(QObject::tr("&Columns"), parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    QObject::connect(menu, &QMenu::aboutToShow, menu, [table, menu] {
        menu->clear();
        const QAbstractItemModel *model = table->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *a = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!table->isColumnHidden(c));
            QObject::connect(a, &QAction::toggled, table,
                             [table, c](bool on) { table->setColumnHidden(c, !on); });
        }
    });
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, menu,
                     [menu, header](const QPoint &p) { menu->exec(header->mapToGlobal(p)); });
    return menu;
}

void restoreHeader(QTableView *table, QSettings *settings, const QString &key)
{
    const QByteArray state = settings->value(key).toByteArray();
    QHeaderView *header = table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void saveHeader(QTableView *table, QSettings *settings, const QString &key)
{
    settings->setValue(key, table->horizontalHeader()->saveState());
}

} // namespace telnyx::TableSetup
