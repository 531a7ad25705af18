// `vigie PROJECT --snapshot SCREEN --output FILE.png [--size WxH]` as a script runs it: a real
// process on the offscreen platform, its PNG read back, its exit codes and messages checked.
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "runprogram.h"

class tst_Snapshot : public QObject
{
    Q_OBJECT

private:
    const QString m_binary = QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie");
    const QString m_demo = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");
    QTemporaryDir m_dir;

    ProgramRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path()); // Qt says nothing then
        return runProgram(m_binary, args, 30000, env);
    }

    QString output(const QString &name) const { return m_dir.filePath(name); }

    static bool nearColour(const QColor &a, const QColor &b, int tolerance = 10)
    {
        return std::abs(a.red() - b.red()) <= tolerance
            && std::abs(a.green() - b.green()) <= tolerance
            && std::abs(a.blue() - b.blue()) <= tolerance;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The demo's Procédé screen at half its size. The level bar is drawn full in the file; its
    // barHeight binding (a sine starting at 50 %) keeps its bound grey-blue in the lower half
    // of the tank only.
    void drawsTheScreenWithItsBindings()
    {
        const QString png = output(QStringLiteral("procede.png"));
        const ProgramRun r = run({m_demo, QStringLiteral("--snapshot"), QStringLiteral("Procédé"),
                                  QStringLiteral("--output"), png, QStringLiteral("--size"),
                                  QStringLiteral("640x400")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(640, 400));
        // The tank spans x 444–676 and y 170–650 of the 1280×800 drawing: half that here.
        const QColor boundGreyBlue(0x8d, 0x99, 0xa5);
        const QColor background(0xd6, 0xd6, 0xd6);
        const QColor lowInTank = image.pixelColor(300, 250); // 30 % up the tank
        QVERIFY2(nearColour(lowInTank, boundGreyBlue), qPrintable(lowInTank.name()));
        QVERIFY2(!nearColour(lowInTank, background), qPrintable(lowInTank.name()));
        const QColor highInTank = image.pixelColor(300, 120); // 85 % up: above the level
        QVERIFY2(!nearColour(highInTank, boundGreyBlue, 40), qPrintable(highInTank.name()));
    }

    void drawsAtTheDrawingsOwnSizeByDefault()
    {
        const QString png = output(QStringLiteral("energie.png"));
        const ProgramRun r = run({m_demo, QStringLiteral("--snapshot"), QStringLiteral("Énergie"),
                                  QStringLiteral("--output"), png});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
    }

    // Another shape: the drawing is fitted and centred on the view's grey.
    void fitsTheDrawingIntoAnotherShape()
    {
        const QString png = output(QStringLiteral("carre.png"));
        const ProgramRun r = run({m_demo, QStringLiteral("--snapshot"), QStringLiteral("Procédé"),
                                  QStringLiteral("--output"), png, QStringLiteral("--size"),
                                  QStringLiteral("800x800")});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 800));
        const QColor background(0xd6, 0xd6, 0xd6);
        // 1280×800 at 0.625: 800×500, from y 150 to 650.
        QCOMPARE(image.pixelColor(400, 100), background);
        QCOMPARE(image.pixelColor(400, 700), background);
        const QColor level = image.pixelColor(375, 150 + 500 * 520 / 800); // in the tank, low
        QVERIFY2(nearColour(level, QColor(0x8d, 0x99, 0xa5)), qPrintable(level.name()));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("said"); // what stderr must hold

        const QString snapshot = QStringLiteral("--snapshot");
        const QString out = QStringLiteral("--output");
        const QString png = output(QStringLiteral("refused.png"));
        QTest::newRow("unknown screen")
            << QStringList {m_demo, snapshot, QStringLiteral("Nulle part"), out, png}
            << QStringList {QStringLiteral("no screen is named \"Nulle part\""),
                            QStringLiteral("(the project has: Procédé, Énergie)")};
        QTest::newRow("no output") << QStringList {m_demo, snapshot, QStringLiteral("Procédé")}
                                   << QStringList {QStringLiteral("--snapshot needs --output")};
        QTest::newRow("no project")
            << QStringList {snapshot, QStringLiteral("Procédé"), out, png}
            << QStringList {QStringLiteral("--snapshot needs one project file")};
        for (const char *size : {"640", "640x", "x400", "640×400", "0x400", "640x0", "20000x10",
                                 "-640x400", "640x400x2", ""}) {
            QTest::addRow("size \"%s\"", size)
                << QStringList {m_demo,
                                snapshot,
                                QStringLiteral("Procédé"),
                                out,
                                png,
                                QStringLiteral("--size"),
                                QString::fromUtf8(size)}
                << QStringList {QStringLiteral("--size %1: expected WIDTHxHEIGHT")
                                    .arg(QString::fromUtf8(size))};
        }
        QTest::newRow("unwritable output")
            << QStringList {m_demo, snapshot, QStringLiteral("Procédé"), out,
                            output(QStringLiteral("nowhere/x.png"))}
            << QStringList {QStringLiteral("cannot write"), QStringLiteral("nowhere/x.png")};
        QTest::newRow("missing project")
            << QStringList {output(QStringLiteral("nothing.vigie.json")), snapshot,
                            QStringLiteral("Procédé"), out, png}
            << QStringList {QStringLiteral("has errors")};
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, said);
        QFile::remove(output(QStringLiteral("refused.png")));
        const ProgramRun r = run(args);
        QCOMPARE(r.exitCode, 1);
        for (const QString &words : said)
            QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(!QFile::exists(output(QStringLiteral("refused.png"))));
    }

    void projectWithErrors_data()
    {
        QTest::addColumn<QByteArray>("project");
        QTest::addColumn<QString>("said");

        QTest::newRow("scan too fast") << QByteArray(R"({"formatVersion": 1, "name": "bad",
            "connections": [{"name": "c", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 10, "frames": []}]}],
            "screens": [{"name": "Vue", "file": "vue.svg"}]})")
                                       << QStringLiteral("connections[0].devices[0].scanTime");
        QTest::newRow("screen file missing") << QByteArray(R"({"formatVersion": 1, "name": "bad",
            "connections": [{"name": "c", "protocol": "Simulation", "devices": [
              {"name": "d", "scanTime": 100, "frames": []}]}],
            "screens": [{"name": "Vue", "file": "absent.svg"}]})")
                                             << QStringLiteral("screens[0].file: cannot open");
    }

    // A project with errors is not run: the errors are said with their places.
    void projectWithErrors()
    {
        QFETCH(QByteArray, project);
        QFETCH(QString, said);
        const QString path = m_dir.filePath(QStringLiteral("bad.vigie.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(project);
        f.close();
        const QString png = output(QStringLiteral("bad.png"));
        const ProgramRun r = run({path, QStringLiteral("--snapshot"), QStringLiteral("Vue"),
                                  QStringLiteral("--output"), png});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("vigie: %1 has errors:\n").arg(path)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }
};

QTEST_GUILESS_MAIN(tst_Snapshot)
#include "tst_snapshot.moc"
