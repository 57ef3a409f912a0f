#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QIODevice;

namespace telnyx::cli {

// A rectangular result: what table and CSV output print.
struct Grid
{
    QStringList header;
    QList<QStringList> rows;
};

// One JSON value as a cell: strings as they are, booleans as true/false, numbers without
// exponent noise, null as empty, arrays of named objects (groups) as names joined with ", ".
QString cellText(const QJsonValue &value);

// The listed members of every object, in that order.
Grid gridFromObjects(const QJsonArray &objects, const QStringList &columns);
// One object as "field value" rows; nested objects are flattened as "parent.child".
Grid fieldValueGrid(const QJsonObject &object);
// One object as a header and a single row (flattened as above).
Grid singleRowGrid(const QJsonObject &object);

// Columns padded to the widest cell; control characters become spaces so that a name with a
// newline or a tab cannot break the alignment.
QByteArray renderTable(const Grid &grid);
// Through the project's CsvWriter, spreadsheet-safe (BOM, neutralised formulas, CRLF).
bool writeCsv(QIODevice *device, const Grid &grid, QString *error);

// "error: <title>: <detail> (code <code>, field <pointer>)" without the trailing newline.
QString errorLine(const ApiError &error);
// "<title>: <detail>" on one line: errorLine() without the prefix, code and field.
QString errorMessage(const ApiError &error);
// The first Telnyx error code of the answer, or an empty string.
QString errorCode(const ApiError &error);
int exitCodeFor(ApiError::Kind kind);

} // namespace telnyx::cli
