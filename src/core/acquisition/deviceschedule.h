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
class DeviceSchedule
{
public:
    // Local time minus UTC, in seconds, in force at a UTC instant (ms since the epoch).
    using UtcOffsetAt = std::function<int(qint64 utcMs)>;

    explicit DeviceSchedule(const Device &device);

    void start(qint64 monotonicMs);
    [[nodiscard]] qint64 nextCycleAt() const { return m_nextCycleAt; }
    // Frames (indices into the device's frames) due in the cycle starting now; `wallMs` is UTC.
    [[nodiscard]] QList<int> beginCycle(qint64 monotonicMs, qint64 wallMs,
                                        const UtcOffsetAt &utcOffsetAt);
    void endCycle(qint64 monotonicMs);

    [[nodiscard]] qint64 cycleIndex() const { return m_k; }
    [[nodiscard]] quint64 cyclesRun() const { return m_cyclesRun; }
    [[nodiscard]] quint64 skippedCycles() const { return m_skipped; }
    [[nodiscard]] qint64 lastCycleDuration() const { return m_lastDuration; }

    // First aligned instant strictly after `localWallMs` for a period and offset (both ms).
    [[nodiscard]] static qint64 nextAlignedSlot(qint64 localWallMs, qint64 periodMs,
                                                qint64 offsetMs);

private:
    struct FrameState
    {
        bool readable = true;
        int factor = 1;
        qint64 alignPeriod = 0; // > 0: wall-clock aligned
        qint64 alignOffset = 0;
        qint64 nextK = 0;
        qint64 nextWall = -1; // -1: not read yet
    };

    ScanType m_scanType;
    qint64 m_scanTime;
    QList<FrameState> m_frames;
    qint64 m_t0 = 0;
    qint64 m_k = 0;
    qint64 m_nextCycleAt = 0;
    qint64 m_cycleStart = 0;
    quint64 m_cyclesRun = 0;
    quint64 m_skipped = 0;
    qint64 m_lastDuration = 0;
};

} // namespace Vigie
