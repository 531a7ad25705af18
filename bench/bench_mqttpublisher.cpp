// Vigie's MQTT publisher through a mosquitto broker on loopback (tests/shared's
// MosquittoBroker), measured from the tag table to a raw libmosquitto subscriber:
//  1. DDATA messages of 15 metrics per second, Vigie (tag table → publisher → broker) against a
//     raw libmosquitto publisher of the same payloads in the same run;
//  2. the latency from a tag change to the subscriber at 1 kHz;
//  3. the replay rate from the store-and-forward queue after an outage.
// Printed, not asserted.
#include "median.h"
#include "mosquittobroker.h"
#include "mqtt/mqttoutbox.h"
#include "mqtt/mqttpublisher.h"
#include "mqtt/sparkplugcodec.h"
#include "mqttbenchsubscriber.h"
#include "tags/tagtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <mosquitto.h>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Vigie;
using namespace Vigie::Bench;
using namespace std::chrono_literals;

namespace {

constexpr int Metrics = 15;
constexpr int Messages = 50000;

// One device of fifteen published metrics (Float64), its link up.
Project benchProject(quint16 port, DataType type = DataType::Float64, int count = Metrics)
{
    Project p;
    Connection c;
    c.name = QStringLiteral("Sim");
    Device d;
    d.name = QStringLiteral("Compteur");
    Frame f;
    f.name = QStringLiteral("mesures");
    f.quantity = 125;
    for (int i = 0; i < count; ++i) {
        Variable v;
        v.name = QStringLiteral("Mesure %1").arg(i + 1);
        v.dataType = type;
        v.offset = i * 4;
        v.published = true;
        f.variables.append(v);
    }
    d.frames = {f};
    c.devices = {d};
    p.connections = {c};
    MqttSettings m;
    m.broker = QStringLiteral("mqtt://127.0.0.1:%1").arg(port);
    m.groupId = QStringLiteral("Bench");
    m.edgeNodeId = QStringLiteral("Edge");
    p.mqtt = m;
    return p;
}

// A publisher on its own thread over `tags`, and its status on this one.
class Running
{
public:
    Running(TagTable *tags, const Project &project, const QString &queue, int perMessage,
            int replayRate = 500)
    {
        MqttPublisherConfig config;
        config.settings = *project.mqtt;
        config.settings.queue.replayRate = replayRate;
        config.publication = MqttPublication::build(project, *tags->catalog());
        config.queueFile = queue;
        config.maxMetricsPerMessage = perMessage;
        publisher = new MqttPublisher(tags, config);
        thread.setObjectName(QStringLiteral("vigie-mqtt"));
        publisher->moveToThread(&thread);
        QObject::connect(publisher, &MqttPublisher::statusChanged, &receiver,
                         [this](const MqttStatus &s) { status = s; });
        thread.start();
        QMetaObject::invokeMethod(publisher, [p = publisher] { p->start(); });
    }
    ~Running()
    {
        QMetaObject::invokeMethod(publisher, [p = publisher] {
            p->stop();
            delete p;
            QThread::currentThread()->quit();
        });
        thread.wait();
    }
    QThread thread;
    QObject receiver;
    MqttPublisher *publisher;
    MqttStatus status;
};

void setOnline(TagTable &tags)
{
    tags.update(tags.catalog()->systemTag({0, 0}, SystemTag::DeviceOnline),
                {true, Quality::Good, {}, QDateTime::currentMSecsSinceEpoch()});
}

// Vigie: readings of 15 values into the tag table, as fast as the publisher keeps up.
double throughVigie(TagTable &tags, Subscriber &subscriber)
{
    subscriber.reset();
    const TagRange range = tags.catalog()->frameTags(0, 0, 0);
    QElapsedTimer clock;
    clock.start();
    int produced = 0;
    while (subscriber.count() < Messages) {
        if (produced < Messages && produced - subscriber.count() < 2000) {
            QList<TagUpdate> updates;
            updates.reserve(Metrics);
            const qint64 t = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < Metrics; ++i)
                updates.append({range.first + i, {produced + i * 0.001, Quality::Good, {}, t}});
            tags.update(updates);
            ++produced;
        } else {
            std::this_thread::sleep_for(50us); // the publisher needs the core
            if (clock.elapsed() > 60000)
                break;
        }
    }
    return subscriber.count() * 1e9 / double(clock.nsecsElapsed());
}

// CPU time of the calling thread, in ns.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

qint64 rawCpuNs = 0; // the raw publisher's thread, last round

// Raw libmosquitto: the same number of 15-metric DDATA payloads, encoded beforehand.
double throughRaw(quint16 port, Subscriber &subscriber)
{
    SparkplugCodec codec;
    std::vector<QByteArray> payloads;
    payloads.reserve(Messages);
    for (int n = 0; n < Messages; ++n) {
        QList<Metric> metrics;
        for (int i = 0; i < Metrics; ++i)
            metrics.append({{QString(), quint64(i + 1), MetricType::Double},
                            {n + i * 0.001, QDateTime::currentMSecsSinceEpoch(), false}});
        payloads.push_back(
            codec.encodeData(QDateTime::currentMSecsSinceEpoch(), quint64(n % 256), metrics));
    }
    subscriber.reset();
    rawCpuNs = threadCpuNs();
    mosquitto *handle = mosquitto_new("bench-raw", true, nullptr);
    mosquitto_int_option(handle, MOSQ_OPT_TCP_NODELAY, 1);
    static std::atomic<bool> connected;
    connected = false;
    mosquitto_connect_callback_set(handle, [](mosquitto *, void *, int) { connected = true; });
    mosquitto_connect(handle, "127.0.0.1", port, 60);
    while (!connected)
        mosquitto_loop(handle, 100, 1);
    const char *topic = "spBv1.0/Bench/DDATA/Raw/Compteur";
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; n < Messages; ++n) {
        // The same pacing as Vigie's producer: at most 2000 messages ahead of the subscriber.
        while (n - subscriber.count() >= 2000)
            mosquitto_loop(handle, 1, 1);
        mosquitto_publish(handle, nullptr, topic, int(payloads[std::size_t(n)].size()),
                          payloads[std::size_t(n)].constData(), 0, false);
        if ((n & 63) == 0 || mosquitto_want_write(handle))
            mosquitto_loop(handle, 0, 1);
    }
    while (subscriber.count() < Messages && clock.elapsed() < 60000)
        mosquitto_loop(handle, 1, 1);
    const double rate = subscriber.count() * 1e9 / double(clock.nsecsElapsed());
    rawCpuNs = threadCpuNs() - rawCpuNs;
    mosquitto_disconnect(handle);
    mosquitto_loop(handle, 10, 1);
    mosquitto_destroy(handle);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Test::MosquittoBroker broker;
    // mosquitto drops QoS 0 messages for a subscriber more than 1000 behind by default.
    broker.addConfiguration("max_queued_messages 0\n");
    if (!broker.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(broker.errorString()));
        return 1;
    }
    mosquitto_lib_init();
    Subscriber subscriber(broker.port(), "spBv1.0/#", "/DDATA/");
    if (!subscriber.waitSubscribed()) {
        std::fprintf(stderr, "the subscriber did not subscribe\n");
        return 1;
    }

    // 1. Throughput.
    {
        const Project project = benchProject(broker.port());
        TagTable tags;
        tags.build(TagCatalog::fromProject(project));
        setOnline(tags);
        Running running(&tags, project, dir.filePath(QStringLiteral("throughput.sqlite")), Metrics);
        if (!spinUntil([&] { return running.status.link == MqttStatus::Link::Online; }, 10s)) {
            std::fprintf(stderr, "the publisher did not come online: %s\n",
                         qPrintable(running.status.lastError));
            return 1;
        }
        std::vector<double> vigie, raw, vigieCpu, rawCpu;
        const auto publisherCpu = [&] {
            qint64 ns = 0;
            QMetaObject::invokeMethod(
                running.publisher, [&ns] { ns = threadCpuNs(); }, Qt::BlockingQueuedConnection);
            return ns;
        };
        for (int round = 0; round < 3; ++round) {
            const qint64 before = publisherCpu();
            vigie.push_back(throughVigie(tags, subscriber));
            vigieCpu.push_back(double(publisherCpu() - before) / Messages / 1000.0);
            raw.push_back(throughRaw(broker.port(), subscriber));
            rawCpu.push_back(double(rawCpuNs) / Messages / 1000.0);
            std::printf("  round %d: Vigie %.0f DDATA/s (publisher thread %.2f µs CPU a message), "
                        "raw libmosquitto %.0f DDATA/s (%.2f µs)\n",
                        round + 1, vigie.back(), vigieCpu.back(), raw.back(), rawCpu.back());
        }
        std::printf("DDATA of %d metrics (QoS 0, %d per round): Vigie %.0f msg/s, raw libmosquitto "
                    "%.0f msg/s, ratio %.2f (goal >= 0.9)\n",
                    Metrics, Messages, median(vigie), median(raw), median(vigie) / median(raw));
        std::printf("  CPU a message: Vigie's publisher thread %.2f µs, the raw publisher %.2f µs "
                    "(ratio %.2f)\n",
                    median(vigieCpu), median(rawCpu), median(rawCpu) / median(vigieCpu));
        spinUntil([] { return false; }, 300ms); // the last status
        std::printf("  publisher: %llu messages sent, %llu dropped, %lld queued\n",
                    static_cast<unsigned long long>(running.status.messagesSent),
                    static_cast<unsigned long long>(running.status.dropped),
                    static_cast<long long>(running.status.queued));
    }

    // 2. Latency: one tag changed every millisecond for 3 s, its value the change's time.
    {
        const Project project = benchProject(broker.port(), DataType::Int64, 1);
        TagTable tags;
        tags.build(TagCatalog::fromProject(project));
        setOnline(tags);
        Running running(&tags, project, dir.filePath(QStringLiteral("latency.sqlite")), Metrics);
        spinUntil([&] { return running.status.link == MqttStatus::Link::Online; }, 10s);
        spinUntil([] { return false; }, 200ms); // let the births go by
        // Each DDATA carries the steady-clock time of its tag change as the value.
        subscriber.reset(
            [](const mosquitto_message *message, qint64 arrived, std::vector<qint64> &out) {
                QString error;
                const auto metrics = SparkplugCodec::decodeCommand(
                    QByteArray(static_cast<const char *>(message->payload), message->payloadlen),
                    &error);
                for (const SparkplugCommandMetric &m :
                     metrics.value_or(QList<SparkplugCommandMetric>())) {
                    if (m.value.toLongLong() > 0) // not a value set before the probe ran
                        out.push_back(arrived - m.value.toLongLong());
                }
            });
        const TagId probe = tags.catalog()->frameTags(0, 0, 0).first;
        int changes = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            tags.update(probe, {nowNs(), Quality::Good, {}, QDateTime::currentMSecsSinceEpoch()});
            if (++changes == 3000)
                tick.stop();
        });
        tick.start();
        spinUntil([&] { return changes == 3000 && subscriber.count() >= 3000; }, 20s);
        std::vector<qint64> l = subscriber.latencies();
        std::sort(l.begin(), l.end());
        if (l.empty()) {
            std::fprintf(stderr, "no DDATA arrived\n");
            return 1;
        }
        const auto at = [&](double p) {
            return double(l[std::min(l.size() - 1, std::size_t(p * double(l.size())))]) / 1e6;
        };
        std::printf("latency at 1 kHz, tag change to subscriber (%zu samples): p50 %.3f ms, p99 "
                    "%.3f ms, max %.3f ms (goal p50 < 1 ms)\n",
                    l.size(), at(0.5), at(0.99), double(l.back()) / 1e6);
    }

    // 3. Replay: a queue of 60,000 samples from an outage, sent with no rate cap.
    {
        const Project project = benchProject(broker.port());
        TagTable tags;
        tags.build(TagCatalog::fromProject(project));
        setOnline(tags);
        const QString queue = dir.filePath(QStringLiteral("replay.sqlite"));
        constexpr int Queued = 60000;
        {
            MqttOutbox outbox;
            QString error;
            if (!outbox.open(queue, {}, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            QList<OutboxSample> samples;
            const qint64 t = QDateTime::currentMSecsSinceEpoch() - 60000;
            for (int n = 0; n < Queued; ++n)
                samples.append(
                    {0,
                     QStringLiteral("Compteur"),
                     {{QStringLiteral("Mesure %1").arg(n % Metrics + 1), 0, MetricType::Double},
                      {double(n), t + n / Metrics, false}}});
            if (!outbox.append(samples, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        QElapsedTimer clock;
        clock.start();
        Running running(&tags, project, queue, 500, 1000000);
        spinUntil([&] { return running.status.link == MqttStatus::Link::Online; }, 10s);
        const qint64 online = clock.nsecsElapsed();
        spinUntil([&] { return running.status.historicalSent >= quint64(Queued); }, 60s);
        const double seconds = double(clock.nsecsElapsed() - online) / 1e9;
        std::printf("replay from the queue: %llu of %d samples in %.2f s, %.0f samples/s (no cap; "
                    "the default replayRate caps it at 500/s)\n",
                    static_cast<unsigned long long>(running.status.historicalSent), Queued, seconds,
                    double(running.status.historicalSent) / seconds);
    }
    return 0;
}
