// MqttClient against a raw libmosquitto publisher, through a mosquitto broker on loopback
// (started here with tests/shared's MosquittoBroker): messages per second of 274-byte QoS 0
// payloads (a Sparkplug DDATA's size), counted on arrival by a raw libmosquitto subscriber on its
// own thread, the two publishers interleaved; then the latency of single messages at 1 kHz,
// from publish() to the subscriber's receipt (both in this process).
#include "median.h"
#include "mosquittobroker.h"
#include "mqtt/mqttclient.h"
#include "mqttbenchsubscriber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <mosquitto.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace Vigie;
using namespace Vigie::Bench;
using namespace std::chrono_literals;

namespace {

constexpr int payloadSize = 274;
constexpr int messages = 200000;
const char *const topic = "bench/ddata";

struct Run
{
    double published = 0; // messages/s until the last publish call returned
    double arrived = 0; // messages/s until the last arrival
};

Run throughMqttClient(MqttClient &client, Subscriber &subscriber)
{
    subscriber.reset();
    const QByteArray payload(payloadSize, 'x');
    const QString topicName = QString::fromLatin1(topic);
    int sent = 0;
    qint64 publishedAt = 0;
    QElapsedTimer clock;
    std::function<void()> pump = [&] {
        while (sent < messages) {
            if (client.publish(topicName, payload, 0, false) <= 0)
                return; // readyToPublish() comes back
            if (++sent % 1000 == 0 && sent < messages) {
                QTimer::singleShot(0, &client, pump); // the event loop writes and confirms
                return;
            }
        }
        publishedAt = clock.nsecsElapsed();
    };
    const QMetaObject::Connection ready =
        QObject::connect(&client, &MqttClient::readyToPublish, &client, pump);
    clock.start();
    pump();
    const bool all = spinUntil([&] { return subscriber.count() >= messages; }, 20s);
    const qint64 elapsed = clock.nsecsElapsed();
    QObject::disconnect(ready);
    if (!all)
        std::printf("  (MqttClient: %d of %d arrived)\n", subscriber.count(), messages);
    return {messages * 1e9 / double(publishedAt ? publishedAt : elapsed),
            subscriber.count() * 1e9 / double(elapsed)};
}

Run throughRawLibmosquitto(quint16 port, Subscriber &subscriber)
{
    subscriber.reset();
    mosquitto *handle = mosquitto_new("bench-raw", true, nullptr);
    mosquitto_int_option(handle, MOSQ_OPT_TCP_NODELAY, 1);
    static std::atomic<bool> connected;
    connected = false;
    mosquitto_connect_callback_set(handle, [](mosquitto *, void *, int) { connected = true; });
    mosquitto_connect(handle, "127.0.0.1", port, 60);
    while (!connected)
        mosquitto_loop(handle, 100, 1);
    const QByteArray payload(payloadSize, 'x');
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < messages; ++i) {
        mosquitto_publish(handle, nullptr, topic, payloadSize, payload.constData(), 0, false);
        // Reads (and writes what the socket could not take) now and then, as a plain loop does.
        if ((i & 63) == 0 || mosquitto_want_write(handle))
            mosquitto_loop(handle, 0, 1);
    }
    while (mosquitto_want_write(handle))
        mosquitto_loop(handle, 10, 1);
    const qint64 publishedAt = clock.nsecsElapsed();
    for (int i = 0; i < 20000 && subscriber.count() < messages; ++i)
        std::this_thread::sleep_for(1ms);
    const qint64 elapsed = clock.nsecsElapsed();
    if (subscriber.count() < messages)
        std::printf("  (raw: %d of %d arrived)\n", subscriber.count(), messages);
    mosquitto_disconnect(handle);
    mosquitto_loop(handle, 10, 1);
    mosquitto_destroy(handle);
    return {messages * 1e9 / double(publishedAt), subscriber.count() * 1e9 / double(elapsed)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Test::MosquittoBroker broker;
    // By default mosquitto drops QoS 0 messages for a subscriber more than 1000 behind: on a
    // busy machine the count would measure the subscriber's thread, not the publishers.
    broker.addConfiguration("max_queued_messages 0\n");
    if (!broker.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    mosquitto_lib_init();
    Subscriber subscriber(broker.port(), "bench/#");
    if (!subscriber.waitSubscribed()) {
        std::fprintf(stderr, "the subscriber did not subscribe\n");
        return 1;
    }

    MqttClient client;
    MqttClientOptions options;
    options.broker = MqttBrokerUrl(QStringLiteral("127.0.0.1"), broker.port(), false);
    options.clientId = QStringLiteral("bench-client");
    client.open(options);
    if (!spinUntil([&] { return client.state() == MqttClient::State::Connected; }, 10s)) {
        std::fprintf(stderr, "MqttClient did not connect: %s\n", qPrintable(client.lastError()));
        return 1;
    }

    std::printf("%d messages of %d bytes, QoS 0, through mosquitto on loopback\n", messages,
                payloadSize);
    std::vector<double> clientPublished, clientArrived, rawPublished, rawArrived;
    for (int round = 0; round < 3; ++round) {
        const Run viaClient = throughMqttClient(client, subscriber);
        const Run raw = throughRawLibmosquitto(broker.port(), subscriber);
        std::printf("  round %d: MqttClient %.0f/s published, %.0f/s arrived; raw libmosquitto "
                    "%.0f/s published, %.0f/s arrived\n",
                    round + 1, viaClient.published, viaClient.arrived, raw.published, raw.arrived);
        clientPublished.push_back(viaClient.published);
        clientArrived.push_back(viaClient.arrived);
        rawPublished.push_back(raw.published);
        rawArrived.push_back(raw.arrived);
    }
    std::printf(
        "median arrivals: MqttClient %.0f msg/s, raw libmosquitto %.0f msg/s (ratio %.2f)\n",
        median(clientArrived), median(rawArrived), median(clientArrived) / median(rawArrived));
    std::printf("median publish calls: MqttClient %.0f msg/s, raw libmosquitto %.0f msg/s\n",
                median(clientPublished), median(rawPublished));

    // Latency: one message each millisecond for 3 s, its send time in its first bytes.
    // Each message carries its send time in its first bytes.
    subscriber.reset(
        [](const mosquitto_message *message, qint64 arrived, std::vector<qint64> &out) {
            if (message->payloadlen >= 8) {
                qint64 sent = 0;
                std::memcpy(&sent, message->payload, sizeof sent);
                out.push_back(arrived - sent);
            }
        });
    const QString topicName = QString::fromLatin1(topic);
    QByteArray payload(payloadSize, 'x');
    int sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &client, [&] {
        const qint64 now = nowNs();
        std::memcpy(payload.data(), &now, sizeof now);
        if (client.publish(topicName, payload, 0, false) > 0)
            ++sent;
        if (sent == 3000)
            tick.stop();
    });
    tick.start();
    spinUntil([&] { return sent == 3000 && subscriber.count() >= 3000; }, 20s);
    std::vector<qint64> latencies = subscriber.latencies();
    std::sort(latencies.begin(), latencies.end());
    if (latencies.empty()) {
        std::fprintf(stderr, "no message arrived\n");
        return 1;
    }
    const auto percentile = [&](double p) {
        return double(latencies[std::min(latencies.size() - 1,
                                         std::size_t(p * double(latencies.size())))])
            / 1000.0;
    };
    std::printf(
        "latency at 1 kHz (%zu messages, publish() to the subscriber's callback): p50 %.1f µs, "
        "p99 %.1f µs, max %.1f µs\n",
        latencies.size(), percentile(0.50), percentile(0.99), double(latencies.back()) / 1000.0);
    client.close();
    return 0;
}
