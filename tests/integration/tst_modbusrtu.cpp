// Vigie's Modbus RTU transport against pymodbus's serial server, over a socat pty pair (a pty
// ignores baud and parity: 8N1): values and writes on a bus, a slave absent from the bus that
// does not slow the present one, and a port that vanishes and comes back.

#include "modbustestproject.h"
#include "peerprocess.h"
#include "requireprogram.h"

#include <QTemporaryDir>

using namespace Vigie;
using namespace Vigie::Test;

namespace {

Connection rtuConnection(const QString &port, int timeout = 200, int retries = 0)
{
    Connection c = connection(QStringLiteral("Bus"), Protocol::ModbusRtu, timeout, retries);
    c.serial = {port, 19200, Parity::None, 8, 1}; // a pty pair ignores baud and parity
    return c;
}

} // namespace

class tst_ModbusRtu : public QObject
{
    Q_OBJECT

private:
    QString m_python;
    QString m_socat;
    QTemporaryDir m_dir; // the pty links live here, so a restarted socat makes the same names

    std::unique_ptr<PeerProcess> startPtys()
    {
        auto ptys = std::make_unique<PeerProcess>(
            m_socat,
            QStringList {
                QStringLiteral("-d"), QStringLiteral("-d"),
                QStringLiteral("pty,raw,echo=0,link=") + m_dir.filePath(QStringLiteral("a")),
                QStringLiteral("pty,raw,echo=0,link=") + m_dir.filePath(QStringLiteral("b"))});
        ptys->readyWhenOutputContains(QStringLiteral("starting data transfer loop"));
        if (!ptys->start())
            qWarning("%s", qPrintable(ptys->errorString()));
        return ptys;
    }
    std::unique_ptr<PeerProcess> startSlave(const QString &units)
    {
        auto slave = std::make_unique<PeerProcess>(
            m_python,
            QStringList {modbusServer, QStringLiteral("--rtu"), m_dir.filePath(QStringLiteral("a")),
                         QStringLiteral("--units"), units, QStringLiteral("--map"), everyTypeMap});
        slave->readyWhenOutputContains(QStringLiteral("ready rtu"));
        if (!slave->start())
            qWarning("%s", qPrintable(slave->errorString()));
        return slave;
    }
    QString portB() { return m_dir.filePath(QStringLiteral("b")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = requireProgram(QStringLiteral("/usr/bin/python3"));
        m_socat = requireProgram(QStringLiteral("socat"));
        QVERIFY(m_dir.isValid());
    }

    void valuesAndWritesOnTheBus()
    {
        auto ptys = startPtys();
        QVERIFY(ptys->isRunning());
        auto slave = startSlave(QStringLiteral("1,2"));
        QVERIFY(slave->isRunning());

        Project p;
        Connection c = rtuConnection(portB());
        Device one = device(QStringLiteral("one"), 1);
        one.frames = {everyTypeBlock(ByteOrder::CDAB, 100)};
        Frame free = frame(QStringLiteral("free"), FrameType::HoldingRegister, 500, 4);
        free.variables = {
            variable(QStringLiteral("setpoint"), DataType::Float32, 0, ByteOrder::CDAB),
            variable(QStringLiteral("flag"), DataType::Bool, 3, ByteOrder::ABCD)};
        free.variables[0].writable = true;
        free.variables[1].writable = true;
        free.variables[1].bit = 9;
        one.frames << free;
        Device two = device(QStringLiteral("two"), 2);
        Frame hr2 = frame(QStringLiteral("hr"), FrameType::HoldingRegister, 0, 2);
        hr2.variables = {variable(QStringLiteral("two/1"), DataType::UInt16, 1, ByteOrder::ABCD)};
        two.frames = {hr2};
        c.devices = {one, two};
        p.connections = {c};
        Station station;
        station.setProject(p);
        station.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("two/1")),
                                  QStringLiteral("Good"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("CDAB/Float64")),
                                  QStringLiteral("Good"), 5000);
        QCOMPARE(tagValue(station, QStringLiteral("CDAB/Int64")).toLongLong(),
                 -1234567890123456789LL);
        QCOMPARE(tagValue(station, QStringLiteral("CDAB/Float64")).toDouble(), -1234.5678);
        QCOMPARE(tagValue(station, QStringLiteral("CDAB/String")).toString(),
                 QStringLiteral("Station-07"));
        QCOMPARE(tagValue(station, QStringLiteral("two/1")).toLongLong(), 4660);

        WriteOutcome outcome = write(station, QStringLiteral("setpoint"), 12.25);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        outcome = write(station, QStringLiteral("flag"), true);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason));
        QTRY_COMPARE_WITH_TIMEOUT(tagValue(station, QStringLiteral("setpoint")).toFloat(), 12.25f,
                                  5000);
        QTRY_COMPARE_WITH_TIMEOUT(tagValue(station, QStringLiteral("flag")).toBool(), true, 5000);
    }

    // One dead meter must not slow the whole RS-485 bus: the present slave keeps at least 80%
    // of its update rate while the absent one is only probed at its back-off pace.
    void absentSlaveDoesNotSlowThePresentOne()
    {
        auto ptys = startPtys();
        QVERIFY(ptys->isRunning());
        auto slave = startSlave(QStringLiteral("1")); // unit 3 is absent
        QVERIFY(slave->isRunning());

        Project p;
        Connection c = rtuConnection(portB(), /*timeout=*/300, /*retries=*/1);
        Device present = device(QStringLiteral("present"), 1, /*scanTime=*/200);
        Frame f = frame(QStringLiteral("f"), FrameType::HoldingRegister, 0, 2);
        f.variables = {variable(QStringLiteral("here"), DataType::Int16, 0, ByteOrder::ABCD)};
        present.frames = {f};
        Device absent = device(QStringLiteral("absent"), 3, /*scanTime=*/200);
        Frame g = frame(QStringLiteral("g"), FrameType::HoldingRegister, 0, 2);
        g.variables = {variable(QStringLiteral("gone"), DataType::Int16, 0, ByteOrder::ABCD)};
        absent.frames = {g};
        c.devices = {present, absent};
        p.connections = {c};
        Station station;
        station.setProject(p);
        station.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("here")),
                                  QStringLiteral("Good"), 5000);
        const quint64 before = station.statistics().links[0].devices[0].counters.goodReplies;
        QTest::qWait(4000);
        const AcquisitionStatistics stats = station.statistics();
        const quint64 reads = stats.links[0].devices[0].counters.goodReplies - before;
        // 4 s at 200 ms: 20 cycles at full rate.
        QVERIFY2(reads >= 16, qPrintable(QStringLiteral("%1 reads in 4 s").arg(reads)));
        QCOMPARE(stats.links[0].devices[1].state, QStringLiteral("BackingOff"));
        QVERIFY2(stats.links[0].devices[1].counters.timeouts <= 10,
                 qPrintable(QString::number(stats.links[0].devices[1].counters.timeouts)));
        QVERIFY2(tagQuality(station, QStringLiteral("gone"))
                     .contains(QStringLiteral("no reply from absent (station 3)")),
                 qPrintable(tagQuality(station, QStringLiteral("gone"))));
    }

    // A USB adapter unplugged: the port goes away, the tags go Bad, and when it is back Vigie
    // reopens it by itself.
    void vanishingPortIsReopened()
    {
        auto ptys = startPtys();
        QVERIFY(ptys->isRunning());
        auto slave = startSlave(QStringLiteral("1"));
        QVERIFY(slave->isRunning());
        Project p = oneValueProject(rtuConnection(portB()));
        Station station;
        station.setProject(p);
        station.start();
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("v")), QStringLiteral("Good"),
                                  5000);

        ptys->stop(); // both ends of the pair vanish
        QTRY_VERIFY_WITH_TIMEOUT(
            tagQuality(station, QStringLiteral("v")).startsWith(QStringLiteral("Bad")), 5000);
        ptys = startPtys();
        QVERIFY(ptys->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(tagQuality(station, QStringLiteral("v")), QStringLiteral("Good"),
                                  20000);
    }
};

QTEST_GUILESS_MAIN(tst_ModbusRtu)
#include "tst_modbusrtu.moc"
