#pragma once

#include <QList>
#include <QString>

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

} // namespace TableSetup

} // namespace telnyx
