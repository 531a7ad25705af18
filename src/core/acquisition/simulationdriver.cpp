#include "simulationdriver.h"

#include "valuecodec.h"

#include <QCoreApplication>

namespace Vigie {

namespace {

bool overlaps(int aStart, int aCount, int bStart, int bCount)
{
    return aStart < bStart + bCount && bStart < aStart + aCount;
}
} // namespace

SimulationDriver::SimulationDriver(const Connection &connection, Clock *clock, QObject *parent)
    : Driver(parent)
    , m_clock(clock)
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

void SimulationDriver::open()
{
    m_start = m_clock->monotonicMs();
    setLinkState(LinkState::Up);
}

void SimulationDriver::close()
{
    setLinkState(LinkState::Closed);
}

DriverReply *SimulationDriver::finishLater(DriverReply *reply, const QList<quint16> &words,
                                           const QString &error)
{
    const qint64 ts = m_clock->wallMs();
    QMetaObject::invokeMethod(
        reply,
        [reply, words, error, ts] {
            if (error.isEmpty())
                reply->succeed(words, ts);
            else
                reply->fail(error, ts);
        },
        Qt::QueuedConnection);
    return reply;
}

void SimulationDriver::refresh(SimDevice &device, const FrameRequest &request)
{
    const qint64 t = m_clock->monotonicMs() - m_start;
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

DriverReply *SimulationDriver::read(const FrameRequest &request)
{
    auto *reply = new DriverReply(this);
    if (linkState() != LinkState::Up)
        return finishLater(reply, {}, tr("the simulation is not running"));
    if (request.device < 0 || request.device >= m_devices.size())
        return finishLater(reply, {}, tr("no simulated device %1").arg(request.device));
    SimDevice &device = m_devices[request.device];
    refresh(device, request);
    QList<quint16> words;
    words.reserve(request.quantity);
    for (int a = request.startAddress; a < request.startAddress + request.quantity; ++a)
        words.append(device.image.value(key(request.type, a)));
    return finishLater(reply, words, {});
}

DriverReply *SimulationDriver::write(const FrameRequest &request)
{
    auto *reply = new DriverReply(this);
    if (linkState() != LinkState::Up)
        return finishLater(reply, {}, tr("the simulation is not running"));
    if (request.device < 0 || request.device >= m_devices.size())
        return finishLater(reply, {}, tr("no simulated device %1").arg(request.device));
    if (isReadOnlyFrame(request.type))
        return finishLater(reply, {},
                           tr("%1 addresses cannot be written").arg(toString(request.type)));
    SimDevice &device = m_devices[request.device];
    for (int i = 0; i < request.words.size(); ++i)
        device.image.insert(key(request.type, request.startAddress + i), request.words[i]);
    for (SimVariable &s : device.variables) {
        if (s.frameType == request.type
            && overlaps(s.address, s.variable.width(s.frameType), request.startAddress,
                        int(request.words.size()))) {
            // A bit write holds only the variable of that bit, not its neighbours.
            if (request.bit && s.variable.bit && *s.variable.bit != *request.bit)
                continue;
            s.held = true;
        }
    }
    return finishLater(reply, request.words, {});
}

} // namespace Vigie
