// XlsxFile against openpyxl (Debian's python3-openpyxl), an independent reader and writer of
// .xlsx: workbooks it writes read right, and workbooks we write read right in it. Hand-made parts
// cover what openpyxl does not write (inline strings, rich text, cached formula results, other
// part names, the 1904 date system); broken files and zip bombs fail with their reason, in bounded
// memory.

#include "spreadsheet/xlsxdates.h"
#include "spreadsheet/xlsxfile.h"

#include "requireprogram.h"
#include "runprogram.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Vigie;
using Parts = QList<std::pair<QString, QByteArray>>;

namespace {

// Writes a zip of the given parts; method 0 stores them uncompressed.
void makeZip(const QString &path, const Parts &parts, int method = Z_DEFLATED)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create %s", qPrintable(path));
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method,
                       method ? Z_DEFAULT_COMPRESSION : 0)
            || file.write(data) != data.size()) {
            qFatal("cannot write %s into %s", qPrintable(name), qPrintable(path));
        }
        file.close();
    }
    zip.close();
}

const QByteArray ContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const QByteArray RootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "\n"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/>"
    "\n"
    "</Relationships>";
const QByteArray OneSheetWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "\n"
    "<sheets><sheet name=\"Tags\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray OneSheetRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "\n"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "\n"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/>"
    "\n"
    "</Relationships>";
const QByteArray TwoStrings = "<sst "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                              "main\"><si><t>a</t></si><si><t>b</t></si></sst>";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "\n"
           "<sheetData>"
        + sheetData + "</sheetData></worksheet>";
}

// A workbook of one sheet "Tags" with this sheet part and two shared strings, "a" and "b".
Parts oneSheet(const QByteArray &sheetPart)
{
    return {{"[Content_Types].xml", ContentTypes}, {"_rels/.rels", RootRels},
            {"xl/workbook.xml", OneSheetWorkbook}, {"xl/_rels/workbook.xml.rels", OneSheetRels},
            {"xl/sharedStrings.xml", TwoStrings},  {"xl/worksheets/sheet1.xml", sheetPart}};
}

QString describe(const QVariant &v)
{
    if (!v.isValid())
        return "<empty>";
    if (v.typeId() == QMetaType::QDateTime)
        return "QDateTime " + v.toDateTime().toString(Qt::ISODateWithMs);
    return QString(v.typeName()) + " " + v.toString();
}

#define COMPARE_CELL(actual, expected)                                                             \
    QVERIFY2((actual) == (expected) && (actual).typeId() == (expected).typeId(),                   \
             qPrintable("got " + describe(actual) + ", expected " + describe(expected)))

// The peak resident memory of this process since the last reset, in bytes.
qint64 peakMemory()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakMemory()
{
    QFile clear("/proc/self/clear_refs");
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class tst_XlsxFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_python;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs a Python script with openpyxl; its standard output, or a failure of the test.
    bool runPython(const QString &script, const QStringList &arguments, QString *output)
    {
        const ProgramRun run = runProgram(m_python, QStringList {"-c", script} + arguments, 60000);
        *output = run.out;
        if (run.exitCode != 0) {
            qWarning().noquote() << "python exited with" << run.exitCode << run.err;
            return false;
        }
        return true;
    }

    // read() fails, with exactly this message.
    void expectFailure(const QString &file, const QString &message,
                       const XlsxFile::ReadLimits &limits = {})
    {
        QString error;
        const std::optional<Workbook> workbook = XlsxFile::read(file, &error, {}, limits);
        QVERIFY2(!workbook, qPrintable("read " + file));
        QCOMPARE(error, message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Debian's python3, which has openpyxl; not a pyenv one on PATH.
        m_python = Vigie::Test::requireProgram("/usr/bin/python3");
        if (m_python.isEmpty())
            return;
        QString output;
        QVERIFY2(runPython("import openpyxl; print(openpyxl.__version__)", {}, &output),
                 "python3-openpyxl is not installed: run ./dev test, which installs it");
    }

    // First: the peak memory it checks is reset, but a clean slate makes the figure telling.
    void defaultLimitsStopARealZipBomb()
    {
        // 300 MiB of blanks between empty elements, each megabyte closed by a tag so that the
        // part stays well-formed XML and only the size limit of 256 MiB can stop it.
        const QString bomb = path("bomb.xlsx");
        {
            Parts parts = oneSheet({});
            parts.removeLast();
            makeZip(bomb, parts);
            QuaZip zip(bomb);
            QVERIFY(zip.open(QuaZip::mdAdd));
            QuaZipFile sheet(&zip);
            QVERIFY(sheet.open(QIODevice::WriteOnly, QuaZipNewInfo("xl/worksheets/sheet1.xml"),
                               nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION));
            sheet.write(
                "<worksheet "
                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            const QByteArray blanks = QByteArray(1 << 20, ' ') + "<x/>";
            for (int i = 0; i < 300; ++i)
                QCOMPARE(sheet.write(blanks), blanks.size());
            sheet.write("</sheetData></worksheet>");
            sheet.close();
            zip.close();
        }
        QVERIFY(QFileInfo(bomb).size() < 2 << 20);

        QVERIFY(resetPeakMemory());
        const qint64 before = peakMemory();
        QElapsedTimer clock;
        clock.start();
        expectFailure(bomb,
                      "bomb.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml inflates to more "
                      "than 256 MiB, the limit for one part: a zip bomb or a damaged file");
        const qint64 grown = peakMemory() - before;
        qInfo("a 300 MiB bomb in a %lld KiB file stopped in %lld ms; peak memory grew by %lld KiB",
              QFileInfo(bomb).size() / 1024, clock.elapsed(), grown / 1024);
        QVERIFY2(grown < 32 << 20, qPrintable(QString::number(grown)));
    }

    void smallLimitsStopBombsEarly_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<qint64>("maxPartBytes");
        QTest::addColumn<qint64>("maxTotalBytes");
        QTest::addColumn<QString>("message");

        const QByteArray blanks = sheetXml(QByteArray(3 << 20, ' '));
        QTest::newRow("one part")
            << blanks << qint64(1 << 20) << qint64(1 << 30)
            << "b.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml inflates to more than 1 MiB, "
               "the limit for one part: a zip bomb or a damaged file";
        QTest::newRow("all parts")
            << blanks << qint64(1 << 30) << qint64(2 << 20)
            << "b.xlsx: sheet \"Tags\": the parts read inflate to more than 2 MiB in all (the "
               "limit), at part xl/worksheets/sheet1.xml: a zip bomb or a damaged file";
        // A text of any size is buffered whole by the XML parser: stopped before it.
        QTest::newRow("one endless text")
            << sheetXml("<row><c t=\"inlineStr\"><is><t>" + QByteArray(20 << 20, 'a')
                        + "</t></is></c></row>")
            << qint64(256 << 20) << qint64(1 << 30)
            << "b.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml holds a text or tag of more "
               "than 4 MiB, longer than any cell: a zip bomb or a damaged file";
        QTest::newRow("deep nesting")
            << sheetXml(QByteArray(200, 'x').replace("x", "<a>")) << qint64(256 << 20)
            << qint64(1 << 30)
            << "b.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml, line 3: elements nest "
               "more than 64 deep";
        QTest::newRow("entity expansion") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;\">]>\n"
            "<worksheet><sheetData><row><c "
            "t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>")
                                          << qint64(256 << 20) << qint64(1 << 30)
                                          << "b.xlsx: sheet \"Tags\": part "
                                             "xl/worksheets/sheet1.xml, line 1: a document type "
                                             "declaration (DTD), which no workbook part has";
    }
    void smallLimitsStopBombsEarly()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(qint64, maxPartBytes);
        QFETCH(qint64, maxTotalBytes);
        QFETCH(QString, message);

        makeZip(path("b.xlsx"), oneSheet(sheet));
        XlsxFile::ReadLimits limits;
        limits.maxPartBytes = maxPartBytes;
        limits.maxTotalBytes = maxTotalBytes;
        expectFailure(path("b.xlsx"), message, limits);
    }

    void readsWhatOpenpyxlWrites()
    {
        const QString file = path("openpyxl.xlsx");
        QString output;
        QVERIFY(runPython("\n"
                          "import sys, datetime, openpyxl\n"
                          "wb = openpyxl.Workbook()\n"
                          "ws = wb.active\n"
                          "ws.title = \"Tags\"\n"
                          "ws.append([\"Nom\", \"Unité\", \"Valeur\", \"Actif\", \"Quand\"])\n"
                          "ws.append([\"Température\", \"°C\", 12.5, True, datetime.datetime(2024, "
                          "3, 1, 14, 30, 15)])\n"
                          "ws.append([\"Niño\", \"m³/h\", -3, False, datetime.date(2024, 2, 29)])\n"
                          "ws.append([\"Tiny\", None, 1e-7, None, datetime.time(6, 5, 4)])\n"
                          "ws.append([])\n"
                          "ws[\"C6\"] = 42\n"
                          "ws[\"E7\"] = \"épars\"\n"
                          "ws[\"A8\"] = 123456789012\n"
                          "ws[\"A9\"] = \"=1+2\"\n"
                          "second = wb.create_sheet(\"Second sheet\")\n"
                          "second[\"B2\"] = \"only B2\"\n"
                          "second[\"AA100\"] = 7\n"
                          "wb.create_sheet(\"Vide\")\n"
                          "wb.save(sys.argv[1])\n",
                          {file}, &output));

        QString error;
        const std::optional<Workbook> workbook = XlsxFile::read(file, &error);
        QVERIFY2(workbook, qPrintable(error));
        QCOMPARE(workbook->sheets.size(), 3);
        const Sheet &tags = workbook->sheets[0];
        QCOMPARE(tags.name, "Tags");
        QCOMPARE(workbook->sheets[1].name, "Second sheet");
        QCOMPARE(workbook->sheets[2].name, "Vide");
        QVERIFY(workbook->sheets[2].rows.isEmpty());

        const QList<QList<QVariant>> expected = {
            {"Nom", "Unité", "Valeur", "Actif", "Quand"},
            {"Température", "°C", 12.5, true, QDateTime(QDate(2024, 3, 1), QTime(14, 30, 15))},
            {"Niño", "m³/h", -3.0, false, QDate(2024, 2, 29)},
            {"Tiny", QVariant(), 1e-7, QVariant(), QTime(6, 5, 4)},
            {},
            {QVariant(), QVariant(), 42.0},
            {QVariant(), QVariant(), QVariant(), QVariant(), "épars"},
            {123456789012.0},
            // Row 9's formula has no cached value (openpyxl cannot compute it): an empty cell,
            // and a trailing empty row is left out.
        };
        QCOMPARE(tags.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            QCOMPARE(tags.rows[r].size(), expected[r].size());
            for (qsizetype c = 0; c < expected[r].size(); ++c)
                COMPARE_CELL(tags.rows[r][c], expected[r][c]);
        }
        const Sheet &second = workbook->sheets[1];
        QCOMPARE(second.rows.size(), 100);
        COMPARE_CELL(second.cell(1, 1), QVariant("only B2"));
        QCOMPARE(second.rows[99].size(), 27);
        COMPARE_CELL(second.cell(99, 26), QVariant(7.0));
        QVERIFY(second.rows[50].isEmpty());
        QCOMPARE(tags.rowNumber(6), 7); // no CSV lines: row numbers
        QVERIFY(workbook->sheet("second SHEET") == &workbook->sheets[1]);
    }

    void readsHandMadeParts()
    {
        // What openpyxl does not write: other part names, absolute and climbing targets, a
        // chart sheet, the 1904 date system, inline and rich strings, phonetic guides, escapes,
        // cached formula results, ISO dates, cells and rows without r.
        const QByteArray workbook =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "\n"
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:x=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "\n"
            "<workbookPr date1904=\"1\"/>"
            "\n"
            "<sheets>"
            "\n"
            "<sheet name=\"Données\" sheetId=\"3\" x:id=\"rId7\"/>"
            "\n"
            "<sheet name=\"Chart\" sheetId=\"4\" x:id=\"rId8\"/>"
            "\n"
            "<sheet name=\"Deux\" sheetId=\"5\" x:id=\"rId9\" state=\"hidden\"/>"
            "\n"
            "</sheets></workbook>";
        const QByteArray rels =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "\n"
            "<Relationship Id=\"rId7\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"/xl/worksheets/data%20one.xml\"/>"
            "\n"
            "<Relationship Id=\"rId8\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
            "\n"
            "<Relationship Id=\"rId9\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"sheets/../worksheets/second.xml\"/>"
            "\n"
            "<Relationship Id=\"rId10\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "sharedStrings\" Target=\"strings.xml\"/>"
            "\n"
            "<Relationship Id=\"rId11\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"/xl/formats.xml\"/>"
            "\n"
            "<Relationship Id=\"rId12\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "hyperlink\" Target=\"http://example.invalid/\" TargetMode=\"External\"/>"
            "\n"
            "</Relationships>";
        const QByteArray strings =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "\n"
            "<si><t>Nom</t></si>"
            "\n"
            "<si><r><rPr><b/></rPr><t>Ré</t></r><r><t xml:space=\"preserve\"> sumé </t></r></si>"
            "\n"
            "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr "
            "fontId=\"1\"/></si>"
            "\n"
            "<si><t>a_x000D_b_x0001_c_x005F_x0041_</t></si>"
            "\n"
            "</sst>";
        const QByteArray styles =
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "\n"
            "<numFmts count=\"4\">"
            "\n"
            "<numFmt numFmtId=\"164\" formatCode=\"[Red]0.00\"/>"
            "\n"
            "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/>"
            "\n"
            "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm:ss\"/>"
            "\n"
            "<numFmt numFmtId=\"167\" formatCode=\"0.0&quot; days&quot;\"/>"
            "\n"
            "</numFmts>"
            "\n"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "\n"
            "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"165\"/><xf "
            "numFmtId=\"164\"/><xf numFmtId=\"166\"/><xf numFmtId=\"14\"/><xf "
            "numFmtId=\"167\"/><xf numFmtId=\"22\"/></cellXfs>"
            "\n"
            "</styleSheet>";
        const QByteArray data = sheetXml(
            "\n"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c "
            "r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>\n"
            "<row r=\"2\"><c t=\"inlineStr\"><is><t>inline é</t></is></c><c "
            "t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c><c "
            "t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>Nom "
            "x</v></c><c t=\"b\"><f>TRUE()</f><v>1</v></c><c><f>1+2</f><v>3</v></c></row>\n"
            "<row r=\"4\"><c r=\"B4\" s=\"1\"><v>1</v></c><c r=\"C4\" s=\"2\"><v>12.5</v></c><c "
            "r=\"D4\" s=\"3\"><v>1.5</v></c><c r=\"E4\" s=\"5\"><v>2</v></c><c r=\"F4\" "
            "s=\"6\"><v>1.25</v></c><c r=\"G4\" t=\"d\"><v>2024-03-01T14:30:00</v></c><c r=\"H4\" "
            "s=\"4\"/></row>\n"
            "<row><c r=\"A5\" s=\"1\"><v>0.5</v></c><c s=\"4\"><v>0</v></c></row>\n");
        const QByteArray second = sheetXml("<row r=\"3\"><c r=\"C3\"><v>1E-7</v></c></row>");
        makeZip(path("hand.xlsx"),
                {{"[Content_Types].xml", ContentTypes},
                 {"_rels/.rels", QByteArray(RootRels).replace("Target=\"xl/", "Target=\"/xl/")},
                 {"xl/workbook.xml", workbook},
                 {"xl/_rels/workbook.xml.rels", rels},
                 {"xl/strings.xml", strings},
                 {"xl/formats.xml", styles},
                 {"xl/worksheets/data one.xml", data},
                 {"xl/worksheets/second.xml", second}});

        QString error;
        const std::optional<Workbook> book = XlsxFile::read(path("hand.xlsx"), &error);
        QVERIFY2(book, qPrintable(error));
        QCOMPARE(book->sheets.size(), 2);
        QCOMPARE(book->sheets[0].name, "Données");
        QCOMPARE(book->sheets[1].name, "Deux");
        const Sheet &s = book->sheets[0];
        const QList<QList<QVariant>> expected = {
            {"Nom", "Ré sumé ", "漢字",
             "a\rb\x01"
             "c_x0041_"},
            {"inline é", "rich", "#DIV/0!", "Nom x", true, 3.0},
            {},
            {QVariant(), QDate(1904, 1, 2), 12.5, 1.5, 2.0,
             QDateTime(QDate(1904, 1, 2), QTime(6, 0)),
             QDateTime(QDate(2024, 3, 1), QTime(14, 30))},
            {QTime(12, 0), QTime(0, 0)},
        };
        QCOMPARE(s.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            QCOMPARE(s.rows[r].size(), expected[r].size());
            for (qsizetype c = 0; c < expected[r].size(); ++c)
                COMPARE_CELL(s.rows[r][c], expected[r][c]);
        }
        QCOMPARE(book->sheets[1].rows.size(), 3);
        COMPARE_CELL(book->sheets[1].cell(2, 2), QVariant(1e-7));
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QVariant>("value");

        const int date = int(Xlsx::DateKind::Date);
        const int dateTime = int(Xlsx::DateKind::DateTime);
        const int duration = int(Xlsx::DateKind::Duration);
        QTest::newRow("1 is 1900-01-01") << 1.0 << false << date << QVariant(QDate(1900, 1, 1));
        QTest::newRow("59 is 28 February 1900")
            << 59.0 << false << date << QVariant(QDate(1900, 2, 28));
        QTest::newRow("60, Lotus's 29 February, reads as the 28th")
            << 60.0 << false << date << QVariant(QDate(1900, 2, 28));
        QTest::newRow("61 is 1 March 1900") << 61.0 << false << date << QVariant(QDate(1900, 3, 1));
        QTest::newRow("45352 is 2024-03-01")
            << 45352.0 << false << date << QVariant(QDate(2024, 3, 1));
        QTest::newRow("1904: 0 is a time") << 0.0 << true << date << QVariant(QTime(0, 0));
        QTest::newRow("1904: 1 is 1904-01-02")
            << 1.0 << true << date << QVariant(QDate(1904, 1, 2));
        QTest::newRow("a date at midnight under a date-time format")
            << 45352.0 << false << dateTime << QVariant(QDateTime(QDate(2024, 3, 1), QTime(0, 0)));
        QTest::newRow("milliseconds round")
            << 45352.0 + (3600 * 1000 + 1) / 86400000.0 << false << dateTime
            << QVariant(QDateTime(QDate(2024, 3, 1), QTime(1, 0, 0, 1)));
        QTest::newRow("a duration of a day and a half stays a number")
            << 1.5 << false << duration << QVariant();
        QTest::newRow("negative: no date") << -1.0 << false << date << QVariant();
        QTest::newRow("past 9999: no date") << 3e6 << false << date << QVariant();
        QTest::newRow("NaN: no date") << std::nan("") << false << date << QVariant();
    }
    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(int, kind);
        QFETCH(QVariant, value);

        const QVariant read = Xlsx::fromSerial(serial, date1904, Xlsx::DateKind(kind));
        COMPARE_CELL(read, value);
        if (value.isValid() && !date1904 && value.toDate() != QDate(1900, 2, 28)) {
            const std::optional<double> back = Xlsx::toSerial(value);
            QVERIFY(back);
            QCOMPARE(*back, serial);
        }
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        const int none = int(Xlsx::DateKind::None);
        QTest::newRow("General") << "General" << none;
        QTest::newRow("ISO date") << "yyyy-mm-dd" << int(Xlsx::DateKind::Date);
        QTest::newRow("month and year") << "mmm yy" << int(Xlsx::DateKind::Date);
        QTest::newRow("minutes and seconds") << "mm:ss" << int(Xlsx::DateKind::Time);
        QTest::newRow("12-hour clock") << "h:mm AM/PM" << int(Xlsx::DateKind::Time);
        QTest::newRow("date and time") << "dd/mm/yyyy\\ hh:mm" << int(Xlsx::DateKind::DateTime);
        QTest::newRow("locale and colour")
            << "[$-40C][Blue]dddd d mmmm yyyy" << int(Xlsx::DateKind::Date);
        QTest::newRow("elapsed hours") << "[hh]:mm" << int(Xlsx::DateKind::Duration);
        QTest::newRow("colour only") << "[Red]0.00;[Green]-0.00" << none;
        QTest::newRow("quoted unit") << "0.0\" ms\"" << none;
        QTest::newRow("escaped letters") << "0\\d\\a\\y\\s" << none;
        QTest::newRow("padding and fill") << "_(* #,##0_);_(* (#,##0)" << none;
        QTest::newRow("scientific") << "0.00E+00" << none;
    }
    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(Xlsx::dateKind(code)), kind);
    }

    void openpyxlReadsWhatWeWrite()
    {
        Workbook workbook;
        Sheet exported;
        exported.name = "Export é";
        exported.rows = {
            {"Nom", "Valeur", "Actif", "Date", "Heure", "Horodatage", "Texte"},
            {"Débit m³/h", 12.5, true, QDate(2024, 2, 29), QTime(6, 5, 4),
             QDateTime(QDate(2024, 3, 1), QTime(14, 30, 15, 250)), "ligne 1\nligne 2"},
            {"Contrôle\x01"
             "char",
             -3, false, QDate(1900, 1, 1), QTime(0, 0), QDateTime(QDate(1900, 3, 1), QTime(0, 0)),
             "  espaces  "},
            {},
            {QVariant(), QVariant(), qint64(1) << 40, QVariant(), QVariant(), QVariant(),
             "_x0041_ littéral"},
            {1e-7, std::nan(""), "a < b & c > \"d\"", QString(), QDate(1899, 12, 31)},
        };
        workbook.sheets.append(exported);
        workbook.sheets.append(Sheet {"Feuille 2", {{"seul"}}, {}});
        workbook.sheets.append(Sheet {"Vide", {}, {}});
        const QString file = path("ours.xlsx");
        QString error;
        QVERIFY2(XlsxFile::write(workbook, file, &error), qPrintable(error));

        QString output;
        QVERIFY(runPython(
            "\n"
            "import sys, json, datetime, openpyxl\n"
            "wb = openpyxl.load_workbook(sys.argv[1])\n"
            "def encode(v):\n"
            "    if isinstance(v, bool): return [\"bool\", v]\n"
            "    if isinstance(v, (int, float)): return [\"number\", v]\n"
            "    if isinstance(v, datetime.datetime): return [\"datetime\", v.isoformat()]\n"
            "    if isinstance(v, datetime.time): return [\"time\", v.isoformat()]\n"
            "    return [type(v).__name__, str(v)]\n"
            "out = {\"sheets\": wb.sheetnames}\n"
            "for ws in wb.worksheets:\n"
            "    out[ws.title] = {\n"
            "        \"cells\": {c.coordinate: encode(c.value) for row in ws.iter_rows() for c in "
            "row\n"
            "                  if c.value is not None},\n"
            "        \"frozen\": ws.freeze_panes,\n"
            "        \"boldA1\": bool(ws[\"A1\"].font.b),\n"
            "        \"boldA2\": bool(ws[\"A2\"].font.b),\n"
            "        \"formatD2\": ws[\"D2\"].number_format,\n"
            "    }\n"
            "print(json.dumps(out))\n",
            {file}, &output));
        const QJsonObject read = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(read["sheets"].toArray(), QJsonArray({"Export é", "Feuille 2", "Vide"}));
        const QJsonObject sheet = read["Export é"].toObject();
        QCOMPARE(sheet["frozen"].toString(), "A2");
        QVERIFY(sheet["boldA1"].toBool());
        QVERIFY(!sheet["boldA2"].toBool());
        QCOMPARE(sheet["formatD2"].toString(), "mm-dd-yy"); // openpyxl's name of built-in 14

        const QJsonObject cells = sheet["cells"].toObject();
        const auto cell = [&](const char *name) {
            return QJsonDocument(cells[name].toArray()).toJson(QJsonDocument::Compact);
        };
        const QList<std::pair<const char *, QByteArray>> expected = {
            {"A1", "[\"str\",\"Nom\"]"},
            {"B1", "[\"str\",\"Valeur\"]"},
            {"C1", "[\"str\",\"Actif\"]"},
            {"D1", "[\"str\",\"Date\"]"},
            {"E1", "[\"str\",\"Heure\"]"},
            {"F1", "[\"str\",\"Horodatage\"]"},
            {"G1", "[\"str\",\"Texte\"]"},
            {"A2", "[\"str\",\"Débit m³/h\"]"},
            {"B2", "[\"number\",12.5]"},
            {"C2", "[\"bool\",true]"},
            {"D2", "[\"datetime\",\"2024-02-29T00:00:00\"]"},
            {"E2", "[\"time\",\"06:05:04\"]"},
            {"F2", "[\"datetime\",\"2024-03-01T14:30:15.250000\"]"},
            {"G2", "[\"str\",\"ligne 1\\nligne 2\"]"},
            // openpyxl leaves Excel's escapes of control characters as they are, but for _x005F_
            {"A3", "[\"str\",\"Contrôle_x0001_char\"]"},
            {"B3", "[\"number\",-3]"},
            {"C3", "[\"bool\",false]"},
            {"D3", "[\"datetime\",\"1900-01-01T00:00:00\"]"},
            {"E3", "[\"time\",\"00:00:00\"]"},
            {"F3", "[\"datetime\",\"1900-03-01T00:00:00\"]"},
            {"G3", "[\"str\",\"  espaces  \"]"},
            {"C5", "[\"number\",1099511627776]"},
            {"G5", "[\"str\",\"_x0041_ littéral\"]"},
            {"A6", "[\"number\",1e-07]"},
            {"B6", "[\"str\",\"#NUM!\"]"},
            {"C6", "[\"str\",\"a < b & c > \\\"d\\\"\"]"},
            {"E6", "[\"str\",\"1899-12-31\"]"},
        };
        for (const auto &[name, json] : expected)
            QVERIFY2(cell(name) == json, qPrintable(QString(name) + ": " + cell(name)));
        QCOMPARE(cells.size(), expected.size());
        QCOMPARE(read["Feuille 2"].toObject()["cells"].toObject()["A1"].toArray(),
                 QJsonArray({"str", "seul"}));
        QVERIFY(read["Vide"].toObject()["cells"].toObject().isEmpty());
    }

    void roundTrip()
    {
        Workbook workbook;
        Sheet sheet;
        sheet.name = "Ronde";
        sheet.rows = {
            {"Texte", "Nombre", "Booléen", "Date", "Heure", "Horodatage"},
            {"a\r\nb\rc\td\x01\x1f", 0.1 + 0.2, true, QDate(2024, 2, 29), QTime(23, 59, 59, 999),
             QDateTime(QDate(2024, 3, 1), QTime(0, 0))},
            {"😀 \xEF\xBF\xBE", -1e300, false, QDate(9999, 12, 31), QTime(0, 0, 0, 1),
             QDateTime(QDate(1900, 2, 28), QTime(12, 0))},
            {QString(QString("lone ") + QChar(0xD800)), 5e-324, QVariant(), QDate(1900, 3, 1)},
            {"_x005F_ et _x0041_ écrits tels quels", 42},
        };
        workbook.sheets = {sheet};
        QString error;
        QVERIFY2(XlsxFile::write(workbook, path("round.xlsx"), &error), qPrintable(error));
        const std::optional<Workbook> back = XlsxFile::read(path("round.xlsx"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sheets.size(), 1);
        const Sheet &s = back->sheets[0];
        QCOMPARE(s.name, "Ronde");
        QCOMPARE(s.rows.size(), sheet.rows.size());
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            QCOMPARE(s.rows[r].size(), sheet.rows[r].size());
            for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
                QVariant expected = sheet.rows[r][c];
                if (expected.typeId() == QMetaType::Int)
                    expected = expected.toDouble(); // Excel has numbers, not integers
                COMPARE_CELL(s.rows[r][c], expected);
            }
        }
    }

    void writeRefusesWhatExcelWould_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("message");
        QTest::newRow("no sheet") << QStringList {}
                                  << "w.xlsx: the workbook has no sheet; Excel needs at least one";
        QTest::newRow("empty name")
            << QStringList {""} << "w.xlsx: a sheet has no name, which Excel requires";
        QTest::newRow("too long") << QStringList {QString(32, 'x')}
                                  << "w.xlsx: sheet name \"" + QString(32, 'x')
                + "\" has 32 characters, more than Excel's 31";
        QTest::newRow("slash") << QStringList {"Pompes/Vannes"}
                               << "w.xlsx: sheet name \"Pompes/Vannes\" contains \"/\", which "
                                  "Excel does not allow in sheet names";
        QTest::newRow("bracket") << QStringList {"Tags [1]"}
                                 << "w.xlsx: sheet name \"Tags [1]\" contains \"[\", which Excel "
                                    "does not allow in sheet names";
        QTest::newRow("apostrophe") << QStringList {"'Tags"}
                                    << "w.xlsx: sheet name \"'Tags\" starts or ends with an "
                                       "apostrophe, which Excel does not allow";
        QTest::newRow("twice") << QStringList {"Tags", "TAGS"}
                               << "w.xlsx: two sheets are named \"TAGS\" (Excel does not tell "
                                  "upper and lower case apart)";
    }
    void writeRefusesWhatExcelWould()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, message);
        Workbook workbook;
        for (const QString &name : names)
            workbook.sheets.append(Sheet {name, {{"x"}}, {}});
        QFile::remove(path("w.xlsx"));
        QString error;
        QVERIFY(!XlsxFile::write(workbook, path("w.xlsx"), &error));
        QCOMPARE(error, message);
        QVERIFY(!QFile::exists(path("w.xlsx"))); // nothing half-written
    }

    void brokenFiles()
    {
        // Bytes of a good workbook to break.
        Workbook good;
        good.sheets = {Sheet {"Tags", {{"a", 1.0}, {"b", 2.0}}, {}}};
        QString error;
        QVERIFY(XlsxFile::write(good, path("good.xlsx"), &error));
        QFile file(path("good.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const auto save = [&](const QString &name, const QByteArray &data) {
            QFile out(path(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
        };

        save("truncated.xlsx", bytes.left(bytes.size() / 2));
        QVERIFY(!XlsxFile::read(path("truncated.xlsx"), &error));
        QVERIFY2(error.startsWith("truncated.xlsx: the file is damaged or truncated: its zip "
                                  "directory cannot be read (zip error "),
                 qPrintable(error));
        QByteArray random(4096, '\0');
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        random[0] = 'R';
        save("random.xlsx", random);
        expectFailure(path("random.xlsx"),
                      "random.xlsx: this is not an .xlsx workbook (the file is not a zip archive)");
        save("empty.xlsx", {});
        expectFailure(path("empty.xlsx"), "empty.xlsx: the file is empty");
        save("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0'));
        expectFailure(path("old.xls"),
                      "old.xls: this is an old .xls workbook, or a workbook protected by a "
                      "password; save it from Excel as an .xlsx workbook without a password");
        QVERIFY(!XlsxFile::read(path("absent.xlsx"), &error));
        QVERIFY2(error.startsWith("absent.xlsx: cannot open the file: "), qPrintable(error));

        Parts noWorkbook = oneSheet(sheetXml({}));
        noWorkbook.removeAt(2);
        makeZip(path("noworkbook.xlsx"), noWorkbook);
        expectFailure(path("noworkbook.xlsx"),
                      "noworkbook.xlsx: part xl/workbook.xml is missing: this zip archive is not "
                      "an Excel workbook");

        Parts noSheet = oneSheet({});
        noSheet.removeLast();
        makeZip(path("nosheet.xlsx"), noSheet);
        expectFailure(path("nosheet.xlsx"),
                      "nosheet.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml is missing "
                      "from the zip archive");

        makeZip(path("malformed.xlsx"), oneSheet(sheetXml("<row><c><v>1</v></row>")));
        expectFailure(path("malformed.xlsx"),
                      "malformed.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml, line 3: "
                      "Opening and ending tag mismatch.");

        // A stored (uncompressed) part with one byte changed: the checksum catches it.
        makeZip(path("crc.xlsx"), oneSheet(sheetXml("<row><c><v>12345</v></c></row>")), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.close();
        QFile crc(path("crc.xlsx"));
        QVERIFY(crc.open(QIODevice::ReadWrite));
        QByteArray stored = crc.readAll();
        const qsizetype at = stored.indexOf("12345");
        QVERIFY(at > 0);
        stored[at] = '9';
        crc.seek(0);
        crc.write(stored);
        crc.close();
        expectFailure(path("crc.xlsx"),
                      "crc.xlsx: sheet \"Tags\": part xl/worksheets/sheet1.xml is damaged: its "
                      "checksum does not match (zip error -105)");
    }

    void badCellsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<QString>("message");
        QTest::newRow("past the last column")
            << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
            << "sheet \"Tags\", cell XFE1: past the last column (XFD) or row (1048576) allowed";
        QTest::newRow("past the last row")
            << QByteArray("<row r=\"1048577\"><c><v>1</v></c></row>")
            << "sheet \"Tags\", row 1048577: past the last row allowed (1048576)";
        QTest::newRow("not a reference")
            << QByteArray("<row r=\"2\"><c r=\"1A\"><v>1</v></c></row>")
            << "sheet \"Tags\", row 2: \"1A\" is not a cell reference";
        QTest::newRow("no such shared string")
            << QByteArray("<row r=\"12\"><c r=\"C12\" t=\"s\"><v>7</v></c></row>")
            << "sheet \"Tags\", cell C12: shared string \"7\" does not exist (the workbook has 2 "
               "shared strings)";
        QTest::newRow("not a number")
            << QByteArray("<row r=\"3\"><c r=\"B3\"><v>12,5</v></c></row>")
            << "sheet \"Tags\", cell B3: \"12,5\" is not a number";
        QTest::newRow("not a boolean")
            << QByteArray("<row r=\"3\"><c r=\"B3\" t=\"b\"><v>yes</v></c></row>")
            << "sheet \"Tags\", cell B3: \"yes\" is not a boolean (0 or 1)";
        QTest::newRow("unknown type")
            << QByteArray("<row r=\"3\"><c r=\"B3\" t=\"q\"><v>1</v></c></row>")
            << "sheet \"Tags\", cell B3: unknown cell type \"q\"";
        QTest::newRow("sparse cells past the cell limit")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c "
                          "r=\"XFD2\"><v>1</v></c></row>")
            << "sheet \"Tags\", cell XFD2: the "
               "sheets would hold more than 10000 "
               "cells, the limit "
               "(a sparse cell far away counts every "
               "empty cell before it)";
    }
    void badCellsAreNamed()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(QString, message);
        makeZip(path("cells.xlsx"), oneSheet(sheetXml(sheetData)));
        XlsxFile::ReadLimits limits;
        limits.maxCells = 10000;
        expectFailure(path("cells.xlsx"), "cells.xlsx: " + message, limits);
    }

    void tooManySheets()
    {
        Workbook workbook;
        for (int i = 1; i <= 4; ++i)
            workbook.sheets.append(Sheet {QString("S%1").arg(i), {{i}}, {}});
        QString error;
        QVERIFY(XlsxFile::write(workbook, path("four.xlsx"), &error));
        XlsxFile::ReadLimits limits;
        limits.maxSheets = 3;
        expectFailure(path("four.xlsx"),
                      "four.xlsx: part xl/workbook.xml, line 1: the workbook has more than 3 "
                      "sheets, the limit",
                      limits);
        limits.maxSheets = 4;
        QVERIFY(XlsxFile::read(path("four.xlsx"), &error, {}, limits));
    }

    // A tag list as big as the import bench's, written and read back, with its progress; the
    // figures go to the log (timing is the bench's business, not a test's).
    void tenThousandRowsWithProgress()
    {
        Workbook workbook;
        Sheet sheet;
        sheet.name = "Tags";
        for (int r = 0; r < 10000; ++r) {
            QList<QVariant> row;
            for (int c = 0; c < 20; ++c) {
                if (c % 4 == 0)
                    row.append(QString("Tag %1/%2 é").arg(r).arg(c));
                else if (c % 4 == 1)
                    row.append(QString("Int16"));
                else
                    row.append(r * 0.5 + c);
            }
            sheet.rows.append(row);
        }
        workbook.sheets = {sheet};
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY2(XlsxFile::write(workbook, path("big.xlsx"), &error), qPrintable(error));
        const qint64 writeMs = clock.restart();

        QList<std::pair<qint64, qint64>> calls;
        QVERIFY(resetPeakMemory());
        const qint64 memoryBefore = peakMemory();
        const std::optional<Workbook> back =
            XlsxFile::read(path("big.xlsx"), &error, [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        const qint64 readMs = clock.elapsed();
        const qint64 readMemory = peakMemory() - memoryBefore;
        QVERIFY2(back, qPrintable(error));
        qInfo("10,000 rows x 20 columns: written in %lld ms (%lld KiB), read in %lld ms, peak "
              "memory +%lld MiB",
              writeMs, QFileInfo(path("big.xlsx")).size() / 1024, readMs, readMemory >> 20);
        QCOMPARE(back->sheets[0].rows, sheet.rows);
        QVERIFY(calls.size() >= 10);
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first >= calls[i - 1].first && calls[i].first <= calls[i].second);
        QCOMPARE(calls.back().first, calls.back().second);

        int seen = 0;
        QVERIFY(
            !XlsxFile::read(path("big.xlsx"), &error, [&](qint64, qint64) { return ++seen < 3; }));
        QCOMPARE(error, "big.xlsx: cancelled");
        QCOMPARE(seen, 3);
    }
};

QTEST_GUILESS_MAIN(tst_XlsxFile)
#include "tst_xlsxfile.moc"
