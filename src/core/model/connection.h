#pragma once

#include "device.h"

namespace Vigie {

struct TcpSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 502;
    friend bool operator==(const TcpSettings &, const TcpSettings &) = default;
};

struct SerialSettings
{
    QString port;
    int baudRate = 19200;
    Parity parity = Parity::Even;
    int dataBits = 8;
    int stopBits = 1;
    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

// One link to the field: a TCP endpoint, a serial bus, or the built-in simulator.
// Several devices may share it (an RTU bus carries one request at a time).
struct Connection
{
    QString name; // unique in the project
    QString description;
    Protocol protocol = Protocol::Simulation;
    TcpSettings tcp; // ModbusTcp
    SerialSettings serial; // ModbusRtu
    int timeout = 1000; // ms before a request counts as failed
    int retries = 1; // extra attempts before a frame goes Bad
    QList<Device> devices;

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace Vigie
