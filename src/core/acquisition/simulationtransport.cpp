#include "simulationtransport.h"

#include "valuecodec.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

bool overlaps(qint64 aStart, qint64 aCount, qint64 bStart, qint64 bCount)
{
    return aStart < bStart + bCount && bStart < aStart + aCount;
}

} // namespace

SimulationTransport::SimulationTransport(const Connection &connection, Clock *clock,
                                         QObject *parent)
    : Transport(clock, parent)
{
    quint32 seed = 1;
    for (const Device &d : connection.devices) {
        SimDevice sim;
        for (const Frame &f : d.frames) {
            for (const Variable &v : f.variables) {
                SimVariable s {v, f.type, f.startAddress + v.offset, std::nullopt, false};
                if (v.simulation)
                    s.generator.emplace(*v.simulation, v.min, v.max, seed++);
                sim.variables.append(std::move(s));
            }
        }
        m_devices.append(std::move(sim));
    }
}

void SimulationTransport::open()
{
    m_start = clock()->monotonicMs();
    setState(State::Up);
}

void SimulationTransport::close()
{
    setState(State::Closed);
}

void SimulationTransport::refresh(SimDevice &device, const LinkRequest &request)
{
    const qint64 t = clock()->monotonicMs() - m_start;
    for (SimVariable &s : device.variables) {
        const int width = s.variable.width(s.frameType);
        if (s.held || !s.generator || s.frameType != request.type
            || !overlaps(s.address, width, request.startAddress, request.quantity))
            continue;
        const double sample = s.generator->sample(t);
        QVariant value = sample;
        if (s.variable.dataType == DataType::Bool)
            value = sample > 0.5;
        else if (s.variable.dataType == DataType::String)
            value = QString::number(sample);
        const quint16 current = device.image.value(key(s.frameType, s.address));
        const QList<quint16> words =
            ValueCodec::encode(s.variable, s.frameType, value, nullptr, current);
        for (int i = 0; i < words.size(); ++i)
            device.image.insert(key(s.frameType, s.address + i), words[i]);
    }
}

LinkResult SimulationTransport::read(SimDevice &device, const LinkRequest &request)
{
    refresh(device, request);
    LinkResult result;
    result.words.reserve(request.quantity);
    for (int a = request.startAddress; a < request.startAddress + request.quantity; ++a)
        result.words.append(device.image.value(key(request.type, a)));
    return result;
}

LinkResult SimulationTransport::write(SimDevice &device, const LinkRequest &request)
{
    LinkResult result;
    if (isReadOnlyFrame(request.type)) {
        result.error = LinkError::Exception;
        result.exceptionCode = 1; // Illegal Function, as a Modbus slave answers
        result.message = tr("%1 addresses cannot be written").arg(toString(request.type));
        return result;
    }
    QList<quint16> words = request.words;
    if (request.kind == LinkRequest::Kind::WriteBit) {
        // Only if the queue asked for it in one request (it does not: writesRegisterBits() is
        // false here); kept so the transport answers any request it may get.
        const quint16 mask = quint16(1u << request.bit);
        const quint16 current = device.image.value(key(request.type, request.startAddress));
        words = {request.bitValue ? quint16(current | mask) : quint16(current & ~mask)};
    }
    for (int i = 0; i < words.size(); ++i)
        device.image.insert(key(request.type, request.startAddress + i), words[i]);
    for (SimVariable &s : device.variables) {
        if (s.frameType == request.type
            && overlaps(s.address, s.variable.width(s.frameType), request.startAddress,
                        words.size())) {
            // A bit write holds only the variable of that bit, not its neighbours.
            if (request.bit >= 0 && s.variable.bit && *s.variable.bit != request.bit)
                continue;
            s.held = true;
        }
    }
    result.words = words;
    return result;
}

void SimulationTransport::sendRequest(quint64 ticket, const LinkRequest &request)
{
    LinkResult result;
    if (state() != State::Up) {
        result.error = LinkError::LinkDown;
        result.message = tr("the simulation is not running");
    } else if (request.device < 0 || request.device >= m_devices.size()) {
        result.error = LinkError::Refused;
        result.message = tr("no simulated device %1").arg(request.device);
    } else if (request.isWrite()) {
        result = write(m_devices[request.device], request);
    } else {
        result = read(m_devices[request.device], request);
    }
    complete(ticket, result); // inside send(): Transport delivers it on the next pass
}

} // namespace Vigie
