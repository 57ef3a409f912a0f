#pragma once

#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QVariant;

namespace telnyx {

// A CSV file export that is all or nothing: it writes into a QSaveFile (a temporary file next to
// the target) and only commit() renames it over the target. A failure or cancel() at any point
// leaves no partial file behind and an existing file at the path untouched.
//
//     CsvExport out(path, options);
//     if (!out.open() || !CsvExport::exportModel(proxy, columns, Qt::EditRole, out.writer())
//         || !out.commit())
//         show(out.errorString());   // empty errorString(): the user cancelled
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
    Q_DISABLE_COPY_MOVE(CsvExport)

public:
    explicit CsvExport(const QString &path, CsvOptions options = {});
    // Without commit() nothing is written: QSaveFile discards its temporary file.
    ~CsvExport();

    // Creates the temporary file; false (with errorString()) if the directory does not exist or
    // is not writable.
    bool open();
    bool isOpen() const { return m_writer != nullptr; }
    // Only valid after a successful open().
    CsvWriter &writer();
    // Flushes the writer and atomically replaces the target. On any error (including one the
    // writer met earlier) returns false, removes the temporary file and leaves the target as it
    // was.
    bool commit();
    // Abandons the export: nothing is written, an existing file stays untouched.
    void cancel();

    QString errorString() const;
    QString path() const { return m_path; }

    // "Save the server's CSV byte for byte" (e.g. the users' groups report, telnyx-api.md §8):
    // the same all-or-nothing guarantee, no re-encoding, no BOM added.
    static bool writeBytesAtomically(const QString &path, const QByteArray &bytes, QString *error);

    // Writes a header row (headerData(column, Horizontal, DisplayRole)) and then one row per
    // top-level model row, in the model's row order, so that a proxy exports exactly what the view
    // shows, filtered and sorted. Values come from `role` converted by cellText(). An empty
    // `columns` means every column. Only rows already loaded are exported (no fetchMore()).
    // `progress(done, total)` is called after every 128 rows and after the last one; returning
    // false stops the export and this returns false with writer.errorString() empty. A write
    // error also returns false, with writer.errorString() set. Does not call writer.finish().
    static bool exportModel(const QAbstractItemModel &model, const QList<int> &columns, int role,
                            CsvWriter &writer,
                            const std::function<bool(int done, int total)> &progress = {});

    // A model value as CSV text, never locale-formatted: QDateTime as ISO 8601 with milliseconds
    // in UTC ("2018-02-02T22:25:27.521Z"), QDate/QTime as ISO 8601, bool as "true"/"false",
    // numbers via QString::number (doubles shortest round-trip), QStringList joined with ", "
    // (as the groups report does), an invalid value as an empty cell.
    static QString cellText(const QVariant &value);

private:
    QString m_path;
    CsvOptions m_options;
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer; // after m_file: destroyed first, it points into it
    QString m_error;
    bool m_done = false;
};

} // namespace telnyx
