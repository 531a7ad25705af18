#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <memory>

namespace Vigie {

// Counters of one device or of a whole link, as a snapshot.
struct RequestCounters
{
    quint64 requests = 0; // attempts put on the wire (a retry counts again)
    quint64 goodReplies = 0;
    quint64 timeouts = 0;
    quint64 exceptions = 0; // protocol exceptions answered by the device
    quint64 otherErrors = 0; // bad replies, link down, refused
    quint64 skippedCycles = 0; // poll cycles lost to overruns
    QString lastError;
    qint64 lastErrorAt = 0; // wall ms, 0 = never
    double meanRoundTripMs = 0;
    double p99RoundTripMs = 0; // over the last RoundTripWindow replies
};

struct DeviceStatistics
{
    QString name;
    QString state; // Up, Down, BackingOff
    QString stateReason;
    RequestCounters counters;
};

struct LinkStatistics
{
    QString name;
    QString protocol;
    QString state; // Connecting, Up, Down, BackingOff, Closed
    QString stateReason;
    quint64 reconnects = 0;
    RequestCounters counters; // the sum over its devices
    QList<DeviceStatistics> devices;
};

struct AcquisitionStatistics
{
    QList<LinkStatistics> links;
};

// One line of a device's frame log: what went on the wire or came back, as the protocol
// carries it (a Modbus PDU: function code and data), or what happened instead.
struct FrameLogEntry
{
    enum class Kind { Request, Reply, Failure };
    qint64 wallMs = 0;
    Kind kind = Kind::Request;
    QByteArray bytes; // Request, Reply
    QString note; // Failure: why ("no reply in 1000 ms"); else empty
};

// Where one link queue records what happens on its link, readable from any thread: the queue
// writes from the acquisition thread, the diagnostics dock and `vigie-runtime --stats` take
// snapshots from theirs. It outlives the queue, so figures stay readable after a stop.
class LinkRecorder
{
public:
    static constexpr int RoundTripWindow = 512;

    LinkRecorder(const QString &name, const QString &protocol);

    void addDevice(const QString &name);
    void recordSent(int device);
    void recordReply(int device, qint64 roundTripUs);
    // A failed attempt: kind is "timeout", "exception" or anything else.
    enum class Failure { Timeout, Exception, Other };
    void recordFailure(int device, Failure kind, const QString &message, qint64 wallMs);
    void setSkippedCycles(int device, quint64 skipped);
    void setDeviceState(int device, const QString &state, const QString &reason);
    void setLinkState(const QString &state, const QString &reason);
    void recordReconnect();
    // The frame log: the last FrameLogSize requests and replies of each device.
    static constexpr int FrameLogSize = 200;
    void recordFrame(int device, const FrameLogEntry &entry);
    [[nodiscard]] QList<FrameLogEntry> frameLog(int device) const;

    [[nodiscard]] LinkStatistics snapshot() const;

private:
    struct Live
    {
        RequestCounters counters;
        double roundTripSumMs = 0;
        quint64 roundTrips = 0;
        std::array<double, RoundTripWindow> recent {};
        int recentCount = 0;
        int recentNext = 0;
        QString name;
        QString state;
        QString reason;
        QList<FrameLogEntry> frames; // a ring of FrameLogSize, oldest at framesNext when full
        int framesNext = 0;
    };
    static void fill(const Live &live, RequestCounters &out);

    mutable QMutex m_mutex;
    QString m_name;
    QString m_protocol;
    QString m_state = QStringLiteral("Closed");
    QString m_reason;
    quint64 m_reconnects = 0;
    QList<Live> m_devices;
};

// The recorders of every link of a running project. Shared by the engine that writes and the
// station that reads, so either may go first.
class StatisticsBoard
{
public:
    LinkRecorder *addLink(const QString &name, const QString &protocol);
    [[nodiscard]] AcquisitionStatistics snapshot() const;
    // The frame log of a device, oldest first (empty if there is no such device).
    [[nodiscard]] QList<FrameLogEntry> frameLog(int link, int device) const;

private:
    mutable QMutex m_mutex;
    QList<std::shared_ptr<LinkRecorder>> m_links;
};

} // namespace Vigie
