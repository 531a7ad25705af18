#include "linkstatistics.h"

#include <QMutexLocker>

#include <algorithm>

namespace Vigie {

LinkRecorder::LinkRecorder(const QString &name, const QString &protocol)
    : m_name(name)
    , m_protocol(protocol)
{
}

void LinkRecorder::addDevice(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    Live live;
    live.name = name;
    live.state = QStringLiteral("Up");
    m_devices.append(live);
}

void LinkRecorder::recordSent(int device)
{
    QMutexLocker lock(&m_mutex);
    if (device >= 0 && device < m_devices.size())
        ++m_devices[device].counters.requests;
}

void LinkRecorder::recordReply(int device, qint64 roundTripUs)
{
    QMutexLocker lock(&m_mutex);
    if (device < 0 || device >= m_devices.size())
        return;
    Live &d = m_devices[device];
    ++d.counters.goodReplies;
    const double ms = double(roundTripUs) / 1000.0;
    d.roundTripSumMs += ms;
    ++d.roundTrips;
    d.recent[std::size_t(d.recentNext)] = ms;
    d.recentNext = (d.recentNext + 1) % RoundTripWindow;
    d.recentCount = std::min(d.recentCount + 1, RoundTripWindow);
}

void LinkRecorder::recordFailure(int device, Failure kind, const QString &message, qint64 wallMs)
{
    QMutexLocker lock(&m_mutex);
    if (device < 0 || device >= m_devices.size())
        return;
    RequestCounters &c = m_devices[device].counters;
    switch (kind) {
    case Failure::Timeout: ++c.timeouts; break;
    case Failure::Exception: ++c.exceptions; break;
    case Failure::Other: ++c.otherErrors; break;
    }
    c.lastError = message;
    c.lastErrorAt = wallMs;
}

void LinkRecorder::setSkippedCycles(int device, quint64 skipped)
{
    QMutexLocker lock(&m_mutex);
    if (device >= 0 && device < m_devices.size())
        m_devices[device].counters.skippedCycles = skipped;
}

void LinkRecorder::setDeviceState(int device, const QString &state, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (device >= 0 && device < m_devices.size()) {
        m_devices[device].state = state;
        m_devices[device].reason = reason;
    }
}

void LinkRecorder::setLinkState(const QString &state, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_state = state;
    m_reason = reason;
}

void LinkRecorder::recordReconnect()
{
    QMutexLocker lock(&m_mutex);
    ++m_reconnects;
}

void LinkRecorder::recordFrame(int device, const FrameLogEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    if (device < 0 || device >= m_devices.size())
        return;
    Live &d = m_devices[device];
    if (d.frames.size() < FrameLogSize) {
        d.frames.append(entry);
    } else {
        d.frames[d.framesNext] = entry;
        d.framesNext = (d.framesNext + 1) % FrameLogSize;
    }
}

QList<FrameLogEntry> LinkRecorder::frameLog(int device) const
{
    QMutexLocker lock(&m_mutex);
    if (device < 0 || device >= m_devices.size())
        return {};
    const Live &d = m_devices[device];
    QList<FrameLogEntry> out = d.frames.mid(d.framesNext);
    out.append(d.frames.mid(0, d.framesNext));
    return out;
}

void LinkRecorder::fill(const Live &live, RequestCounters &out)
{
    out = live.counters;
    out.meanRoundTripMs = live.roundTrips ? live.roundTripSumMs / double(live.roundTrips) : 0.0;
    if (live.recentCount > 0) {
        std::array<double, RoundTripWindow> sorted = live.recent;
        const auto end = sorted.begin() + live.recentCount;
        // The smallest value with at least 99% of the samples at or below it.
        const auto rank = std::max(0, (live.recentCount * 99 + 99) / 100 - 1);
        std::nth_element(sorted.begin(), sorted.begin() + rank, end);
        out.p99RoundTripMs = double(sorted[std::size_t(rank)]);
    }
}

LinkStatistics LinkRecorder::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    LinkStatistics s;
    s.name = m_name;
    s.protocol = m_protocol;
    s.state = m_state;
    s.stateReason = m_reason;
    s.reconnects = m_reconnects;
    Live total;
    for (const Live &live : m_devices) {
        DeviceStatistics d;
        d.name = live.name;
        d.state = live.state;
        d.stateReason = live.reason;
        fill(live, d.counters);
        s.devices.append(d);

        total.counters.requests += live.counters.requests;
        total.counters.goodReplies += live.counters.goodReplies;
        total.counters.timeouts += live.counters.timeouts;
        total.counters.exceptions += live.counters.exceptions;
        total.counters.otherErrors += live.counters.otherErrors;
        total.counters.skippedCycles += live.counters.skippedCycles;
        if (live.counters.lastErrorAt >= total.counters.lastErrorAt
            && !live.counters.lastError.isEmpty()) {
            total.counters.lastError = live.counters.lastError;
            total.counters.lastErrorAt = live.counters.lastErrorAt;
        }
        total.roundTripSumMs += live.roundTripSumMs;
        total.roundTrips += live.roundTrips;
        for (int i = 0; i < live.recentCount; ++i) {
            total.recent[std::size_t(total.recentNext)] = live.recent[std::size_t(i)];
            total.recentNext = (total.recentNext + 1) % RoundTripWindow;
            total.recentCount = std::min(total.recentCount + 1, RoundTripWindow);
        }
    }
    fill(total, s.counters);
    return s;
}

LinkRecorder *StatisticsBoard::addLink(const QString &name, const QString &protocol)
{
    QMutexLocker lock(&m_mutex);
    m_links.append(std::make_shared<LinkRecorder>(name, protocol));
    return m_links.constLast().get();
}

QList<FrameLogEntry> StatisticsBoard::frameLog(int link, int device) const
{
    std::shared_ptr<LinkRecorder> recorder;
    {
        QMutexLocker lock(&m_mutex);
        if (link < 0 || link >= m_links.size())
            return {};
        recorder = m_links[link];
    }
    return recorder->frameLog(device);
}

AcquisitionStatistics StatisticsBoard::snapshot() const
{
    QList<std::shared_ptr<LinkRecorder>> links;
    {
        QMutexLocker lock(&m_mutex);
        links = m_links;
    }
    AcquisitionStatistics s;
    for (const auto &link : std::as_const(links))
        s.links.append(link->snapshot());
    return s;
}

} // namespace Vigie
