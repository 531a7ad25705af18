#pragma once

// What the MQTT publisher's integration tests share: a recorder that subscribes to the broker
// and keeps every message with its arrival, and the independent decoder (Eclipse Tahu's
// JavaScript codec under node, tests/peers/node) run over recorded payloads.

#include "mqtt/mqttclient.h"
#include "requireprogram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <functional>

namespace Vigie::Test {

struct RecordedMessage
{
    QString topic;
    QByteArray payload;
    qint64 receivedAt = 0; // ms since the epoch
};

// A subscriber that keeps what it receives. It reconnects faster than the publisher under
// test, so that after a broker restart it listens again before the publisher replays.
class MqttRecorder
{
public:
    MqttRecorder(const QString &url, const QString &filter)
    {
        QObject::connect(&client, &MqttClient::messageReceived, &client,
                         [this](const QString &topic, const QByteArray &payload) {
                             messages.append({topic, payload, QDateTime::currentMSecsSinceEpoch()});
                         });
        QObject::connect(&client, &MqttClient::subscribed, &client,
                         [this](const QString &, bool granted) { subscriptions += granted; });
        client.subscribe(filter, 1);
        MqttClientOptions o;
        o.broker = *MqttBrokerUrl::parse(url);
        o.clientId = QStringLiteral("recorder");
        o.reconnectDelayMin = std::chrono::milliseconds(50);
        o.reconnectDelayMax = std::chrono::milliseconds(100);
        client.open(o);
    }
    [[nodiscard]] bool waitSubscribed(int count = 1)
    {
        return QTest::qWaitFor([&] { return subscriptions >= count; }, 10000);
    }
    // The messages whose topic contains `part` ("/NBIRTH/", "/DDATA/").
    [[nodiscard]] QList<RecordedMessage> on(const QString &part) const
    {
        QList<RecordedMessage> found;
        for (const RecordedMessage &m : messages) {
            if (m.topic.contains(part))
                found.append(m);
        }
        return found;
    }
    [[nodiscard]] bool waitFor(const QString &part, int count, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return on(part).size() >= count; }, timeoutMs);
    }

    MqttClient client;
    QList<RecordedMessage> messages;
    int subscriptions = 0;
};

inline QString nodePeers()
{
    return QStringLiteral(VIGIE_BINARY_DIR "/node-peers");
}

// Every payload decoded by Tahu's codec, in order: one JSON object each (tests/peers/README.md).
// Empty, with *error, if node or the npm peers are missing or a payload does not decode.
inline QList<QJsonObject> decodeWithTahu(const QList<QByteArray> &payloads, QString *error)
{
    const QString node = findProgram(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is not installed: run ./dev test, which installs it");
        return {};
    }
    if (!QFileInfo::exists(nodePeers() + QStringLiteral("/node_modules/sparkplug-payload"))) {
        *error = nodePeers()
            + QStringLiteral("/node_modules/sparkplug-payload is missing: run ./dev test, which "
                             "installs the node test peers");
        return {};
    }
    QTemporaryDir dir;
    QStringList args = {QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/node/sparkplug_decode.js"),
                        QStringLiteral("--peers"), nodePeers()};
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QString name = dir.filePath(QString::number(i));
        QFile f(name);
        if (!f.open(QIODevice::WriteOnly) || f.write(payloads[i]) != payloads[i].size()) {
            *error = QStringLiteral("cannot write ") + name;
            return {};
        }
        args.append(name);
    }
    QProcess p;
    p.start(node, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("node failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QList<QJsonObject> decoded;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            decoded.append(QJsonDocument::fromJson(line).object());
    }
    if (decoded.size() != payloads.size())
        *error = QStringLiteral("node decoded %1 payloads of %2")
                     .arg(decoded.size())
                     .arg(payloads.size());
    return decoded;
}

// Tahu's encoding of a command payload given in its own JSON form (sparkplug_encode.js).
inline QByteArray encodeWithTahu(const QJsonObject &payload, QString *error)
{
    QProcess p;
    p.start(findProgram(QStringLiteral("node")),
            {QStringLiteral(VIGIE_SOURCE_DIR "/tests/peers/node/sparkplug_encode.js"),
             QStringLiteral("--peers"), nodePeers()});
    p.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("node failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
}

// A whole number as the decoder prints it: 64-bit ones (aliases, timestamps, seq, Int64 values)
// as decimal strings, others as numbers.
inline qint64 wholeNumber(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

// A metric of a decoded payload by name.
inline QJsonObject metricNamed(const QJsonObject &payload, const QString &name)
{
    for (const QJsonValue &m : payload.value(QStringLiteral("metrics")).toArray()) {
        if (m.toObject().value(QStringLiteral("name")).toString() == name)
            return m.toObject();
    }
    return {};
}

} // namespace Vigie::Test
