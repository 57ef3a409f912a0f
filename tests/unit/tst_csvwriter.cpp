#include "export/csvexport.h"
#include "export/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace telnyx;
using namespace Qt::StringLiterals;

namespace {

CsvOptions rawOptions()
{
    CsvOptions o;
    o.bom = false;
    o.neutraliseFormulas = false;
    return o;
}

CsvOptions safeOptions()
{
    return CsvOptions{};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<cannot open>";
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A device that accepts `capacity` bytes and then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {}
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 len) override
    {
        const qint64 room = m_capacity - data.size();
        if (room <= 0) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 n = std::min(room, len); // a partial write first, as a real device may do
        data.append(bytes, n);
        return n;
    }

private:
    qint64 m_capacity;
};

// Counts the writes the CSV writer makes, to check that it streams in chunks.
class CountingDevice : public QIODevice
{
public:
    qint64 writes = 0;
    qint64 bytes = 0;
    qint64 largestWrite = 0;
    QByteArray head; // the first bytes, to check the BOM

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        ++writes;
        bytes += len;
        largestWrite = std::max(largestWrite, len);
        if (head.size() < 16)
            head.append(data, std::min<qint64>(len, 16));
        return len;
    }
};

} // namespace

class TstCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rfc4180_data();
    void rfc4180();
    void formulas_data();
    void formulas();
    void nul_data();
    void nul();
    void bom();
    void lineEndings();
    void separator();

    void roundTrip_data();
    void roundTrip();
    void roundTripDetectsMismatch();

    void deviceErrors();
    void diskFull();
    void streamsInChunks();
    void hundredThousandRows();

    void exportCommit();
    void exportCancel();
    void exportFailsCleanly_data();
    void exportFailsCleanly();
    void writeBytesAtomically();

    void cellText_data();
    void cellText();
    void exportModelThroughProxy();
    void exportModelCancel();

private:
    // Runs tests/unit/csv_roundtrip.py; returns its exit code, its output in `output`.
    int runRoundTripScript(const QString &csvPath, const QString &jsonPath, QByteArray *output);

    QTemporaryDir m_dir;
    QString m_python;
    QString m_script;
};

void TstCsvWriter::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // The round trip is the one check by a parser that is not ours: missing python3 must fail
    // the suite, not quietly skip it.
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!m_python.isEmpty(), "python3 is not on PATH; the CSV round-trip test needs it");
    m_script = QString::fromUtf8(TELNYX_TESTS_SOURCE_DIR) + "/unit/csv_roundtrip.py"_L1;
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
}

// --- Encoding ----------------------------------------------------------------------------------

void TstCsvWriter::rfc4180_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QByteArray("a,b,c\r\n");
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"c"_s} << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("only a quote") << QStringList{u"\""_s} << QByteArray("\"\"\"\"\r\n");
    QTest::newRow("CR") << QStringList{u"a\rb"_s} << QByteArray("\"a\rb\"\r\n");
    QTest::newRow("LF") << QStringList{u"a\nb"_s} << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("CRLF") << QStringList{u"a\r\nb"_s, u"c"_s} << QByteArray("\"a\r\nb\",c\r\n");
    QTest::newRow("empty cells") << QStringList{u"a"_s, QString(), u""_s, u"d"_s}
                                 << QByteArray("a,,,d\r\n");
    QTest::newRow("all cells empty")
        << QStringList{QString(), QString(), QString()} << QByteArray(",,\r\n");
    QTest::newRow("empty row") << QStringList{} << QByteArray("\r\n");
    // One empty cell must not read back as a row with no cells (Python's csv does the same).
    QTest::newRow("single empty cell") << QStringList{QString()} << QByteArray("\"\"\r\n");
    QTest::newRow("spaces kept") << QStringList{u"  lead"_s, u"trail  "_s, u" "_s}
                                 << QByteArray("  lead,trail  , \r\n");
    QTest::newRow("tab inside") << QStringList{u"a\tb"_s} << QByteArray("a\tb\r\n");
    QTest::newRow("german") << QStringList{u"Müller"_s, u"Straße"_s}
                            << QByteArray("M\xC3\xBCller,Stra\xC3\x9F"
                                          "e\r\n");
    QTest::newRow("cjk") << QStringList{u"東京"_s} << QByteArray("\xE6\x9D\xB1\xE4\xBA\xAC\r\n");
    QTest::newRow("hebrew rtl") << QStringList{u"שלום, עולם"_s}
                                << QByteArray("\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D, "
                                              "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D\"\r\n");
    QTest::newRow("emoji") << QStringList{u"😀👍🏽"_s}
                           << QByteArray("\xF0\x9F\x98\x80\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\r\n");
    QTest::newRow("apostrophe first") << QStringList{u"'quoted"_s} << QByteArray("'quoted\r\n");

    const QString longCell = QString(100'000, u'x') + u"\","_s + QString(100'000, u'y');
    const QByteArray longExpected =
        '"' + QByteArray(100'000, 'x') + "\"\"," + QByteArray(100'000, 'y') + "\"\r\n";
    QTest::newRow("very long cell") << QStringList{longCell} << longExpected;
}

void TstCsvWriter::rfc4180()
{
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::encodeRow(cells, rawOptions()), expected);
    // None of these cells starts with a trigger: spreadsheet-safe mode must not change them.
    QCOMPARE(CsvWriter::encodeRow(cells, safeOptions()), expected);
}

void TstCsvWriter::formulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("safe");
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("=") << u"=1+2"_s << QByteArray("\"'=1+2\"") << QByteArray("=1+2");
    QTest::newRow("+") << u"+1"_s << QByteArray("\"'+1\"") << QByteArray("+1");
    QTest::newRow("-") << u"-1"_s << QByteArray("\"'-1\"") << QByteArray("-1");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"") << QByteArray("@SUM(A1)");
    QTest::newRow("TAB") << u"\tx"_s << QByteArray("\"'\tx\"") << QByteArray("\tx");
    QTest::newRow("CR") << u"\rx"_s << QByteArray("\"'\rx\"") << QByteArray("\"\rx\"");
    QTest::newRow("LF") << u"\nx"_s << QByteArray("\"'\nx\"") << QByteArray("\"\nx\"");
    QTest::newRow("trigger alone") << u"="_s << QByteArray("\"'=\"") << QByteArray("=");
    QTest::newRow("owasp example")
        << u"=1+2\";=1+2"_s << QByteArray("\"'=1+2\"\";=1+2\"") << QByteArray("\"=1+2\"\";=1+2\"");
    QTest::newRow("phone") << u"+13125550100"_s << QByteArray("\"'+13125550100\"")
                           << QByteArray("+13125550100");
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                               << QByteArray("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("-5 Corp") << u"-5 Corp"_s << QByteArray("\"'-5 Corp\"") << QByteArray("-5 Corp");
    QTest::newRow("@risk") << u"@risk"_s << QByteArray("\"'@risk\"") << QByteArray("@risk");
    QTest::newRow("tab then formula")
        << u"\t=cmd|' /C calc'!A0"_s << QByteArray("\"'\t=cmd|' /C calc'!A0\"")
        << QByteArray("\t=cmd|' /C calc'!A0");
    // Only the first character counts.
    QTest::newRow("= inside") << u"a=b"_s << QByteArray("a=b") << QByteArray("a=b");
    QTest::newRow("+ inside") << u"1+2"_s << QByteArray("1+2") << QByteArray("1+2");
    QTest::newRow("- inside") << u"x-y"_s << QByteArray("x-y") << QByteArray("x-y");
    QTest::newRow("@ inside") << u"user@example.com"_s << QByteArray("user@example.com")
                              << QByteArray("user@example.com");
    QTest::newRow("space first") << u" =1"_s << QByteArray(" =1") << QByteArray(" =1");
    QTest::newRow("empty") << QString() << QByteArray() << QByteArray();
}

void TstCsvWriter::formulas()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, safe);
    QFETCH(QByteArray, raw);

    // In the middle of a row, so a neutralised cell cannot bleed into its neighbours.
    const QStringList cells{u"id"_s, cell, u"end"_s};
    QCOMPARE(CsvWriter::encodeRow(cells, safeOptions()), "id," + safe + ",end\r\n");
    QCOMPARE(CsvWriter::encodeRow(cells, rawOptions()), "id," + raw + ",end\r\n");
    QCOMPARE(CsvWriter::isFormulaTrigger(cell), safe.startsWith("\"'"));
}

void TstCsvWriter::nul_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("safe");
    QTest::addColumn<QByteArray>("raw");

    const QChar nul(u'\0');
    QTest::newRow("middle") << (u"a"_s + nul + u"b"_s)
                            << QByteArray("a\xEF\xBF\xBD"
                                          "b")
                            << QByteArray("a\xEF\xBF\xBD"
                                          "b");
    QTest::newRow("only") << QString(nul) << QByteArray("\xEF\xBF\xBD")
                          << QByteArray("\xEF\xBF\xBD");
    // A leading NUL hides nothing: it becomes U+FFFD, and U+FFFD is not a trigger.
    QTest::newRow("before =") << (QString(nul) + u"=1"_s) << QByteArray("\xEF\xBF\xBD=1")
                              << QByteArray("\xEF\xBF\xBD=1");
    QTest::newRow("quoted") << (u"a,"_s + nul) << QByteArray("\"a,\xEF\xBF\xBD\"")
                            << QByteArray("\"a,\xEF\xBF\xBD\"");
    QTest::newRow("neutralised") << (u"="_s + nul) << QByteArray("\"'=\xEF\xBF\xBD\"")
                                 << QByteArray("=\xEF\xBF\xBD");
}

void TstCsvWriter::nul()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, safe);
    QFETCH(QByteArray, raw);
    const QByteArray safeRow = CsvWriter::encodeRow({cell, u"x"_s}, safeOptions());
    const QByteArray rawRow = CsvWriter::encodeRow({cell, u"x"_s}, rawOptions());
    QVERIFY(!safeRow.contains('\0'));
    QVERIFY(!rawRow.contains('\0'));
    QCOMPARE(safeRow, safe + ",x\r\n");
    QCOMPARE(rawRow, raw + ",x\r\n");
}

void TstCsvWriter::bom()
{
    const QByteArray row = "a,b\r\n";
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer); // default options: BOM on
        QVERIFY(writer.writeRow({u"a"_s, u"b"_s}));
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), "\xEF\xBB\xBF" + row);
    }
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvOptions options;
        options.bom = false;
        CsvWriter writer(&buffer, options);
        QVERIFY(writer.writeRow({u"a"_s, u"b"_s}));
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), row);
    }
    {
        // The BOM is written once, and also into an export without rows.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.finish());
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(writer.rowsWritten(), 0);
    }
    // encodeRow never carries a BOM (clipboard, tests).
    QCOMPARE(CsvWriter::encodeRow({u"a"_s, u"b"_s}, CsvOptions{}), row);
}

void TstCsvWriter::lineEndings()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, rawOptions());
    QVERIFY(writer.writeRow({u"h1"_s, u"h2"_s}));
    QVERIFY(writer.writeRow({u"1"_s, u"line\nbreak"_s}));
    QVERIFY(writer.writeRow({u"2"_s, u"x"_s}));
    QVERIFY(writer.finish());
    QCOMPARE(writer.rowsWritten(), 3);
    // CRLF after every record, including the last; the LF inside the quoted cell stays as it is.
    QCOMPARE(buffer.data(), QByteArray("h1,h2\r\n1,\"line\nbreak\"\r\n2,x\r\n"));

    CsvOptions lf = rawOptions();
    lf.lineEnding = "\n";
    QCOMPARE(CsvWriter::encodeRow({u"a"_s, u"b"_s}, lf), QByteArray("a,b\n"));
}

void TstCsvWriter::separator()
{
    CsvOptions semicolon = rawOptions();
    semicolon.separator = ';';
    QCOMPARE(CsvWriter::encodeRow({u"a,b"_s, u"c;d"_s, u"e"_s}, semicolon),
             QByteArray("a,b;\"c;d\";e\r\n"));
    semicolon.neutraliseFormulas = true;
    QCOMPARE(CsvWriter::encodeRow({u"=x"_s, u"1"_s}, semicolon), QByteArray("\"'=x\";1\r\n"));

    CsvOptions tab = rawOptions();
    tab.separator = '\t';
    QCOMPARE(CsvWriter::encodeRow({u"a b"_s, u"c\td"_s, u"e,f"_s}, tab),
             QByteArray("a b\t\"c\td\"\te,f\r\n"));
}

// --- Round trip through Python's csv module -----------------------------------------------------

int TstCsvWriter::runRoundTripScript(const QString &csvPath, const QString &jsonPath,
                                     QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_python, {m_script, csvPath, jsonPath});
    if (!process.waitForStarted(10'000)) {
        *output = "could not start python3: " + process.errorString().toUtf8();
        return -1;
    }
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        *output = "python3 did not finish";
        return -1;
    }
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TstCsvWriter::roundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<char>("separator");

    QTest::newRow("spreadsheet-safe") << true << true << ',';
    QTest::newRow("raw") << false << false << ',';
    QTest::newRow("safe, semicolon") << true << true << ';';
    QTest::newRow("raw, semicolon, bom") << true << false << ';';
}

void TstCsvWriter::roundTrip()
{
    QFETCH(bool, bom);
    QFETCH(bool, neutralise);
    QFETCH(char, separator);

    const QChar nul(u'\0');
    const QString longCell = QString(50'000, u'x') + u"\",\r\n;"_s + QString(150'000, u'y');
    const QList<QStringList> rows{
        {u"id"_s, u"name"_s, u"phone"_s, u"note"_s},
        {u"1"_s, u"=1+2\";=1+2"_s, u"+13125550100"_s, u"=HYPERLINK(\"http://x\",\"y\")"_s},
        {u"2"_s, u"-5 Corp"_s, u"@risk"_s, u"\tindented"_s},
        {u"3"_s, u"\rcr first"_s, u"\nlf first"_s, u"line1\r\nline2"_s},
        {u"4"_s, u"a,b"_s, u"say \"hi\""_s, u"  spaced  "_s},
        {u"5"_s, u"Müller Straße"_s, u"東京都"_s, u"שלום, עולם"_s},
        {u"6"_s, u"😀 emoji 👍🏽"_s, QString(), u"trailing,"_s},
        {u"7"_s, u"a"_s + nul + u"b"_s, QString(nul) + u"=1"_s, u";semi;"_s},
        {u"8"_s, longCell, u"'already quoted"_s, u"\""_s},
        {},
        {QString()},
        {QString(), QString(), QString()},
        {u"last"_s, u"a=b"_s, u"1-2"_s, u"x@y"_s},
    };

    CsvOptions options;
    options.bom = bom;
    options.neutraliseFormulas = neutralise;
    options.separator = separator;

    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    const QString csvPath = m_dir.filePath(name + ".csv"_L1);
    const QString jsonPath = m_dir.filePath(name + ".json"_L1);

    CsvExport out(csvPath, options);
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    for (const QStringList &row : rows)
        QVERIFY(out.writer().writeRow(row));
    QCOMPARE(out.writer().rowsWritten(), rows.size());
    QVERIFY2(out.commit(), qPrintable(out.errorString()));

    // What a reader must see: NUL as U+FFFD, and in safe mode an apostrophe before every trigger.
    QJsonArray expectedRows;
    for (const QStringList &row : rows) {
        QJsonArray cells;
        for (const QString &cell : row) {
            QString expected = cell;
            expected.replace(nul, QChar(QChar::ReplacementCharacter));
            if (neutralise && CsvWriter::isFormulaTrigger(cell))
                expected.prepend(u'\'');
            cells.append(expected);
        }
        expectedRows.append(cells);
    }
    const QJsonObject spec{{u"rows"_s, expectedRows},
                           {u"delimiter"_s, QString(QLatin1Char(separator))},
                           {u"bom"_s, bom}};
    QVERIFY(writeFile(jsonPath, QJsonDocument(spec).toJson()));

    QByteArray output;
    const int code = runRoundTripScript(csvPath, jsonPath, &output);
    QVERIFY2(code == 0, output.constData());
}

void TstCsvWriter::roundTripDetectsMismatch()
{
    // The independent check must be able to fail, or a pass means nothing.
    const QString csvPath = m_dir.filePath(u"mismatch.csv"_s);
    const QString jsonPath = m_dir.filePath(u"mismatch.json"_s);
    CsvExport out(csvPath, CsvOptions{});
    QVERIFY(out.open());
    QVERIFY(out.writer().writeRow({u"a"_s, u"=b"_s}));
    QVERIFY(out.commit());
    QVERIFY(writeFile(jsonPath, "[[\"a\", \"=b\"]]"));

    QByteArray output;
    QCOMPARE(runRoundTripScript(csvPath, jsonPath, &output), 1);
    QVERIFY2(output.contains("row 0"), output.constData());

    QVERIFY(writeFile(jsonPath, "[[\"a\", \"'=b\"]]"));
    QCOMPARE(runRoundTripScript(csvPath, jsonPath, &output), 0);
}

// --- Devices and streaming ----------------------------------------------------------------------

void TstCsvWriter::deviceErrors()
{
    {
        // Fails after 100 bytes: the first chunk write is partial, the retry fails.
        FullDevice device(100);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter writer(&device, rawOptions());
        for (int i = 0; i < 50; ++i)
            QVERIFY(writer.writeRow({u"0123456789"_s}));
        QVERIFY(!writer.finish());
        QCOMPARE(writer.errorString(), u"No space left on device"_s);
        QCOMPARE(device.data.size(), 100);
        // Sticky: nothing more is accepted.
        QVERIFY(!writer.writeRow({u"x"_s}));
        QVERIFY(!writer.finish());
        QVERIFY(!writer.errorString().isEmpty());
    }
    {
        // A full disk noticed by writeRow() itself once the buffer spills.
        FullDevice device(1000);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter writer(&device, rawOptions());
        bool failed = false;
        for (int i = 0; i < 100'000 && !failed; ++i)
            failed = !writer.writeRow({u"row"_s, QString::number(i)});
        QVERIFY(failed);
        QVERIFY(!writer.errorString().isEmpty());
    }
    {
        QBuffer closed;
        CsvWriter writer(&closed);
        QVERIFY(writer.writeRow({u"a"_s}));
        QVERIFY(!writer.finish());
        QVERIFY(!writer.errorString().isEmpty());
    }
    {
        // The device disappears before the writer is finished.
        auto *buffer = new QBuffer;
        QVERIFY(buffer->open(QIODevice::WriteOnly));
        CsvWriter writer(buffer);
        QVERIFY(writer.writeRow({u"a"_s}));
        delete buffer;
        QVERIFY(!writer.finish());
        QVERIFY(!writer.errorString().isEmpty());
    }
}

void TstCsvWriter::diskFull()
{
    // A real full disk: Linux's /dev/full fails every write with ENOSPC. QFile buffers, so the
    // error only shows when finish() flushes; it must not be lost.
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    QFile file(u"/dev/full"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvWriter writer(&file);
    QVERIFY(writer.writeRow({u"a"_s, u"b"_s}));
    QVERIFY(!writer.finish());
    QVERIFY2(!writer.errorString().isEmpty(), "no error string");
}

void TstCsvWriter::streamsInChunks()
{
    CountingDevice device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    CsvWriter writer(&device);
    constexpr int Rows = 20'000;
    qint64 expectedBytes = 3;
    for (int i = 0; i < Rows; ++i) {
        const QStringList row{QString::number(i), u"user%1@example.com"_s.arg(i), u"enabled"_s};
        expectedBytes += CsvWriter::encodeRow(row, writer.options()).size();
        QVERIFY(writer.writeRow(row));
    }
    QVERIFY(writer.finish());
    QCOMPARE(device.bytes, expectedBytes);
    QVERIFY(device.head.startsWith("\xEF\xBB\xBF"));
    // Chunked: far fewer writes than rows, and never one giant write of the whole export.
    QVERIFY2(device.writes > 1 && device.writes < Rows / 100,
             qPrintable(QString::number(device.writes)));
    QVERIFY2(device.largestWrite < 256 * 1024, qPrintable(QString::number(device.largestWrite)));
}

void TstCsvWriter::hundredThousandRows()
{
    const QString path = m_dir.filePath(u"big.csv"_s);
    CsvExport out(path, CsvOptions{});
    QVERIFY(out.open());
    QVERIFY(out.writer().writeRow(
        {u"id"_s, u"email"_s, u"user_status"_s, u"created_at"_s, u"phone"_s, u"groups"_s}));
    for (int i = 0; i < 100'000; ++i) {
        QVERIFY(out.writer().writeRow({u"6a09cdc3-8948-47f0-aa62-%1"_s.arg(i, 12, 10, QChar(u'0')),
                                       u"user%1@example.com"_s.arg(i), u"enabled"_s,
                                       u"2018-02-02T22:25:27.521Z"_s, u"+1312555%1"_s.arg(i),
                                       u"Engineering, Sales"_s}));
    }
    QCOMPARE(out.writer().rowsWritten(), 100'001);
    QVERIFY2(out.commit(), qPrintable(out.errorString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(3), QByteArray("\xEF\xBB\xBF"));
    qint64 lines = 0;
    QByteArray previousTail;
    bool lastEndsWithCrlf = false;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        lines += QByteArray(previousTail + chunk.left(1)).count("\r\n") + chunk.count("\r\n");
        previousTail = chunk.right(1);
        lastEndsWithCrlf = chunk.endsWith("\r\n");
    }
    QCOMPARE(lines, 100'001);
    QVERIFY(lastEndsWithCrlf);
}

// --- CsvExport ----------------------------------------------------------------------------------

void TstCsvWriter::exportCommit()
{
    const QString path = m_dir.filePath(u"commit.csv"_s);
    QVERIFY(writeFile(path, "old contents"));
    CsvExport out(path, rawOptions());
    QVERIFY2(out.open(), qPrintable(out.errorString()));
    QVERIFY(out.isOpen());
    QVERIFY(out.writer().writeRow({u"a"_s, u"b"_s}));
    // Until commit() the target is untouched.
    QCOMPARE(readAll(path), QByteArray("old contents"));
    QVERIFY2(out.commit(), qPrintable(out.errorString()));
    QVERIFY(out.errorString().isEmpty());
    QCOMPARE(readAll(path), QByteArray("a,b\r\n"));
    // No temporary file left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({u"commit.csv*"_s}, QDir::Files),
             QStringList{u"commit.csv"_s});
    // A second commit is an error, not a crash.
    QVERIFY(!out.commit());
}

void TstCsvWriter::exportCancel()
{
    const QString fresh = m_dir.filePath(u"cancel-new.csv"_s);
    {
        CsvExport out(fresh, CsvOptions{});
        QVERIFY(out.open());
        for (int i = 0; i < 10'000; ++i) // more than a chunk: data really reached the temp file
            QVERIFY(out.writer().writeRow({u"row"_s, QString::number(i)}));
        out.cancel();
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!out.commit());
    }
    QVERIFY(!QFile::exists(fresh));

    const QString existing = m_dir.filePath(u"cancel-existing.csv"_s);
    QVERIFY(writeFile(existing, "keep me\r\n"));
    {
        CsvExport out(existing, CsvOptions{});
        QVERIFY(out.open());
        QVERIFY(out.writer().writeRow({u"new"_s}));
        QVERIFY(out.writer().finish());
        out.cancel();
        QCOMPARE(readAll(existing), QByteArray("keep me\r\n"));
    }
    {
        // Destroyed without commit() or cancel(): the same as cancel().
        CsvExport out(existing, CsvOptions{});
        QVERIFY(out.open());
        QVERIFY(out.writer().writeRow({u"new"_s}));
    }
    QCOMPARE(readAll(existing), QByteArray("keep me\r\n"));
    const QStringList left = QDir(m_dir.path()).entryList({u"cancel-*"_s}, QDir::Files);
    QCOMPARE(left, QStringList{u"cancel-existing.csv"_s});
}

void TstCsvWriter::exportFailsCleanly_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing directory") << u"no/such/dir/out.csv"_s;
    QTest::newRow("parent is a file") << u"plain-file/out.csv"_s;
    QTest::newRow("target is a directory") << u"a-directory"_s;

    // A read-only directory stops everyone but root (who is who runs CI containers): add the row
    // only where the permission actually bites.
    const QString readOnly = m_dir.filePath(u"read-only"_s);
    QDir().mkpath(readOnly);
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(readOnly + "/probe"_L1);
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
    } else {
        QTest::newRow("read-only directory") << u"read-only/out.csv"_s;
    }
}

void TstCsvWriter::exportFailsCleanly()
{
    QFETCH(QString, relativePath);
    QVERIFY(writeFile(m_dir.filePath(u"plain-file"_s), "x"));
    QVERIFY(QDir(m_dir.path()).mkpath(u"a-directory"_s));
    const QString path = m_dir.filePath(relativePath);

    CsvExport out(path, CsvOptions{});
    QVERIFY(!out.open());
    QVERIFY(!out.isOpen());
    QVERIFY2(out.errorString().contains(QDir::toNativeSeparators(path)),
             qPrintable(out.errorString()));
    QVERIFY(!out.commit());
    QVERIFY(!out.errorString().isEmpty());
    out.cancel();

    QString error;
    QVERIFY(!CsvExport::writeBytesAtomically(path, "x", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CsvExport::writeBytesAtomically(path, "x", nullptr));
    QVERIFY(QFileInfo(m_dir.filePath(u"a-directory"_s)).isDir());
}

void TstCsvWriter::writeBytesAtomically()
{
    // The server's CSV as it came: its own line endings, no BOM added, NUL and invalid UTF-8 kept.
    QByteArray bytes = "id,email,user_status,created_at,last_sign_in_at,groups\n"
                       "6a09cdc3,user@example.com,enabled,2018-02-02T22:25:27.521Z,,"
                       "\"Engineering, Sales\"\n=cmd\r\n";
    bytes.append('\0').append("\xFF\xFE tail");
    const QString path = m_dir.filePath(u"report.csv"_s);
    QVERIFY(writeFile(path, "previous"));
    QString error = u"stale"_s;
    QVERIFY2(CsvExport::writeBytesAtomically(path, bytes, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), bytes);

    QVERIFY(CsvExport::writeBytesAtomically(path, QByteArray(), nullptr));
    QCOMPARE(readAll(path), QByteArray());
}

// --- Models -------------------------------------------------------------------------------------

void TstCsvWriter::cellText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    const QDateTime utc(QDate(2018, 2, 2), QTime(22, 25, 27, 521), QTimeZone::utc());
    QTest::newRow("utc datetime") << QVariant(utc) << u"2018-02-02T22:25:27.521Z"_s;
    QTest::newRow("offset datetime")
        << QVariant(QDateTime(QDate(2018, 2, 3), QTime(0, 25, 27, 5), QTimeZone(7200)))
        << u"2018-02-02T22:25:27.005Z"_s;
    QTest::newRow("whole seconds")
        << QVariant(QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()))
        << u"2024-01-01T00:00:00.000Z"_s;
    QTest::newRow("invalid datetime") << QVariant(QDateTime()) << QString();
    QTest::newRow("date") << QVariant(QDate(2024, 12, 31)) << u"2024-12-31"_s;
    QTest::newRow("true") << QVariant(true) << u"true"_s;
    QTest::newRow("false") << QVariant(false) << u"false"_s;
    QTest::newRow("int") << QVariant(1234567) << u"1234567"_s;
    QTest::newRow("negative") << QVariant(-42) << u"-42"_s;
    QTest::newRow("qint64") << QVariant(qint64(9'007'199'254'740'993)) << u"9007199254740993"_s;
    QTest::newRow("quint64") << QVariant(quint64(18'446'744'073'709'551'615ULL))
                             << u"18446744073709551615"_s;
    QTest::newRow("double") << QVariant(1234.5) << u"1234.5"_s;
    QTest::newRow("double 0.1") << QVariant(0.1) << u"0.1"_s;
    QTest::newRow("million") << QVariant(1e6) << u"1000000"_s;
    QTest::newRow("small double") << QVariant(0.000123) << u"0.000123"_s;
    QTest::newRow("zero") << QVariant(0.0) << u"0"_s;
    QTest::newRow("huge double") << QVariant(1e21) << u"1e+21"_s;
    QTest::newRow("tiny double") << QVariant(1.5e-7) << u"1.5e-07"_s;
    QTest::newRow("string") << QVariant(u"+13125550100"_s) << u"+13125550100"_s;
    QTest::newRow("string list") << QVariant(QStringList{u"Engineering"_s, u"Sales"_s})
                                 << u"Engineering, Sales"_s;
    QTest::newRow("invalid") << QVariant() << QString();
    QTest::newRow("null string") << QVariant(QString()) << QString();
}

void TstCsvWriter::cellText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    // Whatever the user's locale, numbers and dates must not be localised.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = CsvExport::cellText(value);
    QLocale::setDefault(previous);
    QCOMPARE(text, expected);
}

void TstCsvWriter::exportModelThroughProxy()
{
    QStandardItemModel model(0, 5);
    model.setHorizontalHeaderLabels(
        {u"Organization"_s, u"Created"_s, u"Enabled"_s, u"Channels"_s, u"Balance"_s});
    struct Row
    {
        QString name;
        QDateTime created;
        bool enabled;
        int channels;
        double balance;
    };
    const QTimeZone plusTwo(7200);
    const QList<Row> rows{
        {u"Acme, Inc."_s, QDateTime(QDate(2020, 1, 1), QTime(12, 0), QTimeZone::utc()), true, 5,
         10.25},
        {u"=Evil"_s, QDateTime(QDate(2021, 6, 1), QTime(2, 30, 0, 7), plusTwo), false, 50, -3.5},
        {u"Beta Corp"_s, QDateTime(QDate(2019, 3, 3), QTime(3, 3, 3, 3), QTimeZone::utc()), true,
         20, 0},
        {u"Hidden"_s, QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()), true, 99, 1},
        {u"Gamma \"G\""_s, QDateTime(), false, 1, 1e6},
    };
    for (const Row &r : rows) {
        QList<QStandardItem *> items;
        for (const QVariant &v : {QVariant(r.name), QVariant(r.created), QVariant(r.enabled),
                                  QVariant(r.channels), QVariant(r.balance)}) {
            auto *item = new QStandardItem;
            item->setData(v, Qt::EditRole);
            items.append(item);
        }
        model.appendRow(items);
    }

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterRegularExpression(u"^(?!Hidden)"_s); // everything but "Hidden"
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(3, Qt::DescendingOrder); // by channels, most first
    QCOMPARE(proxy.rowCount(), 4);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvOptions{});
    QList<std::pair<int, int>> calls;
    const bool ok = CsvExport::exportModel(proxy, {0, 3, 1, 2, 4}, Qt::EditRole, writer,
                                           [&](int done, int total) {
                                               calls.append({done, total});
                                               return true;
                                           });
    QVERIFY(ok);
    QVERIFY(writer.finish());
    QCOMPARE(writer.rowsWritten(), 5);
    QCOMPARE(calls, (QList<std::pair<int, int>>{{4, 4}}));

    const QByteArray expected = "\xEF\xBB\xBF"
                                "Organization,Channels,Created,Enabled,Balance\r\n"
                                "\"'=Evil\",50,2021-06-01T00:30:00.007Z,false,\"'-3.5\"\r\n"
                                "Beta Corp,20,2019-03-03T03:03:03.003Z,true,0\r\n"
                                "\"Acme, Inc.\",5,2020-01-01T12:00:00.000Z,true,10.25\r\n"
                                "\"Gamma \"\"G\"\"\",1,,false,1000000\r\n";
    QCOMPARE(buffer.data(), expected);

    // Every column, in model order, when `columns` is empty; DisplayRole gives the same here.
    QBuffer all;
    QVERIFY(all.open(QIODevice::WriteOnly));
    CsvOptions raw = rawOptions();
    CsvWriter allWriter(&all, raw);
    QVERIFY(CsvExport::exportModel(proxy, {}, Qt::DisplayRole, allWriter));
    QVERIFY(allWriter.finish());
    const QList<QByteArray> lines = all.data().split('\n');
    QCOMPARE(lines.size(), 6); // 5 records + the empty remainder after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("Organization,Created,Enabled,Channels,Balance\r"));
    QCOMPARE(lines.at(1), QByteArray("=Evil,2021-06-01T00:30:00.007Z,false,50,-3.5\r"));
}

void TstCsvWriter::exportModelCancel()
{
    QStandardItemModel model(300, 2);
    model.setHorizontalHeaderLabels({u"n"_s, u"square"_s});
    for (int i = 0; i < 300; ++i) {
        model.setData(model.index(i, 0), i);
        model.setData(model.index(i, 1), i * i);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, rawOptions());
        QList<int> seen;
        const bool ok = CsvExport::exportModel(proxy, {0, 1}, Qt::DisplayRole, writer,
                                               [&](int done, int total) {
                                                   seen.append(done);
                                                   return total == 300 && done < 128;
                                               });
        QVERIFY(!ok);
        // A cancel is not an error.
        QVERIFY(writer.errorString().isEmpty());
        QCOMPARE(seen, QList<int>{128});
        QCOMPARE(writer.rowsWritten(), 1 + 128);
    }
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, rawOptions());
        QList<int> seen;
        QVERIFY(CsvExport::exportModel(proxy, {0, 1}, Qt::DisplayRole, writer, [&](int done, int) {
            seen.append(done);
            return true;
        }));
        QCOMPARE(seen, (QList<int>{128, 256, 300}));
        QCOMPARE(writer.rowsWritten(), 301);
        QVERIFY(writer.finish());
        QVERIFY(buffer.data().endsWith("299,89401\r\n"));
    }
    {
        // A write error stops the export and is reported as one.
        FullDevice device(0);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter writer(&device, rawOptions());
        const bool ok = CsvExport::exportModel(proxy, {0, 1}, Qt::DisplayRole, writer);
        // 300 short rows fit in the buffer: the error shows at finish().
        QVERIFY(ok);
        QVERIFY(!writer.finish());
        QVERIFY(!writer.errorString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
