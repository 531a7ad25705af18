#pragma once

#include "deviceschedule.h"
#include "driver.h"

#include <QObject>

namespace Vigie {

class Clock;
class ClockTimer;

// Runs one device's DeviceSchedule against its driver: at each cycle it sends the due frames,
// at most maxRequestsInFlight at a time, waiting each frame's interFrameDelay before the next
// request, and ends the cycle when the last reply is in. Results leave as signals; decoding
// them is the engine's job.
class DevicePoller : public QObject
{
    Q_OBJECT
public:
    DevicePoller(const Device &device, int deviceIndex, Driver *driver, Clock *clock,
                 QObject *parent = nullptr);

    void start();
    // One pass over every readable frame, then onceFinished(); no further cycles.
    void readOnce();
    void stop();

    [[nodiscard]] const DeviceSchedule &schedule() const { return m_schedule; }
    [[nodiscard]] quint64 framesRead() const { return m_framesRead; }
    [[nodiscard]] quint64 framesFailed() const { return m_framesFailed; }

Q_SIGNALS:
    void frameRead(int frame, const QList<quint16> &words, qint64 timestamp);
    void frameFailed(int frame, const QString &reason, qint64 timestamp);
    void cycleFinished();
    void onceFinished();

private:
    void onTimer();
    void beginCycle(qint64 now);
    void pump();
    void send(int frame);
    void onReply(int frame, DriverReply *reply);
    void finishCycle();

    Device m_device;
    int m_deviceIndex;
    Driver *m_driver;
    Clock *m_clock;
    ClockTimer *m_timer;
    DeviceSchedule m_schedule;

    bool m_running = false;
    bool m_once = false;
    bool m_inCycle = false;
    QList<int> m_queue;
    int m_inFlight = 0;
    quint64 m_generation = 0; // bumped by stop(): replies of an earlier run are ignored
    qint64 m_nextSendAt = 0;
    quint64 m_framesRead = 0;
    quint64 m_framesFailed = 0;
};

} // namespace Vigie
