#include "modbustransport.h"

#include <QLoggingCategory>
#include <QModbusClient>
#include <QModbusDataUnit>
#include <QModbusReply>

Q_LOGGING_CATEGORY(lcModbus, "vigie.driver.modbus", QtWarningMsg)

namespace Vigie {

namespace {

QModbusDataUnit::RegisterType registerType(FrameType type)
{
    switch (type) {
    case FrameType::Coil: return QModbusDataUnit::Coils;
    case FrameType::DiscreteInput: return QModbusDataUnit::DiscreteInputs;
    case FrameType::HoldingRegister: return QModbusDataUnit::HoldingRegisters;
    case FrameType::InputRegister: return QModbusDataUnit::InputRegisters;
    }
    return QModbusDataUnit::Invalid;
}

LinkError errorKind(QModbusDevice::Error error)
{
    switch (error) {
    case QModbusDevice::NoError: return LinkError::None;
    case QModbusDevice::ProtocolError: return LinkError::Exception;
    case QModbusDevice::TimeoutError: return LinkError::Timeout;
    case QModbusDevice::ReplyAbortedError:
    case QModbusDevice::ConnectionError:
    case QModbusDevice::ReadError:
    case QModbusDevice::WriteError: return LinkError::LinkDown;
    case QModbusDevice::ConfigurationError: return LinkError::Refused;
    case QModbusDevice::UnknownError:
    case QModbusDevice::InvalidResponseError: return LinkError::BadReply;
    }
    return LinkError::BadReply;
}

// The PDU of a request as Qt puts it on the wire (function code and data), for the frame log.
// Qt picks the single-item function for one value (FC5, FC6) and the multiple one otherwise.
QByteArray requestPdu(const LinkRequest &r)
{
    QByteArray pdu;
    const auto put16 = [&pdu](quint16 v) {
        pdu.append(char(v >> 8));
        pdu.append(char(v & 0xFF));
    };
    const auto address = quint16(r.startAddress);
    switch (r.kind) {
    case LinkRequest::Kind::Read: {
        const char fc[] = {1, 2, 3, 4}; // Coil, DiscreteInput, HoldingRegister, InputRegister
        pdu.append(fc[int(r.type)]);
        put16(address);
        put16(quint16(r.quantity));
        break;
    }
    case LinkRequest::Kind::Write:
        if (r.type == FrameType::Coil && r.words.size() == 1) {
            pdu.append(char(5));
            put16(address);
            put16(r.words.constFirst() ? 0xFF00 : 0x0000);
        } else if (r.type == FrameType::Coil) {
            pdu.append(char(15));
            put16(address);
            put16(quint16(r.words.size()));
            pdu.append(char((r.words.size() + 7) / 8));
            for (qsizetype i = 0; i < r.words.size(); i += 8) {
                quint8 byte = 0;
                for (qsizetype bit = 0; bit < 8 && i + bit < r.words.size(); ++bit)
                    byte |= quint8(r.words[i + bit] ? 1u << bit : 0u);
                pdu.append(char(byte));
            }
        } else if (r.words.size() == 1) {
            pdu.append(char(6));
            put16(address);
            put16(r.words.constFirst());
        } else {
            pdu.append(char(16));
            put16(address);
            put16(quint16(r.words.size()));
            pdu.append(char(r.words.size() * 2));
            for (const quint16 w : r.words)
                put16(w);
        }
        break;
    case LinkRequest::Kind::WriteBit: {
        const quint16 mask = quint16(1u << r.bit);
        pdu.append(char(22));
        put16(address);
        put16(quint16(~mask));
        put16(r.bitValue ? mask : 0);
        break;
    }
    }
    return pdu;
}

QByteArray responsePdu(const QModbusResponse &response)
{
    // An exception response is not "valid" to Qt, but it is what came back: keep it.
    if (response.isException())
        return QByteArray(1, char(quint8(response.functionCode()) | 0x80))
            + char(quint8(response.exceptionCode()));
    if (!response.isValid())
        return {};
    return QByteArray(1, char(quint8(response.functionCode()))) + response.data();
}

// Qt's error texts as a reason in a sentence: "TCP socket error (Connection refused)." reads
// "connection refused", "Device not connected." reads "device not connected".
QString plainReason(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    if (open >= 0 && text.endsWith(QLatin1Char(')')))
        text = text.mid(open + 1, text.size() - open - 2);
    if (text.size() > 1 && text[0].isUpper() && text[1].isLower())
        text[0] = text[0].toLower();
    return text;
}

// Qt 6.4 hands a Mask Write Register response to its Read/Write Multiple Registers parser,
// which calls it invalid. The response is the request's echo (address, AND mask, OR mask):
// check that here instead.
bool maskWriteEchoed(const QModbusResponse &response, const LinkRequest &request)
{
    if (!response.isValid() || response.isException()
        || response.functionCode() != QModbusPdu::MaskWriteRegister || response.dataSize() != 6)
        return false;
    quint16 address = 0;
    quint16 andMask = 0;
    quint16 orMask = 0;
    response.decodeData(&address, &andMask, &orMask);
    const quint16 mask = quint16(1u << request.bit);
    return address == quint16(request.startAddress) && andMask == quint16(~mask)
        && orMask == quint16(request.bitValue ? mask : 0);
}

} // namespace

QString ModbusTransport::exceptionText(int code)
{
    // The names of the Modbus Application Protocol specification (v1.1b3, section 7).
    switch (code) {
    case 1: return tr("exception 1: illegal function");
    case 2: return tr("exception 2: illegal data address");
    case 3: return tr("exception 3: illegal data value");
    case 4: return tr("exception 4: server device failure");
    case 5: return tr("exception 5: acknowledge (still working)");
    case 6: return tr("exception 6: server device busy");
    case 8: return tr("exception 8: memory parity error");
    case 10: return tr("exception 10: gateway path unavailable");
    case 11: return tr("exception 11: gateway target device failed to respond");
    default: return tr("exception %1").arg(code);
    }
}

ModbusTransport::ModbusTransport(const Connection &connection, Clock *clock, QObject *parent)
    : Transport(clock, parent)
    , m_connection(connection)
{
}

ModbusTransport::~ModbusTransport()
{
    for (QModbusReply *reply : std::as_const(m_replies))
        reply->disconnect(this);
}

void ModbusTransport::setClient(QModbusClient *client)
{
    m_client = client;
    m_client->setParent(this);
    // The link queue times requests out and retries them by error kind; Qt must not retry
    // behind its back. Qt's timeout matches the queue's, so on a serial bus Qt's own queue is
    // free when the link queue sends the next request.
    m_client->setTimeout(std::max(10, m_connection.timeout));
    m_client->setNumberOfRetries(0);
    connect(m_client, &QModbusDevice::stateChanged, this, &ModbusTransport::onStateChanged);
    connect(m_client, &QModbusDevice::errorOccurred, this, &ModbusTransport::onError);
}

void ModbusTransport::open()
{
    m_closing = false;
    m_lastError.clear();
    if (m_client->state() != QModbusDevice::UnconnectedState)
        return;
    setState(State::Connecting);
    if (!m_client->connectDevice()) {
        const QString why = m_client->errorString().isEmpty()
            ? tr("cannot open %1").arg(endpoint())
            : linkErrorText(plainReason(m_client->errorString()));
        setState(State::Down, why);
    }
}

void ModbusTransport::close()
{
    m_closing = true;
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
    setState(State::Closed);
}

bool ModbusTransport::writesRegisterBits(int device) const
{
    return device >= 0 && device < m_connection.devices.size()
        && m_connection.devices[device].maskWrite;
}

void ModbusTransport::onStateChanged(QModbusDevice::State deviceState)
{
    switch (deviceState) {
    case QModbusDevice::ConnectedState:
        connected();
        setState(State::Up);
        break;
    case QModbusDevice::ConnectingState: setState(State::Connecting); break;
    case QModbusDevice::UnconnectedState:
        // Qt says "unconnected" before it says why (errorOccurred follows): decide on the
        // next pass, when the reason is known.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_closing && m_client->state() == QModbusDevice::UnconnectedState
                    && state() != State::Down)
                    setState(State::Down,
                             m_lastError.isEmpty() ? tr("%1 closed the connection").arg(endpoint())
                                                   : m_lastError);
            },
            Qt::QueuedConnection);
        break;
    case QModbusDevice::ClosingState: break;
    }
}

void ModbusTransport::onError(QModbusDevice::Error error)
{
    // Errors of single requests come with their reply; these are the link's.
    if (error == QModbusDevice::ConnectionError || error == QModbusDevice::ReadError
        || error == QModbusDevice::WriteError) {
        m_lastError = linkErrorText(plainReason(m_client->errorString()));
        qCDebug(lcModbus) << endpoint() << m_client->errorString();
        if (m_closing)
            return;
        if (m_client->state() == QModbusDevice::UnconnectedState) {
            if (state() != State::Down)
                setState(State::Down, m_lastError);
        } else if (error == QModbusDevice::ConnectionError) {
            // A serial port that vanished (USB adapter unplugged) stays "connected" in Qt and
            // errs on every request: close it, so the link goes Down and the queue reopens it
            // once it is back.
            m_client->disconnectDevice();
        }
    }
}

void ModbusTransport::sendRequest(quint64 ticket, const LinkRequest &request)
{
    LinkResult refused;
    if (m_client->state() != QModbusDevice::ConnectedState) {
        refused.error = LinkError::LinkDown;
        refused.message = tr("not connected to %1").arg(endpoint());
        complete(ticket, refused);
        return;
    }
    const auto type = registerType(request.type);
    QModbusReply *reply = nullptr;
    switch (request.kind) {
    case LinkRequest::Kind::Read:
        if (request.stationAddress == 0) {
            refused.error = LinkError::Refused;
            refused.message = tr("station 0 is the broadcast address: it cannot be read");
            complete(ticket, refused);
            return;
        }
        reply = m_client->sendReadRequest(
            QModbusDataUnit(type, request.startAddress, quint16(request.quantity)),
            request.stationAddress);
        break;
    case LinkRequest::Kind::Write:
        reply = m_client->sendWriteRequest(
            QModbusDataUnit(type, request.startAddress, request.words), request.stationAddress);
        break;
    case LinkRequest::Kind::WriteBit: {
        // FC22: result = (current AND andMask) OR (orMask AND NOT andMask).
        const quint16 mask = quint16(1u << request.bit);
        reply = m_client->sendRawRequest(
            QModbusRequest(QModbusRequest::MaskWriteRegister, quint16(request.startAddress),
                           quint16(~mask), quint16(request.bitValue ? mask : 0)),
            request.stationAddress);
        break;
    }
    }
    if (!reply) {
        refused.error = LinkError::Refused;
        refused.message = m_client->errorString().isEmpty()
            ? tr("the request could not be sent to %1").arg(endpoint())
            : plainReason(m_client->errorString());
        complete(ticket, refused);
        return;
    }
    trace(request.device, true, requestPdu(request));
    if (reply->isFinished()) { // a broadcast: nobody answers
        onFinished(ticket, reply, request);
        return;
    }
    m_replies.insert(ticket, reply);
    connect(reply, &QModbusReply::finished, this,
            [this, ticket, reply, request] { onFinished(ticket, reply, request); });
}

void ModbusTransport::abandonRequest(quint64 ticket)
{
    // Qt cannot take a request back: its reply is dropped when it comes.
    if (QModbusReply *reply = m_replies.take(ticket)) {
        reply->disconnect(this);
        connect(reply, &QModbusReply::finished, reply, &QObject::deleteLater);
    }
}

void ModbusTransport::onFinished(quint64 ticket, QModbusReply *reply, const LinkRequest &request)
{
    m_replies.remove(ticket);
    reply->deleteLater();
    if (const QByteArray pdu = responsePdu(reply->rawResult()); !pdu.isEmpty())
        trace(request.device, false, pdu);
    LinkResult result;
    result.error = errorKind(reply->error());
    if (request.kind == LinkRequest::Kind::WriteBit && result.error == LinkError::BadReply
        && maskWriteEchoed(reply->rawResult(), request))
        result.error = LinkError::None; // see maskWriteEchoed()
    if (result.error == LinkError::None) {
        if (request.kind == LinkRequest::Kind::Read) {
            const QModbusDataUnit unit = reply->result();
            result.words = unit.values();
            // Bits come in whole bytes: Qt hands back the padding too (4 coils → 8 values).
            if (isBitFrame(request.type) && result.words.size() > request.quantity)
                result.words.resize(request.quantity);
            if (result.words.size() != request.quantity) {
                result.error = LinkError::BadReply;
                result.message = tr("%1 answered %2 values for %3 asked")
                                     .arg(endpoint())
                                     .arg(result.words.size())
                                     .arg(request.quantity);
            }
        }
    } else if (result.error == LinkError::Exception) {
        result.exceptionCode = int(reply->rawResult().exceptionCode());
        result.message = exceptionText(result.exceptionCode);
    } else {
        result.message = plainReason(reply->errorString());
    }
    complete(ticket, result);
}

} // namespace Vigie
