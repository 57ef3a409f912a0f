#include "cli/clioutput.h"

#include "cli/cliargs.h"
#include "export/csvwriter.h"

#include <QIODevice>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace telnyx::cli {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Counts and limits are integers; printing them as "1e+06" would surprise a script.
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() && item.toObject().contains("name"_L1))
                parts << item.toObject().value("name"_L1).toString();
            else
                parts << cellText(item);
        }
        return parts.join(", "_L1);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

Grid gridFromObjects(const QJsonArray &objects, const QStringList &columns)
{
    Grid grid;
    grid.header = columns;
    grid.rows.reserve(objects.size());
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        QStringList row;
        row.reserve(columns.size());
        for (const QString &column : columns)
            row << cellText(object.value(column));
        grid.rows << row;
    }
    return grid;
}

namespace {

void flatten(const QJsonObject &object, const QString &prefix, Grid &grid)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), name, grid);
        else
            grid.rows << QStringList{name, cellText(it.value())};
    }
}

QString tableCell(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text;
}

} // namespace

Grid fieldValueGrid(const QJsonObject &object)
{
    Grid grid;
    grid.header = QStringList{u"field"_s, u"value"_s};
    flatten(object, {}, grid);
    return grid;
}

Grid singleRowGrid(const QJsonObject &object)
{
    const Grid pairs = fieldValueGrid(object);
    Grid grid;
    QStringList row;
    for (const QStringList &pair : pairs.rows) {
        grid.header << pair.at(0);
        row << pair.at(1);
    }
    grid.rows << row;
    return grid;
}

QByteArray renderTable(const Grid &grid)
{
    QList<qsizetype> widths(grid.header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    QList<QStringList> cleaned;
    cleaned.reserve(grid.rows.size() + 1);
    auto clean = [](const QStringList &row) {
        QStringList out;
        for (const QString &cell : row)
            out << tableCell(cell);
        return out;
    };
    cleaned << clean(grid.header);
    for (const QStringList &row : grid.rows)
        cleaned << clean(row);
    for (const QStringList &row : cleaned)
        measure(row);

    QString text;
    for (const QStringList &row : cleaned) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // The last column is not padded: no trailing blanks at the end of a line.
            line +=
                i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) + "  "_L1 : row.at(i);
        }
        text += line + u'\n';
    }
    return text.toUtf8();
}

bool writeCsv(QIODevice *device, const Grid &grid, QString *error)
{
    CsvWriter writer(device);
    bool ok = writer.writeRow(grid.header);
    for (qsizetype i = 0; ok && i < grid.rows.size(); ++i)
        ok = writer.writeRow(grid.rows.at(i));
    ok = ok && writer.finish();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

QString errorMessage(const ApiError &error)
{
    QString text = error.title();
    const ApiErrorEntry *first = error.entries().isEmpty() ? nullptr : &error.entries().first();
    const QString detail =
        first ? (first->detail.isEmpty() ? first->title : first->detail) : error.detail();
    if (!detail.isEmpty())
        text += ": "_L1 + detail;
    // The contract is one line: a server detail with a newline must not break it.
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

QString errorCode(const ApiError &error)
{
    return error.entries().isEmpty() ? QString() : error.entries().first().code;
}

QString errorLine(const ApiError &error)
{
    QString text = u"error: "_s + errorMessage(error);
    QStringList extra;
    if (const QString code = errorCode(error); !code.isEmpty())
        extra << "code "_L1 + code;
    if (const QString field = error.fieldPointer(); !field.isEmpty())
        extra << "field "_L1 + field;
    if (!extra.isEmpty())
        text += " ("_L1 + extra.join(", "_L1) + u')';
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

int exitCodeFor(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::None:
        return ExitOk;
    case K::Unauthorized:
        return ExitAuthentication;
    case K::Forbidden:
        return ExitPermission;
    case K::NotFound:
        return ExitNotFound;
    case K::Validation:
    case K::Conflict:
        return ExitValidation;
    case K::RateLimited:
        return ExitRateLimited;
    case K::Configuration:
        return ExitUsage;
    case K::Network:
    case K::Timeout:
    case K::Tls:
    case K::Server:
    case K::BadResponse:
    case K::Cancelled:
        break;
    }
    return ExitNetwork;
}

} // namespace telnyx::cli
