#pragma once

#include "enums.h"

#include <QList>
#include <QString>

namespace Vigie {

// A Vigie device published under another name than its own (a Sparkplug device id may not
// hold '/', '+' or '#', and two connections may each have a "Station 1").
struct MqttDeviceMapping
{
    QString connection; // the Vigie connection's name
    QString device; // the Vigie device's name in it
    QString publishAs; // the published device id
    friend bool operator==(const MqttDeviceMapping &, const MqttDeviceMapping &) = default;
};

// Where samples wait while the broker cannot be reached, and how much of them is kept. When a
// bound is passed, the oldest samples are dropped first and counted.
struct MqttQueueSettings
{
    QString file; // SQLite file, relative to the project file; empty: "<project>.outbox.sqlite"
    int maxMegabytes = 100; // 1–100000
    int maxAgeHours = 168; // 1–87600: a week by default
    int replayRate = 500; // metrics per second replayed after an outage, 1–1000000
    friend bool operator==(const MqttQueueSettings &, const MqttQueueSettings &) = default;
};

// The MQTT publisher: which broker, how to reach it, and what to send. Only a reference to the
// broker's user name and password is kept here (`secret`); the secret itself is in the OS
// keychain. Optional in a project: without it nothing is published.
struct MqttSettings
{
    static constexpr int DefaultKeepAlive = 30;
    QString broker; // mqtt://host[:port] or mqtts://host[:port]
    QString clientId; // empty: "vigie-<edgeNodeId>"
    MqttProtocol protocol = MqttProtocol::V311;
    int keepAlive = DefaultKeepAlive; // seconds, 5–65535
    QString secret; // keychain reference of the user name and password; empty: anonymous
    // TLS (mqtts://): files relative to the project file. The broker's certificate is verified
    // against caFile (empty: the system's authorities) unless verifyCertificate is false.
    QString caFile;
    QString certFile; // a client certificate, with its keyFile
    QString keyFile;
    bool verifyCertificate = true;
    MqttMode mode = MqttMode::SparkplugB;
    QString groupId; // Sparkplug group id ({group} in JSON topics)
    QString edgeNodeId; // Sparkplug edge node id ({node} in JSON topics)
    QList<MqttDeviceMapping> devices;
    int qos = 0; // data messages: 0 (Sparkplug B's rule) or 1 (confirmed by the broker)
    bool onChange = true; // publish each change (past the variable's deadband)
    int period = 0; // ms: also publish every value this often; 0: never
    // SCorp-io JSON mode: the topics of births and data ({group}, {node}, {device}).
    QString birthTopic = QStringLiteral("{group}/DBIRTH/{node}/{device}");
    QString dataTopic = QStringLiteral("{group}/DDATA/{node}/{device}");
    // Sparkplug B: the primary host application whose STATE gates publishing; empty: none.
    QString primaryHost;
    MqttQueueSettings queue;
    friend bool operator==(const MqttSettings &, const MqttSettings &);
};

} // namespace Vigie
