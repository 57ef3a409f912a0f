#include "tablesetup.h"

#include "export/csvexport.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>

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
    if (!state.isEmpty() && header->restoreState(state)) {
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    // First run: the default widths suit English; a longer translated title ("Individuelle
    // Preise") gets the room it needs instead of being cut on both sides.
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
}

void saveHeader(QTableView *table, QSettings *settings, const QString &key)
{
    settings->setValue(key, table->horizontalHeader()->saveState());
}

QAction *addOpenShortcut(QTableView *table)
{
    auto *open = new QAction(table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(open);
    return open;
}

QList<int> visibleColumns(const QTableView *table)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!table->isColumnHidden(column))
            columns << column;
    }
    return columns;
}

QString selectedRowsAsTsv(const QTableView *table, int role)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns(table);
    QStringList lines;
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : columns) {
            QString text = table->model()->index(row, column).data(role).toString();
            // A tab or line break inside a cell would start a new cell or row when pasted.
            text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells << text;
        }
        lines << cells.join(u'\t');
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

bool exportView(const QTableView *table, int role, const QString &path, QString *error)
{
    CsvExport file(path, CsvOptions{});
    if (!file.open()) {
        *error = file.errorString();
        return false;
    }
    if (!CsvExport::exportModel(*table->model(), visibleColumns(table), role, file.writer())) {
        *error = file.writer().errorString();
        file.cancel();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace telnyx::TableSetup
