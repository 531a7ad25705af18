// vigie-runtime as a user runs it: a real process, its output parsed, its exit codes checked.
#include "model/projectfile.h"
#include "peerprocess.h"
#include "requireprogram.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "runprogram.h"
#include <QThread>

#include <csignal>

using namespace Vigie;

class tst_RuntimeCli : public QObject
{
    Q_OBJECT

private:
    const QString m_binary = QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie-runtime");
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");
    QTemporaryDir m_dir;

    ProgramRun run(const QStringList &args, int timeoutMs = 20000)
    {
        return runProgram(m_binary, args, timeoutMs);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    // Every tag --once prints: the variables, then the calculated variables.
    QStringList demoVariableNames()
    {
        const ProjectLoadResult r = ProjectFile::load(m_demo);
        QStringList names;
        for (const VariablePath &p : r.project.variablePaths())
            names << r.project.variable(p).name;
        for (const CalculatedVariable &v : r.project.calculated)
            names << v.name;
        return names;
    }

private Q_SLOTS:
    void version()
    {
        const ProgramRun r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(VIGIE_VERSION)), qPrintable(r.out));
    }

    void checkDemoIsClean()
    {
        const ProgramRun r = run({m_demo, QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 error(s), 0 warning(s)")), qPrintable(r.out));
    }

    void checkReportsEveryProblem()
    {
        const QString path = writeFile(QStringLiteral("bad.vigie.json"), R"({
            "formatVersion": 1, "name": "bad",
            "connections": [{"name": "c", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 50, "frames": [
                {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 300,
                 "variables": [{"name": "x", "dataType": "Float32", "offset": 0}]},
                {"name": "g", "type": "Coil", "startAddress": 0, "quantity": 8,
                 "variables": [{"name": "y", "dataType": "Float32", "offset": 0}]}
              ]}]}]})");
        const ProgramRun r = run({path, QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("connections[0].devices[0].scanTime")),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral(
                "connections[0].devices[0].frames[0].quantity: 300 is more than 125 registers")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("connections[0].devices[0].frames[1].variables[0].dataType")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("3 error(s)")), qPrintable(r.out));
    }

    void checkReportsFormulaErrors()
    {
        // The drawing has the elements the bindings name: only the formulas are wrong.
        writeFile(
            QStringLiteral("vue.svg"),
            R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">)"
            R"(<rect id="p" width="5" height="5"/><rect id="q" width="5" height="5"/></svg>)");
        const QString path = writeFile(QStringLiteral("formulas.vigie.json"), R"json({
            "formatVersion": 1, "name": "formulas",
            "connections": [{"name": "c", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 100, "frames": [
                {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 2,
                 "variables": [{"name": "Pression", "dataType": "Float32", "offset": 0}]}
              ]}]}],
            "calculated": [
              {"name": "Double", "formula": "Pression * 2"},
              {"name": "Faux", "formula": "SI(Pression > ; 1; 0)"},
              {"name": "Inconnu", "formula": "[Niveau] / 100"},
              {"name": "A", "formula": "B + 1"},
              {"name": "B", "formula": "A * Double"}
            ],
            "screens": [{"name": "Vue", "file": "vue.svg", "bindings": [
              {"element": "p", "attribute": "fill", "formula": "SI(eg.q.opacity > 0.5; Double; 0)"},
              {"element": "q", "attribute": "fill", "formula": "Pompe"}
            ]}]})json");
        const ProgramRun r = run({path, QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.out,
            QStringLiteral("formulas.vigie.json: error: calculated[1].formula: line 1, column 15: "
                           "expected a value\n"
                           "    SI(Pression > ; 1; 0)\n"
                           "                  ^\n"
                           "formulas.vigie.json: error: calculated[2].formula: line 1, column 1: "
                           "unknown tag \"Niveau\"\n"
                           "    [Niveau] / 100\n"
                           "    ^\n"
                           "formulas.vigie.json: error: calculated[4].formula: cycle: B → A → B\n"
                           "formulas.vigie.json: error: screens[0].bindings[1].formula: line 1, "
                           "column 1: unknown tag \"Pompe\"\n"
                           "    Pompe\n"
                           "    ^\n"
                           "formulas.vigie.json: 4 error(s), 0 warning(s)\n"));
        // Nothing is started with them.
        const ProgramRun once = run({path, QStringLiteral("--once")});
        QCOMPARE(once.exitCode, 1);
        QVERIFY(once.out.isEmpty());
        QVERIFY2(once.err.contains(QStringLiteral("cycle: B → A → B")), qPrintable(once.err));
    }

    // What only the screens' SVG files tell: an element the drawing lacks (an error, status 1)
    // and a feature QtSvg 6.4 does not draw (a warning naming the element and its line).
    void checkReportsScreenProblems()
    {
        writeFile(QStringLiteral("mimic.svg"),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"\n"
                  "    viewBox=\"0 0 100 100\">\n"
                  "  <defs><marker id=\"arrow\"><path d=\"M 0,0 5,5\" /></marker></defs>\n"
                  "  <rect id=\"pump\" width=\"10\" height=\"10\" />\n"
                  "  <path id=\"pipe\" d=\"M 0,50 H 100\" "
                  "style=\"stroke:#000000;marker-end:url(#arrow)\" />\n"
                  "</svg>\n");
        const QString path = writeFile(QStringLiteral("screens.vigie.json"), R"json({
            "formatVersion": 1, "name": "screens", "connections": [],
            "screens": [{"name": "Mimic", "file": "mimic.svg",
              "bindings": [
                {"element": "pump", "attribute": "fill", "formula": "RGB(255; 0; 0)"},
                {"element": "ghost", "attribute": "fill", "formula": "RGB(255; 0; 0)"}]}]})json");
        const ProgramRun r = run({path, QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("error: screens[0].bindings[1].element: mimic.svg "
                                               "has no element \"ghost\"")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("warning: screens[0].file: mimic.svg, line 5: "
                                               "element \"pipe\" uses the marker \"arrow\"")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 error(s), 1 warning(s)")), qPrintable(r.out));
    }

    void invalidProjectIsNotStarted()
    {
        const QString path =
            writeFile(QStringLiteral("syntax.vigie.json"), "{\n  \"formatVersion\": 1,\n  oops\n}");
        const ProgramRun r = run({path, QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingFile()
    {
        const ProgramRun r =
            run({m_dir.filePath(QStringLiteral("nowhere.vigie.json")), QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("cannot open")), qPrintable(r.out));
    }

    void help()
    {
        const ProgramRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--duration <seconds>")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("said"); // what the message on stderr must name

        const QString duration = QStringLiteral("--duration");
        QTest::newRow("no project") << QStringList {QStringLiteral("--once")}
                                    << QStringList {QStringLiteral("project file")};
        QTest::newRow("two projects")
            << QStringList {m_demo, m_demo} << QStringList {QStringLiteral("project file")};
        QTest::newRow("bad format")
            << QStringList {m_demo, QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringList {QStringLiteral("--format"), QStringLiteral("\"xml\"")};
        QTest::newRow("unknown option") << QStringList {m_demo, QStringLiteral("--bogus")}
                                        << QStringList {QStringLiteral("bogus")};
        QTest::newRow("unknown option, alone")
            << QStringList {QStringLiteral("--bogus")} << QStringList {QStringLiteral("bogus")};
        QTest::newRow("duration without a value")
            << QStringList {m_demo, duration} << QStringList {duration};
        const QStringList badDurations {
            QStringLiteral("soon"),      QStringLiteral(""),       QStringLiteral("nan"),
            QStringLiteral("inf"),       QStringLiteral("-inf"),   QStringLiteral("-1"),
            QStringLiteral("-0"),        QStringLiteral("-0.001"),
            QStringLiteral("315576001"), // ten years of 365.25 days, and a second
            QStringLiteral("1e16"), // 1e19 ms: past what a qint64 of milliseconds holds
            QStringLiteral("1e400"), // past what a double holds
        };
        for (const QString &value : badDurations) {
            QTest::addRow("duration \"%s\"", qPrintable(value))
                << QStringList {m_demo, duration, value}
                << QStringList {duration, QLatin1Char('"') + value + QLatin1Char('"')};
        }
        QTest::newRow("duration=-1, in one argument")
            << QStringList {m_demo, QStringLiteral("--duration=-1")}
            << QStringList {duration, QStringLiteral("\"-1\"")};
        const QString write = QStringLiteral("--write");
        QTest::newRow("write without =")
            << QStringList {m_demo, write, QStringLiteral("Consigne niveau")}
            << QStringList {write, QStringLiteral("NAME=VALUE")};
        QTest::newRow("write without a name")
            << QStringList {m_demo, write, QStringLiteral("=5")} << QStringList {write};
        QTest::newRow("write with --once")
            << QStringList {m_demo, write, QStringLiteral("a=1"), QStringLiteral("--once")}
            << QStringList {write, QStringLiteral("--once")};
        QTest::newRow("write with --duration")
            << QStringList {m_demo, write, QStringLiteral("a=1"), duration, QStringLiteral("5")}
            << QStringList {write, duration};
        QTest::newRow("stats every 0 s")
            << QStringList {m_demo, QStringLiteral("--stats-every"), QStringLiteral("0")}
            << QStringList {QStringLiteral("--stats-every"), QStringLiteral("\"0\"")};
        QTest::newRow("stats every nan s")
            << QStringList {m_demo, QStringLiteral("--stats-every"), QStringLiteral("nan")}
            << QStringList {QStringLiteral("--stats-every")};
    }

    void writesAreAnsweredOneLineEach()
    {
        const ProgramRun r =
            run({m_demo, QStringLiteral("--write"), QStringLiteral("Consigne niveau=55"),
                 QStringLiteral("--write"), QStringLiteral("Position vanne=12.5")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Consigne niveau=55: done\nPosition vanne=12.5: done\n"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void refusedWritesExitOne()
    {
        const ProgramRun r =
            run({m_demo, QStringLiteral("--write"), QStringLiteral("Consigne niveau=500"),
                 QStringLiteral("--write"), QStringLiteral("Nulle part=1"),
                 QStringLiteral("--write"), QStringLiteral("Consigne niveau=20")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
                 QStringLiteral("Consigne niveau=500: refused: 500 is above the maximum 100 %"));
        QCOMPARE(lines[1], QStringLiteral("Nulle part=1: refused: no tag is named \"Nulle part\""));
        QCOMPARE(lines[2], QStringLiteral("Consigne niveau=20: done")); // the others still go
    }

    // A project with a gateway, served on this port (a number, or PeerProcess's "{port}"): one
    // constant Int16 in a holding register.
    static QByteArray gatewayProjectText(const QString &port)
    {
        return QStringLiteral(R"({
            "formatVersion": 1, "name": "gateway",
            "gateway": {"port": %1, "map": [{"tag": "Niveau", "table": "HoldingRegister", "address": 0}]},
            "connections": [{"name": "sim", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 100, "frames": [
                {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 1,
                 "variables": [{"name": "Niveau", "dataType": "Int16", "offset": 0,
                   "simulation": {"waveform": "Constant", "offset": 321}}]}]}]}]})")
            .arg(port)
            .toUtf8();
    }
    QString gatewayProject(quint16 port)
    {
        return writeFile(QStringLiteral("gateway.vigie.json"),
                         gatewayProjectText(QString::number(port)));
    }

    void gatewayServesHeadless()
    {
        const QString mbpoll = Test::requireProgram(QStringLiteral("mbpoll"));
        if (mbpoll.isEmpty())
            return;
        // A server like the other peers: on a port of its own, ready once its gateway accepts,
        // gone with the test even if the test dies.
        Test::PeerProcess runtime(m_binary,
                                  {QStringLiteral("{dir}/gateway.vigie.json"),
                                   QStringLiteral("--duration"), QStringLiteral("30")});
        runtime.addFile(QStringLiteral("gateway.vigie.json"),
                        gatewayProjectText(QStringLiteral("{port}")));
        QVERIFY2(runtime.start(), qPrintable(runtime.errorString()));
        QString answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && !answer.contains(QStringLiteral("[0]: \t321"))) {
            QProcess poll;
            poll.start(mbpoll,
                       {"-m", "tcp", "-p", QString::number(runtime.port()), "-0", "-1", "-r", "0",
                        "-t", "4", "127.0.0.1"});
            QVERIFY(poll.waitForFinished(10000));
            answer = QString::fromUtf8(poll.readAllStandardOutput() + poll.readAllStandardError());
            QThread::msleep(50);
        }
        QVERIFY2(answer.contains(QStringLiteral("[0]: \t321")), qPrintable(answer));
        runtime.stop(); // SIGTERM; signalStopsCleanly checks the exit code
        QVERIFY2(runtime.standardError().isEmpty(), runtime.standardError().constData());
    }

    void gatewayPortTakenIsReported()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const quint16 port = squatter.serverPort();
        const ProgramRun r =
            run({gatewayProject(port), QStringLiteral("--duration"), QStringLiteral("1")});
        // The message, once, and the run goes on without the gateway.
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err,
                 QStringLiteral("vigie-runtime: Modbus gateway: cannot listen on "
                                "127.0.0.1:%1: The bound address is already in use\n")
                     .arg(port));
        QVERIFY2(r.out.contains(QStringLiteral("Niveau")), qPrintable(r.out));
    }

    void statsAtExit()
    {
        const ProgramRun r =
            run({m_demo, QStringLiteral("--duration"), QStringLiteral("1.5"),
                 QStringLiteral("--stats"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> devices;
        QJsonObject link;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            if (o.value(QStringLiteral("stats")) == QStringLiteral("device"))
                devices.insert(o.value(QStringLiteral("device")).toString(), o);
            else if (o.value(QStringLiteral("stats")) == QStringLiteral("link"))
                link = o;
        }
        QCOMPARE(link.value(QStringLiteral("link")).toString(), QStringLiteral("Simulateur"));
        QCOMPARE(link.value(QStringLiteral("state")).toString(), QStringLiteral("Up"));
        QCOMPARE(devices.size(), 2);
        const QJsonObject process = devices.value(QStringLiteral("Procédé"));
        // A 500 ms FixedDelay device read for 1.5 s: at least 2 cycles of its frames.
        QVERIFY(process.value(QStringLiteral("requests")).toInt() >= 2);
        QCOMPARE(process.value(QStringLiteral("requests")).toInt(),
                 process.value(QStringLiteral("goodReplies")).toInt());
        QCOMPARE(process.value(QStringLiteral("timeouts")).toInt(), 0);
        QVERIFY(process.contains(QStringLiteral("p99RoundTripMs")));
        QCOMPARE(link.value(QStringLiteral("requests")).toInt(),
                 devices.value(QStringLiteral("Compteur triphasé"))
                         .value(QStringLiteral("requests"))
                         .toInt()
                     + process.value(QStringLiteral("requests")).toInt());
    }

    void statsEveryPrintsWhileRunning()
    {
        const ProgramRun r = run({m_demo, QStringLiteral("--duration"), QStringLiteral("2.2"),
                                  QStringLiteral("--stats-every"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("Statistics at ")), 3); // at 1 s, 2 s and at exit
        QVERIFY2(r.out.contains(QStringLiteral("  device \"Procédé\": Up; ")), qPrintable(r.out));
    }

    void evalPrintsAFormulasValue_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        // The demo's "Consigne niveau" is a constant 60 % and "Tension/Phase 1" reads 207–253 V.
        QTest::newRow("arithmetic on a tag") << "[Consigne niveau] * 2 + 1" << 0 << "121\n"
                                             << "";
        QTest::newRow("French, with semicolons")
            << "SI([Consigne niveau] >= 60; \"plein\"; \"vide\") & \" à \" & "
               "FORMAT([Consigne niveau]; 1) & \" %\""
            << 0 << "plein à 60.0 %\n"
            << "";
        QTest::newRow("a range test")
            << "ET([Tension/Phase 1] > 200, [Tension/Phase 1] < 260)" << 0 << "TRUE\n"
            << "";
        QTest::newRow("a syntax error, with its place")
            << "IF([Consigne niveau] > , 1)" << 1 << ""
            << "vigie-runtime: --eval: line 1, column 24: expected a value\n"
               " IF([Consigne niveau] > , 1)\n"
               "                        ^\n";
        QTest::newRow("an unknown tag") << "Nulle + 1" << 1 << ""
                                        << "vigie-runtime: --eval: line 1, column 1: unknown tag";
        QTest::newRow("a division by zero is Bad")
            << "[Consigne niveau] / 0" << 1 << "\u2013  (Bad: division by zero)\n"
            << "";
    }
    void evalPrintsAFormulasValue()
    {
        QFETCH(QString, formula);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        const ProgramRun r = run({m_demo, QStringLiteral("--eval"), formula});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, out);
        QVERIFY2(err.isEmpty() ? r.err.isEmpty() : r.err.startsWith(err), qPrintable(r.err));
    }

    // Bug: scaling that overflows a double printed "value":inf (not JSON) with quality Good.
    void nonFiniteValueIsBad()
    {
        const QString path = writeFile(QStringLiteral("inf.vigie.json"), R"({
            "formatVersion": 1, "name": "inf",
            "connections": [{"name": "sim", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 1000, "frames": [
                {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 2,
                 "variables": [{"name": "x", "dataType": "Float32", "offset": 0,
                                "scaleOffset": 1e308, "scale": 1e10,
                                "simulation": {"waveform": "Constant", "offset": 1}}]}]}]}]})");
        const ProgramRun r = run(
            {path, QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("quality")).toString(), QStringLiteral("Bad"));
        QVERIFY(o.value(QStringLiteral("value")).isNull());
        QVERIFY2(!o.value(QStringLiteral("reason")).toString().isEmpty(), qPrintable(r.out));
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, said);
        const ProgramRun r = run(args, 10000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line, no help text or Qt warning
        for (const QString &s : said)
            QVERIFY2(r.err.contains(s), qPrintable(r.err));
    }

    void shortDurationsEnd_data()
    {
        QTest::addColumn<QString>("seconds");
        QTest::newRow("0: stop at once") << QStringLiteral("0");
        QTest::newRow("0.5") << QStringLiteral("0.5");
        QTest::newRow("1e-3") << QStringLiteral("1e-3");
    }
    void shortDurationsEnd()
    {
        QFETCH(QString, seconds);
        const ProgramRun r = run({m_demo, QStringLiteral("--duration"), seconds}, 10000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void onceJsonlPrintsEveryVariableGood()
    {
        const QStringList names = demoVariableNames();
        QVERIFY(names.size() >= 19);
        const ProgramRun r = run({m_demo, QStringLiteral("--once"), QStringLiteral("--format"),
                                  QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), names.size());
        QSet<QString> seen;
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            for (const char *key : {"name", "value", "unit", "quality", "timestamp"})
                QVERIFY2(o.contains(QLatin1String(key)), qPrintable(line));
            QCOMPARE(o.value(QStringLiteral("quality")).toString(), QStringLiteral("Good"));
            QVERIFY2(!o.value(QStringLiteral("value")).isNull(), qPrintable(line));
            const QDateTime ts = QDateTime::fromString(
                o.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
            QVERIFY2(ts.isValid(), qPrintable(line));
            QVERIFY(qAbs(ts.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
            seen.insert(o.value(QStringLiteral("name")).toString());
        }
        QCOMPARE(seen, QSet<QString>(names.cbegin(), names.cend()));
        // The seed's metric names come through untouched.
        QVERIFY(seen.contains(QStringLiteral("État de la liaison Modbus - DASH7")));
    }

    void onceShowsCalculatedVariables()
    {
        const ProgramRun r = run({m_demo, QStringLiteral("--once"), QStringLiteral("--format"),
                                  QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonValue> values;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            values.insert(o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("value")));
        }
        const auto number = [&values](const char *name) {
            return values.value(QString::fromUtf8(name)).toDouble();
        };
        double power = 0;
        for (const char *phase : {"1", "2", "3"}) {
            power += number(QByteArray("Tension/Phase ").append(phase).constData())
                * number(QByteArray("Intensité/Phase ").append(phase).constData());
        }
        QVERIFY(power > 1000);
        QVERIFY(qAbs(number("Puissance apparente totale") - power / 1000) < 1e-9);
        // "Niveau cuve" is a Float32, printed with a float's shortest digits: the volume was
        // computed from its exact value, so they agree to a float's precision, not a double's.
        QVERIFY2(qAbs(number("Volume cuve") - number("Niveau cuve") * 0.12)
                     <= 1e-6 * qMax(1.0, qAbs(number("Volume cuve"))),
                 qPrintable(r.out));
        QCOMPARE(values.value(QStringLiteral("Alarme niveau haut")).toBool(),
                 number("Niveau cuve") > 85);
        QVERIFY(values.value(QStringLiteral("Alarme niveau haut")).isBool());
    }

    void onceTablePrintsOneLinePerVariable()
    {
        const ProgramRun r = run({m_demo, QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), demoVariableNames().size());
        for (const QString &line : lines)
            QVERIFY2(line.endsWith(QLatin1String("Good")), qPrintable(line));
    }

    void runsForDurationWithChangingValues()
    {
        const ProgramRun r = run({m_demo, QStringLiteral("--duration"), QStringLiteral("3"),
                                  QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QSet<QString>> valuesByName;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            valuesByName[o.value(QStringLiteral("name")).toString()].insert(QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("v"), o.value(QStringLiteral("value"))}})
                    .toJson()));
        }
        int changing = 0;
        for (const auto &values : std::as_const(valuesByName))
            changing += values.size() > 1;
        QVERIFY2(changing >= 3,
                 qPrintable(QStringLiteral("only %1 variables changed").arg(changing)));
    }

    void longDurationsKeepRunning_data()
    {
        QTest::addColumn<QString>("seconds");
        // The milliseconds used to be narrowed to QTimer's int.
        QTest::newRow("2147484 s: just past INT_MAX ms") << QStringLiteral("2147484");
        QTest::newRow("3000000 s") << QStringLiteral("3000000");
        QTest::newRow("4294968 s: 2^32 ms and 704 more") << QStringLiteral("4294968");
        QTest::newRow("ten years, the longest accepted") << QStringLiteral("315576000");
    }
    void longDurationsKeepRunning()
    {
        QFETCH(QString, seconds);
        QProcess p;
        p.start(m_binary, {m_demo, QStringLiteral("--duration"), seconds});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForReadyRead(10000)); // running and printing
        QVERIFY2(!p.waitForFinished(2000), "ended long before its duration");
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
    }

    void onceGuardBeyondIntMaxMs()
    {
        // --once gives up after the sum, over a link's frames, of timeout × (retries + 1) and
        // interFrameDelay, plus 5 s. Here that is 2^32 ms and 199: narrowed to an int, the guard
        // fired after 0.2 s, before the 1 s interFrameDelay of the first device had passed.
        const int frames = 673;
        const int timeout = 580165;
        const int retries = 10;
        const int delay = 1000;
        QCOMPARE(qint64(frames) * timeout * (retries + 1) + delay + 5000, (qint64(1) << 32) + 199);

        // A frame of one register holding one variable; names are unique in the project.
        const auto frame = [](const QString &name, int interFrameDelay) {
            return QJsonObject {
                {QStringLiteral("name"), name},
                {QStringLiteral("type"), QStringLiteral("HoldingRegister")},
                {QStringLiteral("startAddress"), interFrameDelay ? 0 : 10},
                {QStringLiteral("quantity"), 1},
                {QStringLiteral("interFrameDelay"), interFrameDelay},
                {QStringLiteral("variables"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), name},
                                          {QStringLiteral("dataType"), QStringLiteral("Int16")},
                                          {QStringLiteral("offset"), 0}}}}};
        };
        QJsonArray devices;
        int count = 0;
        for (int d = 0; count < frames; ++d) {
            QJsonArray deviceFrames;
            if (d == 0) // read first, then 1 s before the device's next frame
                deviceFrames.append(frame(QStringLiteral("slow"), delay));
            deviceFrames.append(frame(QStringLiteral("d%1").arg(d), 0));
            count += int(deviceFrames.size());
            devices.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("d%1").arg(d)},
                                        {QStringLiteral("scanTime"), 1000},
                                        {QStringLiteral("frames"), deviceFrames}});
        }
        QCOMPARE(count, frames);
        const QJsonObject project {
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("name"), QStringLiteral("slow links")},
            {QStringLiteral("connections"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("sim")},
                                      {QStringLiteral("protocol"), QStringLiteral("Simulation")},
                                      {QStringLiteral("timeout"), timeout},
                                      {QStringLiteral("retries"), retries},
                                      {QStringLiteral("devices"), devices}}}}};
        const QString path =
            writeFile(QStringLiteral("slow.vigie.json"), QJsonDocument(project).toJson());

        const ProgramRun check = run({path, QStringLiteral("--check")});
        QVERIFY2(check.out.contains(QStringLiteral("0 error(s), 0 warning(s)")),
                 qPrintable(check.out));
        const ProgramRun r = run({path, QStringLiteral("--once")});
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), frames);
    }

    void signalStopsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
        QTest::newRow("SIGTERM (systemd, kill)") << int(SIGTERM);
        QTest::newRow("SIGHUP (the terminal is gone)") << int(SIGHUP);
    }
    void signalStopsCleanly()
    {
        QFETCH(int, signal);
        QProcess p;
        p.start(m_binary, {m_demo});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForReadyRead(10000)); // running and printing
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
    }

    // `vigie-runtime demo.vigie.json | head -1`: the reader goes away after one line.
    void closedOutputStopsQuietly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("table") << QStringList {m_demo};
        QTest::newRow("jsonl") << QStringList {m_demo, QStringLiteral("--format"),
                                               QStringLiteral("jsonl")};
    }
    void closedOutputStopsQuietly()
    {
        QFETCH(QStringList, args);
        QProcess runtime;
        QProcess head;
        runtime.setStandardOutputProcess(&head);
        runtime.start(m_binary, args);
        head.start(QStringLiteral("head"), {QStringLiteral("-n"), QStringLiteral("1")});
        QVERIFY(head.waitForFinished(10000));
        QCOMPARE(head.exitCode(), 0);
        QCOMPARE(head.readAllStandardOutput().count('\n'), 1);

        // The next write of vigie-runtime finds the pipe closed.
        if (!runtime.waitForFinished(10000)) {
            runtime.kill();
            runtime.waitForFinished();
            QFAIL("still running after its output was closed");
        }
        QCOMPARE(runtime.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        QCOMPARE(runtime.exitCode(), 0);
        const QByteArray err = runtime.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_RuntimeCli)
#include "tst_runtimecli.moc"
