// MqttOutbox, the MQTT publisher's store-and-forward queue, on a real file in a temporary
// folder: append rate in batches of 15 (one device's scan, the publisher's usual store) and of
// 1000; append rate once the queue is full and drops its oldest samples; the replay path
// (peek ahead, then remove what was acknowledged) by id and through an id; bytes per sample;
// and how long open() takes on a queue holding many samples (count + quick_check).
// Each figure is the median of three runs; the machine is shared, so trust ratios more than
// absolute numbers.
#include "median.h"
#include "mqtt/mqttoutbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Vigie;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr int kMetrics = 15;

// A device's metrics as a site names them: accents, spaces, a '/'. Mostly doubles, as
// measurements are, with a counter and a state.
QList<OutboxSample> makeSamples(qint64 first, int count)
{
    static const QString device = QStringLiteral("Poste de relevage Nord");
    static QStringList names;
    if (names.isEmpty()) {
        for (int m = 0; m < kMetrics; ++m)
            names.append(QStringLiteral("Pompe %1/Pression aval").arg(m + 1));
    }
    QList<OutboxSample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 n = first + i;
        const int m = int(n % kMetrics);
        OutboxSample s;
        s.device = device;
        s.metric.definition.name = names[m];
        if (m == 0) {
            s.metric.definition.type = MetricType::UInt64;
            s.metric.value.value = quint64(n);
        } else if (m == 1) {
            s.metric.definition.type = MetricType::Boolean;
            s.metric.value.value = (n / kMetrics) % 2 == 0;
        } else {
            s.metric.definition.type = MetricType::Double;
            s.metric.value.value = 2.5 + double(n % 1000) / 7.0;
        }
        s.metric.value.timestamp = kT0 + (n / kMetrics) * 1000;
        samples.append(s);
    }
    return samples;
}

bool openOrSay(MqttOutbox &outbox, const QString &path, const OutboxLimits &limits)
{
    QString error;
    if (!outbox.open(path, limits, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

// Samples per second appending `total` samples in batches of `batch` to a fresh queue.
double appendRate(const QString &path, int batch, qint64 total, const OutboxLimits &limits = {},
                  qint64 prefill = 0)
{
    QFile::remove(path);
    MqttOutbox outbox;
    if (!openOrSay(outbox, path, limits))
        return 0;
    QString error;
    for (qint64 n = 0; n < prefill; n += 1000)
        (void)outbox.append(makeSamples(n, 1000), &error);
    QList<QList<OutboxSample>> batches;
    for (qint64 n = 0; n < total; n += batch)
        batches.append(makeSamples(prefill + n, batch));
    QElapsedTimer timer;
    timer.start();
    for (const QList<OutboxSample> &b : batches) {
        if (!outbox.append(b, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 0;
        }
    }
    return double(total) / (double(timer.nsecsElapsed()) / 1e9);
}

void fill(const QString &path, qint64 total)
{
    QFile::remove(path);
    MqttOutbox outbox;
    if (!openOrSay(outbox, path, {}))
        return;
    QString error;
    for (qint64 n = 0; n < total; n += 1000)
        (void)outbox.append(makeSamples(n, 1000), &error);
}

// Samples per second emptying a queue of `total` samples: peek `window` ahead, then remove
// them, by their ids (acknowledged one by one) or through the last one. `longestMs` receives
// the longest single call (the file is rebuilt smaller a few times on the way).
double replayRate(const QString &path, qint64 total, int window, bool byIds,
                  double *longestMs = nullptr)
{
    fill(path, total);
    MqttOutbox outbox;
    if (!openOrSay(outbox, path, {}))
        return 0;
    QString error;
    QElapsedTimer timer;
    timer.start();
    qint64 sent = 0;
    for (;;) {
        const QList<OutboxSample> samples = outbox.peek(window);
        if (samples.isEmpty())
            break;
        sent += samples.size();
        QElapsedTimer call;
        call.start();
        if (byIds) {
            QList<qint64> ids;
            ids.reserve(samples.size());
            for (const OutboxSample &s : samples)
                ids.append(s.id);
            (void)outbox.remove(ids, &error);
        } else {
            (void)outbox.removeThrough(samples.constLast().id, &error);
        }
        if (longestMs)
            *longestMs = std::max(*longestMs, double(call.nsecsElapsed()) / 1e6);
    }
    const double rate = double(sent) / (double(timer.nsecsElapsed()) / 1e9);
    if (sent != total)
        std::fprintf(stderr, "replayed %lld of %lld\n", static_cast<long long>(sent),
                     static_cast<long long>(total));
    return rate;
}

double repeat(const std::function<double()> &f)
{
    return median(QList<double> {f(), f(), f()});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.db"));

    std::printf("MqttOutbox (SQLite WAL, synchronous=NORMAL), %d metrics per device; median of 3\n",
                kMetrics);
    std::printf("append, batches of 15:    %9.0f samples/s\n",
                repeat([&] { return appendRate(path, 15, 150000); }));
    std::printf("append, batches of 1000:  %9.0f samples/s\n",
                repeat([&] { return appendRate(path, 1000, 300000); }));
    OutboxLimits small;
    small.maxBytes = 8 * 1024 * 1024;
    std::printf("append, batches of 15, full (8 MiB, oldest dropped): %9.0f samples/s\n",
                repeat([&] { return appendRate(path, 15, 150000, small, 200000); }));
    std::printf("replay, peek 100 + remove(ids):      %9.0f samples/s\n",
                repeat([&] { return replayRate(path, 300000, 100, true); }));
    double longestMs = 0;
    std::printf("replay, peek 1000 + removeThrough:   %9.0f samples/s\n",
                repeat([&] { return replayRate(path, 300000, 1000, false, &longestMs); }));
    std::printf("  longest single removeThrough() while replaying 300000: %.1f ms\n", longestMs);

    const qint64 total = 1000000;
    fill(path, total);
    {
        MqttOutbox outbox;
        QList<double> opens;
        for (int i = 0; i < 3; ++i) {
            outbox.close();
            QElapsedTimer timer;
            timer.start();
            if (!openOrSay(outbox, path, {}))
                return 1;
            opens.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const qint64 files =
            QFileInfo(path).size() + QFileInfo(path + QLatin1String("-wal")).size();
        std::printf("%lld samples: %.1f bytes/sample in use (sizeBytes), %.1f bytes/sample on "
                    "disk with the log (%.1f MiB)\n",
                    static_cast<long long>(outbox.count()),
                    double(outbox.sizeBytes()) / double(outbox.count()),
                    double(files) / double(outbox.count()), double(files) / 1048576.0);
        std::printf("open() on %lld samples (count + quick_check): %.0f ms\n",
                    static_cast<long long>(total), median(opens));
        std::printf("so the default 100 MiB holds about %.1f M samples\n",
                    100.0 * 1048576.0 / (double(outbox.sizeBytes()) / double(outbox.count()))
                        / 1e6);
    }
    return 0;
}
