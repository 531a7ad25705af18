#pragma once

// What the MQTT publisher's integration tests share: a recorder that subscribes to the broker
// and keeps every message with its arrival, and helpers to read what Tahu's codec
// (tests/shared/tahucodec.h) decoded.

#include "mqtt/mqttclient.h"
#include "tahucodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
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
    MqttRecorder(const QString &url, const QString &filter,
                 MqttClientOptions::Protocol protocol = MqttClientOptions::Protocol::V311)
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
        o.protocol = protocol;
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
    [[nodiscard]] bool contains(const QString &topic, const QByteArray &payload) const
    {
        return std::any_of(messages.cbegin(), messages.cend(), [&](const RecordedMessage &m) {
            return m.topic == topic && m.payload == payload;
        });
    }
    [[nodiscard]] bool waitFor(const QString &part, int count, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return on(part).size() >= count; }, timeoutMs);
    }

    MqttClient client;
    QList<RecordedMessage> messages;
    int subscriptions = 0;
};

// The one payload Tahu's encoder makes of a command in its own JSON form.
inline QByteArray tahuPayload(const QJsonObject &payload, QString *error)
{
    const QList<QByteArray> encoded =
        encodeWithTahu(QJsonDocument(payload).toJson(QJsonDocument::Compact), error);
    return encoded.size() == 1 ? encoded.first() : QByteArray();
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
