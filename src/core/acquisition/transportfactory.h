#pragma once

#include "model/connection.h"

#include <QList>

#include <functional>

class QObject;

namespace Vigie {

class Clock;
class Transport;

// Makes the transport of a connection from its protocol. Each protocol is one file (its
// Transport subclass) and one registration line in transportfactory.cpp; the engine asks here
// and has no `if` per protocol.
namespace TransportFactory {

using Create = std::function<Transport *(const Connection &connection, Clock *clock)>;

// Null when this build of Vigie has no transport for the connection's protocol.
[[nodiscard]] Transport *create(const Connection &connection, Clock *clock);
[[nodiscard]] bool supports(Protocol protocol);
[[nodiscard]] QList<Protocol> protocols();
// For tests and plug-ins: adds or replaces the transport of a protocol, or removes it.
void registerProtocol(Protocol protocol, Create create);
void unregisterProtocol(Protocol protocol);

} // namespace TransportFactory
} // namespace Vigie
