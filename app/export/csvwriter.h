#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>

class QIODevice;

namespace telnyx {

// How a CSV file is written. The defaults are what a user double-clicking the file in Excel needs
// (qt-platform-notes.md §5); "raw RFC 4180" is bom = false, neutraliseFormulas = false.
struct CsvOptions
{
    // UTF-8 byte order mark EF BB BF at the start: without it Excel reads UTF-8 in the ANSI
    // codepage and shows mojibake. Turn off for tools that choke on it.
    bool bom = true;

    // Spreadsheet-safe mode (OWASP "CSV Injection"): a cell whose FIRST character is one of
    //   =  +  -  @  TAB (0x09)  CR (0x0D)  LF (0x0A)
    // is written as a single quote followed by the cell, and the whole cell is quoted:
    //   =1+2";=1+2   ->   "'=1+2"";=1+2"
    // Deliberate policy for telephone data: every E.164 number starts with `+`, and it gets the
    // apostrophe too ("'+13125550100"). Excel then shows the number as text with its `+` intact
    // (unescaped, Excel would parse it as a number, drop the `+` and may show 1.31E+10); other
    // consumers see the apostrophe. The same holds for negative numbers ("'-5"). We do not
    // special-case "looks like a phone number" because an attacker controls what looks like one
    // (+1+cmd|' /C calc'!A0). Whoever needs the values untouched (scripts, re-import) uses the raw
    // mode, which leaves every cell as it is.
    bool neutraliseFormulas = true;

    // Written after every record, including the last (RFC 4180 says CRLF on every platform).
    QByteArray lineEnding = "\r\n";

    // Field separator, ASCII only, never '"', CR or LF. ';' suits Excel in de-DE-like locales.
    char separator = ',';
};

// The one CSV writer of the application: every export goes through it.
//
// - Streams to a QIODevice: rows are encoded into an internal buffer that is written to the
//   device in chunks of about 64 KiB, so 100,000 rows never become one giant string.
// - UTF-8; RFC 4180 quoting: a field is quoted when it contains the separator, '"', CR or LF (or
//   is neutralised, see CsvOptions), embedded quotes are doubled; an empty cell is written empty.
// - A row made of exactly one empty cell is written as `""` (as Python's csv module does), because
//   an empty line would read back as a row with no cells; an empty QStringList writes an empty
//   line.
// - NUL policy: U+0000 is never written raw (spreadsheets and parsers truncate or reject it,
//   OWASP ASVS lists it); it is replaced by U+FFFD REPLACEMENT CHARACTER rather than dropped, so
//   the reader can see that something was there and cell lengths stay recognisable. A leading NUL
//   becomes a leading U+FFFD, which is not a formula trigger.
// - Device write errors (disk full, closed device) make writeRow()/finish() return false and set
//   errorString(); the error is sticky, every later call fails too.
// - The destructor does NOT flush: output that was never finish()ed is incomplete on purpose, so
//   that an interrupted export never looks complete. CsvExport::commit() calls finish().
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    // The device must be open for writing by the time the first chunk is written; it is not owned.
    // With options.bom the BOM is the first thing written (also when no row ever is).
    explicit CsvWriter(QIODevice *device, CsvOptions options = {});
    ~CsvWriter() = default;

    // Encodes one record; writes to the device whenever the buffer is full.
    bool writeRow(const QStringList &cells);
    // Writes everything still buffered, and flushes a QFileDevice so that a full disk shows up
    // here rather than never. May be called more than once; rows may follow.
    bool finish();

    QString errorString() const { return m_error; }
    // Rows accepted by writeRow() (the header counts), some possibly still in the buffer.
    qint64 rowsWritten() const { return m_rows; }
    const CsvOptions &options() const { return m_options; }

    // One record with its line ending, without a BOM: for tests and the clipboard.
    static QByteArray encodeRow(const QStringList &cells, const CsvOptions &options);
    // True if the cell would be neutralised in spreadsheet-safe mode (its first character).
    static bool isFormulaTrigger(const QString &cell);

private:
    static void appendRow(QByteArray &out, const QStringList &cells, const CsvOptions &options);
    bool flushBuffer();
    bool fail(const QString &message);

    QPointer<QIODevice> m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace telnyx
