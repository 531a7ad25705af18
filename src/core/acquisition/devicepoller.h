#pragma once

#include "deviceschedule.h"
#include "linkrequest.h"

#include <QObject>

namespace Vigie {

class Clock;
class ClockTimer;
class LinkQueue;

// Runs one device's DeviceSchedule: at each cycle it submits the due frames to its link's
// queue (which paces them: windows, interFrameDelay, fairness) and ends the cycle when the
// last answer is in. Results leave as signals; decoding them is the engine's job.
class DevicePoller : public QObject
{
    Q_OBJECT
public:
    DevicePoller(const Device &device, int deviceIndex, LinkQueue *queue, Clock *clock,
                 QObject *parent = nullptr);

    void start();
    // One pass over every readable frame, then onceFinished(); no further cycles.
    void readOnce();
    // No further requests; answers still to come are ignored.
    void stop();

    [[nodiscard]] const DeviceSchedule &schedule() const { return m_schedule; }
    [[nodiscard]] quint64 framesRead() const { return m_framesRead; }

Q_SIGNALS:
    void frameRead(int frame, const QList<quint16> &words, qint64 timestamp);
    void frameFailed(int frame, const Vigie::LinkResult &result);
    void cycleFinished();
    void onceFinished();

private:
    void onTimer();
    void beginCycle();
    void submit(int frame);
    void onAnswer(int frame, const LinkResult &result);
    void finishCycle();

    Device m_device;
    int m_deviceIndex;
    LinkQueue *m_queue;
    Clock *m_clock;
    ClockTimer *m_timer;
    DeviceSchedule m_schedule;

    bool m_running = false;
    bool m_once = false;
    bool m_inCycle = false;
    int m_pending = 0;
    quint64 m_generation = 0; // bumped by stop(): answers of an earlier run are ignored
    quint64 m_framesRead = 0;
};

} // namespace Vigie
