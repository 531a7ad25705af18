#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <limits>

namespace Vigie {

namespace {

qint64 steadyNs()
{
    static QElapsedTimer origin = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return origin.nsecsElapsed();
}

class SystemTimer final : public ClockTimer
{
public:
    SystemTimer(const SystemClock *clock, int maxIntervalMs, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
        , m_maxInterval(std::max(1, maxIntervalMs))
        , m_timer(new QTimer(this)) // a child, so it follows the timer to another thread
    {
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SystemTimer::onTimeout);
    }
    void startAt(qint64 at) override
    {
        m_deadline = at;
        arm();
    }
    void stop() override { m_timer->stop(); }
    bool isActive() const override { return m_timer->isActive(); }

private:
    // Sleeps until the deadline, or for the longest interval if it is further away.
    void arm()
    {
        const qint64 remaining = m_deadline - m_clock->monotonicMs();
        m_timer->start(int(std::clamp<qint64>(remaining, 0, m_maxInterval)));
    }
    void onTimeout()
    {
        if (m_clock->monotonicMs() < m_deadline)
            arm();
        else
            Q_EMIT timeout();
    }

    const SystemClock *m_clock;
    int m_maxInterval;
    qint64 m_deadline = 0;
    QTimer *m_timer;
};

} // namespace

SystemClock::SystemClock(int maxTimerIntervalMs)
    : m_startNs(steadyNs())
    , m_maxTimerInterval(maxTimerIntervalMs)
{
}

qint64 SystemClock::monotonicMs() const
{
    return (steadyNs() - m_startNs) / 1000000;
}
qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

int SystemClock::utcOffsetSeconds(qint64 wallMs) const
{
    // The system zone, with the offset in force at that instant (summer or winter time).
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::LocalTime).offsetFromUtc();
}

ClockTimer *SystemClock::createTimer(QObject *parent)
{
    return new SystemTimer(this, m_maxTimerInterval, parent);
}

class ManualClock::Timer final : public ClockTimer
{
public:
    Timer(ManualClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
    {
        m_clock->m_timers.append(this);
    }
    ~Timer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }
    void startAt(qint64 at) override { m_deadline = at; }
    void stop() override { m_deadline = -1; }
    bool isActive() const override { return m_deadline >= 0; }

    ManualClock *m_clock;
    qint64 m_deadline = -1;
};

ManualClock::ManualClock(qint64 wallAtZero, int utcOffsetSeconds)
    : ManualClock(wallAtZero, QTimeZone(utcOffsetSeconds))
{
}

ManualClock::ManualClock(qint64 wallAtZero, const QTimeZone &zone)
    : m_wallAtZero(wallAtZero)
    , m_zone(zone)
{
}

ManualClock::~ManualClock()
{
    for (Timer *t : std::as_const(m_timers))
        t->m_clock = nullptr;
}

int ManualClock::utcOffsetSeconds(qint64 wallMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wallMs, QTimeZone::utc()));
}

ClockTimer *ManualClock::createTimer(QObject *parent)
{
    return new Timer(this, parent);
}

void ManualClock::advanceTo(qint64 target)
{
    for (;;) {
        Timer *next = nullptr;
        qint64 best = std::numeric_limits<qint64>::max();
        for (Timer *t : std::as_const(m_timers)) {
            if (t->m_deadline >= 0 && t->m_deadline <= target && t->m_deadline < best) {
                best = t->m_deadline;
                next = t;
            }
        }
        if (!next)
            break;
        m_now = std::max(m_now, best);
        next->m_deadline = -1;
        Q_EMIT next->timeout();
    }
    m_now = std::max(m_now, target);
}

} // namespace Vigie
