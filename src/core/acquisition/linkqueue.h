#pragma once

#include "linkrequest.h"
#include "transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>

namespace Vigie {

class Clock;
class ClockTimer;
class LinkRecorder;

// How a link queue paces and protects one link. From the connection's settings; the back-off
// figures are fixed for users but injectable for tests.
struct LinkOptions
{
    int timeoutMs = 1000; // an attempt with no answer by then fails as Timeout
    int retries = 1; // extra attempts after a retryable failure
    int maxInFlight = 0; // requests on the link at once; 0: what the transport carries
    qint64 backoffInitialMs = 1000; // first wait before probing a failing device or link again
    qint64 backoffMaxMs = 30000; // the wait doubles up to this
    double jitter = 0.2; // each wait is scaled by a random factor in 1 ± jitter
    quint32 seed = 0; // for the jitter; 0 picks one at random
};

// The one way onto a link (a TCP endpoint, a serial bus). Pollers submit reads and the write
// service submits writes; the queue decides what goes on the wire and when:
// - a window per device (Device::maxRequestsInFlight) and one per link (1 for a serial bus);
// - writes before reads, and a device's writes in the order they came, one at a time;
// - round robin between devices, so a busy device cannot starve the others;
// - a WriteBit as one atomic read-modify-write (no other write to that device in between);
// - a watchdog that fails any attempt after the connection's timeout;
// - retries decided by the kind of error (timeouts and bad replies yes; exceptions only for
//   "busy" and "acknowledge"; link down, refusals and cancels never);
// - the quiet time a frame asks for (interFrameDelay) after its answer;
// - back-off: a device whose request fails (after retries) is only probed again after 1 s,
//   then 2, 4 … 30 s with jitter, and in between its requests fail at once as BackingOff, so a
//   dead slave does not cost every cycle its timeouts; a link that goes down is re-opened on
//   the same schedule.
// Every submitted request is answered exactly once through its completion, never from inside
// submit(). Lives on the acquisition thread with its transport, which it owns.
class LinkQueue : public QObject
{
    Q_OBJECT
public:
    enum class DeviceState { Up, Down, BackingOff };
    Q_ENUM(DeviceState)
    enum class LinkState { Closed, Connecting, Up, Down, BackingOff };
    Q_ENUM(LinkState)

    using Completion = std::function<void(const LinkResult &result)>;

    LinkQueue(Transport *transport, Clock *clock, const LinkOptions &options,
              LinkRecorder *recorder = nullptr, QObject *parent = nullptr);
    // Drops what is left without calling completions: call cancelAll() first to answer them.
    ~LinkQueue() override;

    // Declares the devices on this link, in the order requests will name them (device index).
    int addDevice(const QString &name, int maxInFlight);
    // Where counters and states go (not owned; it must list the same devices).
    void setRecorder(LinkRecorder *recorder) { m_recorder = recorder; }

    void open();
    // Answers everything pending as Cancelled and closes the transport.
    void close(const QString &reason);
    // Submits a request; returns its ticket. `done` is called exactly once, later.
    quint64 submit(const LinkRequest &request, Completion done);
    // Answers every pending and in-flight request as Cancelled with this reason.
    void cancelAll(const QString &reason);

    [[nodiscard]] DeviceState deviceState(int device) const;
    [[nodiscard]] QString deviceReason(int device) const;
    [[nodiscard]] qint64 nextProbeAt(int device) const; // monotonic ms, while BackingOff
    [[nodiscard]] LinkState linkState() const { return m_linkState; }
    [[nodiscard]] const QString &linkReason() const { return m_linkReason; }
    [[nodiscard]] int inFlight() const { return int(m_wire.size()); }
    [[nodiscard]] int queued() const;
    [[nodiscard]] Transport *transport() const { return m_transport; }
    [[nodiscard]] int linkWindow() const;

Q_SIGNALS:
    void deviceStateChanged(int device, Vigie::LinkQueue::DeviceState state, const QString &reason);
    void linkStateChanged(Vigie::LinkQueue::LinkState state, const QString &reason);

private:
    struct Job
    {
        LinkRequest request;
        Completion done;
        int attempts = 0;
        int stage = 0; // WriteBit by read-modify-write: 0 read the register, 1 write it back
        quint16 word = 0;
        bool probe = false;
    };
    struct Wire
    {
        quint64 job = 0;
        qint64 deadline = 0; // monotonic ms
        qint64 sentAtNs = 0;
    };
    struct DeviceSlot
    {
        QString name;
        int maxInFlight = 1;
        int inFlight = 0;
        bool writeOnWire = false;
        std::deque<quint64> reads;
        std::deque<quint64> writes;
        DeviceState state = DeviceState::Up;
        QString reason;
        int failures = 0; // consecutive failed requests
        qint64 waitMs = 0; // the current back-off step
        qint64 nextProbeAt = 0;
        bool probing = false;
    };

    void onTransportState(Transport::State state, const QString &reason);
    void onReply(quint64 wire, const LinkResult &result);
    // Takes an attempt off the wire and frees its place in its device's window.
    std::optional<Wire> releaseWire(quint64 wire);
    void onTimer();
    void pump();
    [[nodiscard]] quint64 pickNext();
    void sendJob(quint64 jobId);
    void handleAttempt(quint64 jobId, LinkResult result, qint64 roundTripUs);
    void finish(quint64 jobId, LinkResult result);
    void failLater(Completion done, LinkResult result);
    void flushDeferred();
    void failQueued(DeviceSlot &device, LinkError error, const QString &message);
    void deviceSucceeded(int device);
    void deviceFailed(int device, const QString &message);
    void setDeviceState(int device, DeviceState state, const QString &reason);
    void setLinkState(LinkState state, const QString &reason);
    void linkLost(const QString &reason);
    void abandonWire(LinkError error, const QString &message);
    [[nodiscard]] qint64 backoffFor(int failures);
    [[nodiscard]] bool shouldRetry(const Job &job, const LinkResult &result) const;
    [[nodiscard]] QString stationText(const LinkRequest &request) const;
    // "Station 3 is not answering (next try within 2 s): no reply …", the same all the wait.
    [[nodiscard]] QString notAnswering(int device) const;
    // "no reply from Station 1 (station 3) after 2 tries of 1000 ms"
    [[nodiscard]] QString timeoutText(const LinkRequest &request, int attempts) const;
    void armTimer();

    Transport *m_transport;
    Clock *m_clock;
    LinkOptions m_options;
    LinkRecorder *m_recorder;
    ClockTimer *m_timer;
    QRandomGenerator m_random;
    QElapsedTimer m_rtt;

    QList<DeviceSlot> m_devices;
    std::unordered_map<quint64, Job> m_jobs;
    QHash<quint64, Wire> m_wire; // attempts on the wire, by wire ticket
    quint64 m_nextJob = 0;
    quint64 m_nextWire = 0;
    int m_rrWrite = 0;
    int m_rrRead = 0;
    qint64 m_quietUntil = 0;
    qint64 m_armedAt = 0; // when the timer fires, while it is active

    LinkState m_linkState = LinkState::Closed;
    QString m_linkReason;
    int m_linkFailures = 0;
    qint64 m_reconnectAt = 0;
    qint64 m_reconnectWait = 0;
    qint64 m_connectDeadline = 0;

    QList<std::pair<Completion, LinkResult>> m_deferred;
    bool m_flushScheduled = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

[[nodiscard]] QString toString(LinkQueue::DeviceState state);
[[nodiscard]] QString toString(LinkQueue::LinkState state);

} // namespace Vigie
