// Vigie's Modbus TCP transport and link queue against a real, independent slave: pymodbus's
// server (tests/peers/modbus_server.py) on a free loopback port, serving every_type.json.
// Values of every type and byte order, exceptions on one frame only, writes by FC5/6/16/22 and
// by read-modify-write read back, a server killed and restarted, a refused connection.

#include "acquisition/clock.h"
#include "acquisition/linkqueue.h"
#include "acquisition/transportfactory.h"
#include "modbustestproject.h"
#include "peerprocess.h"
#include "requireprogram.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace Vigie;
using namespace Vigie::Test;

namespace {

Connection tcpConnection(quint16 port, int timeout = 500, int retries = 1)
{
    Connection c = connection(QStringLiteral("PLC"), Protocol::ModbusTcp, timeout, retries);
    c.tcp = {QStringLiteral("127.0.0.1"), port};
    return c;
}

} // namespace

class tst_ModbusTcp : public QObject
{
    Q_OBJECT

private:
    QString m_python;

    // The slave, on a fresh free port; `verbose` logs each request it gets.
    std::unique_ptr<PeerProcess> startServer(bool verbose = false, quint16 port = 0)
    {
        QStringList args = {modbusServer, QStringLiteral("--tcp"), QStringLiteral("{port}"),
                            QStringLiteral("--map"), everyTypeMap};
        if (verbose)
            args << QStringLiteral("--verbose");
        auto server = std::make_unique<PeerProcess>(m_python, args);
        if (port)
            server->setPort(port);
        if (!server->start())
            qWarning("%s", qPrintable(server->errorString()));
        return server;
    }

private Q_SLOTS:
    void initTestCase() { m_python = requireProgram(QStringLiteral("/usr/bin/python3")); }

    void everyTypeInEveryByteOrder_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("start");
        QTest::newRow("ABCD") << int(ByteOrder::ABCD) << 0;
        QTest::newRow("CDAB") << int(ByteOrder::CDAB) << 100;
        QTest::newRow("BADC") << int(ByteOrder::BADC) << 200;
        QTest::newRow("DCBA") << int(ByteOrder::DCBA) << 300;
    }
    void everyTypeInEveryByteOrder()
    {
        QFETCH(int, order);
        QFETCH(int, start);
        auto server = startServer();
        QVERIFY(server->isRunning());

        Project p;
        Connection c = tcpConnection(server->port());
        Device d = device(QStringLiteral("meter"), 1);
        d.frames = {everyTypeBlock(ByteOrder(order), start)};
        c.devices = {d};
        p.connections = {c};
        Station station;
        station.setProject(p);
        QVERIFY(readOnce(station));

        const QString o = toString(ByteOrder(order)) + QLatin1Char('/');
        const auto v = [&](const char *name) { return tagValue(station, o + QLatin1String(name)); };
        for (const Variable &var : d.frames[0].variables)
            QVERIFY2(tagQuality(station, var.name) == QLatin1String("Good"),
                     qPrintable(var.name + QLatin1String(": ") + tagQuality(station, var.name)));
        QCOMPARE(v("Int16").toLongLong(), -12345);
        QCOMPARE(v("UInt16").toLongLong(), 54321);
        QCOMPARE(v("Int32").toLongLong(), -123456789);
        QCOMPARE(v("UInt32").toLongLong(), 3735928559LL);
        QCOMPARE(v("Int64").toLongLong(), -1234567890123456789LL);
        QCOMPARE(v("Float32").toFloat(), 123.456f);
        QCOMPARE(v("Float64").toDouble(), -1234.5678);
        QCOMPARE(v("String").toString(), QStringLiteral("Station-07"));
        QCOMPARE(v("bit5").toBool(), true);
        QCOMPARE(v("bit6").toBool(), false);
        QCOMPARE(v("Int32 scaled").toDouble(), -1234.56);
        QCOMPARE(v("UInt16 scaled").toDouble(), 9.04);
    }

    void otherTablesAndASecondDeviceOnTheLink()
    {
        auto server = startServer();
        QVERIFY(server->isRunning());
        Project p;
        Connection c = tcpConnection(server->port());
        Device one = device(QStringLiteral("one"), 1);
        Frame ir = frame(QStringLiteral("ir"), FrameType::InputRegister, 0, 13);
        ir.variables = {variable(QStringLiteral("ir0"), DataType::UInt16, 0, ByteOrder::ABCD),
                        variable(QStringLiteral("ir9"), DataType::UInt16, 9, ByteOrder::ABCD),
                        variable(QStringLiteral("irF"), DataType::Float32, 10, ByteOrder::ABCD),
                        variable(QStringLiteral("ir12"), DataType::Int16, 12, ByteOrder::ABCD)};
        Frame co = frame(QStringLiteral("co"), FrameType::Coil, 0, 16);
        Frame di = frame(QStringLiteral("di"), FrameType::DiscreteInput, 1000, 2000);
        for (int i = 0; i < 16; ++i)
            co.variables << variable(QStringLiteral("co%1").arg(i), DataType::Bool, i,
                                     ByteOrder::ABCD);
        di.variables = {variable(QStringLiteral("di1000"), DataType::Bool, 0, ByteOrder::ABCD),
                        variable(QStringLiteral("di1001"), DataType::Bool, 1, ByteOrder::ABCD),
                        variable(QStringLiteral("di2999"), DataType::Bool, 1999, ByteOrder::ABCD)};
        Frame wide = frame(QStringLiteral("wide"), FrameType::HoldingRegister, 1000, 125);
        wide.variables = {
            variable(QStringLiteral("hr1124"), DataType::UInt16, 124, ByteOrder::ABCD)};
        one.frames = {ir, co, di, wide};
        Device two = device(QStringLiteral("two"), 2);
        Frame hr2 = frame(QStringLiteral("hr"), FrameType::HoldingRegister, 0, 4);
        hr2.variables = {variable(QStringLiteral("two/0"), DataType::UInt16, 0, ByteOrder::ABCD),
                         variable(QStringLiteral("two/F"), DataType::Float32, 2, ByteOrder::ABCD)};
        two.frames = {hr2};
        c.devices = {one, two};
        p.connections = {c};
        Station station;
        station.setProject(p);
        QVERIFY(readOnce(station));

        QCOMPARE(tagValue(station, QStringLiteral("ir0")).toLongLong(), 12288);
        QCOMPARE(tagValue(station, QStringLiteral("ir9")).toLongLong(), 12297);
        QCOMPARE(tagValue(station, QStringLiteral("irF")).toFloat(), 21.5f);
        QCOMPARE(tagValue(station, QStringLiteral("ir12")).toLongLong(), -40);
        const QList<int> coils = {1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        for (int i = 0; i < 16; ++i)
            QCOMPARE(tagValue(station, QStringLiteral("co%1").arg(i)).toBool(), bool(coils[i]));
        QCOMPARE(tagValue(station, QStringLiteral("di1000")).toBool(), true);
        QCOMPARE(tagValue(station, QStringLiteral("di1001")).toBool(), false);
        QCOMPARE(tagValue(station, QStringLiteral("di2999")).toBool(), false);
        QCOMPARE(tagValue(station, QStringLiteral("hr1124")).toLongLong(), 1124);
        // The right unit id: unit 2 holds other values at the same addresses.
        QCOMPARE(tagValue(station, QStringLiteral("two/0")).toLongLong(), 2);
        QCOMPARE(tagValue(station, QStringLiteral("two/F")).toFloat(), 50.0f);
    }

    void exceptionMarksThatFrameOnly()
    {
        auto server = startServer();
        QVERIFY(server->isRunning());
        Project p;
        Connection c = tcpConnection(server->port());
        Device d = device(QStringLiteral("meter"), 1);
        Frame good = frame(QStringLiteral("good"), FrameType::HoldingRegister, 0, 2);
        good.variables = {variable(QStringLiteral("ok"), DataType::Int16, 0, ByteOrder::ABCD)};
        Frame half = frame(QStringLiteral("half"), FrameType::HoldingRegister, 20, 10);
        half.variables = {
            variable(QStringLiteral("partly unmapped"), DataType::UInt16, 0, ByteOrder::ABCD)};
        Frame after = frame(QStringLiteral("after"), FrameType::InputRegister, 12, 1);
        after.variables = {
            variable(QStringLiteral("also ok"), DataType::Int16, 0, ByteOrder::ABCD)};
        d.frames = {good, half, after};
        c.devices = {d};
        p.connections = {c};
        Station station;
        station.setProject(p);
        QVERIFY(readOnce(station));
        QCOMPARE(tagQuality(station, QStringLiteral("ok")), QStringLiteral("Good"));
        QCOMPARE(tagQuality(station, QStringLiteral("partly unmapped")),
                 QStringLiteral("Bad: exception 2: illegal data address"));
        QCOMPARE(tagQuality(station, QStringLiteral("also ok")), QStringLiteral("Good"));
        const AcquisitionStatistics stats = station.statistics();
        QCOMPARE(stats.links[0].devices[0].counters.exceptions, quint64(1));
        QCOMPARE(stats.links[0].devices[0].state,
                 QStringLiteral("Up")); // it answers: not backed off

        // The frame log has the PDUs as they went: FC3 at 20 for 10, answered 0x83 exception 2.
        QStringList log;
        for (const FrameLogEntry &e : station.frameLog(0, 0))
            log << QString::fromLatin1(e.bytes.toHex(' '));
        const QString all = log.join(QLatin1Char('|'));
        QVERIFY2(log.contains(QStringLiteral("03 00 14 00 0a")), qPrintable(all));
        QVERIFY2(log.contains(QStringLiteral("83 02")), qPrintable(all));
        QVERIFY2(log.contains(QStringLiteral("04 00 0c 00 01")), qPrintable(all));
        QVERIFY2(log.contains(QStringLiteral("04 02 ff d8")), qPrintable(all));
    }

    void writesReadBack()
    {
        auto server = startServer(/*verbose=*/true);
        QVERIFY(server->isRunning());
        Project p;
        Connection c = tcpConnection(server->port());
        Device d = device(QStringLiteral("meter"), 1);
        Frame free = frame(QStringLiteral("free"), FrameType::HoldingRegister, 500, 10);
        free.variables = {
            variable(QStringLiteral("UInt16 (FC6)"), DataType::UInt16, 0, ByteOrder::ABCD),
            variable(QStringLiteral("Float32 CDAB (FC16)"), DataType::Float32, 2, ByteOrder::CDAB),
            variable(QStringLiteral("Int64 (FC16)"), DataType::Int64, 4, ByteOrder::ABCD),
            variable(QStringLiteral("bit 5 (read-modify-write)"), DataType::Bool, 8,
                     ByteOrder::ABCD),
            variable(QStringLiteral("bit 6 (read-modify-write)"), DataType::Bool, 8,
                     ByteOrder::ABCD),
        };
        free.variables[3].bit = 5;
        free.variables[4].bit = 6;
        Frame coils = frame(QStringLiteral("coils"), FrameType::Coil, 100, 8);
        coils.variables = {
            variable(QStringLiteral("coil 103 (FC5)"), DataType::Bool, 3, ByteOrder::ABCD)};
        d.frames = {free, coils};
        for (Frame &f : d.frames) {
            for (Variable &v : f.variables)
                v.writable = true;
        }
        // The same slave as a second device that accepts Mask Write Register (FC22).
        Device masked = device(QStringLiteral("masked"), 1);
        masked.maskWrite = true;
        Frame m = frame(QStringLiteral("m"), FrameType::HoldingRegister, 509, 1);
        m.variables = {
            variable(QStringLiteral("bit 3 (FC22)"), DataType::Bool, 0, ByteOrder::ABCD)};
        m.variables[0].bit = 3;
        m.variables[0].writable = true;
        masked.frames = {m};
        c.devices = {d, masked};
        p.connections = {c};
        Station station;
        station.setProject(p);
        station.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("bit 3 (FC22)")),
                                  QStringLiteral("Good"), 5000);

        const QList<std::pair<QString, QVariant>> writes = {
            {QStringLiteral("UInt16 (FC6)"), 4242},
            {QStringLiteral("Float32 CDAB (FC16)"), -1.5},
            {QStringLiteral("Int64 (FC16)"), qint64(-1234567890123456789LL)},
            {QStringLiteral("bit 5 (read-modify-write)"), true},
            {QStringLiteral("bit 6 (read-modify-write)"), true},
            {QStringLiteral("coil 103 (FC5)"), true},
            {QStringLiteral("bit 3 (FC22)"), true},
        };
        for (const auto &[tag, v] : writes) {
            const WriteOutcome outcome = write(station, tag, v);
            QVERIFY2(outcome.ok(), qPrintable(tag + QLatin1String(": ") + outcome.reason));
        }
        for (const auto &[tag, v] : writes) {
            QTRY_VERIFY2_WITH_TIMEOUT(
                tagValue(station, tag) == v || tagValue(station, tag).toDouble() == v.toDouble(),
                qPrintable(tag + QLatin1String(" reads ") + tagValue(station, tag).toString()),
                5000);
        }
        // What went on the wire, as the slave saw it.
        const QByteArray log = server->standardOutput();
        QVERIFY2(log.contains("fc 6 address 500"), log.constData());
        QVERIFY2(log.contains("fc 16 address 502 count 2"), log.constData());
        QVERIFY2(log.contains("fc 16 address 504 count 4"), log.constData());
        QVERIFY2(log.contains("fc 5 address 103"), log.constData());
        QVERIFY2(log.contains("fc 22 address 509"), log.constData());
        QVERIFY2(log.contains("fc 6 address 508"), log.constData()); // the read-modify-write
    }

    void serverKilledThenBackWithoutRestartingVigie()
    {
        auto server = startServer();
        QVERIFY(server->isRunning());
        const quint16 port = server->port();
        Project p = oneValueProject(tcpConnection(port, /*timeout=*/300, /*retries=*/1), 2, 200);
        Station station;
        station.setProject(p);
        station.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("v")), QStringLiteral("Good"),
                                  5000);

        QElapsedTimer timer;
        timer.start();
        server->stop();
        // Bad within timeout × (retries + 1) plus one scan (and a margin for a loaded machine).
        QTRY_VERIFY_WITH_TIMEOUT(tagQuality(station, QStringLiteral("v"))
                                     .startsWith(QStringLiteral("Bad: disconnected")),
                                 300 * 2 + 200 + 1500);
        QVERIFY2(timer.elapsed() < 300 * 2 + 200 + 1500,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(tagValue(station, QStringLiteral("v")).toLongLong(), -12345); // last value kept
        QCOMPARE(station.tags()
                     ->value(station.tags()->idOf(QStringLiteral("PLC/$online")))
                     .value.toBool(),
                 false);

        auto again = startServer(false, port);
        QVERIFY(again->isRunning());
        // Back on its own, at the link's back-off pace (1 s, 2 s, ... with jitter).
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("v")), QStringLiteral("Good"),
                                  15000);
        QVERIFY(station.statistics().links[0].reconnects >= 1);
    }

    void refusedConnectionSaysSo()
    {
        // A port nobody listens on: take a free one from a server, then stop it.
        quint16 port = 0;
        {
            auto server = startServer();
            QVERIFY(server->isRunning());
            port = server->port();
        }
        Project p = oneValueProject(tcpConnection(port));
        p.connections[0].devices[0].frames[0].variables[0].writable = true;
        Station station;
        station.setProject(p);
        station.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            tagQuality(station, QStringLiteral("v"))
                .startsWith(QStringLiteral("Bad: disconnected: connection refused")),
            5000);
        const WriteOutcome outcome = write(station, QStringLiteral("v"), 1);
        QCOMPARE(int(outcome.status), int(WriteStatus::NotSent));
        QVERIFY2(outcome.reason.startsWith(QStringLiteral("disconnected")),
                 qPrintable(outcome.reason));
    }

    // The example starts its "PLC" and Vigie in one command, and every value reads Good.
    void exampleRunsInOneCommand()
    {
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("VIGIE_BUILD_DIR"), QStringLiteral(VIGIE_BINARY_DIR));
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(VIGIE_SOURCE_DIR "/examples/modbus/run"),
                  {QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(run.waitForFinished(60000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 qPrintable(QString::fromUtf8(run.readAllStandardError())));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 20);
        for (const QString &line : lines)
            QVERIFY2(line.contains(QStringLiteral("\"quality\":\"Good\"")), qPrintable(line));
    }

    // What the model's variables never ask for, straight through a queue and the transport:
    // several coils in one FC15, read back with FC1; and station 0 (broadcast) is never read.
    void multipleCoilsAndBroadcastThroughTheTransport()
    {
        auto server = startServer(/*verbose=*/true);
        QVERIFY(server->isRunning());
        SystemClock clock;
        const Connection c = tcpConnection(server->port());
        LinkOptions options;
        options.timeoutMs = c.timeout;
        LinkQueue queue(TransportFactory::create(c, &clock), &clock, options);
        queue.addDevice(QStringLiteral("d"), 1);
        QSignalSpy up(&queue, &LinkQueue::linkStateChanged);
        queue.open();
        QTRY_COMPARE_WITH_TIMEOUT(int(queue.linkState()), int(LinkQueue::LinkState::Up), 5000);

        QList<LinkResult> results;
        const auto keep = [&results](const LinkResult &r) { results << r; };
        LinkRequest write;
        write.kind = LinkRequest::Kind::Write;
        write.device = 0;
        write.stationAddress = 1;
        write.type = FrameType::Coil;
        write.startAddress = 100;
        write.quantity = 5;
        write.words = {1, 0, 1, 1, 0};
        queue.submit(write, keep);
        LinkRequest read = write;
        read.kind = LinkRequest::Kind::Read;
        read.quantity = 8;
        read.words.clear();
        queue.submit(read, keep);
        LinkRequest broadcast = read;
        broadcast.stationAddress = 0;
        queue.submit(broadcast, keep);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 5000);
        QVERIFY2(results[0].ok(), qPrintable(results[0].message));
        QCOMPARE(results[1].words, (QList<quint16> {1, 0, 1, 1, 0, 0, 0, 0}));
        QCOMPARE(int(results[2].error), int(LinkError::Refused));
        QVERIFY2(results[2].message.contains(QStringLiteral("broadcast")),
                 qPrintable(results[2].message));
        QTRY_VERIFY2_WITH_TIMEOUT(
            server->standardOutput().contains(
                "fc 15 address 100 values [True, False, True, True, False] -> ok"),
            server->standardOutput().constData(), 5000);
        queue.close(QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(tst_ModbusTcp)
#include "tst_modbustcp.moc"
