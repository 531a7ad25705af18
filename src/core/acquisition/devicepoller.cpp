#include "devicepoller.h"

#include "clock.h"
#include "linkqueue.h"

#include <QPointer>

namespace Vigie {

DevicePoller::DevicePoller(const Device &device, int deviceIndex, LinkQueue *queue, Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_deviceIndex(deviceIndex)
    , m_queue(queue)
    , m_clock(clock)
    , m_timer(clock->createTimer(this))
    , m_schedule(device)
{
    connect(m_timer, &ClockTimer::timeout, this, &DevicePoller::onTimer);
}

void DevicePoller::start()
{
    stop();
    m_running = true;
    m_once = false;
    m_schedule.start(m_clock->monotonicMs());
    m_timer->startAt(m_schedule.nextCycleAt());
}

void DevicePoller::readOnce()
{
    stop();
    m_running = true;
    m_once = true;
    beginCycle();
}

void DevicePoller::stop()
{
    m_running = false;
    m_timer->stop();
    m_inCycle = false;
    m_pending = 0;
    ++m_generation;
}

void DevicePoller::onTimer()
{
    if (m_running && !m_inCycle)
        beginCycle();
}

void DevicePoller::beginCycle()
{
    QList<int> due;
    if (m_once) {
        for (int i = 0; i < m_device.frames.size(); ++i) {
            if (m_device.frames[i].isReadable)
                due.append(i);
        }
    } else {
        due = m_schedule.beginCycle(
            m_clock->wallMs(), [this](qint64 utcMs) { return m_clock->utcOffsetSeconds(utcMs); });
    }
    m_inCycle = true;
    m_pending = int(due.size());
    if (due.isEmpty()) {
        finishCycle();
        return;
    }
    for (const int frame : std::as_const(due))
        submit(frame);
}

void DevicePoller::submit(int frame)
{
    const Frame &f = m_device.frames[frame];
    LinkRequest request;
    request.device = m_deviceIndex;
    request.stationAddress = m_device.stationAddress;
    request.type = f.type;
    request.startAddress = f.startAddress;
    request.quantity = f.quantity;
    request.quietAfter = f.interFrameDelay;
    QPointer<DevicePoller> self(this);
    m_queue->submit(request, [self, frame, generation = m_generation](const LinkResult &result) {
        if (self && self->m_generation == generation)
            self->onAnswer(frame, result);
    });
}

void DevicePoller::onAnswer(int frame, const LinkResult &result)
{
    if (!m_running)
        return;
    if (result.ok()) {
        ++m_framesRead;
        Q_EMIT frameRead(frame, result.words, result.timestamp);
    } else {
        Q_EMIT frameFailed(frame, result);
    }
    if (--m_pending == 0 && m_running)
        finishCycle();
}

void DevicePoller::finishCycle()
{
    m_inCycle = false;
    if (m_once) {
        m_running = false;
        Q_EMIT onceFinished();
        return;
    }
    m_schedule.endCycle(m_clock->monotonicMs());
    Q_EMIT cycleFinished();
    if (m_running)
        m_timer->startAt(m_schedule.nextCycleAt());
}

} // namespace Vigie
