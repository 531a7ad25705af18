// Tag table throughput: a worker thread pushes frame-sized batches of updates while the main
// thread runs its event loop and receives changed() batches, as the HMI does.
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

    QList<TagInfo> infos;
    for (int i = 0; i < tagCount; ++i)
        infos.append({QStringLiteral("tag %1").arg(i), {}, DataType::Float64, {}, {}, 0.0, false});
    TagTable table;
    table.build(infos);
    table.setFlushInterval(100);

    qint64 idsDelivered = 0;
    QObject::connect(&table, &TagTable::changed, &table,
                     [&](const QList<TagId> &ids) { idsDelivered += ids.size(); });

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
        table.flush();
        std::printf("tag table: %lld updates from a worker thread in %.2f s = %.2f M updates/s "
                    "(%d tags, batches of %d)\n",
                    totalUpdates, seconds, totalUpdates / seconds / 1e6, tagCount, batchSize);
        std::printf("listener: %llu changed() signals carrying %lld ids (flush interval %d ms)\n",
                    static_cast<unsigned long long>(table.batchesDelivered()), idsDelivered,
                    table.flushInterval());
        app.quit();
    });
    timer.start();
    worker->start();
    const int rc = QCoreApplication::exec();
    worker->wait();
    delete worker;
    return rc;
}
