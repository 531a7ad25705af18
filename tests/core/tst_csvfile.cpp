// CsvFile: encodings and delimiters as Excel writes them (French Excel: Windows-1252 and ';'),
// RFC 4180 quoting, line numbers of records after a field that spans lines, the errors a user sees,
// and serialize() read back by parse().

#include "spreadsheet/csvencoding.h"
#include "spreadsheet/csvfile.h"

#include <QDate>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using Rows = QList<QList<QVariant>>;
using Encoding = CsvFile::Format::Encoding;

Q_DECLARE_METATYPE(Encoding)

namespace {

// Rows of text cells; "" stands for an empty cell.
Rows textRows(const QList<QStringList> &rows)
{
    Rows result;
    for (const QStringList &row : rows) {
        QList<QVariant> cells;
        for (const QString &text : row)
            cells.append(text.isEmpty() ? QVariant() : QVariant(text));
        result.append(cells);
    }
    return result;
}

QString describe(const Rows &rows)
{
    QStringList lines;
    for (const QList<QVariant> &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells.append(cell.isValid() ? QString("[" + cell.toString() + "]")
                                        : QString("<empty>"));
        lines.append(cells.join(u' '));
    }
    return lines.join(u'\n');
}

#define COMPARE_ROWS(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable("got:\n" + describe(actual) + "\nexpected:\n" + describe(expected)))

} // namespace

class tst_CsvFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QList<QStringList>>("rows");

        const QList<QStringList> french = {
            {"Nom", "Unité", "Symbole"}, {"Énergie", "€", "°C"}, {"Cœur", "Œuvre", "‰"}};
        QTest::newRow("UTF-8 with a BOM") << QByteArray("\xEF\xBB\xBFNom;Unit\xC3\xA9;Symbole\r\n"
                                                        "\xC3\x89nergie;\xE2\x82\xAC;\xC2\xB0"
                                                        "C\r\n"
                                                        "C\xC5\x93ur;\xC5\x92uvre;\xE2\x80\xB0\r\n")
                                          << Encoding::Utf8Bom << french;
        QTest::newRow("UTF-8") << QByteArray("Nom;Unit\xC3\xA9;Symbole\r\n"
                                             "\xC3\x89nergie;\xE2\x82\xAC;\xC2\xB0"
                                             "C\r\n"
                                             "C\xC5\x93ur;\xC5\x92uvre;\xE2\x80\xB0\r\n")
                               << Encoding::Utf8 << french;
        QTest::newRow("Windows-1252, as French Excel writes")
            << QByteArray("Nom;Unit\xE9;Symbole\r\n\xC9nergie;\x80;\xB0"
                          "C\r\nC\x9Cur;\x8Cuvre;\x89\r\n")
            << Encoding::Windows1252 << french;
        QTest::newRow("ASCII is UTF-8")
            << QByteArray("a,b\n") << Encoding::Utf8 << QList<QStringList> {{"a", "b"}};
        // One byte that cannot start a UTF-8 sequence is enough to make the file Windows-1252.
        QTest::newRow("mostly UTF-8 but one Latin-1 byte")
            << QByteArray("caf\xC3\xA9;d\xE9j\xE0\n") << Encoding::Windows1252
            << QList<QStringList> {{"cafÃ©", "déjà"}};
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(QList<QStringList>, rows);

        QString error;
        CsvFile::Format format;
        const std::optional<Sheet> sheet = CsvFile::parse(bytes, &error, &format);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(format.encoding, encoding);
        COMPARE_ROWS(sheet->rows, textRows(rows));
    }

    // The whole 0x80–0x9F row against ICU's table where Qt has ICU, and the letters a French
    // file uses written out, where it has not.
    void windows1252Table()
    {
        QByteArray high;
        for (int byte = 0x80; byte <= 0xFF; ++byte)
            high.append(char(byte));
        const QString ours = Csv::fromWindows1252(high);
        QCOMPARE(ours.size(), high.size());
        QCOMPARE(ours[0x80 - 0x80], QChar(0x20AC)); // €
        QCOMPARE(ours[0x8C - 0x80], QChar(0x0152)); // Œ
        QCOMPARE(ours[0x92 - 0x80], QChar(0x2019)); // ’, Word's apostrophe
        QCOMPARE(ours[0x9C - 0x80], QChar(0x0153)); // œ
        QCOMPARE(ours[0x9F - 0x80], QChar(0x0178)); // Ÿ
        QCOMPARE(ours[0xB0 - 0x80], QChar(0x00B0)); // °
        QCOMPARE(ours[0xE9 - 0x80], QChar(0x00E9)); // é
        QCOMPARE(Csv::fromWindows1252("plain"), QString("plain"));

        QStringDecoder icu("windows-1252");
        if (!icu.isValid())
            return; // a Qt without ICU: the letters above are the check
        const QString reference = icu.decode(high);
        QCOMPARE(reference.size(), ours.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QVERIFY2(ours[i] == reference[i],
                     qPrintable(QString("byte 0x%1: U+%2, ICU says U+%3")
                                    .arg(0x80 + i, 0, 16)
                                    .arg(ours[i].unicode(), 4, 16, QChar('0'))
                                    .arg(reference[i].unicode(), 4, 16, QChar('0'))));
        }
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QList<QStringList>>("rows");

        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(';')
                                   << QList<QStringList> {{"a", "b", "c"}, {"1", "2", "3"}};
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(',')
                               << QList<QStringList> {{"a", "b", "c"}, {"1", "2", "3"}};
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar('\t')
                             << QList<QStringList> {{"a", "b", "c"}, {"1", "2", "3"}};
        // Decimal commas in every data row split each in two as consistently as ';' does,
        // but into fewer fields, and the header does not split on ','.
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Nom;Valeur;Unité\nT1;12,5;°C\nT2;0,25;bar\nT3;3,75;m\n") << QChar(';')
            << QList<QStringList> {{"Nom", "Valeur", "Unité"},
                                   {"T1", "12,5", "°C"},
                                   {"T2", "0,25", "bar"},
                                   {"T3", "3,75", "m"}};
        QTest::newRow("semicolon with commas in every line")
            << QByteArray("a,x;b;c\n1,5;2;3\n4,5;6;7\n") << QChar(';')
            << QList<QStringList> {{"a,x", "b", "c"}, {"1,5", "2", "3"}, {"4,5", "6", "7"}};
        QTest::newRow("commas, semicolons inside quotes")
            << QByteArray("name,text\nT1,\"a;b;c;d\"\nT2,\"e;f;g;h\"\n") << QChar(',')
            << QList<QStringList> {{"name", "text"}, {"T1", "a;b;c;d"}, {"T2", "e;f;g;h"}};
        QTest::newRow("empty optional columns count")
            << QByteArray(
                   "Nom;Type;Adresse;Unité;Description\nT1;Int16;100;;\nT2;Float32;102,5;;\n")
            << QChar(';')
            << QList<QStringList> {{"Nom", "Type", "Adresse", "Unité", "Description"},
                                   {"T1", "Int16", "100"},
                                   {"T2", "Float32", "102,5"}};
        QTest::newRow("Excel's sep= line")
            << QByteArray("sep=,\r\na;b,c\r\n") << QChar(',') << QList<QStringList> {{"a;b", "c"}};
        QTest::newRow("mostly one cell, split once")
            << QByteArray("alpha\nbeta\tgamma\ndelta\n") << QChar('\t')
            << QList<QStringList> {{"alpha"}, {"beta", "gamma"}, {"delta"}};
        // Both split two lines in two, but on ';' two lines have text after a closing quote, on
        // ',' only one: the quotes say the delimiter is ','.
        QTest::newRow("quotes that fit one delimiter better")
            << QByteArray("x;y\n\"c\";\"d\",e\n\"f;g\",h\n") << QChar(',')
            << QList<QStringList> {{"x;y"}, {"c;\"d\"", "e"}, {"f;g", "h"}};
        QTest::newRow("one column") << QByteArray("alpha\nbeta\n") << QChar(',')
                                    << QList<QStringList> {{"alpha"}, {"beta"}};
    }
    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(QList<QStringList>, rows);

        QString error;
        CsvFile::Format format;
        const std::optional<Sheet> sheet = CsvFile::parse(bytes, &error, &format);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(format.delimiter, delimiter);
        COMPARE_ROWS(sheet->rows, textRows(rows));
    }

    void quotedFieldsAndTheirLines()
    {
        const QByteArray bytes = "Nom;Description;Unité\r\n" // line 1
                                 "T1;\"Deux\r\nlignes\";°C\r\n" // lines 2-3
                                 "T2;\"un \"\"mot\"\" cité; et un ;\";bar\r\n" // line 4
                                 "T3;\"x\ny\rz\";m\r\n" // lines 5-7
                                 "T4;\"\";\"suite\" après\r\n" // line 8
                                 "\r\n" // line 9: a blank record
                                 "T5;\"fin\""; // line 10, no line break at the end
        QString error;
        const std::optional<Sheet> sheet = CsvFile::parse(bytes, &error);
        QVERIFY2(sheet, qPrintable(error));
        COMPARE_ROWS(sheet->rows,
                     textRows({{"Nom", "Description", "Unité"},
                               {"T1", "Deux\r\nlignes", "°C"},
                               {"T2", "un \"mot\" cité; et un ;", "bar"},
                               {"T3", "x\ny\rz", "m"},
                               {"T4", "", "suite après"},
                               {},
                               {"T5", "fin"}}));
        QCOMPARE(sheet->lines, (QList<int> {1, 2, 4, 5, 8, 9, 10}));
        QCOMPARE(sheet->rowNumber(4), 8);
        QCOMPARE(sheet->rowNumber(6), 10);
    }

    void lineBreaks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("rows");

        const QList<QStringList> abc = {{"a", "b"}, {"c", "d"}, {"e", "f"}};
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\ne,f\r\n") << abc;
        QTest::newRow("LF") << QByteArray("a,b\nc,d\ne,f\n") << abc;
        QTest::newRow("CR, old Mac") << QByteArray("a,b\rc,d\re,f\r") << abc;
        QTest::newRow("mixed") << QByteArray("a,b\r\nc,d\re,f\n") << abc;
        QTest::newRow("no final line break") << QByteArray("a,b\nc,d\ne,f") << abc;
        QTest::newRow("blank line kept as an empty row, blank tail dropped")
            << QByteArray("a,b\n\nc,d\n\n\n") << QList<QStringList> {{"a", "b"}, {}, {"c", "d"}};
        QTest::newRow("trailing empty fields dropped")
            << QByteArray("a,b,,\n,,\nc\n") << QList<QStringList> {{"a", "b"}, {}, {"c"}};
    }
    void lineBreaks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, rows);

        QString error;
        const std::optional<Sheet> sheet = CsvFile::parse(bytes, &error);
        QVERIFY2(sheet, qPrintable(error));
        COMPARE_ROWS(sheet->rows, textRows(rows));
        QVERIFY(sheet->lines.isEmpty()); // one record per line: the lines are the rows' numbers
        QCOMPARE(sheet->rowNumber(1), 2);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("parseError");
        QTest::addColumn<QString>("readError");

        QTest::newRow("unterminated quote")
            << QByteArray("a;b\r\n\"multi\r\nline\";x\r\nc;\"open\r\nd;e\r\nf;g\r\n")
            << "line 4: a quoted field is never closed"
            << "bad.csv, line 4: a quoted field is never closed";
        QTest::newRow("NUL byte") << QByteArray("a;b\nc;d\ne\0f;g\n", 13)
                                  << "line 3: a NUL byte: this is a binary file, not CSV text"
                                  << "bad.csv, line 3: a NUL byte: this is a binary file, not "
                                     "CSV text";
        QTest::newRow("UTF-16")
            << QByteArray("\xFF\xFE"
                          "a\0;\0b\0",
                          8)
            << "the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" or "
               "\"CSV\" instead"
            << "bad.csv: the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV "
               "UTF-8\" or \"CSV\" instead";
    }
    void errorsNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, parseError);
        QFETCH(QString, readError);

        QString error;
        QVERIFY(!CsvFile::parse(bytes, &error));
        QCOMPARE(error, parseError);
        QVERIFY(!CsvFile::read(writeFile("bad.csv", bytes), &error));
        QCOMPARE(error, readError);
    }

    void emptyFile()
    {
        QString error;
        CsvFile::Format format;
        const std::optional<Sheet> sheet =
            CsvFile::read(writeFile("vide.csv", {}), &error, &format);
        QVERIFY2(sheet, qPrintable(error));
        QVERIFY(sheet->rows.isEmpty());
        QCOMPARE(sheet->name, "vide");
        QCOMPARE(format.encoding, Encoding::Utf8);
        QVERIFY(CsvFile::parse("\xEF\xBB\xBF", &error)->rows.isEmpty());
    }

    void readNamesTheSheetAndTellsProgress()
    {
        QByteArray bytes = "Nom;Adresse\r\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Tag " + QByteArray::number(i) + ";" + QByteArray::number(40001 + i) + "\r\n";
        const QString path = writeFile("Liste des tags.v2.csv", bytes);

        QList<std::pair<qint64, qint64>> calls;
        QString error;
        const std::optional<Sheet> sheet =
            CsvFile::read(path, &error, nullptr, [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->name, "Liste des tags.v2");
        QCOMPARE(sheet->rows.size(), 5001);
        QCOMPARE(sheet->cell(5000, 1), QVariant("45000"));
        QVERIFY(calls.size() >= 3);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].second, qint64(bytes.size()));
            QVERIFY(calls[i].first >= 0 && calls[i].first <= calls[i].second);
            if (i > 0)
                QVERIFY(calls[i].first >= calls[i - 1].first);
        }
        QCOMPARE(calls.back().first, qint64(bytes.size()));

        QVERIFY(!CsvFile::read(path, &error, nullptr, [](qint64, qint64) { return false; }));
        QCOMPARE(error, "Liste des tags.v2.csv: cancelled");

        QVERIFY(!CsvFile::read(m_dir.filePath("absent.csv"), &error));
        QVERIFY2(error.startsWith("absent.csv: cannot open the file: "), qPrintable(error));
    }

    void serializeWritesWhatExcelReads()
    {
        Sheet sheet;
        sheet.rows = {
            {"Nom", "Valeur", "Actif", "Date", "Vide", "Unité"},
            {"T1", 12.5, true, QDate(2024, 3, 1), QVariant(), "°C"},
            {"T2", 1e-7, false, QDateTime(QDate(2024, 3, 1), QTime(14, 30)), QString(), "m³/h"},
            {"T3", -3, QTime(6, 5, 4), 0.1 + 0.2, qint64(1) << 53}};
        QCOMPARE(CsvFile::serialize(sheet, u';'),
                 QByteArray("\xEF\xBB\xBF"
                            "Nom;Valeur;Actif;Date;Vide;Unit\xC3\xA9\r\n"
                            "T1;12.5;true;2024-03-01;;\xC2\xB0"
                            "C\r\n"
                            "T2;1e-07;false;2024-03-01 14:30:00;;m\xC2\xB3/h\r\n"
                            "T3;-3;06:05:04;0.30000000000000004;9007199254740992\r\n"));
    }

    void serializeThenParse_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QChar(',');
        QTest::newRow("semicolon") << QChar(';');
        QTest::newRow("tab") << QChar('\t');
    }
    void serializeThenParse()
    {
        QFETCH(QChar, delimiter);
        const QList<QStringList> tricky = {
            {"sep=|", "Texte", "Autre"}, // not read back as Excel's delimiter line
            {"guillemets", "il a dit \"oui\"", "\"début"},
            {"séparateurs", "a,b;c\td", "12,5"},
            {"lignes", "un\r\ndeux\ntrois\rquatre", "fin\n"},
            {"espaces", "  devant", "derrière  "},
            {"accents", "Énergie active/Phase 1 — œ € ° ñ 😀", "_x0041_"},
            {"sep=;", "", "dernier"},
            {},
            {"", "", "seul au bout"},
            {"une colonne"},
        };
        Sheet sheet;
        sheet.rows = textRows(tricky);
        const QByteArray bytes = CsvFile::serialize(sheet, delimiter);
        QString error;
        CsvFile::Format format;
        const std::optional<Sheet> back = CsvFile::parse(bytes, &error, &format);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(format.delimiter, delimiter);
        QCOMPARE(format.encoding, Encoding::Utf8Bom);
        COMPARE_ROWS(back->rows, sheet.rows);
        // "lignes" starts on line 4 and spans five, with four line breaks of three kinds.
        QCOMPARE(back->rowNumber(3), 4);
        QCOMPARE(back->rowNumber(4), 9);
        QCOMPARE(back->lines.size(), sheet.rows.size());
    }

    void writeIsAtomicAndReadsBack()
    {
        Sheet sheet;
        sheet.rows = textRows({{"Nom", "Unité"}, {"Débit", "m³/h"}});
        const QString path = m_dir.filePath("export.csv");
        QString error;
        QVERIFY2(CsvFile::write(sheet, path, &error, u';'), qPrintable(error));
        const std::optional<Sheet> back = CsvFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        COMPARE_ROWS(back->rows, sheet.rows);
        QCOMPARE(back->name, "export");

        // A file that cannot be written leaves the old one whole and says which it was.
        const QString blocked = m_dir.filePath("no such folder/export.csv");
        QVERIFY(!CsvFile::write(sheet, blocked, &error));
        QVERIFY2(error.startsWith("export.csv: cannot write the file: "), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_CsvFile)
#include "tst_csvfile.moc"
