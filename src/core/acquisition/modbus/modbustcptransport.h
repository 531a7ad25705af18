#pragma once

#include "modbustransport.h"

namespace Vigie {

// Modbus TCP on QModbusTcpClient. Qt pipelines requests on one socket with their own
// transaction ids; the link queue keeps each device within maxRequestsInFlight.
class ModbusTcpTransport final : public ModbusTransport
{
    Q_OBJECT
public:
    ModbusTcpTransport(const Connection &connection, Clock *clock, QObject *parent = nullptr);
    // Several devices behind one TCP endpoint (a gateway) may each have requests out.
    [[nodiscard]] int maxInFlight() const override { return 64; }

protected:
    [[nodiscard]] QString endpoint() const override;
    void connected() override;
};

} // namespace Vigie
