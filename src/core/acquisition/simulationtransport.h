#pragma once

#include "clock.h"
#include "model/connection.h"
#include "signalgenerator.h"
#include "transport.h"

#include <QHash>

namespace Vigie {

// The Simulation protocol: each device keeps a register image that its variables' signal
// generators fill just before it is read, encoded with the same codec a real device's data
// goes through. Writes land in the image and hold the variables they cover at the written
// value (the generator stops), as a setpoint would. Variables with no simulation spec hold 0
// until written. Answers come back on the next event loop pass, like a very fast device.
class SimulationTransport final : public Transport
{
    Q_OBJECT
public:
    SimulationTransport(const Connection &connection, Clock *clock, QObject *parent = nullptr);

    void open() override;
    void close() override;
    [[nodiscard]] int maxInFlight() const override { return 64; }

protected:
    void sendRequest(quint64 ticket, const LinkRequest &request) override;

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
    void refresh(SimDevice &device, const LinkRequest &request);
    [[nodiscard]] LinkResult read(SimDevice &device, const LinkRequest &request);
    [[nodiscard]] LinkResult write(SimDevice &device, const LinkRequest &request);

    qint64 m_start = 0;
    QList<SimDevice> m_devices;
};

} // namespace Vigie
