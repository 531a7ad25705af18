#include "deviceschedule.h"

namespace Vigie {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

DeviceSchedule::DeviceSchedule(const Device &device)
    : m_scanType(device.scanType)
    , m_scanTime(std::max(1, device.scanTime))
{
    for (const Frame &f : device.frames) {
        FrameState s;
        s.readable = f.isReadable;
        s.factor = std::max(1, f.scanTimeFactor);
        if (f.minutesOffset) {
            s.alignPeriod = m_scanTime * s.factor;
            s.alignOffset = qint64(*f.minutesOffset) * 60000;
        }
        m_frames.append(s);
    }
}

qint64 DeviceSchedule::nextAlignedSlot(qint64 localWallMs, qint64 periodMs, qint64 offsetMs)
{
    return (floorDiv(localWallMs - offsetMs, periodMs) + 1) * periodMs + offsetMs;
}

void DeviceSchedule::start(qint64 monotonicMs)
{
    m_t0 = monotonicMs;
    m_k = 0;
    m_nextCycleAt = monotonicMs;
    for (FrameState &s : m_frames) {
        s.nextK = 0;
        s.nextWall = -1;
    }
}

QList<int> DeviceSchedule::beginCycle(qint64 monotonicMs, qint64 wallMs,
                                      const UtcOffsetAt &utcOffsetAt)
{
    const qint64 localWallMs = wallMs + qint64(utcOffsetAt(wallMs)) * 1000;
    m_cycleStart = monotonicMs;
    QList<int> due;
    for (int i = 0; i < m_frames.size(); ++i) {
        FrameState &s = m_frames[i];
        if (!s.readable)
            continue;
        if (s.alignPeriod > 0) {
            // A wall clock set back by more than a period would otherwise stall the frame.
            const bool clockJumpedBack = s.nextWall - localWallMs > s.alignPeriod;
            if (s.nextWall < 0 || localWallMs >= s.nextWall || clockJumpedBack) {
                due.append(i);
                s.nextWall = nextAlignedSlot(localWallMs, s.alignPeriod, s.alignOffset);
            }
        } else if (m_k >= s.nextK) {
            due.append(i);
            s.nextK = (m_k / s.factor + 1) * s.factor;
        }
    }
    return due;
}

void DeviceSchedule::endCycle(qint64 monotonicMs)
{
    ++m_cyclesRun;
    m_lastDuration = monotonicMs - m_cycleStart;
    if (m_scanType == ScanType::FixedDelay) {
        ++m_k;
        m_nextCycleAt = monotonicMs + m_scanTime;
        return;
    }
    qint64 next = m_k + 1;
    if (monotonicMs > m_t0 + next * m_scanTime) {
        // Overrun: resume on the first grid slot not yet passed, counting the ones lost.
        const qint64 resume = floorDiv(monotonicMs - m_t0 + m_scanTime - 1, m_scanTime);
        m_skipped += quint64(resume - next);
        next = resume;
    }
    m_k = next;
    m_nextCycleAt = m_t0 + m_k * m_scanTime;
}

} // namespace Vigie
