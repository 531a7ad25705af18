// Tests of reading a project file's text: what the JSON parser refuses and what the pre-scan adds
// (raw control characters, unknown escapes, lone surrogates, invalid UTF-8, duplicate and blank
// keys), a top-level value that is not an object, and the line and column of each.

#include "model/projectfile.h"
#include "projecttestdata.h"

using namespace Vigie;

class tst_ProjectSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntaxErrorHasLineAndColumn();
    void strictStrings_data();
    void strictStrings();
    void duplicateKeys_data();
    void duplicateKeys();
    void leadingByteOrderMark();
    void blankKeys_data();
    void blankKeys();
    void notAnObject_data();
    void notAnObject();
};

void tst_ProjectSyntax::syntaxErrorHasLineAndColumn()
{
    // A missing comma at the end of line 3: the parser stops on line 4.
    const QByteArray text = "{\n    \"formatVersion\": 1,\n    \"name\": \"Usine\"\n"
                            "    \"connections\": []\n}\n";
    const ProjectLoadResult result = ProjectFile::parse(text);
    QCOMPARE(result.issues.size(), 1);
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(issue.isError());
    QVERIFY(issue.path.isEmpty());
    QCOMPARE(issue.node, NodePath {});
    QVERIFY(issue.field.isEmpty());
    QCOMPARE(issue.line, 4);
    QVERIFY(issue.column > 0);
    const QString place = QStringLiteral("line 4, column %1").arg(issue.column);
    QVERIFY2(issue.message.contains(place), qPrintable(issue.message));
}

// A small file whose project name is `name`, given as the bytes between its quotes: the name's
// first character is at line 3, column 14.
static QByteArray withName(const QByteArray &name)
{
    return "{\n    \"formatVersion\": 1,\n    \"name\": \"" + name + "\"\n}\n";
}

void tst_ProjectSyntax::strictStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // What QJsonDocument::fromJson accepts (FIELD_NOTES, "Qt JSON") and the reader must not.
    QTest::newRow("raw tab") << withName("a\tb") << 3 << 15
                             << R"(raw control character U+0009 in a string: write it as \t)";
    QTest::newRow("raw NUL") << withName(QByteArray("a\0b", 3)) << 3 << 15
                             << R"(raw control character U+0000 in a string: write it as \u0000)";
    QTest::newRow("raw newline") << withName("a\nb") << 3 << 15
                                 << R"(raw control character U+000A in a string: write it as \n)";
    QTest::newRow("raw escape character")
        << withName("\x1b[31m") << 3 << 14
        << R"(raw control character U+001B in a string: write it as \u001b)";
    QTest::newRow("invalid escape \\h")
        << withName(R"(a\hb)") << 3 << 15 << R"("\h" is not a JSON escape)";
    QTest::newRow("invalid escape \\x41")
        << withName(R"(\x41)") << 3 << 14 << R"("\x" is not a JSON escape)";
    QTest::newRow("backslash before an accented letter")
        << withName("\\\xc3\xa9") << 3 << 14 << "a backslash followed by U+00E9";
    QTest::newRow("\\u with three hex digits")
        << withName(R"(\u12)") << 3 << 14 << "four hexadecimal digits";
    QTest::newRow("\\u with a non-hex digit")
        << withName(R"(\u12g4)") << 3 << 14 << "four hexadecimal digits";
    QTest::newRow("lone high surrogate")
        << withName(R"(x\ud800)") << 3 << 15 << R"(lone surrogate \ud800)";
    QTest::newRow("high surrogate before a letter")
        << withName(R"(\uD83Dx)") << 3 << 14 << R"(lone surrogate \uD83D)";
    QTest::newRow("high surrogate before another escape")
        << withName(R"(\ud800\u0041)") << 3 << 14 << R"(lone surrogate \ud800)";
    QTest::newRow("two high surrogates")
        << withName(R"(\ud800\ud800)") << 3 << 14 << R"(lone surrogate \ud800)";
    QTest::newRow("lone low surrogate")
        << withName(R"(\udc00)") << 3 << 14 << R"(lone surrogate \udc00)";
    QTest::newRow("surrogates in the wrong order")
        << withName(R"(\udc00\ud800)") << 3 << 14 << R"(lone surrogate \udc00)";
    QTest::newRow("lone surrogate in a key")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"\\ud800\": 2\n}") << 3 << 4
        << R"(lone surrogate \ud800)";
    QTest::newRow("invalid UTF-8 byte 0xFF")
        << withName("ab\xff") << 3 << 16 << "invalid UTF-8 (byte 0xFF)";
    QTest::newRow("overlong UTF-8 for '/'")
        << withName("\xc0\xaf") << 3 << 14 << "invalid UTF-8 (byte 0xC0)";
    QTest::newRow("UTF-8 of a surrogate")
        << withName("\xed\xa0\x80") << 3 << 14 << "invalid UTF-8 (byte 0xED)";
    QTest::newRow("UTF-8 past U+10FFFF")
        << withName("\xf4\x90\x80\x80") << 3 << 14 << "invalid UTF-8 (byte 0xF4)";
    QTest::newRow("truncated UTF-8 sequence")
        << withName("x\xe2\x82") << 3 << 15 << "invalid UTF-8 (byte 0xE2)";
    QTest::newRow("stray continuation byte")
        << withName("\x80") << 3 << 14 << "invalid UTF-8 (byte 0x80)";
    QTest::newRow("invalid UTF-8 outside strings")
        << QByteArray("{\n    \"formatVersion\": 1\xfe\n}") << 2 << 23
        << "invalid UTF-8 (byte 0xFE)";
    // The scan skips plain text eight bytes at a time: a problem at any alignment is found.
    for (const int plain : {7, 8, 9, 15, 16, 17, 31}) {
        const QByteArray run(plain, 'a');
        QTest::addRow("raw tab after %d plain bytes", plain)
            << withName(run + "\tb") << 3 << 14 + plain << "U+0009";
        QTest::addRow("invalid escape after %d plain bytes", plain)
            << withName(run + "\\q") << 3 << 14 + plain << R"("\q" is not a JSON escape)";
        QTest::addRow("byte 0xFF after %d plain bytes", plain)
            << withName(run + "\xff") << 3 << 14 + plain << "invalid UTF-8 (byte 0xFF)";
    }
    QTest::newRow("invalid UTF-8 after 17 spaces of indentation")
        << QByteArray("{\n" + QByteArray(17, ' ') + "\xfe\"formatVersion\": 1}") << 2 << 18
        << "invalid UTF-8 (byte 0xFE)";
    // Columns count characters, not bytes: "é" and "€" are one column each.
    QTest::newRow("tab after multi-byte characters")
        << withName("\xc3\xa9\xe2\x82\xac\t") << 3 << 16 << "U+0009";
}

// The file gives exactly one error, about the file itself, at this line and column, saying
// where it is and containing `fragment`.
static void checkOnePlacedError(const QByteArray &text, int line, int column,
                                const QString &fragment)
{
    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY2(result.issues.size() == 1, qPrintable(listing(result.issues)));
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(issue.isError());
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    const QString place = QStringLiteral("line %1, column %2").arg(line).arg(column);
    QVERIFY2(issue.message.contains(place), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
    QCOMPARE(issue.node, NodePath {});
    QVERIFY(issue.field.isEmpty());
    QVERIFY(issue.path.isEmpty());
}

void tst_ProjectSyntax::strictStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    checkOnePlacedError(text, line, column, fragment);
}

void tst_ProjectSyntax::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("name twice at the top")
        << QByteArray("{\n    \"name\": \"a\",\n    \"formatVersion\": 1,\n    \"name\": \"b\"\n}")
        << "name" << NodePath {} << "name" << 4 << 5
        << R"(duplicate key "name" at line 4, column 5 (first at line 2, column 5))";
    QTest::newRow("same key written with an escape")
        << QByteArray("{\"formatVersion\": 1, \"name\": \"a\", \"n\\u0061me\": \"b\"}") << "name"
        << NodePath {} << "name" << 1 << 35
        << R"(duplicate key "name" at line 1, column 35 (first at line 1, column 22))";
    QTest::newRow("scanTime twice in a device")
        << QByteArray(BaseProject)
               .replace("\"scanTime\": 1000,", "\"scanTime\": 1000, \"scanTime\": 50,")
        << "connections[0].devices[0].scanTime" << NodePath {0, 0} << "scanTime" << 12 << 39
        << R"(duplicate key "scanTime" at line 12, column 39 (first at line 12, column 21))";
    QTest::newRow("port twice in the tcp block")
        << QByteArray(BaseProject).replace("\"port\": 502", "\"port\": 502, \"port\": 503")
        << "connections[0].tcp.port" << NodePath {0} << "tcp.port" << 8 << 56
        << R"(duplicate key "port" at line 8, column 56 (first at line 8, column 43))";
    QTest::newRow("offset twice in a variable")
        << QByteArray(BaseProject).replace("\"offset\": 2,", "\"offset\": 2, \"offset\": 3,")
        << "connections[0].devices[0].frames[0].variables[1].offset" << NodePath {0, 0, 0, 1}
        << "offset" << 21 << 87 << R"(duplicate key "offset" at line 21, column 87)";
    QByteArray many = "{\"formatVersion\": 1";
    for (int i = 0; i < 40; ++i)
        many += ", \"k" + QByteArray::number(i) + "\": 0";
    many += ", \"k33\": 1}";
    QTest::newRow("one duplicate among 40 keys")
        << many << "k33" << NodePath {} << "k33" << 1 << int(many.lastIndexOf("\"k33\"")) + 1
        << R"(duplicate key "k33")";
    QTest::newRow("key holding a newline, twice")
        << QByteArray("{\"formatVersion\": 1, \"x\\ny\": 1, \"x\\ny\": 2}") << R"(["x\ny"])"
        << NodePath {} << R"(["x\ny"])" << 1 << 33 << R"(duplicate key "x\ny")";
}

void tst_ProjectSyntax::duplicateKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY(!result.ok());
    const auto it =
        std::find_if(result.issues.cbegin(), result.issues.cend(), [&](const ProjectIssue &i) {
            return i.message.contains(QLatin1String("duplicate key"));
        });
    QVERIFY2(it != result.issues.cend(), qPrintable(listing(result.issues)));
    QVERIFY(it->isError());
    QCOMPARE(it->path, path);
    QCOMPARE(it->node, node);
    QCOMPARE(it->field, field);
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QVERIFY2(it->message.contains(fragment), qPrintable(it->message));
}

void tst_ProjectSyntax::leadingByteOrderMark()
{
    // A UTF-8 byte order mark, as some Windows editors write, is accepted and takes no column.
    const ProjectLoadResult valid = ProjectFile::parse("\xef\xbb\xbf" + QByteArray(BaseProject));
    QVERIFY2(valid.issues.isEmpty(), qPrintable(listing(valid.issues)));
    const ProjectLoadResult tab = ProjectFile::parse("\xef\xbb\xbf{\"name\": \"\t\"}");
    QCOMPARE(tab.issues.size(), 1);
    QCOMPARE(tab.issues.first().line, 1);
    QCOMPARE(tab.issues.first().column, 11);
}

void tst_ProjectSyntax::blankKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty key at the top")
        << QByteArray("{\n    \"formatVersion\": 1,\n    \"\": 1\n}") << R"([""])" << NodePath {}
        << 3 << 5 << "a key with an empty name at line 3, column 5, ignored";
    QTest::newRow("key of one space at the top")
        << QByteArray("{\n    \"formatVersion\": 1,\n    \" \": 2\n}") << R"([" "])" << NodePath {}
        << 3 << 5 << R"(a key made only of spaces (" ") at line 3, column 5, ignored)";
    QTest::newRow("key of an escaped tab in a device")
        << QByteArray(BaseProject).replace("\"scanTime\": 1000,", "\"scanTime\": 1000, \"\\t\": 0,")
        << R"(connections[0].devices[0]["\t"])" << NodePath {0, 0} << 12 << 39
        << R"(a key made only of spaces ("\t") at line 12, column 39)";
    QTest::newRow("key of a no-break space in a variable")
        << QByteArray(BaseProject).replace("\"offset\": 2,", "\"offset\": 2, \"\xc2\xa0\": 0,")
        << "connections[0].devices[0].frames[0].variables[1][\"\u00a0\"]" << NodePath {0, 0, 0, 1}
        << 21 << 87 << "a key made only of spaces";
}

void tst_ProjectSyntax::blankKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    // Reported once, with its place, and ignored like an unknown field: a warning.
    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY2(result.issues.size() == 1, qPrintable(listing(result.issues)));
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(!issue.isError());
    QCOMPARE(issue.path, path);
    QCOMPARE(issue.node, node);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
}

void tst_ProjectSyntax::notAnObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); // where the top-level value starts
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << 1 << 1
                            << "must hold one JSON object ({ … }), but it holds a list";
    QTest::newRow("a list after blank lines")
        << QByteArray("\n\n  [ {\"formatVersion\": 1} ]") << 3 << 3 << "but it holds a list";
    QTest::newRow("a list holding a raw tab")
        << QByteArray("[\"\t\"]") << 1 << 1 << "but it holds a list";
    QTest::newRow("a number") << QByteArray("42\n") << 1 << 1 << "but it holds a number";
    QTest::newRow("a negative number") << QByteArray(" -1") << 1 << 2 << "but it holds a number";
    QTest::newRow("text") << QByteArray("\"project\"") << 1 << 1 << "but it holds text";
    QTest::newRow("true") << QByteArray("true") << 1 << 1 << "but it holds true";
    QTest::newRow("false") << QByteArray("\tfalse") << 1 << 2 << "but it holds false";
    QTest::newRow("null") << QByteArray("null") << 1 << 1 << "but it holds null";
    QTest::newRow("a list after a byte order mark")
        << QByteArray("\xef\xbb\xbf[]") << 1 << 1 << "but it holds a list";
    QTest::newRow("an empty file") << QByteArray() << 1 << 1 << "the file is empty";
    QTest::newRow("a blank file") << QByteArray("  \r\n\t") << 2 << 2 << "the file is empty";
    QTest::newRow("a stray word") << QByteArray("project {}") << 1 << 1
                                  << R"(but it starts with "p")";
}

void tst_ProjectSyntax::notAnObject()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    checkOnePlacedError(text, line, column, fragment);
}

QTEST_GUILESS_MAIN(tst_ProjectSyntax)
#include "tst_projectsyntax.moc"
