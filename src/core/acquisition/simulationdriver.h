#pragma once

#include "clock.h"
#include "driver.h"
#include "model/connection.h"
#include "signalgenerator.h"

#include <QHash>

namespace Vigie {

// The Simulation protocol: each device keeps a register image that its variables' signal
// generators fill just before it is read, encoded with the same codec a real device's data
// goes through. Writes land in the image and hold the variables they cover at the written
// value (the generator stops), as a setpoint would. Variables with no simulation spec hold 0
// until written.
class SimulationDriver final : public Driver
{
    Q_OBJECT
public:
    SimulationDriver(const Connection &connection, Clock *clock, QObject *parent = nullptr);

    void open() override;
    void close() override;
    DriverReply *read(const FrameRequest &request) override;
    DriverReply *write(const FrameRequest &request) override;

private:
    struct SimVariable
    {
        Variable variable;
        FrameType frameType;
        int address; // absolute
        std::optional<SignalGenerator> generator;
        bool held = false;
    };
    struct SimDevice
    {
        QList<SimVariable> variables;
        QHash<quint32, quint16> image; // (frame type << 16 | address) → word
    };
    static quint32 key(FrameType type, int address)
    {
        return (quint32(type) << 16) | quint32(address);
    }
    void refresh(SimDevice &device, const FrameRequest &request);
    DriverReply *finishLater(DriverReply *reply, const QList<quint16> &words, const QString &error);

    Clock *m_clock;
    qint64 m_start = 0;
    QList<SimDevice> m_devices;
};

} // namespace Vigie
