#pragma once

#include "modbustransport.h"

namespace Vigie {

// Modbus RTU on QModbusRtuSerialClient: one serial bus, one request on the wire at a time,
// whatever the number of slaves (the link queue takes turns between them). Qt paces frames
// itself (t3.5); a port that vanishes goes Down and is reopened by the link queue's back-off.
class ModbusRtuTransport final : public ModbusTransport
{
    Q_OBJECT
public:
    ModbusRtuTransport(const Connection &connection, Clock *clock, QObject *parent = nullptr);
    [[nodiscard]] int maxInFlight() const override { return 1; }

protected:
    [[nodiscard]] QString endpoint() const override { return m_connection.serial.port; }
    // Qt's serial errors do not name the port: "/dev/ttyUSB0: resource error".
    [[nodiscard]] QString linkErrorText(const QString &reason) const override
    {
        return endpoint() + QLatin1String(": ") + reason;
    }
};

} // namespace Vigie
