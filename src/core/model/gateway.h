#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace Vigie {

// One tag served by the gateway: the table and address where a Modbus client finds it. The
// value occupies as many addresses as the variable's own data type needs (one bit in a bit
// table; its register count in a register table), in this byte order.
struct GatewayMapping
{
    QString tag; // the name of a project variable
    FrameType table = FrameType::HoldingRegister;
    int address = 0; // 0–65535: the first address the value occupies
    ByteOrder byteOrder = ByteOrder::ABCD; // as the client expects it, not as the device sends
    bool writable = false; // a client may write it (needs Gateway::allowWrites)

    friend bool operator==(const GatewayMapping &, const GatewayMapping &) = default;
};

// A Modbus TCP server that serves chosen tags to another SCADA or a PLC (what Ignition and
// inSCADA call a Modbus slave or gateway): the values the station holds, not a pass-through to
// the devices. Optional in a project: without it nothing listens.
struct Gateway
{
    static constexpr int DefaultPort = 502;

    QString listenAddress = QStringLiteral("127.0.0.1"); // an IP address; 0.0.0.0: every one
    int port = DefaultPort; // 1–65535
    int unitId = 1; // 0–255: the Modbus unit identifier the server answers to
    bool allowWrites = false; // clients may write mappings marked writable
    // Served, encoded as each mapping's value would be, for a tag that is not Good; none: such
    // a read is answered with exception 4 (server device failure).
    std::optional<double> badValue;
    QList<GatewayMapping> map;

    // Out of line: inlined into a comparison of std::optional<Gateway>, GCC 12 warns that the
    // members of a disengaged optional "may be used uninitialized".
    friend bool operator==(const Gateway &, const Gateway &);
};

} // namespace Vigie
