// Tests of DeviceSchedule and DevicePoller on a ManualClock: when cycles start, which frames
// each cycle reads, and how requests are paced through a LinkQueue against a fake transport
// with a set latency.

#include "acquisition/clock.h"
#include "acquisition/devicepoller.h"
#include "acquisition/deviceschedule.h"
#include "acquisition/linkqueue.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Vigie;

namespace {

// A transport whose reads complete after a latency chosen per request, on the manual clock.
// Frame i of a test device starts at address 100·i, so a request tells which frame it reads.
class FakeTransport final : public Transport
{
public:
    struct Request
    {
        int frame = -1;
        qint64 sentAt = -1;
        qint64 repliedAt = -1;
    };
    // Latency of a read of `frame` sent at `sentAt` (monotonic ms).
    using Latency = std::function<qint64(int frame, qint64 sentAt)>;

    FakeTransport(ManualClock *clock, Latency latency)
        : Transport(clock)
        , m_clock(clock)
        , m_latency(std::move(latency))
        , m_timer(clock->createTimer(this))
    {
        connect(m_timer, &ClockTimer::timeout, this, &FakeTransport::completeDue);
    }

    void open() override { setState(State::Up); }
    void close() override { setState(State::Closed); }
    int maxInFlight() const override { return 64; }

    // Send times of the requests for one frame.
    [[nodiscard]] QList<qint64> sendTimes(int frame) const
    {
        QList<qint64> times;
        for (const Request &r : requests) {
            if (r.frame == frame)
                times << r.sentAt;
        }
        return times;
    }

    QList<Request> requests;
    int peakInFlight = 0;

protected:
    void sendRequest(quint64 ticket, const LinkRequest &request) override
    {
        const qint64 now = m_clock->monotonicMs();
        const int frame = request.startAddress / 100;
        requests.append({frame, now, -1});
        m_pending.append(
            {now + m_latency(frame, now), int(requests.size() - 1), ticket, request.quantity});
        peakInFlight = std::max(peakInFlight, int(m_pending.size()));
        rearm();
    }
    void abandonRequest(quint64 ticket) override
    {
        m_pending.removeIf([ticket](const Pending &p) { return p.ticket == ticket; });
        rearm();
    }

private:
    struct Pending
    {
        qint64 due;
        int index;
        quint64 ticket;
        int quantity;
    };
    static bool earlier(const Pending &a, const Pending &b) { return a.due < b.due; }

    void rearm()
    {
        if (m_pending.isEmpty()) {
            m_timer->stop();
            return;
        }
        const auto first = std::min_element(m_pending.cbegin(), m_pending.cend(), earlier);
        m_timer->startAt(first->due);
    }

    // Completes the earliest due reply; the clock calls again at once if another is due.
    void completeDue()
    {
        const qint64 now = m_clock->monotonicMs();
        auto it = std::min_element(m_pending.begin(), m_pending.end(), earlier);
        if (it != m_pending.end() && it->due <= now) {
            const Pending p = *it;
            m_pending.erase(it);
            requests[p.index].repliedAt = now;
            rearm();
            LinkResult result;
            result.words = QList<quint16>(p.quantity, quint16(p.index));
            complete(p.ticket, result);
        }
        rearm();
    }

    ManualClock *m_clock;
    Latency m_latency;
    ClockTimer *m_timer;
    QList<Pending> m_pending;
};

// A link queue over a fake transport with the device on it, as the engine sets them up. The
// timeout is long: these tests are about the schedule, tst_linkqueue about timeouts.
struct Rig
{
    Rig(ManualClock *clock, FakeTransport::Latency latency, const Device &d)
        : transport(new FakeTransport(clock, std::move(latency)))
        , queue(transport, clock, options())
    {
        queue.addDevice(d.name, d.maxRequestsInFlight);
        queue.open();
    }
    static LinkOptions options()
    {
        LinkOptions o;
        o.timeoutMs = 3600 * 1000;
        return o;
    }
    FakeTransport *transport;
    LinkQueue queue;
};

Frame frame(int index, int scanTimeFactor = 1)
{
    Frame f;
    f.name = QStringLiteral("f%1").arg(index);
    f.type = FrameType::HoldingRegister;
    f.startAddress = 100 * index;
    f.quantity = 4;
    f.scanTimeFactor = scanTimeFactor;
    return f;
}

Device device(int scanTime, int frameCount, ScanType scanType = ScanType::Periodic)
{
    Device d;
    d.name = QStringLiteral("dev");
    d.scanTime = scanTime;
    d.scanType = scanType;
    for (int i = 0; i < frameCount; ++i)
        d.frames << frame(i);
    return d;
}

FakeTransport::Latency fixedLatency(qint64 ms)
{
    return [ms](int, qint64) { return ms; };
}

// The zone's offset as DeviceSchedule takes it.
DeviceSchedule::UtcOffsetAt offsetsOf(const QTimeZone &zone)
{
    return [zone](qint64 utcMs) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
    };
}

qint64 utcMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

// A UTC instant as local ISO time with its offset: "2024-10-27T02:00:00+01:00".
QString localIso(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(Qt::ISODate);
}

// Runs a DeviceSchedule with a 10 s scan and one frame aligned on the wall clock, from the wall
// time `start` to `until` (UTC ms), and returns the wall times of the frame's reads. The wall
// clock can be moved once, by `jumpBy` ms when it reaches `jumpAt`.
QList<qint64> alignedReads(int periodMinutes, int offsetMinutes, qint64 start, qint64 until,
                           const DeviceSchedule::UtcOffsetAt &offsetAt, qint64 jumpAt = -1,
                           qint64 jumpBy = 0)
{
    Device d = device(10000, 1);
    d.frames[0].scanTimeFactor = periodMinutes * 6;
    d.frames[0].minutesOffset = offsetMinutes;
    DeviceSchedule schedule(d);
    schedule.start(0);
    qint64 wallAtZero = start;
    QList<qint64> reads;
    for (;;) {
        const qint64 now = schedule.nextCycleAt();
        if (jumpAt >= 0 && wallAtZero + now >= jumpAt) {
            wallAtZero += jumpBy;
            jumpAt = -1;
        }
        const qint64 wall = wallAtZero + now;
        if (wall > until)
            break;
        if (schedule.beginCycle(wall, offsetAt) == QList<int> {0})
            reads << wall;
        schedule.endCycle(now + 20);
    }
    return reads;
}

// Local wall time of day as text, from local milliseconds since the epoch.
QString timeOfDay(qint64 localMs)
{
    const QTime time = QDateTime::fromMSecsSinceEpoch(localMs, Qt::UTC).time();
    return time.toString(QStringLiteral("hh:mm:ss"));
}

} // namespace

class tst_DeviceSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodicHasNoDrift_data();
    void periodicHasNoDrift();
    void overrunSkipsCycles_data();
    void overrunSkipsCycles();
    void fixedDelay();
    void scanTimeFactor_data();
    void scanTimeFactor();
    void minutesOffset_data();
    void minutesOffset();
    void nextAlignedSlot_data();
    void nextAlignedSlot();
    void interFrameDelay_data();
    void interFrameDelay();
    void maxRequestsInFlight_data();
    void maxRequestsInFlight();
    void readOnce();
    void restartAfterStopMidCycle();
    void manualClockTimeZone_data();
    void manualClockTimeZone();
    void alignedAcrossDst_data();
    void alignedAcrossDst();
    void nextAlignedInstant_data();
    void nextAlignedInstant();
    void wallClockJumps_data();
    void wallClockJumps();
    void systemTimerFarDeadline_data();
    void systemTimerFarDeadline();
};

void tst_DeviceSchedule::periodicHasNoDrift_data()
{
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("maxLatency"); // per request; a cycle stays below scanTime

    QTest::newRow("one frame, 0–999 ms cycles") << 1 << 999;
    QTest::newRow("three frames, 0–999 ms cycles") << 3 << 333;
    QTest::newRow("one frame, instant replies") << 1 << 0;
}

void tst_DeviceSchedule::periodicHasNoDrift()
{
    QFETCH(int, frames);
    QFETCH(int, maxLatency);

    const int scanTime = 1000;
    const int cycles = 1000;
    ManualClock clock;
    clock.advanceTo(12345); // t0 need not be 0
    // Pseudo-random durations, different every cycle.
    FakeTransport::Latency latency = [maxLatency, n = 0](int, qint64) mutable {
        return qint64((++n * 7919) % (maxLatency + 1));
    };
    Rig rig(&clock, latency, device(scanTime, frames));
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(device(scanTime, frames), 0, &rig.queue, &clock);
    QSignalSpy cycleSpy(&poller, &DevicePoller::cycleFinished);

    const qint64 t0 = clock.monotonicMs();
    poller.start();
    clock.advanceTo(t0 + qint64(cycles) * scanTime - 1);

    QCOMPARE(cycleSpy.size(), cycles);
    QCOMPARE(driver.requests.size(), cycles * frames);
    for (int k = 0; k < cycles; ++k) {
        const qint64 start = driver.requests[k * frames].sentAt;
        if (start != t0 + qint64(k) * scanTime)
            QFAIL(qPrintable(QStringLiteral("cycle %1 started at t0 + %2 ms, not t0 + %3 ms")
                                 .arg(k)
                                 .arg(start - t0)
                                 .arg(qint64(k) * scanTime)));
    }
    QCOMPARE(poller.schedule().skippedCycles(), quint64(0));
    QCOMPARE(poller.framesRead(), quint64(cycles * frames));
}

void tst_DeviceSchedule::overrunSkipsCycles_data()
{
    QTest::addColumn<int>("duration"); // of cycle 0, with scanTime 1000
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("nextStart");

    QTest::newRow("2.5 periods skips 2") << 2500 << 2 << 3000;
    QTest::newRow("exactly 2 periods skips 1") << 2000 << 1 << 2000;
    QTest::newRow("1 ms over skips 1") << 1001 << 1 << 2000;
    QTest::newRow("exactly 1 period skips none") << 1000 << 0 << 1000;
    QTest::newRow("just under skips none") << 999 << 0 << 1000;
}

void tst_DeviceSchedule::overrunSkipsCycles()
{
    QFETCH(int, duration);
    QFETCH(int, skipped);
    QFETCH(int, nextStart);

    ManualClock clock;
    FakeTransport::Latency latency = [duration](int, qint64 sentAt) {
        return sentAt == 0 ? qint64(duration) : qint64(10);
    };
    Rig rig(&clock, latency, device(1000, 1));
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(device(1000, 1), 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(nextStart + 3 * 1000 - 1);

    QCOMPARE(poller.schedule().skippedCycles(), quint64(skipped));
    const QList<qint64> starts = driver.sendTimes(0);
    // After the overrun, cycles are back on the t0 + k·scanTime grid.
    QCOMPARE(starts, (QList<qint64> {0, nextStart, nextStart + 1000, nextStart + 2000}));
    QCOMPARE(poller.schedule().cycleIndex(), qint64(nextStart / 1000 + 3));
}

void tst_DeviceSchedule::fixedDelay()
{
    ManualClock clock;
    FakeTransport::Latency latency = [n = 0](int, qint64) mutable {
        return qint64((++n * 373) % 2500);
    };
    Rig rig(&clock, latency, device(1000, 1, ScanType::FixedDelay));
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(device(1000, 1, ScanType::FixedDelay), 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(100000);

    const auto &r = driver.requests;
    QVERIFY2(r.size() > 20, "too few cycles ran");
    QCOMPARE(r[0].sentAt, qint64(0));
    for (int k = 0; k + 1 < r.size(); ++k) {
        QVERIFY(r[k].repliedAt >= 0);
        QCOMPARE(r[k + 1].sentAt - r[k].repliedAt, qint64(1000));
    }
    // Cycles longer than scanTime are not overruns in FixedDelay.
    QCOMPARE(poller.schedule().skippedCycles(), quint64(0));
}

void tst_DeviceSchedule::scanTimeFactor_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<int>("overrunCycle"); // -1: none; else that cycle lasts 1.5 periods
    QTest::addColumn<QList<qint64>>("cycles"); // cycles 0–11 that read the factored frame

    QTest::newRow("factor 1") << 1 << -1 << QList<qint64> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    QTest::newRow("factor 2") << 2 << -1 << QList<qint64> {0, 2, 4, 6, 8, 10};
    QTest::newRow("factor 3") << 3 << -1 << QList<qint64> {0, 3, 6, 9};
    QTest::newRow("factor 5") << 5 << -1 << QList<qint64> {0, 5, 10};
    // Cycle 2 overruns into slot 3, which is skipped; the frame due in slot 3 is read in 4.
    QTest::newRow("factor 3, slot 3 lost to an overrun") << 3 << 2 << QList<qint64> {0, 4, 6, 9};
}

void tst_DeviceSchedule::scanTimeFactor()
{
    QFETCH(int, factor);
    QFETCH(int, overrunCycle);
    QFETCH(QList<qint64>, cycles);

    Device d = device(1000, 2);
    d.frames[1].scanTimeFactor = factor;
    ManualClock clock;
    FakeTransport::Latency latency = [overrunCycle](int, qint64 sentAt) {
        return sentAt == qint64(overrunCycle) * 1000 ? qint64(1500) : qint64(10);
    };
    Rig rig(&clock, latency, d);
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(d, 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(12 * 1000 - 1);

    QList<qint64> readIn;
    for (const qint64 t : driver.sendTimes(1))
        readIn << t / 1000;
    QCOMPARE(readIn, cycles);
    // The frame with factor 1 is read in every cycle that ran.
    const qint64 ran = overrunCycle < 0 ? 12 : 11;
    QCOMPARE(qint64(driver.sendTimes(0).size()), ran);
}

void tst_DeviceSchedule::minutesOffset_data()
{
    QTest::addColumn<int>("scanTime");
    QTest::addColumn<int>("factor");
    QTest::addColumn<int>("offset"); // minutes
    QTest::addColumn<int>("utcOffset"); // seconds, local − UTC
    QTest::addColumn<QString>("until"); // local time the test runs to
    QTest::addColumn<QStringList>("reads"); // local times of the frame's reads

    // Every row starts at 10:59:30 local time.
    QTest::newRow("60 min, offset 0, 1 s scan")
        << 1000 << 3600 << 0 << 0 << "12:30:00" << QStringList {"10:59:30", "11:00:00", "12:00:00"};
    QTest::newRow("60 min, offset 5, 1 s scan")
        << 1000 << 3600 << 5 << 0 << "12:30:00" << QStringList {"10:59:30", "11:05:00", "12:05:00"};
    QTest::newRow("60 min, offset 0, 1 min scan: first cycle after the hour")
        << 60000 << 60 << 0 << 0 << "12:30:00" << QStringList {"10:59:30", "11:00:30", "12:00:30"};
    QTest::newRow("120 min, offset 0, local time UTC+1: even local hours")
        << 1000 << 7200 << 0 << 3600 << "14:30:00"
        << QStringList {"10:59:30", "12:00:00", "14:00:00"};
    QTest::newRow("60 min, offset 0, local time UTC+5:30")
        << 1000 << 3600 << 0 << 19800 << "12:30:00"
        << QStringList {"10:59:30", "11:00:00", "12:00:00"};
    QTest::newRow("120 min, offset 30") << 60000 << 120 << 30 << 0 << "15:00:00"
                                        << QStringList {"10:59:30", "12:30:30", "14:30:30"};
    QTest::newRow("15 min, offset 1, 1 s scan")
        << 1000 << 900 << 1 << 0 << "11:40:00"
        << QStringList {"10:59:30", "11:01:00", "11:16:00", "11:31:00"};
}

void tst_DeviceSchedule::minutesOffset()
{
    QFETCH(int, scanTime);
    QFETCH(int, factor);
    QFETCH(int, offset);
    QFETCH(int, utcOffset);
    QFETCH(QString, until);
    QFETCH(QStringList, reads);

    const QDate day(2024, 3, 5);
    const qint64 startLocal =
        QDateTime(day, QTime(10, 59, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 untilLocal =
        QDateTime(day, QTime::fromString(until, QStringLiteral("hh:mm:ss")), QTimeZone::utc())
            .toMSecsSinceEpoch();
    ManualClock clock(startLocal - qint64(utcOffset) * 1000, utcOffset);

    Device d = device(scanTime, 1);
    d.frames[0].scanTimeFactor = factor;
    d.frames[0].minutesOffset = offset;
    Rig rig(&clock, fixedLatency(20), d);
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(d, 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(untilLocal - startLocal);

    QStringList actual;
    for (const qint64 t : driver.sendTimes(0))
        actual << timeOfDay(startLocal + t);
    QCOMPARE(actual, reads);
}

void tst_DeviceSchedule::nextAlignedSlot_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("period");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expected");

    const qint64 min = 60000;
    const qint64 hour = 60 * min;
    QTest::newRow("mid-hour → next hour") << 10 * hour + 30 * min << hour << 0LL << 11 * hour;
    QTest::newRow("on the hour → the one after") << 10 * hour << hour << 0LL << 11 * hour;
    QTest::newRow("before the offset → this hour's")
        << 10 * hour + 2 * min << hour << 5 * min << 10 * hour + 5 * min;
    QTest::newRow("after the offset → next hour's")
        << 10 * hour + 6 * min << hour << 5 * min << 11 * hour + 5 * min;
    QTest::newRow("before the epoch") << -30 * min << hour << 0LL << 0LL;
    QTest::newRow("before the epoch, with offset")
        << -hour - 1 << hour << 5 * min << -hour + 5 * min;
}

void tst_DeviceSchedule::nextAlignedSlot()
{
    QFETCH(qint64, now);
    QFETCH(qint64, period);
    QFETCH(qint64, offset);
    QFETCH(qint64, expected);
    QCOMPARE(DeviceSchedule::nextAlignedSlot(now, period, offset), expected);
}

void tst_DeviceSchedule::interFrameDelay_data()
{
    QTest::addColumn<QList<int>>("delays"); // interFrameDelay of each frame
    QTest::addColumn<QList<qint64>>("sends"); // send time of each frame; replies take 20 ms

    QTest::newRow("no delay: back to back") << QList<int> {0, 0} << QList<qint64> {0, 20};
    QTest::newRow("50 ms after the first reply") << QList<int> {50, 0} << QList<qint64> {0, 70};
    QTest::newRow("delay applies after its own frame only")
        << QList<int> {50, 0, 0} << QList<qint64> {0, 70, 90};
    QTest::newRow("each frame its own delay")
        << QList<int> {50, 30, 0} << QList<qint64> {0, 70, 120};
}

void tst_DeviceSchedule::interFrameDelay()
{
    QFETCH(QList<int>, delays);
    QFETCH(QList<qint64>, sends);

    Device d = device(1000, int(delays.size()));
    for (int i = 0; i < delays.size(); ++i)
        d.frames[i].interFrameDelay = delays[i];
    ManualClock clock;
    Rig rig(&clock, fixedLatency(20), d);
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(d, 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(999);

    QList<qint64> actual;
    for (const auto &r : std::as_const(driver.requests))
        actual << r.sentAt;
    QCOMPARE(actual, sends);
    QCOMPARE(driver.peakInFlight, 1);
}

void tst_DeviceSchedule::maxRequestsInFlight_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("expectedMax");

    QTest::newRow("1: one at a time") << 1 << 5 << 1;
    QTest::newRow("3 of 5 frames") << 3 << 5 << 3;
    QTest::newRow("3, but only 2 frames") << 3 << 2 << 2;
    QTest::newRow("16: all 5 at once") << 16 << 5 << 5;
}

void tst_DeviceSchedule::maxRequestsInFlight()
{
    QFETCH(int, window);
    QFETCH(int, frames);
    QFETCH(int, expectedMax);

    Device d = device(1000, frames);
    d.maxRequestsInFlight = window;
    ManualClock clock;
    FakeTransport::Latency latency = [](int frame, qint64) { return qint64(30 + 7 * frame); };
    Rig rig(&clock, latency, d);
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(d, 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(10 * 1000 - 1);

    QCOMPARE(driver.peakInFlight, expectedMax);
    QCOMPARE(poller.framesRead(), quint64(10 * frames));
    for (int f = 0; f < frames; ++f)
        QCOMPARE(driver.sendTimes(f).size(), 10);
}

void tst_DeviceSchedule::readOnce()
{
    Device d = device(1000, 4);
    d.frames[1].scanTimeFactor = 5;
    d.frames[2].scanTimeFactor = 60;
    d.frames[2].minutesOffset = 0;
    d.frames[3].isReadable = false; // write-only: not read
    d.frames[3].isWritable = true;
    d.frames[0].interFrameDelay = 40;

    ManualClock clock(
        QDateTime(QDate(2024, 3, 5), QTime(10, 59, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    clock.advanceTo(500);
    Rig rig(&clock, fixedLatency(25), d);
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(d, 0, &rig.queue, &clock);
    QSignalSpy onceSpy(&poller, &DevicePoller::onceFinished);
    QSignalSpy readSpy(&poller, &DevicePoller::frameRead);
    QSignalSpy cycleSpy(&poller, &DevicePoller::cycleFinished);

    poller.readOnce();
    QCOMPARE(onceSpy.size(), 0); // replies come later, never before read() returns
    clock.advanceBy(10);
    QCOMPARE(onceSpy.size(), 0);
    clock.advanceBy(1000);
    QCOMPARE(onceSpy.size(), 1);

    QList<int> framesRead;
    for (const auto &args : std::as_const(readSpy))
        framesRead << args.at(0).toInt();
    QCOMPARE(framesRead, (QList<int> {0, 1, 2}));
    QCOMPARE(readSpy.at(0).at(1).value<QList<quint16>>().size(), 4);
    // The interFrameDelay still paces the pass: 500, reply at 525, next at 565.
    QCOMPARE(driver.sendTimes(1), QList<qint64> {565});

    // Nothing more happens: no periodic cycles follow.
    clock.advanceBy(3 * 3600 * 1000);
    QCOMPARE(driver.requests.size(), 3);
    QCOMPARE(onceSpy.size(), 1);
    QCOMPARE(cycleSpy.size(), 0);
}

void tst_DeviceSchedule::restartAfterStopMidCycle()
{
    ManualClock clock;
    Rig rig(&clock, fixedLatency(100), device(1000, 1));
    FakeTransport &driver = *rig.transport;
    DevicePoller poller(device(1000, 1), 0, &rig.queue, &clock);
    poller.start();
    clock.advanceTo(50); // the first read is in flight
    poller.stop();
    clock.advanceTo(5000); // its reply arrives while stopped, and is dropped
    QCOMPARE(driver.requests.size(), 1);
    QCOMPARE(poller.framesRead(), quint64(0));

    poller.start();
    clock.advanceTo(7999);
    // Restarted at 5000: cycles at 5000, 6000 and 7000.
    // stop() in mid-cycle must not leave the restarted poller waiting for the old cycle.
    QCOMPARE(driver.sendTimes(0), (QList<qint64> {0, 5000, 6000, 7000}));
}

void tst_DeviceSchedule::manualClockTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone"); // IANA id, or empty for a fixed UTC+05:30
    QTest::addColumn<QString>("utc"); // the clock's wall time
    QTest::addColumn<int>("offset"); // seconds, local − UTC

    QTest::newRow("fixed offset") << QByteArray() << "2024-10-27T01:00:00Z" << 19800;
    QTest::newRow("Paris, last second of summer time")
        << QByteArray("Europe/Paris") << "2024-10-27T00:59:59Z" << 7200;
    QTest::newRow("Paris, winter time from 01:00Z (03:00 CEST → 02:00 CET)")
        << QByteArray("Europe/Paris") << "2024-10-27T01:00:00Z" << 3600;
    QTest::newRow("Paris, last second of winter time")
        << QByteArray("Europe/Paris") << "2024-03-31T00:59:59Z" << 3600;
    QTest::newRow("Paris, summer time from 01:00Z (02:00 CET → 03:00 CEST)")
        << QByteArray("Europe/Paris") << "2024-03-31T01:00:00Z" << 7200;
    QTest::newRow("New York, winter time from 06:00Z")
        << QByteArray("America/New_York") << "2024-11-03T06:00:00Z" << -18000;
}

void tst_DeviceSchedule::manualClockTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, utc);
    QFETCH(int, offset);

    const qint64 at = QDateTime::fromString(utc, Qt::ISODate).toMSecsSinceEpoch();
    // The clock starts a minute early and is moved on: the offset follows the clock's time.
    ManualClock clock(at - 60000, 19800);
    if (!zone.isEmpty()) {
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(),
                 QByteArray(zone + " is not a known time zone (is tzdata installed?)"));
        clock.setTimeZone(tz);
    }
    clock.advanceBy(60000);
    QCOMPARE(clock.wallMs(), at);
    QCOMPARE(clock.utcOffsetSeconds(clock.wallMs()), offset);
}

void tst_DeviceSchedule::alignedAcrossDst_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("period"); // minutes
    QTest::addColumn<int>("offset"); // minutes
    QTest::addColumn<QString>("start"); // UTC; the first cycle reads every frame
    QTest::addColumn<QString>("until"); // UTC
    QTest::addColumn<QStringList>("reads"); // local times of the reads, with their offset

    const QByteArray paris("Europe/Paris");
    // 2024-10-27 01:00Z: 03:00 CEST becomes 02:00 CET, the hour 02:00–03:00 happens twice.
    QTest::newRow("Paris, 60 min across the fall-back: 02:00 CEST and 02:00 CET")
        << paris << 60 << 0 << "2024-10-26T22:30:00Z"
        << "2024-10-27T03:30:00Z"
        << QStringList {"2024-10-27T00:30:00+02:00", "2024-10-27T01:00:00+02:00",
                        "2024-10-27T02:00:00+02:00", "2024-10-27T02:00:00+01:00",
                        "2024-10-27T03:00:00+01:00", "2024-10-27T04:00:00+01:00"};
    // 2024-03-31 01:00Z: 02:00 CET becomes 03:00 CEST, the hour 02:00–03:00 does not exist.
    QTest::newRow("Paris, 60 min across the spring-forward: no stall")
        << paris << 60 << 0 << "2024-03-30T22:30:00Z"
        << "2024-03-31T03:30:00Z"
        << QStringList {"2024-03-30T23:30:00+01:00", "2024-03-31T00:00:00+01:00",
                        "2024-03-31T01:00:00+01:00", "2024-03-31T03:00:00+02:00",
                        "2024-03-31T04:00:00+02:00", "2024-03-31T05:00:00+02:00"};
    QTest::newRow("Paris, 60 min at :30 across the spring-forward: 02:30 is read at 03:00")
        << paris << 60 << 30 << "2024-03-31T00:10:00Z"
        << "2024-03-31T02:45:00Z"
        << QStringList {"2024-03-31T01:10:00+01:00", "2024-03-31T01:30:00+01:00",
                        "2024-03-31T03:00:00+02:00", "2024-03-31T03:30:00+02:00",
                        "2024-03-31T04:30:00+02:00"};
    QTest::newRow("Paris, 24 h at midnight across the fall-back: 25 h apart")
        << paris << 1440 << 0 << "2024-10-25T12:00:00Z"
        << "2024-10-29T12:00:00Z"
        << QStringList {"2024-10-25T14:00:00+02:00", "2024-10-26T00:00:00+02:00",
                        "2024-10-27T00:00:00+02:00", "2024-10-28T00:00:00+01:00",
                        "2024-10-29T00:00:00+01:00"};
    QTest::newRow("Paris, 24 h at midnight across the spring-forward: 23 h apart")
        << paris << 1440 << 0 << "2024-03-29T12:00:00Z"
        << "2024-04-02T12:00:00Z"
        << QStringList {"2024-03-29T13:00:00+01:00", "2024-03-30T00:00:00+01:00",
                        "2024-03-31T00:00:00+01:00", "2024-04-01T00:00:00+02:00",
                        "2024-04-02T00:00:00+02:00"};
    QTest::newRow("Paris, 15 min at +5, an ordinary day")
        << paris << 15 << 5 << "2024-03-05T09:58:00Z"
        << "2024-03-05T10:55:00Z"
        << QStringList {"2024-03-05T10:58:00+01:00", "2024-03-05T11:05:00+01:00",
                        "2024-03-05T11:20:00+01:00", "2024-03-05T11:35:00+01:00",
                        "2024-03-05T11:50:00+01:00"};
    QTest::newRow("Paris, 15 min at +5 across the fall-back: every 15 min")
        << paris << 15 << 5 << "2024-10-27T00:30:00Z"
        << "2024-10-27T01:30:00Z"
        << QStringList {"2024-10-27T02:30:00+02:00", "2024-10-27T02:35:00+02:00",
                        "2024-10-27T02:50:00+02:00", "2024-10-27T02:05:00+01:00",
                        "2024-10-27T02:20:00+01:00"};
    // 2024-11-03 06:00Z: 02:00 EDT becomes 01:00 EST.
    QTest::newRow("New York, 60 min across the fall-back: 01:00 EDT and 01:00 EST")
        << QByteArray("America/New_York") << 60 << 0 << "2024-11-03T03:30:00Z"
        << "2024-11-03T07:30:00Z"
        << QStringList {"2024-11-02T23:30:00-04:00", "2024-11-03T00:00:00-04:00",
                        "2024-11-03T01:00:00-04:00", "2024-11-03T01:00:00-05:00",
                        "2024-11-03T02:00:00-05:00"};
    // 2018-11-04 03:00Z: midnight −03:00 became 01:00 −02:00, that midnight did not exist.
    QTest::newRow("São Paulo, 24 h at midnight, a day without midnight: read at 01:00")
        << QByteArray("America/Sao_Paulo") << 1440 << 0 << "2018-11-03T12:00:00Z"
        << "2018-11-05T12:00:00Z"
        << QStringList {"2018-11-03T09:00:00-03:00", "2018-11-04T01:00:00-02:00",
                        "2018-11-05T00:00:00-02:00"};
}

void tst_DeviceSchedule::alignedAcrossDst()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, period);
    QFETCH(int, offset);
    QFETCH(QString, start);
    QFETCH(QString, until);
    QFETCH(QStringList, reads);

    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), QByteArray(zone + " is not a known time zone (is tzdata installed?)"));
    QStringList actual;
    for (const qint64 t : alignedReads(period, offset, utcMs(start), utcMs(until), offsetsOf(tz)))
        actual << localIso(t, tz);
    QCOMPARE(actual, reads);
}

void tst_DeviceSchedule::nextAlignedInstant_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from"); // UTC
    QTest::addColumn<int>("period"); // minutes
    QTest::addColumn<int>("offset"); // minutes
    QTest::addColumn<QString>("expected"); // local time, with its offset

    const QByteArray paris("Europe/Paris");
    QTest::newRow("UTC, mid-hour → next hour")
        << QByteArray("UTC") << "2024-03-05T10:30:00Z" << 60 << 0 << "2024-03-05T11:00:00+00:00";
    QTest::newRow("Paris, 02:00 CEST → 02:00 CET, the repeated hour")
        << paris << "2024-10-27T00:00:00Z" << 60 << 0 << "2024-10-27T02:00:00+01:00";
    QTest::newRow("Paris, 02:59:59 CEST → 02:00 CET")
        << paris << "2024-10-27T00:59:59Z" << 60 << 0 << "2024-10-27T02:00:00+01:00";
    QTest::newRow("Paris, 02:00 CET → 03:00 CET")
        << paris << "2024-10-27T01:00:00Z" << 60 << 0 << "2024-10-27T03:00:00+01:00";
    QTest::newRow("Paris, 01:00 CET → 03:00 CEST, 02:00 does not exist")
        << paris << "2024-03-31T00:00:00Z" << 60 << 0 << "2024-03-31T03:00:00+02:00";
    QTest::newRow("Paris, 01:30 CET, at :30 → 03:00 CEST, the jump over 02:30")
        << paris << "2024-03-31T00:30:00Z" << 60 << 30 << "2024-03-31T03:00:00+02:00";
    QTest::newRow("Paris, 03:00 CEST, at :30 → 03:30 CEST")
        << paris << "2024-03-31T01:00:00Z" << 60 << 30 << "2024-03-31T03:30:00+02:00";
    QTest::newRow("Paris, daily midnight before the fall-back → 25 h later")
        << paris << "2024-10-26T22:00:00Z" << 1440 << 0 << "2024-10-28T00:00:00+01:00";
    QTest::newRow("Paris, daily midnight before the spring-forward → 23 h later")
        << paris << "2024-03-30T23:00:00Z" << 1440 << 0 << "2024-04-01T00:00:00+02:00";
    QTest::newRow("Paris, daily 02:30, spring-forward day → at the jump, 03:00 CEST")
        << paris << "2024-03-30T12:00:00Z" << 1440 << 150 << "2024-03-31T03:00:00+02:00";
    QTest::newRow("Paris, 120 min at +30, the fall-back between")
        << paris << "2024-10-26T23:00:00Z" << 120 << 30 << "2024-10-27T02:30:00+02:00";
    QTest::newRow("Paris, 120 min at +30, from 02:30 CEST → 02:30 CET")
        << paris << "2024-10-27T00:30:00Z" << 120 << 30 << "2024-10-27T02:30:00+01:00";
}

void tst_DeviceSchedule::nextAlignedInstant()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(int, period);
    QFETCH(int, offset);
    QFETCH(QString, expected);

    const QTimeZone tz(zone);
    QVERIFY2(tz.isValid(), QByteArray(zone + " is not a known time zone (is tzdata installed?)"));
    const qint64 next = DeviceSchedule::nextAlignedInstant(utcMs(from), qint64(period) * 60000,
                                                           qint64(offset) * 60000, offsetsOf(tz));
    QCOMPARE(localIso(next, tz), expected);
}

void tst_DeviceSchedule::wallClockJumps_data()
{
    QTest::addColumn<QString>("jumpAt"); // wall time of day, UTC
    QTest::addColumn<int>("jumpBy"); // minutes
    QTest::addColumn<QString>("until"); // wall time of day after the jump
    QTest::addColumn<QStringList>("reads"); // wall times of day of an hourly frame's reads

    // Every row starts at 10:59:30.
    QTest::newRow("set back 90 min: read at once, then on the hour")
        << "11:10:00" << -90 << "11:30:00"
        << QStringList {"10:59:30", "11:00:00", "09:40:00", "10:00:00", "11:00:00"};
    QTest::newRow("set back 5 min: the next hour as planned")
        << "11:30:00" << -5 << "12:30:00" << QStringList {"10:59:30", "11:00:00", "12:00:00"};
    QTest::newRow("set forward 2 h: read at once, then on the hour")
        << "11:10:00" << 120 << "14:30:00"
        << QStringList {"10:59:30", "11:00:00", "13:10:00", "14:00:00"};
}

void tst_DeviceSchedule::wallClockJumps()
{
    QFETCH(QString, jumpAt);
    QFETCH(int, jumpBy);
    QFETCH(QString, until);
    QFETCH(QStringList, reads);

    const QString day = QStringLiteral("2024-03-05T");
    const QTimeZone utc = QTimeZone::utc();
    QStringList actual;
    for (const qint64 t :
         alignedReads(60, 0, utcMs(day + "10:59:30Z"), utcMs(day + until + 'Z'), offsetsOf(utc),
                      utcMs(day + jumpAt + 'Z'), qint64(jumpBy) * 60000))
        actual << timeOfDay(t);
    QCOMPARE(actual, reads);
}

void tst_DeviceSchedule::systemTimerFarDeadline_data()
{
    QTest::addColumn<int>("maxInterval"); // the SystemClock's longest QTimer interval, ms
    QTest::addColumn<qint64>("after"); // the deadline, ms from now

    QTest::newRow("within one interval") << 1000 << qint64(60);
    QTest::newRow("8 intervals away") << 20 << qint64(160);
    QTest::newRow("not a multiple of the interval") << 25 << qint64(110);
}

// SystemClock's timers are real QTimers, which take an int of milliseconds: a deadline past the
// longest interval is reached in steps, and the timer fires once, never before its deadline.
void tst_DeviceSchedule::systemTimerFarDeadline()
{
    QFETCH(int, maxInterval);
    QFETCH(qint64, after);

    SystemClock clock(maxInterval);
    QObject owner;
    ClockTimer *timer = clock.createTimer(&owner);
    QList<qint64> firedAt;
    connect(timer, &ClockTimer::timeout, &owner,
            [&clock, &firedAt] { firedAt << clock.monotonicMs(); });
    const qint64 deadline = clock.monotonicMs() + after;
    timer->startAt(deadline);
    QVERIFY(timer->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(firedAt.size(), 1, 10000);
    QVERIFY2(firedAt[0] >= deadline,
             qPrintable(QStringLiteral("fired %1 ms early").arg(deadline - firedAt[0])));
    QVERIFY(!timer->isActive());
    QTest::qWait(100);
    QCOMPARE(firedAt.size(), 1);

    // 2^32 ms away, and 200 ms: an int would have wrapped to 200 ms.
    timer->startAt(clock.monotonicMs() + (qint64(1) << 32) + 200);
    QTest::qWait(400);
    QVERIFY(timer->isActive());
    QCOMPARE(firedAt.size(), 1);
    timer->stop();
    QVERIFY(!timer->isActive());
}

QTEST_GUILESS_MAIN(tst_DeviceSchedule)
#include "tst_deviceschedule.moc"
