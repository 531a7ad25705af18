// The LinkQueue contract, on a scripted in-process transport and a ManualClock: fairness
// between devices, write priority and order, windows per device and per link, the watchdog,
// retries by error kind, back-off and recovery, the atomic bit write, quiet time, link loss
// and reconnection, cancellation, statistics, and "every request answered exactly once".

#include "acquisition/clock.h"
#include "acquisition/linkqueue.h"
#include "acquisition/linkstatistics.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(Vigie::LinkError)

using namespace Vigie;

namespace {

// A transport that holds every request until the test (or its auto-answer rule) answers it.
// It keeps a register image per device so writes and read-modify-writes can be checked.
class ScriptedTransport final : public Transport
{
public:
    struct Sent
    {
        quint64 ticket = 0;
        LinkRequest request;
        qint64 at = 0;
        bool answered = false;
        bool abandoned = false;
    };
    // Decides the answer to a request; nullopt: leave it unanswered (the test answers it).
    using Rule = std::function<std::optional<LinkResult>(const LinkRequest &)>;

    explicit ScriptedTransport(ManualClock *clock, int window = 1)
        : Transport(clock)
        , m_clock(clock)
        , m_window(window)
        , m_timer(clock->createTimer(this))
    {
        connect(m_timer, &ClockTimer::timeout, this, &ScriptedTransport::answerDue);
    }

    void open() override
    {
        ++opens;
        setState(upOnOpen ? State::Up : State::Connecting);
    }
    void close() override { setState(State::Closed); }
    int maxInFlight() const override { return m_window; }

    // Answers the n-th request sent (0-based) now.
    void answer(int n, const LinkResult &result)
    {
        Sent &s = sent[n];
        QVERIFY2(!s.answered, "answered twice");
        s.answered = true;
        complete(s.ticket, result);
    }
    void answerOk(int n, const QList<quint16> &words = {}) { answer(n, ok(words)); }
    void goDown(const QString &reason) { setState(State::Down, reason); }
    void goUp() { setState(State::Up); }

    // Every request gets an answer after `latency` ms on the manual clock, decided by `rule`.
    void autoAnswer(qint64 latency, Rule rule = {})
    {
        m_latency = latency;
        m_rule = rule ? std::move(rule) : [this](const LinkRequest &r) {
            return std::optional<LinkResult>(execute(r));
        };
    }

    // Applies a request to the register image and returns what a device would answer.
    LinkResult execute(const LinkRequest &r)
    {
        LinkResult result;
        auto &image = registers[r.device];
        if (r.kind == LinkRequest::Kind::Read) {
            for (int i = 0; i < r.quantity; ++i)
                result.words << image.value(r.startAddress + i);
        } else {
            for (int i = 0; i < r.words.size(); ++i)
                image[r.startAddress + i] = r.words[i];
        }
        return result;
    }

    [[nodiscard]] int inFlight() const
    {
        int n = 0;
        for (const Sent &s : sent)
            n += !s.answered && !s.abandoned;
        return n;
    }
    [[nodiscard]] QList<int> devicesInOrder() const
    {
        QList<int> out;
        for (const Sent &s : sent)
            out << s.request.device;
        return out;
    }

    static LinkResult ok(const QList<quint16> &words = {})
    {
        LinkResult r;
        r.words = words;
        return r;
    }
    static LinkResult error(LinkError kind, int code = 0)
    {
        LinkResult r;
        r.error = kind;
        r.exceptionCode = code;
        r.message = QStringLiteral("scripted %1").arg(toString(kind));
        return r;
    }

    QList<Sent> sent;
    QHash<int, QHash<int, quint16>> registers; // device → address → word
    int peakInFlight = 0;
    QHash<int, int> peakPerDevice;
    int opens = 0;
    bool upOnOpen = true;

protected:
    void sendRequest(quint64 ticket, const LinkRequest &request) override
    {
        sent.append({ticket, request, m_clock->monotonicMs(), false, false});
        peakInFlight = std::max(peakInFlight, inFlight());
        int ofDevice = 0;
        for (const Sent &s : std::as_const(sent))
            ofDevice += !s.answered && !s.abandoned && s.request.device == request.device;
        peakPerDevice[request.device] = std::max(peakPerDevice.value(request.device), ofDevice);
        if (m_rule) {
            m_due.append({m_clock->monotonicMs() + m_latency, int(sent.size() - 1)});
            m_timer->startAt(m_due.first().first);
        }
    }
    void abandonRequest(quint64 ticket) override
    {
        for (Sent &s : sent) {
            if (s.ticket == ticket)
                s.abandoned = true;
        }
    }

private:
    void answerDue()
    {
        const qint64 now = m_clock->monotonicMs();
        while (!m_due.isEmpty() && m_due.first().first <= now) {
            const int n = m_due.takeFirst().second;
            if (sent[n].abandoned)
                continue;
            if (const auto result = m_rule(sent[n].request)) {
                sent[n].answered = true;
                complete(sent[n].ticket, *result);
            }
        }
        if (!m_due.isEmpty())
            m_timer->startAt(m_due.first().first);
    }

    ManualClock *m_clock;
    int m_window;
    ClockTimer *m_timer;
    qint64 m_latency = 0;
    Rule m_rule;
    QList<std::pair<qint64, int>> m_due;
};

// Answers as they come back to the test.
struct Answers
{
    QList<LinkResult> results;
    QList<int> order; // the tag each answer was submitted with
    LinkQueue::Completion tagged(int tag)
    {
        return [this, tag](const LinkResult &r) {
            results << r;
            order << tag;
        };
    }
};

LinkRequest read(int device, int address = 0, int quantity = 1)
{
    LinkRequest r;
    r.device = device;
    r.stationAddress = device + 1;
    r.startAddress = address;
    r.quantity = quantity;
    return r;
}

LinkRequest write(int device, int address, quint16 word)
{
    LinkRequest r = read(device, address, 1);
    r.kind = LinkRequest::Kind::Write;
    r.words = {word};
    return r;
}

LinkRequest writeBit(int device, int address, int bit, bool on)
{
    LinkRequest r = read(device, address, 1);
    r.kind = LinkRequest::Kind::WriteBit;
    r.bit = bit;
    r.bitValue = on;
    return r;
}

LinkOptions options(int timeout = 1000, int retries = 0)
{
    LinkOptions o;
    o.timeoutMs = timeout;
    o.retries = retries;
    o.seed = 42;
    return o;
}

// Lets queued calls (deferred answers) through.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// A queue over a scripted transport, open, with `devices` devices of window `deviceWindow`.
struct Rig
{
    Rig(int devices, int deviceWindow = 1, int linkWindow = 1, LinkOptions o = options())
        : transport(new ScriptedTransport(&clock, linkWindow))
        , recorder(QStringLiteral("link"), QStringLiteral("Scripted"))
        , queue(transport, &clock, o, &recorder)
    {
        for (int d = 0; d < devices; ++d)
            queue.addDevice(QStringLiteral("dev%1").arg(d), deviceWindow);
        queue.open();
    }
    ManualClock clock;
    ScriptedTransport *transport;
    LinkRecorder recorder;
    LinkQueue queue;
    Answers answers;
};

} // namespace

class tst_LinkQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersNeverComeInsideSubmit();
    void roundRobinBetweenDevices();
    void busyDeviceDoesNotStarveOthers();
    void writesGoBeforeReads();
    void writesOfADeviceKeepTheirOrder();
    void windowPerDevice_data();
    void windowPerDevice();
    void watchdogTimesOut();
    void retriesByErrorKind_data();
    void retriesByErrorKind();
    void backoffDoublesToTheCapWithJitter();
    void oneBurstOfFailuresIsOneFailure();
    void backingOffDeviceIsNotPolledAndRecovers();
    void otherDevicesKeepGoingDuringBackoff();
    void twoBitWritesToOneRegisterBothTakeEffect();
    void bitWriteFailsCleanlyWhenTheReadFails();
    void quietTimeAfterAReply();
    void linkDownFailsFastAndReconnects();
    void connectingTooLongCountsAsDown();
    void cancelAllAnswersEverythingOnce();
    void cancelSaysWhetherTheDeviceMayHaveIt();
    void lateAnswersAreIgnored();
    void statistics();
    void everyRequestAnsweredExactlyOnce();
};

void tst_LinkQueue::answersNeverComeInsideSubmit()
{
    Rig rig(1);
    bool inSubmit = true;
    bool answeredInside = false;
    // A device that does not exist: refused at once, but still answered later.
    rig.queue.submit(read(7), [&](const LinkResult &r) {
        answeredInside = inSubmit;
        rig.answers.results << r;
    });
    inSubmit = false;
    QVERIFY(rig.answers.results.isEmpty());
    settle();
    QCOMPARE(rig.answers.results.size(), 1);
    QVERIFY(!answeredInside);
    QCOMPARE(int(rig.answers.results.first().error), int(LinkError::Refused));
}

void tst_LinkQueue::roundRobinBetweenDevices()
{
    Rig rig(3);
    // Device 0 submits 4 reads first, then devices 1 and 2 two each.
    for (int i = 0; i < 4; ++i)
        rig.queue.submit(read(0, i), rig.answers.tagged(0));
    for (int d = 1; d <= 2; ++d) {
        for (int i = 0; i < 2; ++i)
            rig.queue.submit(read(d, i), rig.answers.tagged(d));
    }
    for (int n = 0; n < 8; ++n) {
        QCOMPARE(rig.transport->inFlight(), 1); // a link window of 1
        rig.transport->answerOk(n);
    }
    QCOMPARE(rig.transport->devicesInOrder(), (QList<int> {0, 1, 2, 0, 1, 2, 0, 0}));
    QCOMPARE(rig.answers.results.size(), 8);
}

void tst_LinkQueue::busyDeviceDoesNotStarveOthers()
{
    Rig rig(2);
    rig.transport->autoAnswer(10);
    // Device 0 keeps its queue full: every answer submits another read.
    std::function<void(const LinkResult &)> again = [&](const LinkResult &) {
        rig.queue.submit(read(0), again);
    };
    for (int i = 0; i < 5; ++i)
        rig.queue.submit(read(0), again);
    rig.clock.advanceBy(100);
    rig.queue.submit(read(1), rig.answers.tagged(1));
    rig.clock.advanceBy(25);
    QCOMPARE(rig.answers.results.size(), 1); // served within two round trips
    QVERIFY(rig.answers.results.first().ok());
}

void tst_LinkQueue::writesGoBeforeReads()
{
    Rig rig(2);
    for (int i = 0; i < 3; ++i) {
        rig.queue.submit(read(0, i), rig.answers.tagged(0));
        rig.queue.submit(read(1, i), rig.answers.tagged(1));
    }
    rig.queue.submit(write(1, 9, 5), rig.answers.tagged(100));
    rig.transport->answerOk(0); // the first read was already on the wire
    QCOMPARE(int(rig.transport->sent[1].request.kind), int(LinkRequest::Kind::Write));
    rig.transport->answerOk(1);
    QCOMPARE(rig.answers.order, (QList<int> {0, 100}));
}

void tst_LinkQueue::writesOfADeviceKeepTheirOrder()
{
    Rig rig(1, /*deviceWindow=*/4, /*linkWindow=*/8);
    for (quint16 w = 1; w <= 3; ++w)
        rig.queue.submit(write(0, 10, w), rig.answers.tagged(w));
    rig.queue.submit(read(0, 0), rig.answers.tagged(0));
    // One write at a time (in order); reads may share the device's window meanwhile.
    QCOMPARE(rig.transport->sent.size(), 2);
    QCOMPARE(rig.transport->sent[0].request.words, QList<quint16> {1});
    QCOMPARE(int(rig.transport->sent[1].request.kind), int(LinkRequest::Kind::Read));
    rig.transport->answerOk(0);
    QCOMPARE(rig.transport->sent[2].request.words, QList<quint16> {2});
    rig.transport->answerOk(2);
    QCOMPARE(rig.transport->sent[3].request.words, QList<quint16> {3});
}

void tst_LinkQueue::windowPerDevice_data()
{
    QTest::addColumn<int>("deviceWindow");
    QTest::addColumn<int>("linkWindow");
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("expectedPeak");

    QTest::newRow("one outstanding request (most PLCs)") << 1 << 16 << 1 << 1;
    QTest::newRow("device window 3") << 3 << 16 << 1 << 3;
    QTest::newRow("two devices of 3 on a TCP link") << 3 << 16 << 2 << 6;
    QTest::newRow("serial bus: one on the wire whatever the devices") << 4 << 1 << 3 << 1;
    QTest::newRow("link window caps the devices") << 4 << 5 << 3 << 5;
}

void tst_LinkQueue::windowPerDevice()
{
    QFETCH(int, deviceWindow);
    QFETCH(int, linkWindow);
    QFETCH(int, devices);
    QFETCH(int, expectedPeak);

    Rig rig(devices, deviceWindow, linkWindow);
    rig.transport->autoAnswer(7);
    for (int d = 0; d < devices; ++d) {
        for (int i = 0; i < 20; ++i)
            rig.queue.submit(read(d, i), rig.answers.tagged(d));
    }
    rig.clock.advanceBy(10000);
    QCOMPARE(rig.answers.results.size(), 20 * devices);
    QCOMPARE(rig.transport->peakInFlight, expectedPeak);
    for (int d = 0; d < devices; ++d)
        QVERIFY2(rig.transport->peakPerDevice.value(d) <= deviceWindow,
                 qPrintable(QString::number(rig.transport->peakPerDevice.value(d))));
}

void tst_LinkQueue::watchdogTimesOut()
{
    Rig rig(1, 1, 1, options(1000, /*retries=*/2));
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.clock.advanceBy(999);
    QCOMPARE(rig.transport->sent.size(), 1);
    rig.clock.advanceBy(1); // first attempt times out, a retry goes at once
    QCOMPARE(rig.transport->sent.size(), 2);
    QVERIFY(rig.transport->sent[0].abandoned);
    rig.clock.advanceBy(2000);
    QCOMPARE(rig.transport->sent.size(), 3);
    QCOMPARE(rig.answers.results.size(), 1);
    const LinkResult r = rig.answers.results.first();
    QCOMPARE(int(r.error), int(LinkError::Timeout));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.message, QStringLiteral("no reply from dev0 (station 1) after 3 tries of 1000 ms"));
}

void tst_LinkQueue::retriesByErrorKind_data()
{
    QTest::addColumn<LinkError>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attempts"); // with retries = 2

    QTest::newRow("timeout: retried") << LinkError::Timeout << 0 << 3;
    QTest::newRow("bad reply: retried") << LinkError::BadReply << 0 << 3;
    QTest::newRow("exception 2 (illegal address): final") << LinkError::Exception << 2 << 1;
    QTest::newRow("exception 6 (device busy): retried") << LinkError::Exception << 6 << 3;
    QTest::newRow("exception 5 (acknowledge): retried") << LinkError::Exception << 5 << 3;
    QTest::newRow("refused: final") << LinkError::Refused << 0 << 1;
    QTest::newRow("link down: final") << LinkError::LinkDown << 0 << 1;
}

void tst_LinkQueue::retriesByErrorKind()
{
    QFETCH(LinkError, kind);
    QFETCH(int, code);
    QFETCH(int, attempts);

    Rig rig(1, 1, 1, options(1000, 2));
    rig.transport->autoAnswer(5, [&](const LinkRequest &) {
        return std::optional<LinkResult>(ScriptedTransport::error(kind, code));
    });
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.clock.advanceBy(100);
    settle();
    QCOMPARE(rig.answers.results.size(), 1);
    QCOMPARE(rig.transport->sent.size(), attempts);
    QCOMPARE(rig.answers.results.first().attempts, attempts);
    QCOMPARE(int(rig.answers.results.first().error), int(kind));
    QCOMPARE(rig.answers.results.first().exceptionCode, code);
}

void tst_LinkQueue::backoffDoublesToTheCapWithJitter()
{
    Rig rig(1);
    const QList<qint64> nominal = {1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QList<qint64> waits;
    for (const qint64 expected : nominal) {
        // Probe (or first request) times out: the wait before the next probe is set.
        rig.queue.submit(read(0), rig.answers.tagged(0));
        const qint64 before = rig.clock.monotonicMs();
        rig.clock.advanceBy(1000);
        QCOMPARE(int(rig.queue.deviceState(0)), int(LinkQueue::DeviceState::BackingOff));
        const qint64 wait = rig.queue.nextProbeAt(0) - (before + 1000);
        QVERIFY2(wait >= expected * 8 / 10 && wait <= expected * 12 / 10,
                 qPrintable(QStringLiteral("wait %1 ms, nominal %2").arg(wait).arg(expected)));
        waits << wait;
        rig.clock.advanceTo(rig.queue.nextProbeAt(0));
    }
    // Jitter: not every wait is exactly its nominal value.
    int exact = 0;
    for (int i = 0; i < waits.size(); ++i)
        exact += waits[i] == nominal[i];
    QVERIFY(exact < waits.size());
}

void tst_LinkQueue::oneBurstOfFailuresIsOneFailure()
{
    Rig rig(1, /*deviceWindow=*/3, /*linkWindow=*/8);
    for (int i = 0; i < 3; ++i)
        rig.queue.submit(read(0, i), rig.answers.tagged(i));
    QCOMPARE(rig.transport->inFlight(), 3);
    rig.clock.advanceBy(1000); // all three time out together
    QCOMPARE(rig.answers.results.size(), 3);
    const qint64 wait = rig.queue.nextProbeAt(0) - rig.clock.monotonicMs();
    QVERIFY2(wait >= 800 && wait <= 1200, qPrintable(QString::number(wait))); // not 4 s
}

void tst_LinkQueue::backingOffDeviceIsNotPolledAndRecovers()
{
    Rig rig(1);
    QSignalSpy states(&rig.queue, &LinkQueue::deviceStateChanged);
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.clock.advanceBy(1000); // timeout: the device starts backing off
    QCOMPARE(int(rig.queue.deviceState(0)), int(LinkQueue::DeviceState::BackingOff));
    QCOMPARE(states.size(), 1);
    const qint64 probeAt = rig.queue.nextProbeAt(0);

    // Meanwhile requests fail at once, without a timeout on the wire.
    rig.queue.submit(read(0), rig.answers.tagged(1));
    settle();
    QCOMPARE(rig.transport->sent.size(), 1);
    QCOMPARE(int(rig.answers.results.last().error), int(LinkError::BackingOff));
    QVERIFY2(rig.answers.results.last().message.startsWith(
                 QStringLiteral("dev0 is not answering (next try within ")),
             qPrintable(rig.answers.results.last().message));

    // The reason does not count down: a tag's text changes only when something does.
    rig.clock.advanceBy(300);
    rig.queue.submit(read(0), rig.answers.tagged(1));
    settle();
    QCOMPARE(rig.answers.results.last().message,
             rig.answers.results[rig.answers.results.size() - 2].message);

    // After the wait, one request goes as a probe; others still fail fast while it is out.
    rig.clock.advanceTo(probeAt);
    rig.queue.submit(read(0), rig.answers.tagged(2));
    rig.queue.submit(read(0), rig.answers.tagged(3));
    settle();
    QCOMPARE(rig.transport->sent.size(), 2);
    QCOMPARE(int(rig.answers.results.last().error), int(LinkError::BackingOff));
    rig.transport->answerOk(1, {7});
    QCOMPARE(int(rig.queue.deviceState(0)), int(LinkQueue::DeviceState::Up));
    QCOMPARE(rig.answers.order.last(), 2);
    QVERIFY(rig.answers.results.last().ok());

    // Back to normal.
    rig.queue.submit(read(0), rig.answers.tagged(4));
    QCOMPARE(rig.transport->sent.size(), 3);
}

void tst_LinkQueue::otherDevicesKeepGoingDuringBackoff()
{
    Rig rig(2);
    rig.transport->autoAnswer(20, [](const LinkRequest &r) -> std::optional<LinkResult> {
        if (r.device == 0)
            return std::nullopt; // a dead slave
        return ScriptedTransport::ok({1});
    });
    int good = 0;
    int failedFast = 0;
    // Poll both devices every 100 ms for 20 s.
    for (int t = 0; t < 200; ++t) {
        rig.queue.submit(
            read(0), [&](const LinkResult &r) { failedFast += r.error == LinkError::BackingOff; });
        rig.queue.submit(read(1), [&](const LinkResult &r) { good += r.ok(); });
        rig.clock.advanceBy(100);
        settle();
    }
    QVERIFY2(good >= 190, qPrintable(QString::number(good)));
    // The dead device cost a handful of timeouts (1 + probes at ~1, 2, 4, 8 s), not 200.
    int toDead = 0;
    for (const auto &s : std::as_const(rig.transport->sent))
        toDead += s.request.device == 0;
    QVERIFY2(toDead <= 6, qPrintable(QString::number(toDead)));
    QVERIFY(failedFast > 150);
}

void tst_LinkQueue::twoBitWritesToOneRegisterBothTakeEffect()
{
    Rig rig(1, 1, 4);
    rig.transport->autoAnswer(5);
    rig.transport->registers[0][40] = 0x0100;
    rig.queue.submit(writeBit(0, 40, 3, true), rig.answers.tagged(3));
    rig.queue.submit(writeBit(0, 40, 4, true), rig.answers.tagged(4));
    rig.queue.submit(writeBit(0, 40, 8, false), rig.answers.tagged(8));
    rig.clock.advanceBy(100);
    QCOMPARE(rig.answers.results.size(), 3);
    for (const auto &r : std::as_const(rig.answers.results))
        QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(rig.transport->registers[0][40], quint16(0x0018));
    // On the wire: read, write, read, write, read, write — never two reads of the register
    // before the first write.
    QList<int> kinds;
    for (const auto &s : std::as_const(rig.transport->sent))
        kinds << int(s.request.kind);
    const int R = int(LinkRequest::Kind::Read);
    const int W = int(LinkRequest::Kind::Write);
    QCOMPARE(kinds, (QList<int> {R, W, R, W, R, W}));
    QCOMPARE(rig.transport->sent[1].request.bit, 3); // the write says which bit changed
}

void tst_LinkQueue::bitWriteFailsCleanlyWhenTheReadFails()
{
    Rig rig(1);
    rig.transport->autoAnswer(5, [](const LinkRequest &) {
        return std::optional<LinkResult>(ScriptedTransport::error(LinkError::Exception, 2));
    });
    rig.queue.submit(writeBit(0, 40, 3, true), rig.answers.tagged(0));
    rig.clock.advanceBy(100);
    QCOMPARE(rig.answers.results.size(), 1);
    QCOMPARE(int(rig.answers.results.first().error), int(LinkError::Exception));
    QCOMPARE(rig.transport->sent.size(), 1); // nothing written
}

void tst_LinkQueue::quietTimeAfterAReply()
{
    Rig rig(2);
    rig.transport->autoAnswer(20);
    LinkRequest first = read(0);
    first.quietAfter = 50;
    rig.queue.submit(first, rig.answers.tagged(0));
    rig.queue.submit(read(1), rig.answers.tagged(1)); // another device on the same link
    rig.queue.submit(read(0), rig.answers.tagged(2));
    rig.clock.advanceBy(1000);
    QCOMPARE(rig.transport->sent.size(), 3);
    QCOMPARE(rig.transport->sent[0].at, qint64(0));
    QCOMPARE(rig.transport->sent[1].at, qint64(70)); // reply at 20, then 50 ms of silence
    QCOMPARE(rig.transport->sent[2].at, qint64(90));
}

void tst_LinkQueue::linkDownFailsFastAndReconnects()
{
    Rig rig(2);
    QSignalSpy links(&rig.queue, &LinkQueue::linkStateChanged);
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.queue.submit(read(1), rig.answers.tagged(1));
    rig.transport->goDown(QStringLiteral("connection refused"));
    settle();
    QCOMPARE(rig.answers.results.size(), 2); // in flight and queued: both answered
    for (const auto &r : std::as_const(rig.answers.results))
        QCOMPARE(int(r.error), int(LinkError::LinkDown));
    QCOMPARE(int(rig.queue.linkState()), int(LinkQueue::LinkState::BackingOff));
    QCOMPARE(int(rig.queue.deviceState(1)), int(LinkQueue::DeviceState::Down));

    rig.queue.submit(read(0), rig.answers.tagged(2));
    settle();
    QCOMPARE(rig.answers.results.size(), 3);
    QVERIFY2(rig.answers.results.last().message.startsWith(
                 QStringLiteral("disconnected: connection refused (next try within")),
             qPrintable(rig.answers.results.last().message));
    QCOMPARE(rig.transport->sent.size(), 1);

    const int opens = rig.transport->opens;
    rig.clock.advanceBy(1200); // the back-off is over: the queue opens the link again
    QCOMPARE(rig.transport->opens, opens + 1);
    QCOMPARE(int(rig.queue.linkState()), int(LinkQueue::LinkState::Up));
    QCOMPARE(int(rig.queue.deviceState(1)), int(LinkQueue::DeviceState::Up));
    rig.queue.submit(read(1), rig.answers.tagged(3));
    QCOMPARE(rig.transport->sent.size(), 2);
    QCOMPARE(rig.recorder.snapshot().reconnects, quint64(1));
    QVERIFY(links.size() >= 3); // BackingOff, Connecting, Up
}

void tst_LinkQueue::connectingTooLongCountsAsDown()
{
    ManualClock clock;
    auto *transport = new ScriptedTransport(&clock);
    transport->upOnOpen = false; // a TCP connect that hangs
    LinkQueue queue(transport, &clock, options(500));
    queue.addDevice(QStringLiteral("d"), 1);
    queue.open();
    Answers answers;
    queue.submit(read(0), answers.tagged(0)); // waits for the link
    clock.advanceBy(499);
    settle();
    QVERIFY(answers.results.isEmpty());
    clock.advanceBy(1);
    settle();
    QCOMPARE(answers.results.size(), 1);
    QCOMPARE(int(answers.results.first().error), int(LinkError::LinkDown));
    QCOMPARE(int(queue.linkState()), int(LinkQueue::LinkState::BackingOff));
    QVERIFY2(queue.linkReason().contains(QStringLiteral("500 ms")), qPrintable(queue.linkReason()));
}

void tst_LinkQueue::cancelAllAnswersEverythingOnce()
{
    Rig rig(2, 1, 1);
    QHash<int, int> answered;
    for (int i = 0; i < 5; ++i) {
        rig.queue.submit(read(i % 2), [&answered, i](const LinkResult &) { ++answered[i]; });
    }
    rig.queue.submit(write(0, 1, 1), [&](const LinkResult &r) {
        ++answered[99];
        QCOMPARE(int(r.error), int(LinkError::Cancelled));
        QCOMPARE(r.message, QStringLiteral("acquisition stopped before it was sent"));
    });
    rig.queue.cancelAll(QStringLiteral("acquisition stopped"));
    settle();
    QCOMPARE(answered.size(), 6);
    for (auto it = answered.cbegin(); it != answered.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(rig.transport->sent[0].abandoned);
    QCOMPARE(rig.queue.queued(), 0);
    QCOMPARE(rig.queue.inFlight(), 0);
}

void tst_LinkQueue::cancelSaysWhetherTheDeviceMayHaveIt()
{
    Rig rig(1, 1, 1, options(1000, /*retries=*/1));
    rig.queue.submit(write(0, 1, 1), rig.answers.tagged(0));
    rig.clock.advanceBy(1000); // timed out once; the retry is on the wire
    QCOMPARE(rig.transport->sent.size(), 2);
    rig.queue.cancelAll(QStringLiteral("acquisition stopped"));
    settle();
    QCOMPARE(rig.answers.results.size(), 1);
    QCOMPARE(rig.answers.results.first().message,
             QStringLiteral("acquisition stopped before the device answered"));
    QCOMPARE(rig.answers.results.first().attempts, 2);
}

void tst_LinkQueue::lateAnswersAreIgnored()
{
    Rig rig(1);
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.clock.advanceBy(1000); // timed out
    QCOMPARE(rig.answers.results.size(), 1);
    rig.transport->sent[0].abandoned = false;
    rig.transport->answerOk(0, {1}); // the device answers after all
    settle();
    QCOMPARE(rig.answers.results.size(), 1);
}

void tst_LinkQueue::statistics()
{
    Rig rig(2, 1, 1, options(1000, 0));
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.transport->answerOk(0);
    rig.queue.submit(read(0), rig.answers.tagged(0));
    rig.transport->answer(1, ScriptedTransport::error(LinkError::Exception, 2));
    rig.queue.submit(read(1), rig.answers.tagged(1));
    rig.clock.advanceBy(1000);
    const LinkStatistics s = rig.recorder.snapshot();
    QCOMPARE(s.devices.size(), 2);
    QCOMPARE(s.devices[0].counters.requests, quint64(2));
    QCOMPARE(s.devices[0].counters.goodReplies, quint64(1));
    QCOMPARE(s.devices[0].counters.exceptions, quint64(1));
    QCOMPARE(s.devices[0].counters.lastError, QStringLiteral("scripted exception"));
    QCOMPARE(s.devices[1].counters.timeouts, quint64(1));
    QCOMPARE(s.devices[1].state, QStringLiteral("BackingOff"));
    QVERIFY(s.devices[1].counters.lastErrorAt > 0);
    QCOMPARE(s.counters.requests, quint64(3));
    QCOMPARE(s.state, QStringLiteral("Up"));

    // Round trips: p99 over the recent window sits at the slow end.
    LinkRecorder recorder(QStringLiteral("l"), QStringLiteral("p"));
    recorder.addDevice(QStringLiteral("d"));
    for (int i = 1; i <= 100; ++i)
        recorder.recordReply(0, i * 1000); // 1 … 100 ms
    const RequestCounters c = recorder.snapshot().devices[0].counters;
    QCOMPARE(c.meanRoundTripMs, 50.5);
    QCOMPARE(c.p99RoundTripMs, 99.0);
}

void tst_LinkQueue::everyRequestAnsweredExactlyOnce()
{
    // A random mix of answers, errors, silences, link drops and cancels: each request gets
    // one answer, whatever happens.
    Rig rig(4, 2, 3, options(300, 1));
    QRandomGenerator random(7);
    rig.transport->autoAnswer(15, [&](const LinkRequest &r) -> std::optional<LinkResult> {
        const int dice = int(random.bounded(10));
        if (dice == 0)
            return std::nullopt;
        if (dice == 1)
            return ScriptedTransport::error(LinkError::BadReply);
        if (dice == 2)
            return ScriptedTransport::error(LinkError::Exception, int(random.bounded(1, 8)));
        return rig.transport->execute(r);
    });
    QHash<int, int> answered;
    int submitted = 0;
    for (int step = 0; step < 2000; ++step) {
        const int id = submitted++;
        const int device = int(random.bounded(4));
        const auto done = [&answered, id](const LinkResult &) { ++answered[id]; };
        switch (random.bounded(4)) {
        case 0: rig.queue.submit(write(device, 5, quint16(step)), done); break;
        case 1: rig.queue.submit(writeBit(device, 6, int(random.bounded(16)), true), done); break;
        default: rig.queue.submit(read(device, 0, 4), done);
        }
        if (step % 500 == 250)
            rig.transport->goDown(QStringLiteral("cable pulled"));
        rig.clock.advanceBy(random.bounded(30));
        settle();
    }
    rig.queue.cancelAll(QStringLiteral("stopped"));
    settle();
    QCOMPARE(int(answered.size()), submitted);
    for (auto it = answered.cbegin(); it != answered.cend(); ++it) {
        if (it.value() != 1)
            QFAIL(qPrintable(
                QStringLiteral("request %1 answered %2 times").arg(it.key()).arg(it.value())));
    }
}

QTEST_GUILESS_MAIN(tst_LinkQueue)
#include "tst_linkqueue.moc"
