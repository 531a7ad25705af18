#include "gatewayserver.h"

#include <QTcpSocket>

namespace Vigie {

// Qt's server reads each client's requests in a slot on the socket's readyRead(), connected after
// it has asked the observer about the new connection. A slot connected here runs first (slots run
// in the order they were connected), so it can note the client before Qt answers its requests.
class GatewayServer::ClientObserver final : public QModbusTcpConnectionObserver
{
public:
    explicit ClientObserver(GatewayServer *server)
        : m_server(server)
    {
    }
    bool acceptNewConnection(QTcpSocket *socket) override
    {
        GatewayServer *server = m_server;
        QObject::connect(socket, &QTcpSocket::readyRead, server, [server, socket] {
            server->m_client = socket->peerAddress().toString() + QLatin1Char(':')
                + QString::number(socket->peerPort());
        });
        return true;
    }

private:
    GatewayServer *m_server;
};

GatewayServer::GatewayServer(QObject *parent)
    : QModbusTcpServer(parent)
{
    installConnectionObserver(new ClientObserver(this)); // owned by Qt's server
}

GatewayServer::~GatewayServer() = default;

QModbusResponse GatewayServer::processRequest(const QModbusPdu &request)
{
    return m_handler ? m_handler(request) : defaultAnswer(request);
}

} // namespace Vigie
