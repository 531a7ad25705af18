#include "modbusrtutransport.h"

#include <QModbusRtuSerialClient>
#include <QSerialPort>
#include <QVariant>

namespace Vigie {

namespace {

QSerialPort::Parity parity(Parity p)
{
    switch (p) {
    case Parity::None: return QSerialPort::NoParity;
    case Parity::Even: return QSerialPort::EvenParity;
    case Parity::Odd: return QSerialPort::OddParity;
    case Parity::Space: return QSerialPort::SpaceParity;
    case Parity::Mark: return QSerialPort::MarkParity;
    }
    return QSerialPort::EvenParity;
}

} // namespace

ModbusRtuTransport::ModbusRtuTransport(const Connection &connection, Clock *clock, QObject *parent)
    : ModbusTransport(connection, clock, parent)
{
    auto *client = new QModbusRtuSerialClient(this);
    const SerialSettings &s = connection.serial;
    client->setConnectionParameter(QModbusDevice::SerialPortNameParameter, s.port);
    client->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, s.baudRate);
    client->setConnectionParameter(QModbusDevice::SerialParityParameter, parity(s.parity));
    client->setConnectionParameter(QModbusDevice::SerialDataBitsParameter, s.dataBits);
    client->setConnectionParameter(QModbusDevice::SerialStopBitsParameter, s.stopBits);
    setClient(client);
}

} // namespace Vigie
