// Tests of where project issues say they are: the node and field beside the path text, places in
// the file when a list element was skipped, and paths and messages that stay on one line whatever
// the names and keys hold.

#include "model/projectfile.h"
#include "projecttestdata.h"

using namespace Vigie;

class tst_ProjectIssues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueLocation_data();
    void issueLocation();
    void issueLocationsAgreeWithPaths();
    void skippedElementKeepsLaterPlaces();
    void skippedGatewayEntryKeepsLaterPlaces();
    void skippedScreenEntriesKeepLaterPlaces();
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();
};

void tst_ProjectIssues::issueLocation_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<QString>("field");

    const QJsonObject simulated {
        {"name", "sim"},
        {"protocol", "Simulation"},
        {"devices",
         QJsonArray {QJsonObject {
             {"name", "d"},
             {"scanTime", 1000},
             {"frames",
              QJsonArray {QJsonObject {
                  {"name", "f"},
                  {"type", "HoldingRegister"},
                  {"startAddress", 0},
                  {"quantity", 1},
                  {"variables",
                   QJsonArray {QJsonObject {
                       {"name", "wave"},
                       {"dataType", "Int16"},
                       {"offset", 0},
                       {"simulation", QJsonObject {{"waveform", "Sine"}, {"period", 50}}}}}}}}}}}}};

    QTest::newRow("frame quantity")
        << Patch {{"connections[0].devices[0].frames[2].quantity", 300}}
        << "connections[0].devices[0].frames[2].quantity" << NodePath {0, 0, 2} << "quantity";
    QTest::newRow("tcp port, read as text")
        << Patch {{"connections[0].tcp.port", "502"}} << "connections[0].tcp.port" << NodePath {0}
        << "tcp.port";
    QTest::newRow("tcp port, out of range")
        << Patch {{"connections[0].tcp.port", 0}} << "connections[0].tcp.port" << NodePath {0}
        << "tcp.port";
    QTest::newRow("tcp block missing")
        << Patch {{"connections[0].tcp", Remove}} << "connections[0].tcp" << NodePath {0} << "tcp";
    QTest::newRow("unknown key in the tcp block")
        << Patch {{"connections[0].tcp.adress", "x"}} << "connections[0].tcp.adress" << NodePath {0}
        << "tcp.adress";
    QTest::newRow("simulation period")
        << Patch {{"connections[1]", simulated}}
        << "connections[1].devices[0].frames[0].variables[0].simulation.period"
        << NodePath {1, 0, 0, 0} << "simulation.period";
    QTest::newRow("duplicate variable name")
        << Patch {{"connections[0].devices[0].frames[1].variables[0].name", "setpoint"}}
        << "connections[0].devices[0].frames[1].variables[0].name" << NodePath {0, 0, 1, 0}
        << "name";
    QTest::newRow("device scanTime")
        << Patch {{"connections[0].devices[0].scanTime", 5}} << "connections[0].devices[0].scanTime"
        << NodePath {0, 0} << "scanTime";
    QTest::newRow("a frame that is not an object")
        << Patch {{"connections[0].devices[0].frames[3]", 5}}
        << "connections[0].devices[0].frames[3]" << NodePath {0, 0, 3} << "";
    QTest::newRow("devices is not a list") << Patch {{"connections[0].devices", 5}}
                                           << "connections[0].devices" << NodePath {0} << "devices";
    QTest::newRow("connections is not a list")
        << Patch {{"connections", 5}} << "connections" << NodePath {} << "connections";
    QTest::newRow("formatVersion")
        << Patch {{"formatVersion", 0}} << "formatVersion" << NodePath {} << "formatVersion";
    QTest::newRow("unknown key at the top")
        << Patch {{"colour", "blue"}} << "colour" << NodePath {} << "colour";
    // The gateway block and its map entries are fields of the project, not nodes of the tree.
    QTest::newRow("gateway port, read as text")
        << Patch {{"gateway", baseGateway()}, {"gateway.port", "502"}} << "gateway.port"
        << NodePath {} << "gateway.port";
    QTest::newRow("gateway map address, out of range")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[3].address", 70000}}
        << "gateway.map[3].address" << NodePath {} << "gateway.map[3].address";
    QTest::newRow("gateway map tag, unknown")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[1].tag", "nope"}}
        << "gateway.map[1].tag" << NodePath {} << "gateway.map[1].tag";
    QTest::newRow("gateway map entry that is not an object")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[2]", 5}} << "gateway.map[2]"
        << NodePath {} << "gateway.map[2]";
    QTest::newRow("unknown key in the gateway block")
        << Patch {{"gateway", baseGateway()}, {"gateway.adress", "x"}} << "gateway.adress"
        << NodePath {} << "gateway.adress";
    // Calculated variables and screens are fields of the project too.
    QTest::newRow("calculated formula missing")
        << Patch {{"calculated", baseCalculated()}, {"calculated[1].formula", Remove}}
        << "calculated[1].formula" << NodePath {} << "calculated[1].formula";
    QTest::newRow("screen binding attribute")
        << screensPatch() + Patch {{"screens[0].bindings[1].attribute", 4}}
        << "screens[0].bindings[1].attribute" << NodePath {} << "screens[0].bindings[1].attribute";
    QTest::newRow("gateway badValue that does not fit")
        << Patch {{"gateway", baseGateway()}, {"gateway.badValue", 7}} << "gateway.badValue"
        << NodePath {} << "gateway.badValue";
}

void tst_ProjectIssues::issueLocation()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(QString, field);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto it = std::find_if(result.issues.cbegin(), result.issues.cend(),
                                 [&](const ProjectIssue &i) { return i.path == path; });
    QVERIFY2(it != result.issues.cend(), qPrintable(listing(result.issues)));
    QCOMPARE(it->node, node);
    QCOMPARE(it->field, field);
    QCOMPARE(it->line, 0); // only syntax errors have a line
}

// The path text of a node and a field, rebuilt here independently of the model's own helpers.
static QString rebuiltPath(const NodePath &node, const QString &field)
{
    static const char *const lists[] = {"connections", "devices", "frames", "variables"};
    QString path;
    for (int level = 0; level < node.depth(); ++level) {
        path += QStringLiteral("%1%2[%3]")
                    .arg(level == 0 ? "" : ".", lists[level])
                    .arg(node.index(level));
    }
    if (field.isEmpty())
        return path;
    if (path.isEmpty() || field.startsWith(QLatin1Char('[')))
        return path + field;
    return path + QLatin1Char('.') + field;
}

void tst_ProjectIssues::issueLocationsAgreeWithPaths()
{
    // Problems at every level, found by reading and by validation, in nodes and in blocks.
    const QJsonObject rtu {{"name", "bus"},
                           {"protocol", "ModbusRtu"},
                           {"serial", QJsonObject {{"parity", "odd"}, {"baudRate", 10}}},
                           {"timeout", 1},
                           {"devices",
                            QJsonArray {QJsonObject {{"name", "m"},
                                                     {"scanTime", 100},
                                                     {"stationAddress", 0},
                                                     {"maxRequestsInFlight", 2},
                                                     {"frames", QJsonArray {7}}}}}};
    const Patch patch {
        {"formatVersion", 0},
        {"colour", "blue"},
        {"connections[0].tcp.port", "five hundred two"},
        {"connections[0].tcp.adress", "10.0.0.1"},
        {"connections[0].retries", 99},
        {"connections[0].devices[0].scanTime", 50},
        {"connections[0].devices[0].scantime", 500},
        {"connections[0].devices[0].frames[0].quantity", 300},
        {"connections[0].devices[0].frames[0].minutesOffset", 3},
        {"connections[0].devices[0].frames[0].variables[0].offset", 200},
        {"connections[0].devices[0].frames[0].variables[1].bit", 16},
        {"connections[0].devices[0].frames[0].variables[2]", "not an object"},
        {"connections[0].devices[0].frames[1].variables[0].dataType", "Float32"},
        {"connections[0].devices[0].frames[1].variables[0].name", "setpoint"},
        {"connections[0].devices[0].frames[2].variables[0].simulation",
         QJsonObject {{"waveform", "Sine"}, {"period", 50}, {"extra", 1}}},
        {"connections[0].devices[1]", device("dev1", "running")},
        {"connections[1]", rtu},
        {"connections[2]", QJsonObject {{"name", "x"}, {"protocol", "Modbus"}, {"devices", 5}}},
        {"connections[3]", 12},
        {"gateway", baseGateway()},
        {"gateway.unitId", 300},
        {"gateway.listen", "0.0.0.0"},
        {"gateway.map[0].address", 65535},
        {"gateway.map[1]", "not an object"},
        {"gateway.map[2].writable", true},
        {"gateway.map[3].table", "Coil"},
        {"gateway.map[3].address", 0},
        {"gateway.map[4]", QJsonObject {{"tag", "nope"}, {"table", "Coil"}, {"address", 1}}},
    };
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY2(result.issues.size() >= 25, qPrintable(listing(result.issues)));

    QSet<int> depths;
    for (const ProjectIssue &issue : result.issues) {
        QCOMPARE(rebuiltPath(issue.node, issue.field), issue.path);
        // The node is the deepest one the path names: a field never starts with a child list.
        static const char *const lists[] = {"connections[", "devices[", "frames[", "variables["};
        if (issue.node.depth() < 4)
            QVERIFY2(!issue.field.startsWith(QLatin1String(lists[issue.node.depth()])),
                     qPrintable(issue.path));
        QCOMPARE(issue.line, 0);
        QVERIFY2(!issue.path.isEmpty(), qPrintable(issue.message)); // every issue has a place
        depths.insert(issue.node.depth());
    }
    // The file has problems at every depth, and in blocks within nodes.
    QCOMPARE(depths, (QSet<int> {0, 1, 2, 3, 4}));
    QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(),
                        [](const ProjectIssue &i) { return i.field.contains(QLatin1Char('.')); }));
    // And in the gateway's map, at the top.
    QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(), [](const ProjectIssue &i) {
        return i.node.isProject() && i.field.startsWith(QLatin1String("gateway.map["));
    }));
}

void tst_ProjectIssues::skippedElementKeepsLaterPlaces()
{
    // The first frame is not an object and is not read: the checks of the frames after it must
    // still name their places in the file, not their places in the shorter list read.
    const Patch patch {{"connections[0].devices[0].frames[0]", 5},
                       {"connections[0].devices[0].frames[2].quantity", 300},
                       {"connections[0].devices[0].frames[2].variables[0].name", "pump"}};
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto E = ProjectIssue::Severity::Error;
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("connections[0].devices[0].frames[0]"),
                      QStringLiteral("5 is not an object")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E,
                      QStringLiteral("connections[0].devices[0].frames[2].quantity"),
                      QStringLiteral("300 is more than 125")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E,
                      QStringLiteral("connections[0].devices[0].frames[2].variables[0].name"),
                      QStringLiteral("\"pump\" is already the name of "
                                     "connections[0].devices[0].frames[1].variables[0]")),
             qPrintable(listing(result.issues)));
    for (const ProjectIssue &issue : result.issues) {
        if (issue.path.contains(QLatin1String("frames[2]")))
            QCOMPARE(issue.node.frame, 2);
    }
    QCOMPARE(result.issues.size(), 3);
}

void tst_ProjectIssues::skippedGatewayEntryKeepsLaterPlaces()
{
    // The same for the gateway's map: an entry that is not an object is not read, and the checks
    // of the entries after it (validation, which sees the shorter list) name their places in the
    // file.
    const Patch patch {
        {"gateway", baseGateway()},
        {"gateway.map[0]", 5},
        {"gateway.map[2].table", "HoldingRegister"},
        {"gateway.map[3].tag", "nope"},
        {"gateway.map[4]",
         QJsonObject {{"tag", "temperature"}, {"table", "InputRegister"}, {"address", 0}}}};
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto E = ProjectIssue::Severity::Error;
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("gateway.map[0]"),
                      QStringLiteral("5 is not an object")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("gateway.map[2].table"),
                      QStringLiteral("a Bool is served as one bit")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("gateway.map[3].tag"),
                      QStringLiteral("no variable is named \"nope\"")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("gateway.map[4].address"),
                      QStringLiteral("overlaps gateway.map[1] (\"temperature\"")),
             qPrintable(listing(result.issues)));
    QCOMPARE(result.issues.size(), 4);
}

void tst_ProjectIssues::skippedScreenEntriesKeepLaterPlaces()
{
    // A screen, a binding or an action that is not an object is not read; the checks of the
    // ones after it name their places in the file, at every level.
    QJsonArray screens = baseScreens();
    screens.prepend(QStringLiteral("not a screen"));
    const Patch patch = screensPatch()
        + Patch {{"screens", screens},
                 {"screens[1].bindings[0]", 7},
                 {"screens[1].bindings[1].formula", ""},
                 {"screens[1].actions[0]", false},
                 {"screens[1].actions[1].target", "nope"},
                 {"screens[2].parent", "Nope"}};
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto E = ProjectIssue::Severity::Error;
    const QStringList expected {
        QStringLiteral("screens[0]"),
        QStringLiteral("screens[1].bindings[0]"),
        QStringLiteral("screens[1].actions[0]"),
        QStringLiteral("screens[1].bindings[1].formula"),
        QStringLiteral("screens[1].actions[1].target"),
        QStringLiteral("screens[1].actions[3].target"), // "alarm": no calculated variables here
        QStringLiteral("screens[2].parent"),
    };
    for (const QString &path : expected)
        QVERIFY2(hasIssue(result.issues, E, path, {}),
                 qPrintable(path + QLatin1String("\n") + listing(result.issues)));
    QVERIFY2(result.issues.size() == expected.size(), qPrintable(listing(result.issues)));
}

// A character that would break or forge a line of `vigie-runtime --check` (or reorder it on a
// terminal): C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides.
static bool isInvisibleControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0x061C
        || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

void tst_ProjectIssues::controlCharactersAreEscaped_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path"); // as listed: control characters escaped
    QTest::addColumn<QString>("fragment");

    const QString v0 = "connections[0].devices[0].frames[0].variables[0]";
    const QString v1 = "connections[0].devices[0].frames[0].variables[1]";
    QTest::newRow("duplicate variable name holding a newline")
        << Patch {{v0 + ".name", "a\nb"}, {v1 + ".name", "a\nb"}} << v1 + ".name"
        << R"("a\nb" is already the name of connections[0].devices[0].frames[0].variables[0])";
    QTest::newRow("name with CR LF and spaces around")
        << Patch {{v0 + ".name", " a\r\nb "}} << v0 + ".name"
        << R"(" a\r\nb " starts or ends with spaces)";
    QTest::newRow("unknown key holding a newline")
        << Patch {{"connections[0].devices[0].x\ny", 1}} << R"(connections[0].devices[0]["x\ny"])"
        << "unknown field";
    QTest::newRow("unknown key at the top holding a terminal reset (ESC c)") << Patch {{"\x1b"
                                                                                        "c",
                                                                                        1}}
                                                                             << R"(["\u001bc"])"
                                                                             << "unknown field";
    QTest::newRow("unknown key in a block holding a NUL")
        << Patch {{"connections[0].tcp." + QString(QChar(0)) + "p", 1}}
        << R"(connections[0].tcp["\u0000p"])"
        << "unknown field";
    QTest::newRow("enumeration value holding a tab")
        << Patch {{v0 + ".dataType", "Float\t32"}} << v0 + ".dataType"
        << R"("Float\t32" is not one of)";
    QTest::newRow("frame name holding a newline, named by a variable")
        << Patch {{"connections[0].devices[0].frames[0].isWritable", false},
                  {"connections[0].devices[0].frames[0].name", "hr\nerror: forged"}}
        << v0 + ".writable"
        << R"(the frame "hr\nerror: forged" is not writable)";
    QTest::newRow("overlapped variable named with a line separator")
        << Patch {{v0 + ".name", QString(QString("set") + QChar(0x2028) + "point")},
                  {v1 + ".offset", 0}}
        << v1 + ".offset"
        << R"(overlaps "set\u2028point")";
    QTest::newRow("duplicate device name holding a right-to-left override")
        << Patch {{"connections[0].devices[1]",
                   device(QString("dev") + QChar(0x202E) + "1", "other")},
                  {"connections[0].devices[0].name", QString(QString("dev") + QChar(0x202E) + "1")}}
        << "connections[0].devices[1].name"
        << R"("dev\u202e1" is already the name)";
    QTest::newRow("gateway tag holding a newline")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[1].tag", "temp\nerror: forged"}}
        << "gateway.map[1].tag"
        << R"(no variable is named "temp\nerror: forged")";
    QTest::newRow("text value holding DEL and a C1 control")
        << Patch {{"connections[0].devices[0].scanTime", QString(QString("1\x7f") + QChar(0x85))}}
        << "connections[0].devices[0].scanTime"
        << R"("1\u007f\u0085" is not a whole number)";
}

void tst_ProjectIssues::controlCharactersAreEscaped()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY(!result.issues.isEmpty());
    for (const ProjectIssue &issue : result.issues) {
        for (const QString &text : {issue.toString(), issue.path, issue.field, issue.message}) {
            QVERIFY2(std::none_of(text.cbegin(), text.cend(), isInvisibleControl),
                     qPrintable(QString(text).replace(QLatin1Char('\n'), QLatin1String("⏎"))));
        }
    }
    QVERIFY2(std::any_of(result.issues.cbegin(), result.issues.cend(),
                         [&](const ProjectIssue &i) {
                             return i.path == path && i.message.contains(fragment)
                                 && i.toString().startsWith(path + QLatin1String(": "));
                         }),
             qPrintable(QStringLiteral("expected an issue at %1 containing %2; got:\n%3")
                            .arg(path, fragment, listing(result.issues))
                            .replace(QLatin1Char('\n'), QLatin1String("⏎\n"))));
}

QTEST_GUILESS_MAIN(tst_ProjectIssues)
#include "tst_projectissues.moc"
