#include "modbustcptransport.h"

#include <QModbusTcpClient>
#include <QTcpSocket>
#include <QVariant>

namespace Vigie {

ModbusTcpTransport::ModbusTcpTransport(const Connection &connection, Clock *clock, QObject *parent)
    : ModbusTransport(connection, clock, parent)
{
    auto *client = new QModbusTcpClient(this);
    client->setConnectionParameter(QModbusDevice::NetworkAddressParameter, connection.tcp.host);
    client->setConnectionParameter(QModbusDevice::NetworkPortParameter, connection.tcp.port);
    setClient(client);
}

QString ModbusTcpTransport::endpoint() const
{
    return m_connection.tcp.host + QLatin1Char(':') + QString::number(m_connection.tcp.port);
}

void ModbusTcpTransport::connected()
{
    // Qt does not set TCP_NODELAY: a request queued behind an unacknowledged one then waits
    // for the peer's delayed ACK (40 ms, FIELD_NOTES). The socket is Qt's private child.
    if (auto *socket = client()->findChild<QTcpSocket *>())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

} // namespace Vigie
