#include "transportfactory.h"

#include "modbus/modbusrtutransport.h"
#include "modbus/modbustcptransport.h"
#include "simulationtransport.h"

#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace Vigie::TransportFactory {

namespace {

struct Registry
{
    QMutex mutex;
    QMap<Protocol, Create> creators;

    Registry()
    {
        // One line per protocol.
        creators.insert(Protocol::Simulation, [](const Connection &c, Clock *clock) -> Transport * {
            return new SimulationTransport(c, clock);
        });
        creators.insert(Protocol::ModbusTcp, [](const Connection &c, Clock *clock) -> Transport * {
            return new ModbusTcpTransport(c, clock);
        });
        creators.insert(Protocol::ModbusRtu, [](const Connection &c, Clock *clock) -> Transport * {
            return new ModbusRtuTransport(c, clock);
        });
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

Transport *create(const Connection &connection, Clock *clock)
{
    Create create;
    {
        QMutexLocker lock(&registry().mutex);
        create = registry().creators.value(connection.protocol);
    }
    return create ? create(connection, clock) : nullptr;
}

bool supports(Protocol protocol)
{
    QMutexLocker lock(&registry().mutex);
    return registry().creators.contains(protocol);
}

QList<Protocol> protocols()
{
    QMutexLocker lock(&registry().mutex);
    return registry().creators.keys();
}

void registerProtocol(Protocol protocol, Create create)
{
    QMutexLocker lock(&registry().mutex);
    registry().creators.insert(protocol, std::move(create));
}

void unregisterProtocol(Protocol protocol)
{
    QMutexLocker lock(&registry().mutex);
    registry().creators.remove(protocol);
}

} // namespace Vigie::TransportFactory
