#include "modbusgateway.h"

#include "acquisition/valuecodec.h"
#include "gatewayserver.h"
#include "tags/tagtable.h"
#include "writes/writeservice.h"

#include <QBitArray>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QModbusDataUnit>

#include <algorithm>

namespace Vigie {

Q_LOGGING_CATEGORY(lcGateway, "vigie.gateway.modbus", QtWarningMsg)

namespace {

QModbusDataUnit::RegisterType registerType(FrameType table)
{
    switch (table) {
    case FrameType::Coil: return QModbusDataUnit::Coils;
    case FrameType::DiscreteInput: return QModbusDataUnit::DiscreteInputs;
    case FrameType::HoldingRegister: return QModbusDataUnit::HoldingRegisters;
    case FrameType::InputRegister: return QModbusDataUnit::InputRegisters;
    }
    return QModbusDataUnit::Invalid;
}

QModbusResponse refuse(const QModbusPdu &request, QModbusExceptionResponse::ExceptionCode code)
{
    return QModbusExceptionResponse(request.functionCode(), code);
}

// A big-endian 16-bit field of a PDU's data.
quint16 wordAt(const QByteArray &data, qsizetype at)
{
    return quint16((quint8(data[at]) << 8) | quint8(data[at + 1]));
}

} // namespace

ModbusGateway::ModbusGateway(const Project &project, TagTable *tags, WriteService *writes,
                             QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_config(project.gateway)
    , m_tags(tags)
    , m_writes(writes)
    , m_catalog(tags->catalog())
    , m_server(new GatewayServer(this))
{
    m_server->setHandler([this](const QModbusPdu &request) { return answer(request); });
    connect(m_server, &QModbusDevice::errorOccurred, this, [this](QModbusDevice::Error error) {
        // Listening failures are reported by start(); these are a client's lost connection or
        // a refused accept, which the server survives.
        if (error != QModbusDevice::NoError && isListening())
            qCInfo(lcGateway) << m_server->errorString();
    });
    if (!m_config)
        return;
    m_server->setServerAddress(m_config->unitId);
    addEntries(project);

    // One data unit per table, from its first served address to its last: Qt's server answers
    // reads from them once answer() has let a request through.
    QModbusDataUnitMap units;
    for (std::size_t t = 0; t < m_byTable.size(); ++t) {
        const QList<int> &entries = m_byTable[t];
        if (entries.isEmpty())
            continue;
        const int first = m_entries[entries.constFirst()].mapping.address;
        int end = first;
        for (const int i : entries)
            end = std::max(end, m_entries[i].mapping.address + m_entries[i].width);
        const auto type = registerType(FrameType(t));
        units.insert(type, QModbusDataUnit(type, first, QList<quint16>(end - first, 0)));
    }
    m_server->setMap(units);

    for (Entry &entry : m_entries)
        refreshEntry(entry);
    const QList<TagId> served = m_byTag.keys();
    if (served.isEmpty())
        return; // an empty list would subscribe to every tag
    SubscriptionOptions options;
    options.tags = served;
    options.intervalMs = 0; // a client should read what the station holds, as soon as it does
    options.refreshes = false; // a read that changes nothing changes no register
    m_subscription = m_tags->subscribe(options, this);
    connect(m_subscription, &TagSubscription::changed, this, &ModbusGateway::refresh);
}

ModbusGateway::~ModbusGateway()
{
    stop();
}

void ModbusGateway::addEntries(const Project &project)
{
    // The validator refuses what is skipped here; a project run with errors still must not
    // serve two values at one address or a Float32 as a coil.
    std::array<QBitArray, 4> taken;
    for (const GatewayMapping &m : std::as_const(m_config->map)) {
        const TagId id = m_tags->idOf(m.tag);
        if (id < 0 || m_catalog->info(id).source != TagSource::Acquired) {
            qCWarning(lcGateway) << "not served: no variable is named" << m.tag;
            continue;
        }
        const Variable &v = project.variable(m_catalog->info(id).node);
        const int width = v.width(m.table);
        if ((v.dataType == DataType::Bool) != isBitFrame(m.table) || m.address < 0
            || qint64(m.address) + width > 65536) {
            qCWarning(lcGateway) << "not served:" << m.tag << "does not fit" << toString(m.table)
                                 << m.address;
            continue;
        }
        QBitArray &used = taken[std::size_t(m.table)];
        if (used.isEmpty())
            used.resize(65536);
        bool free = true;
        for (int a = m.address; a < m.address + width; ++a)
            free = free && !used.testBit(a);
        if (!free) {
            qCWarning(lcGateway) << "not served:" << m.tag << "overlaps another entry at"
                                 << toString(m.table) << m.address;
            continue;
        }
        for (int a = m.address; a < m.address + width; ++a)
            used.setBit(a);

        Entry entry;
        entry.mapping = m;
        entry.tag = id;
        entry.variable = v;
        entry.variable.offset = 0;
        entry.variable.byteOrder = m.byteOrder;
        entry.width = width;
        if (m_config->badValue)
            entry.substitute = ValueCodec::encode(entry.variable, m.table, *m_config->badValue);
        m_byTag[id].append(int(m_entries.size()));
        m_byTable[std::size_t(m.table)].append(int(m_entries.size()));
        m_entries.append(entry);
    }
    for (QList<int> &entries : m_byTable) {
        std::sort(entries.begin(), entries.end(), [this](int a, int b) {
            return m_entries[a].mapping.address < m_entries[b].mapping.address;
        });
    }
}

bool ModbusGateway::start()
{
    if (!m_config)
        return false;
    if (isListening())
        return true;
    // Qt builds a URL from "address:port": an IPv6 address needs its brackets there.
    QString address = m_config->listenAddress;
    if (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol)
        address = QLatin1Char('[') + address + QLatin1Char(']');
    m_server->setConnectionParameter(QModbusDevice::NetworkAddressParameter, address);
    m_server->setConnectionParameter(QModbusDevice::NetworkPortParameter, m_config->port);
    if (m_server->connectDevice())
        return true;
    Q_EMIT listenFailed(
        tr("Modbus gateway: cannot listen on %1: %2").arg(endpoint(), m_server->errorString()));
    return false;
}

void ModbusGateway::stop()
{
    if (m_server->state() != QModbusDevice::UnconnectedState)
        m_server->disconnectDevice();
}

bool ModbusGateway::isListening() const
{
    return m_server->state() == QModbusDevice::ConnectedState;
}

QString ModbusGateway::endpoint() const
{
    if (!m_config)
        return {};
    QString address = m_config->listenAddress;
    if (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol)
        address = QLatin1Char('[') + address + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(m_config->port);
}

void ModbusGateway::refresh(const QList<TagId> &ids)
{
    for (const TagId id : ids) {
        const auto it = m_byTag.constFind(id);
        if (it == m_byTag.constEnd())
            continue;
        for (const int i : *it)
            refreshEntry(m_entries[i]);
    }
}

void ModbusGateway::refreshEntry(Entry &entry)
{
    const TagValue value = m_tags->value(entry.tag);
    QList<quint16> words;
    if (value.isGood()) {
        QString error;
        words = ValueCodec::encode(entry.variable, entry.mapping.table, value.value, &error);
        if (words.isEmpty())
            qCWarning(lcGateway) << "cannot serve" << entry.mapping.tag << "=" << value.value << ":"
                                 << error;
    }
    entry.good = !words.isEmpty();
    if (!entry.good)
        words = entry.substitute; // none: reads of it are refused, whatever the registers hold
    if (!words.isEmpty()) {
        m_server->setData(
            QModbusDataUnit(registerType(entry.mapping.table), entry.mapping.address, words));
    }
}

std::optional<QList<int>> ModbusGateway::entriesCovering(FrameType table, int first,
                                                         int count) const
{
    const QList<int> &entries = m_byTable[std::size_t(table)];
    const qint64 end = qint64(first) + count;
    // The last entry that starts at or before `first`, then the ones after it, end to start.
    auto it = std::upper_bound(entries.cbegin(), entries.cend(), first,
                               [this](int a, int i) { return a < m_entries[i].mapping.address; });
    if (it == entries.cbegin())
        return std::nullopt;
    --it;
    QList<int> covering;
    qint64 at = first;
    while (at < end) {
        if (it == entries.cend())
            return std::nullopt;
        const Entry &entry = m_entries[*it];
        if (entry.mapping.address > at || entry.mapping.address + entry.width <= at)
            return std::nullopt;
        covering.append(*it);
        at = entry.mapping.address + entry.width;
        ++it;
    }
    return covering;
}

QModbusResponse ModbusGateway::answer(const QModbusPdu &request)
{
    switch (request.functionCode()) {
    case QModbusPdu::ReadCoils: return answerRead(request, FrameType::Coil);
    case QModbusPdu::ReadDiscreteInputs: return answerRead(request, FrameType::DiscreteInput);
    case QModbusPdu::ReadHoldingRegisters: return answerRead(request, FrameType::HoldingRegister);
    case QModbusPdu::ReadInputRegisters: return answerRead(request, FrameType::InputRegister);
    case QModbusPdu::WriteSingleCoil:
    case QModbusPdu::WriteSingleRegister:
    case QModbusPdu::WriteMultipleCoils:
    case QModbusPdu::WriteMultipleRegisters: return answerWrite(request);
    default:
        // Diagnostics, FIFO reads, mask writes, read/write multiple, device identification:
        // nothing a gateway of values needs, and each would bypass the checks above.
        return refuse(request, QModbusExceptionResponse::IllegalFunction);
    }
}

QModbusResponse ModbusGateway::answerRead(const QModbusPdu &request, FrameType table)
{
    // A malformed request, or a quantity outside what one read may ask: Qt answers as the
    // standard says (exception 3) before any address is looked at.
    if (request.dataSize() != 4)
        return m_server->defaultAnswer(request);
    quint16 address = 0;
    quint16 count = 0;
    request.decodeData(&address, &count);
    if (count < 1 || count > (isBitFrame(table) ? 2000 : 125))
        return m_server->defaultAnswer(request);
    const auto entries = entriesCovering(table, address, count);
    if (!entries)
        return refuse(request, QModbusExceptionResponse::IllegalDataAddress);
    for (const int i : *entries) {
        const Entry &entry = m_entries[i];
        if (!entry.good && entry.substitute.isEmpty())
            return refuse(request, QModbusExceptionResponse::ServerDeviceFailure);
    }
    return m_server->defaultAnswer(request);
}

QModbusResponse ModbusGateway::answerWrite(const QModbusPdu &request)
{
    if (!m_config->allowWrites)
        return refuse(request, QModbusExceptionResponse::IllegalFunction);
    const QModbusPdu::FunctionCode function = request.functionCode();
    const QByteArray data = request.data();
    FrameType table = FrameType::HoldingRegister;
    int address = 0;
    int count = 0;
    QList<quint16> words; // one per address written: 0/1 for coils
    switch (function) {
    case QModbusPdu::WriteSingleCoil:
    case QModbusPdu::WriteSingleRegister: {
        if (data.size() != 4)
            return refuse(request, QModbusExceptionResponse::IllegalDataValue);
        address = wordAt(data, 0);
        count = 1;
        const quint16 value = wordAt(data, 2);
        if (function == QModbusPdu::WriteSingleCoil) {
            if (value != 0xFF00 && value != 0x0000)
                return refuse(request, QModbusExceptionResponse::IllegalDataValue);
            table = FrameType::Coil;
            words = {quint16(value ? 1 : 0)};
        } else {
            words = {value};
        }
        break;
    }
    case QModbusPdu::WriteMultipleCoils:
    case QModbusPdu::WriteMultipleRegisters: {
        const bool coils = function == QModbusPdu::WriteMultipleCoils;
        if (data.size() < 5)
            return refuse(request, QModbusExceptionResponse::IllegalDataValue);
        address = wordAt(data, 0);
        count = wordAt(data, 2);
        const int bytes = quint8(data[4]);
        const int maxCount = coils ? 0x7B0 : 0x7B; // what one write request may carry
        if (count < 1 || count > maxCount || bytes != (coils ? (count + 7) / 8 : 2 * count)
            || data.size() != 5 + bytes) {
            return refuse(request, QModbusExceptionResponse::IllegalDataValue);
        }
        for (int i = 0; i < count; ++i) {
            words.append(coils ? quint16((quint8(data[5 + i / 8]) >> (i % 8)) & 1)
                               : wordAt(data, 5 + 2 * i));
        }
        if (coils)
            table = FrameType::Coil;
        break;
    }
    default: return refuse(request, QModbusExceptionResponse::IllegalFunction);
    }

    // Every address written belongs to a writable entry, and each entry is written whole: half
    // a Float32 is no value to check.
    const auto entries = entriesCovering(table, address, count);
    if (!entries)
        return refuse(request, QModbusExceptionResponse::IllegalDataAddress);
    for (const int i : *entries) {
        const Entry &entry = m_entries[i];
        if (!entry.mapping.writable || entry.mapping.address < address
            || entry.mapping.address + entry.width > address + count) {
            return refuse(request, QModbusExceptionResponse::IllegalDataAddress);
        }
    }

    // All or nothing: every value is decoded and checked before any is sent.
    const QString user =
        QStringLiteral("modbus-gateway %1 (client %2)").arg(endpoint(), m_server->currentClient());
    QList<WriteRequest> writes;
    for (const int i : *entries) {
        const Entry &entry = m_entries[i];
        QString why;
        const QVariant value = ValueCodec::decode(
            entry.variable, table, words.mid(entry.mapping.address - address, entry.width), &why);
        if (!value.isValid()) {
            qCInfo(lcGateway) << "refused a write of" << entry.mapping.tag << "from" << user << ":"
                              << why;
            return refuse(request, QModbusExceptionResponse::IllegalDataValue);
        }
        const WriteRequest write {entry.tag, value, WriteOrigin::RemoteCommand, user};
        if (!prepareWrite(m_project, *m_catalog, write, &why)) {
            // Through the write service all the same, which refuses it again: the refusal has its
            // outcome, for the journal, like any other write's.
            m_writes->write(write);
            return refuse(request, QModbusExceptionResponse::IllegalDataValue);
        }
        writes.append(write);
    }
    for (const WriteRequest &write : std::as_const(writes))
        m_writes->write(write);

    if (function == QModbusPdu::WriteSingleCoil || function == QModbusPdu::WriteSingleRegister)
        return QModbusResponse(function, data); // the request's echo
    return QModbusResponse(function, quint16(address), quint16(count));
}

} // namespace Vigie
