#pragma once

#include <QList>
#include <QObject>
#include <QTimeZone>

#include <memory>

namespace Vigie {

// A timer that fires once at a moment on its clock's monotonic time line.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void startAt(qint64 monotonicMs) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
Q_SIGNALS:
    void timeout();
};

// Time as acquisition sees it: a monotonic line for scheduling, the wall clock for timestamps
// and alignment (on the hour), and timers. Injected so the scheduler can be tested on a
// manual clock, deterministically, without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 monotonicMs() const = 0;
    [[nodiscard]] virtual qint64 wallMs() const = 0; // ms since the Unix epoch, UTC
    // Local time minus UTC, in seconds, in force at the given wall time (UTC ms), so it changes
    // with daylight-saving time (for minutesOffset alignment).
    [[nodiscard]] virtual int utcOffsetSeconds(qint64 wallMs) const = 0;
    [[nodiscard]] virtual ClockTimer *createTimer(QObject *parent) = 0;
};

// The real clock: QElapsedTimer, the system time and time zone, and precise QTimers. A QTimer
// takes an int of milliseconds, so a deadline further than `maxTimerIntervalMs` away (days) is
// reached in steps: the timer wakes up, sees its deadline not reached, and sleeps again.
class SystemClock final : public Clock
{
public:
    explicit SystemClock(int maxTimerIntervalMs = 24 * 3600 * 1000);
    qint64 monotonicMs() const override;
    qint64 wallMs() const override;
    int utcOffsetSeconds(qint64 wallMs) const override;
    ClockTimer *createTimer(QObject *parent) override;

private:
    qint64 m_startNs = 0;
    int m_maxTimerInterval;
};

// A clock that moves only when told: advanceTo() fires due timers in time order, each with the
// clock set to its deadline, so a test sees exactly the schedule a real run would follow.
// Its local time follows a time zone: a fixed offset, or a real zone with its daylight-saving
// transitions (QTimeZone("Europe/Paris")), so a test can cross a transition.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 wallAtZero = 0, int utcOffsetSeconds = 0);
    ManualClock(qint64 wallAtZero, const QTimeZone &zone);
    ~ManualClock() override;
    qint64 monotonicMs() const override { return m_now; }
    qint64 wallMs() const override { return m_wallAtZero + m_now; }
    int utcOffsetSeconds(qint64 wallMs) const override;
    ClockTimer *createTimer(QObject *parent) override;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    void advanceTo(qint64 monotonicMs);
    void advanceBy(qint64 ms) { advanceTo(m_now + ms); }
    // Moves the wall clock alone, as an NTP correction would.
    void jumpWall(qint64 ms) { m_wallAtZero += ms; }

private:
    class Timer;
    friend class Timer;
    qint64 m_now = 0;
    qint64 m_wallAtZero = 0;
    QTimeZone m_zone;
    QList<Timer *> m_timers;
};

} // namespace Vigie
