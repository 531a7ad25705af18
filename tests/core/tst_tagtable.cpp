// Tests of TagTable: lookup by name, batching of changes from a worker thread, deadband,
// quality, and the flush interval.

#include "model/project.h"
#include "tags/tagtable.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

Q_DECLARE_METATYPE(Vigie::Quality)

using namespace Vigie;

namespace {

QList<TagInfo> infos(int count, double deadband = 0.0)
{
    QList<TagInfo> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        TagInfo info;
        info.name = QStringLiteral("Zone %1/Température").arg(i);
        info.dataType = DataType::Float64;
        info.deadband = deadband;
        list << info;
    }
    return list;
}

TagValue good(const QVariant &value, qint64 timestamp = 1)
{
    return TagValue {value, Quality::Good, {}, timestamp};
}

} // namespace

class tst_TagTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupByName_data();
    void lookupByName();
    void buildFromProject();
    void newTableIsBadNotRead();
    void workerUpdatesArriveInBatches();
    void deadband_data();
    void deadband();
    void deadbandComparesWithLastReported();
    void sameValueIsNoNews();
    void setQualityKeepsValue();
    void qualityCounts();
    void flushInterval();
    void cleanupTestCase() { m_bigTable.reset(); }

private:
    std::unique_ptr<TagTable> m_bigTable;
};

void tst_TagTable::lookupByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("id");

    QTest::newRow("first") << QStringLiteral("Zone 0/Température") << 0;
    QTest::newRow("middle") << QStringLiteral("Zone 54321/Température") << 54321;
    QTest::newRow("last") << QStringLiteral("Zone 99999/Température") << 99999;
    QTest::newRow("unknown") << QStringLiteral("Zone 100000/Température") << -1;
    QTest::newRow("case differs") << QStringLiteral("zone 1/température") << -1;
    QTest::newRow("prefix of a name") << QStringLiteral("Zone 1") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_TagTable::lookupByName()
{
    QFETCH(QString, name);
    QFETCH(int, id);

    if (!m_bigTable) { // 100,000 tags, built once for all rows
        m_bigTable = std::make_unique<TagTable>();
        m_bigTable->build(infos(100000));
    }
    QCOMPARE(m_bigTable->size(), 100000);
    QCOMPARE(m_bigTable->idOf(name), id);
    if (id >= 0)
        QCOMPARE(m_bigTable->info(id).name, name);
}

void tst_TagTable::buildFromProject()
{
    Project project;
    Connection c;
    c.name = QStringLiteral("c");
    for (int d = 0; d < 2; ++d) {
        Device dev;
        dev.name = QStringLiteral("d%1").arg(d);
        for (int f = 0; f < 2; ++f) {
            Frame frame;
            frame.name = QStringLiteral("f%1").arg(f);
            frame.quantity = 10;
            for (int v = 0; v < 3; ++v) {
                Variable var;
                var.name = QStringLiteral("d%1/f%2/v%3").arg(d).arg(f).arg(v);
                var.unit = QStringLiteral("bar");
                var.offset = v;
                var.deadband = 0.5 * v;
                var.writable = v == 2;
                frame.variables << var;
            }
            dev.frames << frame;
        }
        c.devices << dev;
    }
    project.connections << c;

    TagTable table;
    table.build(project);
    QCOMPARE(table.size(), 12);
    // Tree order: device, then frame, then variable.
    QCOMPARE(table.idOf(QStringLiteral("d0/f0/v0")), 0);
    QCOMPARE(table.idOf(QStringLiteral("d0/f1/v2")), 5);
    QCOMPARE(table.idOf(QStringLiteral("d1/f0/v1")), 7);
    QCOMPARE(table.idOf(QStringLiteral("d1/f1/v2")), 11);
    QCOMPARE(table.info(5).unit, QStringLiteral("bar"));
    QCOMPARE(table.info(5).deadband, 1.0);
    QVERIFY(table.info(5).writable);
    QVERIFY(!table.info(4).writable);
}

void tst_TagTable::newTableIsBadNotRead()
{
    TagTable table;
    table.build(infos(3));
    const TagValue v = table.value(1);
    QCOMPARE(toString(v.quality), toString(Quality::Bad));
    QVERIFY(!v.reason.isEmpty());
    QCOMPARE(v.timestamp, qint64(0));
    // Out-of-range ids give an empty value rather than crash.
    QVERIFY(!table.value(3).value.isValid());
    QVERIFY(!table.value(-1).value.isValid());
}

void tst_TagTable::workerUpdatesArriveInBatches()
{
    constexpr int Tags = 1000;
    constexpr int Updates = 200000;
    constexpr int BatchSize = 100;

    TagTable table;
    table.build(infos(Tags));
    table.setFlushInterval(20); // a GUI-like coalescing interval

    int batches = 0;
    qint64 idsDelivered = 0;
    QString firstProblem;
    QList<qint64> seen(Tags, -1); // latest value the listener read for each tag
    connect(&table, &TagTable::changed, this, [&](const QList<TagId> &ids) {
        ++batches;
        idsDelivered += ids.size();
        const QSet<TagId> unique(ids.cbegin(), ids.cend());
        if (unique.size() != ids.size() && firstProblem.isEmpty())
            firstProblem = QStringLiteral("batch %1 repeats an id").arg(batches);
        const QList<TagValue> values = table.values(ids);
        for (int i = 0; i < ids.size(); ++i) {
            const qint64 v = values[i].value.toLongLong();
            // Values only move forward: a batch never delivers an older value than the last.
            if (v < seen[ids[i]] && firstProblem.isEmpty())
                firstProblem = QStringLiteral("tag %1 went back from %2 to %3")
                                   .arg(ids[i])
                                   .arg(seen[ids[i]])
                                   .arg(v);
            seen[ids[i]] = v;
        }
    });

    std::unique_ptr<QThread> worker(QThread::create([&table] {
        QList<TagUpdate> batch;
        batch.reserve(BatchSize);
        for (int i = 0; i < Updates; ++i) {
            batch.append({i % Tags, good(qint64(i), 1000 + i)});
            if (batch.size() == BatchSize) {
                table.update(batch);
                batch.clear();
                // Spread the updates over about half a second, as a poller would.
                if ((i / BatchSize) % 4 == 0)
                    QThread::msleep(1);
            }
        }
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    worker->wait();

    // The last value written to tag t is the last i with i % Tags == t.
    QList<qint64> expected(Tags);
    for (int t = 0; t < Tags; ++t)
        expected[t] = Updates - Tags + t;
    QTRY_COMPARE_WITH_TIMEOUT(seen, expected, 2000);

    QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
    QCOMPARE(table.updatesReceived(), quint64(Updates));
    QCOMPARE(table.batchesDelivered(), quint64(batches));
    QVERIFY2(batches < Updates / 100,
             qPrintable(QStringLiteral("%1 batches for %2 updates").arg(batches).arg(Updates)));
    QVERIFY2(batches >= 2, "the updates should span several flush intervals");
    QVERIFY(idsDelivered <= Updates);
    qDebug("%d batches, %lld ids delivered for %d updates", batches, idsDelivered, Updates);
}

void tst_TagTable::deadband_data()
{
    QTest::addColumn<double>("deadband");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("second");
    QTest::addColumn<Quality>("secondQuality");
    QTest::addColumn<bool>("changed");

    QTest::newRow("within the band") << 0.5 << 10.0 << 10.3 << Quality::Good << false;
    QTest::newRow("on the band's edge") << 0.5 << 10.0 << 10.5 << Quality::Good << false;
    QTest::newRow("above the band") << 0.5 << 10.0 << 10.6 << Quality::Good << true;
    QTest::newRow("below the band") << 0.5 << 10.0 << 9.4 << Quality::Good << true;
    QTest::newRow("no deadband: any change") << 0.0 << 10.0 << 10.001 << Quality::Good << true;
    QTest::newRow("within the band but Uncertain")
        << 0.5 << 10.0 << 10.1 << Quality::Uncertain << true;
}

void tst_TagTable::deadband()
{
    QFETCH(double, deadband);
    QFETCH(double, first);
    QFETCH(double, second);
    QFETCH(Quality, secondQuality);
    QFETCH(bool, changed);

    TagTable table;
    table.build(infos(2, deadband));
    table.update(1, good(first, 100));
    table.flush();
    QSignalSpy spy(&table, &TagTable::changed);

    table.update(1, TagValue {second, secondQuality, {}, 200});
    table.flush();
    QCOMPARE(spy.size(), changed ? 1 : 0);
    const TagValue now = table.value(1);
    QCOMPARE(now.value.toDouble(), changed ? second : first);
    QCOMPARE(toString(now.quality), toString(changed ? secondQuality : Quality::Good));
    if (changed)
        QCOMPARE(spy.first().first().value<QList<TagId>>(), QList<TagId> {1});
}

void tst_TagTable::deadbandComparesWithLastReported()
{
    // Slow drift in steps smaller than the band is still reported once it adds up.
    TagTable table;
    table.build(infos(1, 0.5));
    QSignalSpy spy(&table, &TagTable::changed);
    const double steps[] = {10.0, 10.2, 10.4, 10.6, 10.8, 11.0, 11.2};
    for (const double v : steps) {
        table.update(0, good(v));
        table.flush();
    }
    // Reported: 10.0, then 10.6 (0.6 from 10.0), then 11.2 (0.6 from 10.6).
    QCOMPARE(spy.size(), 3);
    QCOMPARE(table.value(0).value.toDouble(), 11.2);
}

void tst_TagTable::sameValueIsNoNews()
{
    TagTable table;
    table.build(infos(1));
    table.update(0, good(5.0, 100));
    table.flush();
    QSignalSpy spy(&table, &TagTable::changed);
    table.update(0, good(5.0, 200));
    table.flush();
    QCOMPARE(spy.size(), 0);
    QCOMPARE(table.value(0).timestamp, qint64(200)); // fresher all the same
}

void tst_TagTable::setQualityKeepsValue()
{
    TagTable table;
    table.build(infos(3));
    table.update({{0, good(42.5, 100)}, {2, good(7.0, 100)}});
    table.flush();
    QSignalSpy spy(&table, &TagTable::changed);

    const QString reason = QStringLiteral("no reply from station 3 after 1000 ms");
    table.setQuality({0, 2}, Quality::Bad, reason, 300);
    table.flush();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<QList<TagId>>(), (QList<TagId> {0, 2}));
    const TagValue v = table.value(0);
    QCOMPARE(toString(v.quality), toString(Quality::Bad));
    QCOMPARE(v.reason, reason);
    QCOMPARE(v.value.toDouble(), 42.5);
    QCOMPARE(v.timestamp, qint64(300));
    QCOMPARE(describeQuality(v), QStringLiteral("Bad: ") + reason);
    QVERIFY(table.value(1).reason != reason); // not in the list: untouched
    QCOMPARE(table.value(1).timestamp, qint64(0));
    QCOMPARE(table.value(2).value.toDouble(), 7.0);
    QCOMPARE(toString(table.value(2).quality), toString(Quality::Bad));

    // The same quality and reason again is no news.
    table.setQuality({0}, Quality::Bad, reason, 400);
    table.flush();
    QCOMPARE(spy.size(), 1);

    // A good value afterwards, even an equal one, clears the Bad quality.
    table.update(0, good(42.5, 500));
    table.flush();
    QCOMPARE(spy.size(), 2);
    QVERIFY(table.value(0).isGood());
    QVERIFY(table.value(0).reason.isEmpty());
}

void tst_TagTable::qualityCounts()
{
    TagTable table;
    table.build(infos(5));
    QCOMPARE(table.qualityCounts()[int(Quality::Bad)], 5); // nothing read yet
    table.update({{0, good(1.0, 100)}, {1, good(2.0, 100)}, {2, good(3.0, 100)}});
    table.setQuality({2}, Quality::Stale, QStringLiteral("too old"), 200);
    table.setQuality({3}, Quality::Uncertain, QStringLiteral("write-only frame: not read"), 200);
    const std::array<int, 4> counts = table.qualityCounts();
    QCOMPARE(counts[int(Quality::Good)], 2);
    QCOMPARE(counts[int(Quality::Stale)], 1);
    QCOMPARE(counts[int(Quality::Uncertain)], 1);
    QCOMPARE(counts[int(Quality::Bad)], 1);
}

void tst_TagTable::flushInterval()
{
    TagTable table;
    table.build(infos(10));
    table.setFlushInterval(100);
    QCOMPARE(table.flushInterval(), 100);

    QElapsedTimer clock;
    QList<qint64> batchTimes;
    connect(&table, &TagTable::changed, this,
            [&](const QList<TagId> &) { batchTimes << clock.elapsed(); });

    // An update every 10 ms for 300 ms.
    int n = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++n;
        table.update(n % 10, good(double(n)));
        if (clock.elapsed() >= 300)
            ticker.stop();
    });
    clock.start();
    ticker.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(!ticker.isActive(), 2000);
    const int last = n;
    QTRY_COMPARE_WITH_TIMEOUT(table.value(last % 10).value.toDouble(), double(last), 1000);
    QTest::qWait(250); // let the last batch through

    QVERIFY2(n >= 15, qPrintable(QStringLiteral("only %1 updates were sent").arg(n)));
    QVERIFY2(batchTimes.size() >= 2 && batchTimes.size() <= 5,
             qPrintable(QStringLiteral("%1 batches").arg(batchTimes.size())));
    for (int i = 1; i < batchTimes.size(); ++i) {
        // QTimer may fire a few percent early; 100 ms apart less that margin.
        QVERIFY2(batchTimes[i] - batchTimes[i - 1] >= 90,
                 qPrintable(QStringLiteral("batches at %1 and %2 ms")
                                .arg(batchTimes[i - 1])
                                .arg(batchTimes[i])));
    }
}

QTEST_GUILESS_MAIN(tst_TagTable)
#include "tst_tagtable.moc"
