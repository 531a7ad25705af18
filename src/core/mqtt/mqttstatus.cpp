#include "mqttstatus.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MqttPublisher)
};
} // namespace

QString toDisplayString(MqttStatus::Link link)
{
    switch (link) {
    case MqttStatus::Link::Off: return Tr::tr("off");
    case MqttStatus::Link::WaitingForSecret: return Tr::tr("waiting for the broker's secret");
    case MqttStatus::Link::Connecting: return Tr::tr("connecting");
    case MqttStatus::Link::Online: return Tr::tr("online");
    case MqttStatus::Link::WaitingForHost: return Tr::tr("waiting for the primary host");
    case MqttStatus::Link::WaitingToReconnect: return Tr::tr("offline, queueing");
    }
    return {};
}

} // namespace Vigie
