#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenu;
class QSettings;
class QTableView;
class QWidget;

namespace telnyx {

// What every data table in the console shares: one line per row, movable columns, a column
// chooser on the header's context menu, and a header layout (order, widths, hidden, sort)
// remembered under a settings key.
namespace TableSetup {

void configure(QTableView *table, const QList<int> &hiddenByDefault);
// The chooser is rebuilt each time it opens, so it always matches the table.
QMenu *columnsMenu(QTableView *table, QWidget *parent);
void restoreHeader(QTableView *table, QSettings *settings, const QString &key);
void saveHeader(QTableView *table, QSettings *settings, const QString &key);
// Enter and Return on the table trigger the returned action (connect it to "open").
QAction *addOpenShortcut(QTableView *table);

// The columns the person sees, in their on-screen order.
QList<int> visibleColumns(const QTableView *table);
// The selected rows as tab-separated text of `role`, visible columns only, in view order.
QString selectedRowsAsTsv(const QTableView *table, int role);
// Writes what the table shows (filtered, sorted, visible columns) through the project's CSV
// writer, atomically. Returns false with `error` set; nothing is written then.
bool exportView(const QTableView *table, int role, const QString &path, QString *error);

} // namespace TableSetup

} // namespace telnyx
