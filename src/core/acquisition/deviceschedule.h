#pragma once

#include "model/device.h"

#include <QList>

#include <functional>

namespace Vigie {

// When a device's cycles start and which frames each cycle reads. Pure arithmetic on the
// times it is given, so every rule is testable without a clock:
// - Periodic: cycle k starts at t0 + k·scanTime, with no drift; a cycle that overruns skips the
//   slots it missed (counted in skippedCycles()) and resumes on the grid.
// - FixedDelay: the next cycle starts scanTime after the previous one ended.
// - A frame with scanTimeFactor f is read on every f-th cycle slot; a slot lost to an overrun is
//   caught up at the next cycle.
// - A frame with minutesOffset is aligned on the local wall clock: with a 60-minute period and
//   offset 0 it is read at the first cycle on or after each hour (and once at start).
//   Instants are kept in UTC; a slot is a UTC instant whose local time, with the offset in force
//   at that instant, is on the grid. So when summer time ends the repeated hour is read twice
//   (02:00 CEST, then 02:00 CET an hour later), a slot that a spring-forward jumps over is read
//   at the jump (02:30 at 03:00 CEST), and a daily frame at midnight reads at each local midnight,
//   23 h or 25 h apart on transition days.
class DeviceSchedule
{
public:
    // Local time minus UTC, in seconds, in force at a UTC instant (ms since the epoch).
    using UtcOffsetAt = std::function<int(qint64 utcMs)>;

    explicit DeviceSchedule(const Device &device);

    void start(qint64 monotonicMs);
    [[nodiscard]] qint64 nextCycleAt() const { return m_nextCycleAt; }
    // Frames (indices into the device's frames) due in the cycle starting now; `wallMs` is UTC.
    [[nodiscard]] QList<int> beginCycle(qint64 wallMs, const UtcOffsetAt &utcOffsetAt);
    void endCycle(qint64 monotonicMs);

    [[nodiscard]] qint64 cycleIndex() const { return m_k; }
    [[nodiscard]] quint64 skippedCycles() const { return m_skipped; }

    // First aligned instant strictly after `localWallMs` for a period and offset (both ms), in
    // local time where every day has 24 hours.
    [[nodiscard]] static qint64 nextAlignedSlot(qint64 localWallMs, qint64 periodMs,
                                                qint64 offsetMs);
    // First UTC instant strictly after `utcMs` whose local time is on the grid of a period and
    // offset (ms), or at which the local clock jumps over a grid slot. Handles one change of
    // the UTC offset within a period.
    [[nodiscard]] static qint64 nextAlignedInstant(qint64 utcMs, qint64 periodMs, qint64 offsetMs,
                                                   const UtcOffsetAt &utcOffsetAt);

private:
    struct FrameState
    {
        bool readable = true;
        int factor = 1;
        qint64 alignPeriod = 0; // > 0: wall-clock aligned
        qint64 alignOffset = 0;
        qint64 nextK = 0;
        qint64 nextWall = -1; // UTC ms; -1: not read yet
    };

    ScanType m_scanType;
    qint64 m_scanTime;
    QList<FrameState> m_frames;
    qint64 m_t0 = 0;
    qint64 m_k = 0;
    qint64 m_nextCycleAt = 0;
    qint64 m_lastWall = 0; // wall time (UTC ms) of the last cycle, to see the clock set back
    quint64 m_skipped = 0;
};

} // namespace Vigie
