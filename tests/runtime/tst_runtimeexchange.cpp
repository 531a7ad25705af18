// vigie-runtime --import and --export as an engineer scripts them: a real process, files written
// by an independent program (Debian's python3-openpyxl), and the result polled from a real Modbus
// slave (pymodbus) to show that one command turns an electrician's sheet into a working project.

#include "model/projectfile.h"
#include "peerprocess.h"
#include "requireprogram.h"
#include "runprogram.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Test;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class tst_RuntimeExchange : public QObject
{
    Q_OBJECT

private:
    const QString m_binary = QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie-runtime");
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");
    QTemporaryDir m_dir;
    QString m_python;

    ProgramRun run(const QStringList &args) { return runProgram(m_binary, args, 60000); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs an openpyxl script; `out` is the .xlsx path it is given as sys.argv[1].
    bool openpyxl(const QByteArray &script, const QString &out, QString *error)
    {
        const ProgramRun r =
            runProgram(m_python, {QStringLiteral("-c"), QString::fromUtf8(script), out});
        if (r.exitCode != 0)
            *error = r.err;
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = requireProgram(QStringLiteral("/usr/bin/python3"));
    }

    // The electrician's sheet: written by openpyxl with French headers and a title row, the
    // slave's address and port in columns; one command makes the project, a second reads the
    // slave with it and the values come out scaled and typed.
    void frenchSheetBecomesAPollingProject()
    {
        if (m_python.isEmpty())
            return;
        const QString map = path(QStringLiteral("slave.json"));
        // 40001 = 215 (× 0,1 → 21.5 °C); 40003–40004 = Float32 3.5 (0x4060 0x0000);
        // 40010 = 0b1000 (bit 3 set); coil 00001 = 1; 30001–30002 = DINT 100000 (0x0001 0x86A0).
        QVERIFY(writeFile(map, R"({"units": {"5": {
            "holding_registers": [{"start": 0, "values": [215, 0, 16480, 0, 0, 0, 0, 0, 0, 8]}],
            "input_registers": [{"start": 0, "values": [1, 34464]}],
            "coils": [{"start": 0, "values": [1]}]}}})"));
        PeerProcess slave(m_python,
                          {QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/modbus_server.py"),
                           QStringLiteral("--tcp"), QStringLiteral("{port}"),
                           QStringLiteral("--map"), map});
        QVERIFY2(slave.start(), qPrintable(slave.errorString()));

        const QString xlsx = path(QStringLiteral("points.xlsx"));
        const QByteArray script = QByteArrayLiteral(R"(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Feuil1"
ws.append(["Liste des points - Station Nord"])
ws.append([])
ws.append(["Liaison", "Adresse IP", "Port", "Équipement", "Esclave", "Repère", "Désignation",
           "Adresse", "Type", "Unité", "Échelle", "Lecture/Écriture"])
port = )") + QByteArray::number(slave.port())
            + QByteArrayLiteral(R"(
rows = [
    ("Température bassin", "Capteur TT01", "40001", "INT", "°C", "0,1", "L"),
    ("Consigne débit", None, "40003", "REAL", "m³/h", 1, "L/E"),
    ("Défaut pompe 1", None, "40010.3", None, None, None, "L"),
    ("Pompe 1 marche", None, "00001", "BOOL", None, None, "RW"),
    ("Compteur", None, 30001, "DINT", "m³", None, "L"),
]
for r in rows:
    ws.append(["Automate", "127.0.0.1", port, "API 1", 5] + list(r))
wb.save(sys.argv[1])
)");
        QString error;
        QVERIFY2(openpyxl(script, xlsx, &error), qPrintable(error));

        const QString project = path(QStringLiteral("nord.vigie.json"));
        const ProgramRun imported =
            run({QStringLiteral("--import"), xlsx, QStringLiteral("--into"), project});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("created ")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("5 variable(s)")));
        QVERIFY(imported.out.contains(QStringLiteral("Automate/API 1: HoldingRegister 0–9")));
        QVERIFY(imported.out.contains(QStringLiteral("\"Échelle\" → scale")));

        const ProgramRun check = run({project, QStringLiteral("--check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));

        const ProgramRun once = run({project, QStringLiteral("--once"), QStringLiteral("--format"),
                                     QStringLiteral("jsonl")});
        QVERIFY2(once.exitCode == 0, qPrintable(once.out + once.err));
        QHash<QString, QJsonObject> values;
        for (const QString &line : once.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            values.insert(o.value(QStringLiteral("name")).toString(), o);
        }
        const auto value = [&values](const char *name) {
            return values.value(QString::fromUtf8(name)).value(QStringLiteral("value")).toVariant();
        };
        QCOMPARE(value("Température bassin").toDouble(), 21.5);
        QCOMPARE(value("Consigne débit").toDouble(), 3.5);
        QCOMPARE(value("Défaut pompe 1").toBool(), true);
        QCOMPARE(value("Pompe 1 marche").toBool(), true);
        QCOMPARE(value("Compteur").toDouble(), 100000.0);
        for (const QJsonObject &o : std::as_const(values))
            QCOMPARE(o.value(QStringLiteral("quality")).toString(), QStringLiteral("Good"));
    }

    // Errors: every one with its row, exit status 1, and the project file not touched.
    void errorsChangeNothing()
    {
        if (m_python.isEmpty())
            return;
        const QString project = path(QStringLiteral("keep.vigie.json"));
        QVERIFY(QFile::copy(m_demo, project));
        const QByteArray before = contentOf(project);
        const QString xlsx = path(QStringLiteral("bad.xlsx"));
        QString error;
        QVERIFY2(openpyxl(R"(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Tags"
ws.append(["Tag", "Table", "Address", "Scale", "Connection", "Device"])
ws.append(["New A", "Holding", 10, 2, "Plant", "Boiler"])
ws.append(["New B", "Holding", 70000, 1, "Plant", "Boiler"])
ws.append(["New C", "Holding", 12, "abc", "Plant", "Boiler"])
ws.append(["New A", "Holding", 13, 1, "Plant", "Boiler"])
wb.save(sys.argv[1])
)",
                          xlsx, &error),
                 qPrintable(error));
        const ProgramRun r =
            run({QStringLiteral("--import"), xlsx, QStringLiteral("--into"), project});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.xlsx: sheet \"Tags\", row 3, column "
                                               "\"Address\": address 70000 is outside 0–65535")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("row 4, column \"Scale\": \"abc\" is not a number")));
        QVERIFY(r.err.contains(
            QStringLiteral("row 5, column \"Tag\": \"New A\" is already the name of row 2")));
        QVERIFY(r.err.contains(QStringLiteral("3 error(s) in bad.xlsx")));
        QCOMPARE(contentOf(project), before);

        // A broken zip: said, and no project file created.
        const QString broken = path(QStringLiteral("broken.xlsx"));
        QVERIFY(writeFile(broken, contentOf(xlsx).left(300)));
        const QString fresh = path(QStringLiteral("fresh.vigie.json"));
        const ProgramRun b =
            run({QStringLiteral("--import"), broken, QStringLiteral("--into"), fresh});
        QCOMPARE(b.exitCode, 1);
        QVERIFY2(b.err.contains(QStringLiteral("broken.xlsx")), qPrintable(b.err));
        QVERIFY(!QFile::exists(fresh));
    }

    // --export then --import: the same project, through .xlsx (every part) and CSV (the tree).
    void exportThenImportIsLossless()
    {
        const ProjectLoadResult demo = ProjectFile::load(m_demo);
        QVERIFY(demo.ok());
        const QString xlsx = path(QStringLiteral("demo.xlsx"));
        const ProgramRun e =
            run({QStringLiteral("--export"), m_demo, QStringLiteral("--to"), xlsx});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QString back = path(QStringLiteral("back.vigie.json"));
        const ProgramRun i =
            run({QStringLiteral("--import"), xlsx, QStringLiteral("--into"), back});
        QVERIFY2(i.exitCode == 0, qPrintable(i.out + i.err));
        QCOMPARE(ProjectFile::load(back).project, demo.project);

        const QString csv = path(QStringLiteral("demo.csv"));
        QCOMPARE(run({QStringLiteral("--export"), m_demo, QStringLiteral("--to"), csv}).exitCode,
                 0);
        const QString tree = path(QStringLiteral("tree.vigie.json"));
        const ProgramRun t = run({QStringLiteral("--import"), csv, QStringLiteral("--into"), tree});
        QVERIFY2(t.exitCode == 0, qPrintable(t.out + t.err));
        QCOMPARE(ProjectFile::load(tree).project.connections, demo.project.connections);

        // openpyxl, an independent reader, sees the sheets Vigie wrote.
        if (m_python.isEmpty())
            return;
        const ProgramRun py = runProgram(m_python,
                                         {QStringLiteral("-c"), QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(",".join(wb.sheetnames))
ws = wb["Variables"]
print(ws.max_row - 1)
)"),
                                          xlsx});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        const QStringList lines = py.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0),
                 QStringLiteral("Project,Connections,Devices,Frames,Variables,Calculated,Screens,"
                                "Bindings,Actions"));
        QCOMPARE(lines.value(1).toInt(), demo.project.variablePaths().size());
    }

    void usage()
    {
        ProgramRun r = run({QStringLiteral("--import"), path(QStringLiteral("x.xlsx"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--import needs --into")));
        r = run({QStringLiteral("--export"), m_demo});
        QCOMPARE(r.exitCode, 2);
        r = run({m_demo, QStringLiteral("--sheet"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--sheet goes with --import")));
        r = run({QStringLiteral("--export"), m_demo, QStringLiteral("--to"),
                 path(QStringLiteral("x.ods"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral(".xlsx")));
    }
};

QTEST_GUILESS_MAIN(tst_RuntimeExchange)
#include "tst_runtimeexchange.moc"
