// The Modbus TCP gateway as another SCADA sees it: a Station runs a simulated project with a
// gateway on a free loopback port, and mbpoll, an independent Modbus master, reads and writes it.
// Values come back encoded as their devices had them, in each entry's byte order; a client's
// write goes through the write service as a remote command; what cannot be served is refused
// with the exception a device would give.
#include "gateway/modbusgateway.h"
#include "model/projectfile.h"
#include "peerprocess.h"
#include "requireprogram.h"
#include "station.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Vigie;
using Vigie::Test::freeLoopbackPort;
using Vigie::Test::requireProgram;

namespace {

// The simulated plant: every value constant, so that what a client reads is known. The second
// connection is Modbus TCP to a port nothing listens on: its tag is Bad, for real.
constexpr char PlantProject[] = R"({
    "formatVersion": 1, "name": "gateway test",
    "connections": [
      {"name": "sim", "protocol": "Simulation", "devices": [
        {"name": "plc", "scanTime": 100, "frames": [
          {"name": "regs", "type": "HoldingRegister", "startAddress": 0, "quantity": 20,
           "isWritable": true, "variables": [
             {"name": "Niveau", "dataType": "Int16", "offset": 0,
              "simulation": {"waveform": "Constant", "offset": -1234}},
             {"name": "Compteur", "dataType": "UInt32", "offset": 1,
              "simulation": {"waveform": "Constant", "offset": 305419896}},
             {"name": "Température", "dataType": "Float32", "offset": 3, "byteOrder": "CDAB",
              "simulation": {"waveform": "Constant", "offset": 23.5}},
             {"name": "Débit", "dataType": "UInt16", "offset": 5, "scale": 0.01,
              "simulation": {"waveform": "Constant", "offset": 9.04}},
             {"name": "Marche", "dataType": "Bool", "offset": 6, "bit": 2,
              "simulation": {"waveform": "Constant", "offset": 1}},
             {"name": "Défaut", "dataType": "Bool", "offset": 6, "bit": 3},
             {"name": "Consigne", "dataType": "Int16", "offset": 7, "min": 0, "max": 1000,
              "writable": true, "simulation": {"waveform": "Constant", "offset": 50}},
             {"name": "Vitesse", "dataType": "Float32", "offset": 8, "writable": true,
              "simulation": {"waveform": "Constant", "offset": 12.5}},
             {"name": "Commande", "dataType": "Bool", "offset": 10, "bit": 0, "writable": true}
           ]}]}]},
      {"name": "remote", "protocol": "ModbusTcp", "tcp": {"host": "127.0.0.1", "port": 1},
       "timeout": 200, "retries": 0, "devices": [
        {"name": "rtu", "scanTime": 200, "frames": [
          {"name": "f", "type": "HoldingRegister", "startAddress": 0, "quantity": 2,
           "variables": [{"name": "Niveau distant", "dataType": "Float32", "offset": 0}]}]}]}
    ]})";

GatewayMapping entry(const char *tag, FrameType table, int address,
                     ByteOrder order = ByteOrder::ABCD, bool writable = false)
{
    return {QString::fromUtf8(tag), table, address, order, writable};
}

// What mbpoll printed and how it ended.
struct Poll
{
    int exitCode = -1;
    QString out;
    QString err;
    // "[3]: 	904" → 3 → "904"; mbpoll shows a 16-bit register also as signed when that differs:
    // "[0]: 	64302 (-1234)" → 0 → "64302 (-1234)".
    QMap<int, QString> values;
    [[nodiscard]] QString text() const { return out + err; }
};

} // namespace

class tst_ModbusGateway : public QObject
{
    Q_OBJECT

private:
    QString m_mbpoll;

    // The plant project with a gateway on a free port, and the remote link on a refusing one.
    static Project plant(quint16 port, quint16 refusingPort)
    {
        const ProjectLoadResult r = ProjectFile::parse(QByteArray(PlantProject));
        if (!r.ok())
            qFatal("test project invalid: %s", qPrintable(r.issues.first().toString()));
        Project p = r.project;
        p.connections[1].tcp.port = refusingPort;
        Gateway g;
        g.port = port;
        g.allowWrites = true;
        g.map = {
            entry("Niveau", FrameType::HoldingRegister, 0),
            entry("Compteur", FrameType::HoldingRegister, 1),
            entry("Compteur", FrameType::HoldingRegister, 3, ByteOrder::CDAB),
            entry("Débit", FrameType::HoldingRegister, 5),
            entry("Consigne", FrameType::HoldingRegister, 10, ByteOrder::ABCD, true),
            entry("Vitesse", FrameType::HoldingRegister, 11, ByteOrder::ABCD, true),
            entry("Niveau", FrameType::HoldingRegister, 13),
            entry("Température", FrameType::InputRegister, 0),
            entry("Température", FrameType::InputRegister, 2, ByteOrder::CDAB),
            entry("Niveau distant", FrameType::InputRegister, 10),
            entry("Niveau", FrameType::InputRegister, 12),
            entry("Marche", FrameType::Coil, 0),
            entry("Défaut", FrameType::Coil, 1),
            entry("Commande", FrameType::Coil, 5, ByteOrder::ABCD, true),
            entry("Marche", FrameType::DiscreteInput, 0),
        };
        p.gateway = g;
        return p;
    }

    // Runs mbpoll once against the gateway, letting the event loop run meanwhile (the gateway
    // answers on this thread). `options` before the host, `values` (a write) after it.
    Poll mbpoll(quint16 port, const QStringList &options, const QStringList &values = {})
    {
        QProcess process;
        QStringList arguments {"-m", "tcp", "-p", QString::number(port), "-0", "-1", "-o", "2"};
        arguments << options << "127.0.0.1";
        if (!values.isEmpty())
            arguments << "--" << values;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_mbpoll, arguments);
        Poll poll;
        if (!finished.wait(15000)) {
            process.kill();
            process.waitForFinished();
            poll.err = QStringLiteral("mbpoll did not finish: ") + arguments.join(u' ');
            return poll;
        }
        poll.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        poll.out = QString::fromUtf8(process.readAllStandardOutput());
        poll.err = QString::fromUtf8(process.readAllStandardError());
        static const QRegularExpression line(QStringLiteral("^\\[(\\d+)\\]:\\s+(\\S.*?)\\s*$"),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(poll.out); it.hasNext();) {
            const auto match = it.next();
            poll.values.insert(match.captured(1).toInt(), match.captured(2));
        }
        return poll;
    }

    // Waits until every tag of the simulated connection is Good (and the remote one is Bad).
    static bool waitUntilRead(Station &station)
    {
        const auto catalog = station.tags()->catalog();
        const TagRange sim = catalog->nodeTags({0});
        const TagId remote = station.tags()->idOf(QStringLiteral("Niveau distant"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            bool good = station.tags()->value(remote).quality == Quality::Bad;
            for (const TagId id : sim.ids())
                good = good && station.tags()->value(id).isGood();
            if (good)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // The next remote-command outcome the station reports.
    static WriteOutcome nextOutcome(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(5000))
            return {};
        return spy.takeFirst().at(0).value<WriteOutcome>();
    }

private Q_SLOTS:
    void initTestCase() { m_mbpoll = requireProgram(QStringLiteral("mbpoll")); }

    void readsComeBackAsTheDevicesHadThem()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Station station;
        station.setProject(plant(port, freeLoopbackPort()));
        QSignalSpy failed(&station, &Station::gatewayFailed);
        station.start();
        QVERIFY(station.gateway());
        QVERIFY(station.gateway()->isListening());
        QCOMPARE(station.gateway()->servedCount(), 15);
        QVERIFY(waitUntilRead(station));

        // Int16, the two UInt32 orders word by word, and the scaled UInt16 (9.04 × 100).
        Poll p = mbpoll(port, {"-t", "4:hex", "-r", "0", "-c", "6"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("0xFB2E")); // -1234
        QCOMPARE(p.values.value(1), QStringLiteral("0x1234")); // ABCD: high word first
        QCOMPARE(p.values.value(2), QStringLiteral("0x5678"));
        QCOMPARE(p.values.value(3), QStringLiteral("0x5678")); // CDAB: low word first
        QCOMPARE(p.values.value(4), QStringLiteral("0x1234"));
        QCOMPARE(p.values.value(5), QStringLiteral("0x0388")); // 904

        p = mbpoll(port, {"-t", "4", "-r", "0"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("64302 (-1234)"));
        p = mbpoll(port, {"-t", "4", "-r", "5"});
        QCOMPARE(p.values.value(5), QStringLiteral("904"));

        // The same UInt32 as a 32-bit integer: mbpoll's -B reads the high word first (ABCD),
        // its default the low word first (CDAB).
        p = mbpoll(port, {"-t", "4:int", "-B", "-r", "1"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(1), QStringLiteral("305419896"));
        p = mbpoll(port, {"-t", "4:int", "-r", "3"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(3), QStringLiteral("305419896"));

        // A Float32 the device word-swaps, served in the order each entry says.
        p = mbpoll(port, {"-t", "3:float", "-B", "-r", "0"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("23.5"));
        p = mbpoll(port, {"-t", "3:float", "-r", "2"});
        QCOMPARE(p.values.value(2), QStringLiteral("23.5"));

        // Bools from bits of a register, served as coils and as a discrete input.
        p = mbpoll(port, {"-t", "0", "-r", "0", "-c", "2"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("1"));
        QCOMPARE(p.values.value(1), QStringLiteral("0"));
        p = mbpoll(port, {"-t", "1", "-r", "0"});
        QCOMPARE(p.values.value(0), QStringLiteral("1"));

        // A value that changes reaches the registers.
        p = mbpoll(port, {"-t", "4", "-r", "10"});
        QCOMPARE(p.values.value(10), QStringLiteral("50"));
        QSignalSpy written(&station, &Station::writeFinished);
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        station.write(consigne, 321);
        QVERIFY(nextOutcome(written).ok());
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(consigne).value.toInt(), 321, 5000);
        p = mbpoll(port, {"-t", "4", "-r", "10"});
        QCOMPARE(p.values.value(10), QStringLiteral("321"));
        QCOMPARE(failed.size(), 0);
    }

    void clientWritesGoThroughTheWriteService()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Station station;
        station.setProject(plant(port, freeLoopbackPort()));
        station.start();
        QVERIFY(waitUntilRead(station));
        QSignalSpy outcomes(&station, &Station::writeFinished);

        // A register: done, by a remote command, with the server and the client as its user.
        Poll p = mbpoll(port, {"-t", "4", "-r", "10"}, {"777"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QVERIFY2(p.out.contains(QStringLiteral("Written 1 references")), qPrintable(p.text()));
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        WriteOutcome outcome = nextOutcome(outcomes);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QCOMPARE(outcome.request.tag, consigne);
        QCOMPARE(toString(outcome.request.origin), toString(WriteOrigin::RemoteCommand));
        const QString user =
            QStringLiteral("modbus-gateway 127.0.0.1:%1 (client 127.0.0.1:").arg(port);
        QVERIFY2(outcome.request.user.startsWith(user), qPrintable(outcome.request.user));
        QCOMPARE(station.setpoint(consigne).toInt(), 777);
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(consigne).value.toInt(), 777, 5000);
        p = mbpoll(port, {"-t", "4", "-r", "10"});
        QCOMPARE(p.values.value(10), QStringLiteral("777"));

        // A Float32 in two registers (function 16), high word first as its entry says.
        p = mbpoll(port, {"-t", "4:float", "-B", "-r", "11"}, {"33.25"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        outcome = nextOutcome(outcomes);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        const TagId vitesse = station.tags()->idOf(QStringLiteral("Vitesse"));
        QCOMPARE(outcome.request.tag, vitesse);
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(vitesse).value.toDouble(), 33.25, 5000);

        // A coil (function 5) into a bit of a device's register.
        p = mbpoll(port, {"-t", "0", "-r", "5"}, {"1"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        outcome = nextOutcome(outcomes);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        const TagId commande = station.tags()->idOf(QStringLiteral("Commande"));
        QCOMPARE(outcome.request.tag, commande);
        QTRY_COMPARE_WITH_TIMEOUT(station.tags()->value(commande).value.toBool(), true, 5000);
        p = mbpoll(port, {"-t", "0", "-r", "5"});
        QCOMPARE(p.values.value(5), QStringLiteral("1"));
    }

    void refusedWritesAnswerAnException_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("exception"); // as mbpoll (libmodbus) names it
        QTest::addColumn<bool>("journaled"); // the write service answered it (Refused)

        QTest::newRow("a read-only entry") << QStringList {"-t", "4", "-r", "0"}
                                           << QStringList {"5"} << "Illegal data address" << false;
        QTest::newRow("an address that serves nothing")
            << QStringList {"-t", "4", "-r", "7"} << QStringList {"5"} << "Illegal data address"
            << false;
        QTest::newRow("half of a Float32") << QStringList {"-t", "4", "-r", "12"}
                                           << QStringList {"5"} << "Illegal data address" << false;
        QTest::newRow("a read-only coil") << QStringList {"-t", "0", "-r", "0"} << QStringList {"0"}
                                          << "Illegal data address" << false;
        QTest::newRow("above the variable's max")
            << QStringList {"-t", "4", "-r", "10"} << QStringList {"5000"} << "Illegal data value"
            << true;
        QTest::newRow("below the variable's min")
            << QStringList {"-t", "4", "-r", "10"} << QStringList {"65535"} // -1 as an Int16
            << "Illegal data value" << true;
        QTest::newRow("a writable entry and a read-only one in one request")
            << QStringList {"-t", "4", "-r", "11"} << QStringList {"1", "2", "3"}
            << "Illegal data address" << false;
    }

    void refusedWritesAnswerAnException()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, values);
        QFETCH(QString, exception);
        QFETCH(bool, journaled);
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Station station;
        station.setProject(plant(port, freeLoopbackPort()));
        station.start();
        QVERIFY(waitUntilRead(station));
        const TagId consigne = station.tags()->idOf(QStringLiteral("Consigne"));
        QSignalSpy outcomes(&station, &Station::writeFinished);

        const Poll p = mbpoll(port, options, values);
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));
        QVERIFY2(p.err.contains(QStringLiteral("failed: ") + exception), qPrintable(p.text()));
        if (journaled) {
            const WriteOutcome outcome = nextOutcome(outcomes);
            QCOMPARE(toString(outcome.status), toString(WriteStatus::Refused));
            QCOMPARE(toString(outcome.request.origin), toString(WriteOrigin::RemoteCommand));
            QVERIFY2(outcome.reason.contains(QStringLiteral("the m")), qPrintable(outcome.reason));
        } else {
            QTest::qWait(200);
            QCOMPARE(outcomes.size(), 0); // nothing reached the write service
        }
        QCOMPARE(station.tags()->value(consigne).value.toInt(), 50);
        QVERIFY(!station.setpoint(consigne).isValid());
    }

    void badTagsAndUnmappedAddresses()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Station station;
        station.setProject(plant(port, freeLoopbackPort()));
        station.start();
        QVERIFY(waitUntilRead(station));
        const TagValue remote =
            station.tags()->value(station.tags()->idOf(QStringLiteral("Niveau distant")));
        QCOMPARE(toString(remote.quality), toString(Quality::Bad));

        // A tag that is not Good: exception 4, alone or in a block with Good ones.
        Poll p = mbpoll(port, {"-t", "3:float", "-B", "-r", "10"});
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));
        QVERIFY2(p.err.contains(QStringLiteral("failed: Slave device or server failure")),
                 qPrintable(p.text()));
        p = mbpoll(port, {"-t", "3", "-r", "10", "-c", "3"});
        QVERIFY2(p.err.contains(QStringLiteral("Slave device or server failure")),
                 qPrintable(p.text()));

        // Addresses that serve nothing: exception 2, even next to ones that do.
        p = mbpoll(port, {"-t", "4", "-r", "100"});
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));
        QVERIFY2(p.err.contains(QStringLiteral("failed: Illegal data address")),
                 qPrintable(p.text()));
        p = mbpoll(port, {"-t", "4", "-r", "5", "-c", "2"}); // 5 is served, 6 is not
        QVERIFY2(p.err.contains(QStringLiteral("Illegal data address")), qPrintable(p.text()));
        p = mbpoll(port, {"-t", "1", "-r", "1"});
        QVERIFY2(p.err.contains(QStringLiteral("Illegal data address")), qPrintable(p.text()));

        // A block with no gap reads whole.
        p = mbpoll(port, {"-t", "4", "-r", "0", "-c", "6"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.size(), 6);

        // Another unit identifier gets no answer at all (Qt's server drops it).
        p = mbpoll(port, {"-a", "2", "-t", "4", "-r", "0", "-o", "0.5"});
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));
        QVERIFY2(!p.err.contains(QStringLiteral("Illegal")), qPrintable(p.text()));
    }

    void badValueIsServedInsteadOfException()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Project project = plant(port, freeLoopbackPort());
        project.gateway->allowWrites = false;
        project.gateway->badValue = -1;
        project.gateway->map = {
            entry("Niveau distant", FrameType::InputRegister, 0),
            entry("Niveau", FrameType::InputRegister, 2),
            entry("Consigne", FrameType::HoldingRegister, 0),
        };
        Station station;
        station.setProject(project);
        station.start();
        QVERIFY(waitUntilRead(station));

        Poll p = mbpoll(port, {"-t", "3:float", "-B", "-r", "0"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("-1"));
        p = mbpoll(port, {"-t", "3", "-r", "0", "-c", "3"}); // Bad and Good in one read
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("49024 (-16512)")); // 0xBF80 0x0000: -1.0f
        QCOMPARE(p.values.value(1), QStringLiteral("0"));
        QCOMPARE(p.values.value(2), QStringLiteral("64302 (-1234)"));

        // Without allowWrites, every write is an illegal function.
        QSignalSpy outcomes(&station, &Station::writeFinished);
        p = mbpoll(port, {"-t", "4", "-r", "0"}, {"60"});
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));
        QVERIFY2(p.err.contains(QStringLiteral("failed: Illegal function")), qPrintable(p.text()));
        QTest::qWait(200);
        QCOMPARE(outcomes.size(), 0);
    }

    void listensOnEveryInterface()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Project project = plant(port, freeLoopbackPort());
        project.gateway->listenAddress = QStringLiteral("0.0.0.0");
        Station station;
        station.setProject(project);
        station.start();
        QVERIFY(station.gateway()->isListening());
        QVERIFY(waitUntilRead(station));
        const Poll p = mbpoll(port, {"-t", "4", "-r", "0"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(0), QStringLiteral("64302 (-1234)"));
    }

    void portTakenIsReportedClearly()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const quint16 port = squatter.serverPort();
        Station station;
        station.setProject(plant(port, freeLoopbackPort()));
        QSignalSpy failed(&station, &Station::gatewayFailed);
        station.start();
        QCOMPARE(failed.size(), 1);
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.startsWith(
                     QStringLiteral("Modbus gateway: cannot listen on 127.0.0.1:%1: ").arg(port)),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("already in use")), qPrintable(reason));
        QVERIFY(!station.gateway()->isListening());
        // Acquisition runs on without it.
        QVERIFY(station.isRunning());
        QVERIFY(waitUntilRead(station));

        // Once the port is free, the next start listens.
        squatter.close();
        station.stop();
        station.start();
        QVERIFY(station.gateway()->isListening());
        QCOMPARE(failed.size(), 1);
    }

    void followsTheStation()
    {
        QVERIFY(!m_mbpoll.isEmpty());
        const quint16 port = freeLoopbackPort();
        Station station;
        Project project = plant(port, freeLoopbackPort());
        station.setProject(project);
        QVERIFY(!station.gateway()->isListening()); // not before start()
        station.start();
        QVERIFY(station.gateway()->isListening());
        station.stop();
        QVERIFY(!station.gateway()->isListening());
        Poll p = mbpoll(port, {"-t", "4", "-r", "0", "-o", "0.5"});
        QVERIFY2(p.exitCode != 0, qPrintable(p.text()));

        // An edited map applies at once, values carried over.
        station.start();
        QVERIFY(waitUntilRead(station));
        project.gateway->map = {entry("Débit", FrameType::InputRegister, 40)};
        QVERIFY(station.apply(project).isEmpty());
        QVERIFY(station.gateway()->isListening());
        p = mbpoll(port, {"-t", "3", "-r", "40"});
        QVERIFY2(p.exitCode == 0, qPrintable(p.text()));
        QCOMPARE(p.values.value(40), QStringLiteral("904"));
        p = mbpoll(port, {"-t", "4", "-r", "0"});
        QVERIFY2(p.err.contains(QStringLiteral("Illegal data address")), qPrintable(p.text()));

        // A project without a gateway has none.
        project.gateway.reset();
        QVERIFY(station.apply(project).isEmpty());
        QVERIFY(!station.gateway());
    }
};

QTEST_GUILESS_MAIN(tst_ModbusGateway)
#include "tst_modbusgateway.moc"
