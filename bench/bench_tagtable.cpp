// Tag table throughput: a worker thread pushes frame-sized batches of updates while the main
// thread runs its event loop with two consumers, as the HMI does: a view (conflated, 100 ms)
// and a historian-like complete subscriber that drains every sample.
#include "tags/tagtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace Vigie;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int tagCount = 10000;
    constexpr int batchSize = 50; // one frame's variables
    constexpr qint64 totalUpdates = 20'000'000;

    TagCatalog catalog;
    for (int i = 0; i < tagCount; ++i) {
        TagInfo info;
        info.name = QStringLiteral("tag %1").arg(i);
        info.dataType = DataType::Float64;
        catalog.add(info);
    }
    TagTable table;
    table.build(catalog);

    qint64 idsDelivered = 0;
    TagSubscription *view = table.subscribe({}, &table);
    QObject::connect(view, &TagSubscription::changed, &table,
                     [&](const QList<TagId> &ids) { idsDelivered += ids.size(); });
    SubscriptionOptions complete;
    complete.delivery = SubscriptionOptions::Delivery::Complete;
    complete.intervalMs = 10;
    TagSubscription *history = table.subscribe(complete, &table);
    qint64 samplesTaken = 0;
    QObject::connect(history, &TagSubscription::samplesReady, &table,
                     [&] { samplesTaken += history->takeSamples().size(); });

    QElapsedTimer timer;
    QThread *worker = QThread::create([&] {
        QList<TagUpdate> batch(batchSize);
        qint64 sent = 0;
        double x = 0;
        while (sent < totalUpdates) {
            const int first = int((sent / batchSize * batchSize) % tagCount);
            for (int i = 0; i < batchSize; ++i)
                batch[i] = {first + i, {x += 1.0, Quality::Good, {}, sent}};
            table.update(batch);
            sent += batchSize;
        }
    });
    QObject::connect(worker, &QThread::finished, &app, [&] {
        const double seconds = timer.nsecsElapsed() / 1e9;
        QCoreApplication::processEvents();
        samplesTaken += history->takeSamples().size();
        std::printf("tag table: %lld updates from a worker thread in %.2f s = %.2f M updates/s "
                    "(%d tags, batches of %d)\n",
                    totalUpdates, seconds, totalUpdates / seconds / 1e6, tagCount, batchSize);
        std::printf("view (conflated, 100 ms): %llu batches carrying %lld ids\n",
                    static_cast<unsigned long long>(view->batches()), idsDelivered);
        std::printf("complete subscriber (queue of %d): %lld samples taken, %llu dropped\n",
                    complete.capacity, samplesTaken,
                    static_cast<unsigned long long>(history->dropped()));
        app.quit();
    });
    timer.start();
    worker->start();
    const int rc = QCoreApplication::exec();
    worker->wait();
    delete worker;
    return rc;
}
