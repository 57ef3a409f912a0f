#include "export/csvexport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QTime>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

QString describeFailure(const QString &path, const QString &reason)
{
    return CsvExport::tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

CsvExport::CsvExport(const QString &path, CsvOptions options)
    : m_path(path)
    , m_options(std::move(options))
    , m_file(path)
{
    // Never fall back to writing the target in place: that is exactly the partial file we promise
    // not to leave (the fallback is off by default; this keeps it so).
    m_file.setDirectWriteFallback(false);
}

CsvExport::~CsvExport()
{
    // The writer must not outlive the file it points into (member order also guarantees it).
    m_writer.reset();
}

bool CsvExport::open()
{
    Q_ASSERT_X(!m_writer && !m_done, "CsvExport::open", "open() called twice");
    m_error.clear();
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = describeFailure(m_path, m_file.errorString());
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(&m_file, m_options);
    return true;
}

CsvWriter &CsvExport::writer()
{
    Q_ASSERT_X(m_writer, "CsvExport::writer", "open() has not succeeded");
    return *m_writer;
}

bool CsvExport::commit()
{
    if (!m_writer || m_done || !m_file.isOpen()) {
        if (m_error.isEmpty())
            m_error = describeFailure(m_path, tr("the export was not open."));
        return false;
    }
    m_done = true;
    if (!m_writer->finish()) {
        m_error = describeFailure(m_path, m_writer->errorString());
        // Makes the commit below discard the temporary file instead of renaming it.
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        m_error = describeFailure(m_path, m_file.errorString());
        return false;
    }
    return true;
}

void CsvExport::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        // Removes the temporary file now rather than when this object dies; it returns false by
        // design after cancelWriting().
        m_file.commit();
    }
}

QString CsvExport::errorString() const
{
    return m_error;
}

bool CsvExport::writeBytesAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    auto failWith = [&](const QString &reason) {
        if (error)
            *error = describeFailure(path, reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failWith(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit();
        return failWith(reason);
    }
    if (!file.commit())
        return failWith(file.errorString());
    if (error)
        error->clear();
    return true;
}

bool CsvExport::exportModel(const QAbstractItemModel &model, const QList<int> &columns, int role,
                            CsvWriter &writer, const std::function<bool(int, int)> &progress)
{
    QList<int> cols = columns;
    if (cols.isEmpty()) {
        const int count = model.columnCount();
        cols.reserve(count);
        for (int c = 0; c < count; ++c)
            cols.append(c);
    }

    QStringList cells;
    cells.reserve(cols.size());
    for (const int c : std::as_const(cols))
        cells.append(cellText(model.headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    if (!writer.writeRow(cells))
        return false;

    // Progress is reported in batches: a UI callback per row (repaint, processEvents) would cost
    // more than the export itself on 100,000 rows.
    constexpr int ProgressEvery = 128;
    const int total = model.rowCount();
    for (int row = 0; row < total; ++row) {
        cells.clear();
        for (const int c : std::as_const(cols))
            cells.append(cellText(model.data(model.index(row, c), role)));
        if (!writer.writeRow(cells))
            return false;
        const int done = row + 1;
        if (progress && (done % ProgressEvery == 0 || done == total) && !progress(done, total))
            return false;
    }
    return true;
}

QString CsvExport::cellText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double: {
        // The shortest text that reads back as the same double (QString::number is locale-free).
        // Plain decimals in the everyday range, so that 1000000 is not written 1e+06; exponent
        // notation only beyond it, where JavaScript and JSON switch too.
        const double d = value.toDouble();
        const double magnitude = std::abs(d);
        const bool plain = d == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
        return QString::number(d, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QStringList:
        return value.toStringList().join(", "_L1);
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    default:
        return value.toString();
    }
}

} // namespace telnyx
