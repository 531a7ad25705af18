#include "deviceschedule.h"

#include <limits>

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

qint64 DeviceSchedule::nextAlignedInstant(qint64 utcMs, qint64 periodMs, qint64 offsetMs,
                                          const UtcOffsetAt &utcOffsetAt)
{
    const auto offsetAt = [&utcOffsetAt](qint64 t) { return qint64(utcOffsetAt(t)) * 1000; };
    // While the UTC offset holds, the next slot is plain arithmetic in local time. If the offset
    // at that candidate differs, the offset changed in between: find the instant it changed and
    // go on from there with the new offset.
    qint64 from = utcMs;
    qint64 offset = offsetAt(from);
    bool fromIsCandidate = false;
    qint64 candidate = from + periodMs;
    for (int changes = 0; changes < 4; ++changes) {
        const qint64 local = from + offset - (fromIsCandidate ? 1 : 0);
        candidate = nextAlignedSlot(local, periodMs, offsetMs) - offset;
        if (offsetAt(candidate) == offset)
            return candidate;
        // The offset is `offset` at `from` and another at `candidate`: bisect to the first
        // millisecond of the new offset.
        qint64 before = from;
        qint64 after = candidate;
        while (after - before > 1) {
            const qint64 middle = before + (after - before) / 2;
            (offsetAt(middle) == offset ? before : after) = middle;
        }
        const qint64 newOffset = offsetAt(after);
        // No slot before the change (the candidate is past it). A clock put forward skips the
        // local times [after + offset, after + newOffset): a slot among them is read at the jump.
        if (newOffset > offset
            && nextAlignedSlot(after + offset - 1, periodMs, offsetMs) < after + newOffset)
            return after;
        from = after;
        offset = newOffset;
        fromIsCandidate = true;
    }
    return candidate; // offsets that keep changing within a period: the last estimate
}

void DeviceSchedule::start(qint64 monotonicMs)
{
    m_t0 = monotonicMs;
    m_k = 0;
    m_nextCycleAt = monotonicMs;
    m_lastWall = std::numeric_limits<qint64>::min();
    for (FrameState &s : m_frames) {
        s.nextK = 0;
        s.nextWall = -1;
    }
}

QList<int> DeviceSchedule::beginCycle(qint64 wallMs, const UtcOffsetAt &utcOffsetAt)
{
    const bool wallSetBack = wallMs < m_lastWall;
    m_lastWall = wallMs;
    QList<int> due;
    for (int i = 0; i < m_frames.size(); ++i) {
        FrameState &s = m_frames[i];
        if (!s.readable)
            continue;
        if (s.alignPeriod > 0) {
            bool isDue = s.nextWall < 0 || wallMs >= s.nextWall;
            // A wall clock set back past a slot would otherwise stall the frame until the planned
            // one, more than a period away: read now and align again.
            if (!isDue && wallSetBack) {
                isDue = nextAlignedInstant(wallMs, s.alignPeriod, s.alignOffset, utcOffsetAt)
                    < s.nextWall;
            }
            if (isDue) {
                due.append(i);
                s.nextWall = nextAlignedInstant(wallMs, s.alignPeriod, s.alignOffset, utcOffsetAt);
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
