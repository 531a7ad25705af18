#pragma once

#include <QModbusTcpServer>

#include <functional>

namespace Vigie {

// The QModbusTcpServer a ModbusGateway listens with. Qt's server answers every request from its
// data units, with no notion of a value that cannot be trusted or of a write that needs checking;
// this subclass hands each request to the gateway first (setHandler()), which answers it itself
// or through Qt's own answer (defaultAnswer()). It also remembers which client sent the request
// being answered, for the write journal: Qt's processRequest() does not say.
class GatewayServer final : public QModbusTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<QModbusResponse(const QModbusPdu &request)>;

    explicit GatewayServer(QObject *parent = nullptr);
    ~GatewayServer() override;

    // Decides every request; without a handler, Qt answers.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Qt's answer, from the data units (and its refusals of diagnostics functions).
    [[nodiscard]] QModbusResponse defaultAnswer(const QModbusPdu &request)
    {
        return QModbusTcpServer::processRequest(request);
    }
    // "10.0.0.7:53211": the client whose request is being answered (empty before the first).
    [[nodiscard]] const QString &currentClient() const { return m_client; }

protected:
    QModbusResponse processRequest(const QModbusPdu &request) override;

private:
    class ClientObserver;
    Handler m_handler;
    QString m_client;
};

} // namespace Vigie
