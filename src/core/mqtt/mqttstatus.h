#pragma once

#include <QMetaType>
#include <QString>

namespace Vigie {

// What the MQTT publisher is doing, for vigie's status bar and `vigie-runtime --stats`: sent
// from the publisher's thread in one value, at most a few times a second.
struct MqttStatus
{
    enum class Link {
        Off, // no mqtt block, or stopped
        WaitingForSecret, // the keychain has not answered, or has no such secret
        Connecting,
        Online, // connected, births sent: samples go out live
        WaitingForHost, // connected, but the primary host application is offline (STATE)
        WaitingToReconnect, // the broker cannot be reached: samples go to the queue
    };
    Link link = Link::Off;
    QString broker; // "127.0.0.1:1883"
    QString lastError; // the last failure in plain words; kept after a recovery
    qint64 onlineSince = 0; // ms since the epoch, 0 when not online
    quint64 messagesSent = 0; // confirmed by the client (QoS 0: written; QoS 1: acknowledged)
    quint64 metricsSent = 0; // live metrics in those messages
    quint64 historicalSent = 0; // metrics replayed from the queue
    qint64 queued = 0; // samples waiting in the store-and-forward queue
    qint64 queueBytes = 0;
    quint64 dropped = 0; // samples lost: queue full or expired, or the queue unusable
    quint64 births = 0; // NBIRTH/DBIRTH (or JSON DBIRTH) messages sent
    quint64 rebirths = 0; // rebirths asked by a host (NCMD Node Control/Rebirth)
    quint64 commandsRefused = 0; // DCMD/NCMD metrics not written (not remoteWrite, bad value)
    quint64 bdSeq = 0; // the Sparkplug session's birth/death sequence number
    friend bool operator==(const MqttStatus &, const MqttStatus &) = default;
};

// "online", "waiting to reconnect"... as a status line says it.
[[nodiscard]] QString toDisplayString(MqttStatus::Link link);

} // namespace Vigie

Q_DECLARE_METATYPE(Vigie::MqttStatus)
