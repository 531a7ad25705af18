#pragma once

#include "acquisition/transport.h"
#include "model/connection.h"

#include <QHash>
#include <QModbusDevice>

class QModbusClient;
class QModbusReply;

namespace Vigie {

// What Modbus TCP and RTU share: turning a LinkRequest into a Modbus request on a QModbusClient
// (FC1–4 reads; FC5/FC15 for coils and FC6/FC16 for registers, a multi-register value always in
// one FC16; FC22 Mask Write Register for a bit of a register on devices set to `maskWrite`) and
// its QModbusReply back into a LinkResult with an error kind. Qt's own retries are off and its
// timeout matches the connection's: the link queue owns both. Subclasses make the client and
// set its connection parameters.
class ModbusTransport : public Transport
{
    Q_OBJECT
public:
    ModbusTransport(const Connection &connection, Clock *clock, QObject *parent = nullptr);
    ~ModbusTransport() override;

    void open() override;
    void close() override;
    [[nodiscard]] bool writesRegisterBits(int device) const override;

    // "exception 2: illegal data address"
    [[nodiscard]] static QString exceptionText(int code);

protected:
    // Called once, from the constructor of the subclass, with its configured client.
    void setClient(QModbusClient *client);
    [[nodiscard]] QModbusClient *client() const { return m_client; }
    // Where the link goes, for messages: "192.168.1.10:502", "/dev/ttyUSB0".
    [[nodiscard]] virtual QString endpoint() const = 0;
    // Called when the client is connected (TCP turns Nagle off there).
    virtual void connected() { }
    // A link error as the reason of a Down link ("connection refused").
    [[nodiscard]] virtual QString linkErrorText(const QString &reason) const { return reason; }

    void sendRequest(quint64 ticket, const LinkRequest &request) override;
    void abandonRequest(quint64 ticket) override;

    const Connection m_connection;

private:
    void onStateChanged(QModbusDevice::State state);
    void onError(QModbusDevice::Error error);
    void onFinished(quint64 ticket, QModbusReply *reply, const LinkRequest &request);

    QModbusClient *m_client = nullptr;
    QHash<quint64, QModbusReply *> m_replies;
    QString m_lastError;
    bool m_closing = false;
};

} // namespace Vigie
