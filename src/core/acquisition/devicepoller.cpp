#include "devicepoller.h"

#include "clock.h"

namespace Vigie {

DevicePoller::DevicePoller(const Device &device, int deviceIndex, Driver *driver, Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_deviceIndex(deviceIndex)
    , m_driver(driver)
    , m_clock(clock)
    , m_timer(clock->createTimer(this))
    , m_schedule(device)
{
    connect(m_timer, &ClockTimer::timeout, this, &DevicePoller::onTimer);
}

void DevicePoller::start()
{
    m_running = true;
    m_once = false;
    m_schedule.start(m_clock->monotonicMs());
    m_timer->startAt(m_schedule.nextCycleAt());
}

void DevicePoller::readOnce()
{
    m_running = true;
    m_once = true;
    beginCycle(m_clock->monotonicMs());
    if (m_inCycle)
        pump();
}

void DevicePoller::stop()
{
    m_running = false;
    m_timer->stop();
    m_queue.clear();
    // Forget the cycle under way, so a later start() begins afresh.
    m_inCycle = false;
    m_inFlight = 0;
    ++m_generation;
}

void DevicePoller::onTimer()
{
    if (!m_running)
        return;
    if (!m_inCycle) {
        beginCycle(m_clock->monotonicMs());
        if (!m_inCycle)
            return;
    }
    pump();
}

void DevicePoller::beginCycle(qint64 now)
{
    if (m_once) {
        m_queue.clear();
        for (int i = 0; i < m_device.frames.size(); ++i) {
            if (m_device.frames[i].isReadable)
                m_queue.append(i);
        }
    } else {
        m_queue = m_schedule.beginCycle(now, m_clock->wallMs(), [this](qint64 utcMs) {
            return m_clock->utcOffsetSeconds(utcMs);
        });
    }
    m_inCycle = true;
    m_nextSendAt = now;
    if (m_queue.isEmpty())
        finishCycle();
}

void DevicePoller::pump()
{
    const int window = std::max(1, m_device.maxRequestsInFlight);
    while (m_running && m_inFlight < window && !m_queue.isEmpty()) {
        if (m_clock->monotonicMs() < m_nextSendAt) {
            m_timer->startAt(m_nextSendAt);
            return;
        }
        send(m_queue.takeFirst());
    }
}

void DevicePoller::send(int frame)
{
    const Frame &f = m_device.frames[frame];
    FrameRequest request;
    request.device = m_deviceIndex;
    request.stationAddress = m_device.stationAddress;
    request.type = f.type;
    request.startAddress = f.startAddress;
    request.quantity = f.quantity;
    DriverReply *reply = m_driver->read(request);
    ++m_inFlight;
    connect(reply, &DriverReply::finished, this, [this, frame, reply, generation = m_generation] {
        if (generation != m_generation) {
            reply->deleteLater();
            return;
        }
        onReply(frame, reply);
    });
}

void DevicePoller::onReply(int frame, DriverReply *reply)
{
    --m_inFlight;
    reply->deleteLater();
    if (!m_running)
        return;
    if (reply->succeeded()) {
        ++m_framesRead;
        Q_EMIT frameRead(frame, reply->words(), reply->timestamp());
    } else {
        ++m_framesFailed;
        Q_EMIT frameFailed(frame, reply->errorString(), reply->timestamp());
    }
    m_nextSendAt = m_clock->monotonicMs() + m_device.frames[frame].interFrameDelay;
    if (m_queue.isEmpty() && m_inFlight == 0)
        finishCycle();
    else
        pump();
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
