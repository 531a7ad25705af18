#pragma once

// Projects for the Modbus integration tests, built in code against the map the peer serves
// (tests/peers/maps/every_type.json; what a correct master reads is in every_type.md).

#include "model/project.h"
#include "station.h"

#include <QSignalSpy>
#include <QTest>

namespace Vigie::Test {

inline const QString everyTypeMap =
    QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/maps/every_type.json");
inline const QString modbusServer =
    QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/modbus_server.py");

inline Variable variable(const QString &name, DataType type, int offset, ByteOrder order,
                         int length = 0)
{
    Variable v;
    v.name = name;
    v.dataType = type;
    v.offset = offset;
    v.byteOrder = order;
    v.length = length;
    return v;
}

inline Frame frame(const QString &name, FrameType type, int start, int quantity)
{
    Frame f;
    f.name = name;
    f.type = type;
    f.startAddress = start;
    f.quantity = quantity;
    f.isReadable = true;
    f.isWritable = type == FrameType::Coil || type == FrameType::HoldingRegister;
    return f;
}

// One block of every_type.json's holding registers (25 registers at `start`) with one variable
// of each type, named "<order>/<type>".
inline Frame everyTypeBlock(ByteOrder order, int start)
{
    const QString o = toString(order) + QLatin1Char('/');
    Frame f = frame(toString(order), FrameType::HoldingRegister, start, 25);
    f.variables = {
        variable(o + QStringLiteral("Int16"), DataType::Int16, 0, order),
        variable(o + QStringLiteral("UInt16"), DataType::UInt16, 1, order),
        variable(o + QStringLiteral("Int32"), DataType::Int32, 2, order),
        variable(o + QStringLiteral("UInt32"), DataType::UInt32, 4, order),
        variable(o + QStringLiteral("Int64"), DataType::Int64, 6, order),
        variable(o + QStringLiteral("Float32"), DataType::Float32, 10, order),
        variable(o + QStringLiteral("Float64"), DataType::Float64, 12, order),
        variable(o + QStringLiteral("String"), DataType::String, 16, order, 10),
        variable(o + QStringLiteral("bit5"), DataType::Bool, 21, order),
        variable(o + QStringLiteral("bit6"), DataType::Bool, 21, order),
        variable(o + QStringLiteral("Int32 scaled"), DataType::Int32, 22, order),
        variable(o + QStringLiteral("UInt16 scaled"), DataType::UInt16, 24, order),
    };
    f.variables[8].bit = 5;
    f.variables[9].bit = 6;
    f.variables[10].scale = 0.01;
    f.variables[11].scale = 0.01;
    return f;
}

inline Connection connection(const QString &name, Protocol protocol, int timeout, int retries)
{
    Connection c;
    c.name = name;
    c.protocol = protocol;
    c.timeout = timeout;
    c.retries = retries;
    return c;
}

inline Device device(const QString &name, int station, int scanTime = 200)
{
    Device d;
    d.name = name;
    d.stationAddress = station;
    d.scanTime = scanTime;
    return d;
}

inline QVariant tagValue(const Station &station, const QString &tag)
{
    return station.tags()->value(station.tags()->idOf(tag)).value;
}

// "Good", "Bad: exception 2: illegal data address"
inline QString tagQuality(const Station &station, const QString &tag)
{
    return describeQuality(station.tags()->value(station.tags()->idOf(tag)));
}

// One device "meter" (station 1) on `c` with one holding-register frame of `quantity` at 0
// and one Int16 variable "v" in it: the project of the fault tests.
inline Project oneValueProject(Connection c, int quantity = 1, int scanTime = 200)
{
    Device d = device(QStringLiteral("meter"), 1, scanTime);
    Frame f = frame(QStringLiteral("f"), FrameType::HoldingRegister, 0, quantity);
    f.variables = {variable(QStringLiteral("v"), DataType::Int16, 0, ByteOrder::ABCD)};
    d.frames = {f};
    c.devices = {d};
    Project p;
    p.connections = {c};
    return p;
}

// Reads every readable frame once and waits for the last answer.
inline bool readOnce(Station &station, int timeoutMs = 15000)
{
    QSignalSpy once(&station, &Station::onceFinished);
    station.readOnce();
    return once.wait(timeoutMs);
}

// Writes and waits for the outcome.
inline WriteOutcome write(Station &station, const QString &tag, const QVariant &value)
{
    QSignalSpy spy(&station, &Station::writeFinished);
    const quint64 id = station.write(station.tags()->idOf(tag), value);
    while (spy.wait(10000)) {
        for (const auto &args : std::as_const(spy)) {
            const auto outcome = args.at(0).value<WriteOutcome>();
            if (outcome.id == id)
                return outcome;
        }
    }
    WriteOutcome none;
    none.reason = QStringLiteral("no answer in 10 s");
    return none;
}

} // namespace Vigie::Test
