#include "export/csvwriter.h"

#include <QFileDevice>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace telnyx {

namespace {

// Rows are collected up to this size before one write to the device: large enough that a
// 100,000-row export makes a few hundred writes, small enough to never matter for memory.
constexpr qsizetype ChunkSize = 64 * 1024;

bool isValidSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0 && u < 0x80 && c != '"' && c != '\r' && c != '\n';
}

void appendCell(QByteArray &out, const QString &cell, const CsvOptions &options)
{
    const bool neutralise = options.neutraliseFormulas && CsvWriter::isFormulaTrigger(cell);
    bool quote = neutralise;
    bool hasNul = false;
    const auto separator = static_cast<char16_t>(static_cast<unsigned char>(options.separator));
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == separator || u == u'"' || u == u'\r' || u == u'\n')
            quote = true;
        else if (u == 0)
            hasNul = true;
    }

    if (!quote && !hasNul) {
        out += cell.toUtf8();
        return;
    }

    QString text = cell;
    if (hasNul)
        text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    QByteArray utf8 = text.toUtf8();
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    if (neutralise)
        out += '\'';
    out += utf8.replace("\"", "\"\"");
    out += '"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(std::move(options))
{
    Q_ASSERT_X(isValidSeparator(m_options.separator), "CsvWriter", "invalid separator");
    m_buffer.reserve(ChunkSize + 4096);
    // Buffered, not written: the device may legitimately be opened after construction.
    if (m_options.bom)
        m_buffer += "\xEF\xBB\xBF";
}

bool CsvWriter::isFormulaTrigger(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

void CsvWriter::appendRow(QByteArray &out, const QStringList &cells, const CsvOptions &options)
{
    if (cells.size() == 1 && cells.front().isEmpty()) {
        // An empty line would read back as a record with no fields at all.
        out += "\"\"";
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += options.separator;
            appendCell(out, cells.at(i), options);
        }
    }
    out += options.lineEnding;
}

QByteArray CsvWriter::encodeRow(const QStringList &cells, const CsvOptions &options)
{
    Q_ASSERT_X(isValidSeparator(options.separator), "CsvWriter", "invalid separator");
    QByteArray out;
    appendRow(out, cells, options);
    return out;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_error.isEmpty())
        return false;
    appendRow(m_buffer, cells, m_options);
    ++m_rows;
    if (m_buffer.size() >= ChunkSize)
        return flushBuffer();
    return true;
}

bool CsvWriter::finish()
{
    if (!flushBuffer())
        return false;
    // QFile buffers too: without this a full disk would only be noticed when the file is closed,
    // after the caller has already been told that everything went fine.
    if (auto *file = qobject_cast<QFileDevice *>(m_device.data())) {
        if (!file->flush()) {
            const QString reason = file->errorString();
            return fail(reason.isEmpty() ? tr("Could not write the file.") : reason);
        }
    }
    return true;
}

bool CsvWriter::flushBuffer()
{
    if (!m_error.isEmpty())
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (!m_device)
        return fail(tr("The output no longer exists."));
    if (!m_device->isOpen() || !m_device->isWritable())
        return fail(tr("The output is not open for writing."));

    const char *data = m_buffer.constData();
    qint64 left = m_buffer.size();
    while (left > 0) {
        // A device may accept less than offered (pipes, sockets); 0 or -1 means it cannot go on.
        const qint64 n = m_device->write(data, left);
        if (n <= 0) {
            const QString reason = m_device->errorString();
            return fail(reason.isEmpty() || reason == "Unknown error"_L1
                            ? tr("Could not write the data (is the disk full?).")
                            : reason);
        }
        data += n;
        left -= n;
    }
    m_buffer.resize(0); // keeps the capacity for the next chunk
    return true;
}

bool CsvWriter::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    return false;
}

} // namespace telnyx
