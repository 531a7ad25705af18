// Tests of the tag catalog and the tag table: identity by name, system tags, every read
// refreshing the timestamp, conflated and complete subscriptions (batching, order, bounded
// queues, deadband per consumer), staleness and generations. Timing runs on a ManualClock.

#include "acquisition/clock.h"
#include "model/projectfile.h"
#include "tags/tagtable.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <numeric>

Q_DECLARE_METATYPE(Vigie::Quality)
Q_DECLARE_METATYPE(Vigie::NodePath)

using namespace Vigie;

namespace {

TagCatalog catalog(int count, double deadband = 0.0, qint64 staleAfter = 0)
{
    TagCatalog c;
    for (int i = 0; i < count; ++i) {
        TagInfo info;
        info.name = QStringLiteral("Zone %1/Température").arg(i);
        info.dataType = DataType::Float64;
        info.deadband = deadband;
        info.staleAfterMs = staleAfter;
        c.add(info);
    }
    return c;
}

TagValue good(const QVariant &value, qint64 timestamp = 1)
{
    return TagValue {value, Quality::Good, {}, timestamp};
}

Project twoDeviceProject()
{
    const ProjectLoadResult r = ProjectFile::parse(R"({
        "formatVersion": 1, "name": "t",
        "connections": [{"name": "PLC", "protocol": "Simulation", "timeout": 500, "retries": 1,
          "devices": [
          {"name": "Station 1", "scanTime": 1000, "frames": [
            {"name": "a", "type": "HoldingRegister", "startAddress": 0, "quantity": 4,
             "isReadable": true, "isWritable": true, "variables": [
               {"name": "v0", "dataType": "UInt16", "offset": 0, "unit": "bar", "deadband": 1},
               {"name": "v1", "dataType": "UInt16", "offset": 1, "writable": true}]},
            {"name": "b", "type": "Coil", "startAddress": 0, "quantity": 1, "scanTimeFactor": 5,
             "isReadable": true, "isWritable": false, "variables": [
               {"name": "v2", "dataType": "Bool", "offset": 0}]}]},
          {"name": "Station 2", "scanTime": 200, "frames": [
            {"name": "c", "type": "InputRegister", "startAddress": 0, "quantity": 1,
             "isReadable": true, "isWritable": false, "variables": [
               {"name": "v3", "dataType": "Int16", "offset": 0}]},
            {"name": "w", "type": "HoldingRegister", "startAddress": 9, "quantity": 1,
             "isReadable": false, "isWritable": true, "variables": [
               {"name": "v4", "dataType": "Int16", "offset": 0, "writable": true}]}]}]}]})");
    if (!r.ok())
        qFatal("invalid test project: %s", qPrintable(r.issues.first().toString()));
    return r.project;
}

// Lets queued deliveries through.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class tst_TagTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupByName_data();
    void lookupByName();
    void catalogNumbersInTreeOrder();
    void catalogHasSystemTags();
    void catalogRangesPerNode_data();
    void catalogRangesPerNode();
    void variableNamedLikeASystemTag();
    void displayTextForPeople();
    void newTableIsBadNotRead();
    void everyReadRefreshesTheTimestamp();
    void conflatedBatchesAtMostEveryInterval();
    void conflatedCanIgnoreRefreshes();
    void subscriptionToSomeTags();
    void subscriptionOutlivesItsTable();
    void completeDeliversEverySampleInOrder();
    void completeQueueIsBoundedAndCounted();
    void deadbandIsTheConsumersChoice_data();
    void deadbandIsTheConsumersChoice();
    void workerUpdatesArriveInBatches();
    void setQualityKeepsValue();
    void markStaleKeepsBadReasons();
    void staleAfterThreeFramePeriods();
    void oldGenerationIsIgnored();
    void qualityCounts();
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
        m_bigTable->build(catalog(100000));
    }
    QCOMPARE(m_bigTable->size(), 100000);
    QCOMPARE(m_bigTable->idOf(name), id);
    if (id >= 0)
        QCOMPARE(m_bigTable->info(id).name, name);
}

void tst_TagTable::catalogNumbersInTreeOrder()
{
    const TagCatalog c = TagCatalog::fromProject(twoDeviceProject());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(c.idOf(QStringLiteral("v%1").arg(i)), i);
    QCOMPARE(c.info(0).unit, QStringLiteral("bar"));
    QCOMPARE(c.info(0).deadband, 1.0);
    QCOMPARE(c.info(1).writable, true);
    QCOMPARE(c.info(0).writable, false);
    QCOMPARE(c.info(3).node, (NodePath {0, 1, 0, 0}));
    QCOMPARE(c.variableTag({0, 1, 0, 0}), 3);
    QCOMPARE(c.variableTag({0, 1, 0}), -1);
    QCOMPARE(int(c.info(2).source), int(TagSource::Acquired));
    // Stale after 3 frame periods, but never before one failed read (period + timeouts).
    QCOMPARE(c.info(0).staleAfterMs, qint64(3000)); // 3 × 1000
    QCOMPARE(c.info(2).staleAfterMs, qint64(15000)); // 3 × 1000 × 5
    QCOMPARE(c.info(3).staleAfterMs, qint64(1200)); // 200 + 500 × 2 > 3 × 200
    QCOMPARE(c.info(4).staleAfterMs, qint64(0)); // write-only: never read
}

void tst_TagTable::catalogHasSystemTags()
{
    const TagCatalog c = TagCatalog::fromProject(twoDeviceProject());
    const QStringList expected = {
        QStringLiteral("PLC/$online"),
        QStringLiteral("PLC/$state"),
        QStringLiteral("PLC/Station 1/$online"),
        QStringLiteral("PLC/Station 1/$state"),
        QStringLiteral("PLC/Station 1/$requests"),
        QStringLiteral("PLC/Station 1/$timeouts"),
        QStringLiteral("PLC/Station 1/$lastError"),
        QStringLiteral("PLC/Station 1/$roundTripMs"),
        QStringLiteral("PLC/Station 2/$online"),
    };
    for (const QString &name : expected) {
        const TagId id = c.idOf(name);
        QVERIFY2(id >= 5, qPrintable(name)); // after every acquired tag
        QCOMPARE(int(c.info(id).source), int(TagSource::System));
        QVERIFY(!c.info(id).writable);
    }
    QCOMPARE(c.size(), 5 + 2 + 2 * 6);
    QCOMPARE(c.systemTag({0, 1}, SystemTag::LastError),
             c.idOf(QStringLiteral("PLC/Station 2/$lastError")));
    QCOMPARE(int(c.info(c.idOf(QStringLiteral("PLC/$online"))).dataType), int(DataType::Bool));
    QCOMPARE(int(c.info(c.idOf(QStringLiteral("PLC/Station 1/$requests"))).dataType),
             int(DataType::Int64));
    QVERIFY(c.issues().isEmpty());
}

void tst_TagTable::catalogRangesPerNode_data()
{
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");

    QTest::newRow("project: every acquired tag") << NodePath {} << 0 << 5;
    QTest::newRow("connection") << NodePath {0} << 0 << 5;
    QTest::newRow("first device") << NodePath {0, 0} << 0 << 3;
    QTest::newRow("second device") << NodePath {0, 1} << 3 << 2;
    QTest::newRow("frame") << NodePath {0, 0, 1} << 2 << 1;
    QTest::newRow("variable") << NodePath {0, 1, 1, 0} << 4 << 1;
    QTest::newRow("no such device") << NodePath {0, 2} << 0 << 0;
}

void tst_TagTable::catalogRangesPerNode()
{
    QFETCH(NodePath, node);
    QFETCH(int, first);
    QFETCH(int, count);
    const TagCatalog c = TagCatalog::fromProject(twoDeviceProject());
    const TagRange r = c.nodeTags(node);
    QCOMPARE(r.count, count);
    if (count)
        QCOMPARE(r.first, first);
}

void tst_TagTable::variableNamedLikeASystemTag()
{
    Project p = twoDeviceProject();
    p.connections[0].devices[0].frames[0].variables[1].name = QStringLiteral("PLC/$online");
    const TagCatalog c = TagCatalog::fromProject(p);
    QCOMPARE(c.issues().size(), 1);
    QCOMPARE(c.issues().first().path,
             QStringLiteral("connections[0].devices[0].frames[0].variables[1].name"));
    QVERIFY2(c.issues().first().message.contains(QStringLiteral("system tag")),
             qPrintable(c.issues().first().message));
    // The variable keeps its name and its id; the system tag is not created.
    QCOMPARE(c.idOf(QStringLiteral("PLC/$online")), 1);
    QCOMPARE(c.systemTag({0}, SystemTag::LinkOnline), -1);
}

void tst_TagTable::displayTextForPeople()
{
    TagInfo number;
    number.dataType = DataType::Float32;
    QCOMPARE(displayText(number, QVariant::fromValue(61.4375f)), QStringLiteral("61.4375"));
    number.decimals = 1;
    QCOMPARE(displayText(number, QVariant::fromValue(61.4375f)), QStringLiteral("61.4"));
    QCOMPARE(displayText(number, qint64(7)), QStringLiteral("7.0"));
    number.decimals = 0;
    QCOMPARE(displayText(number, 2.5001), QStringLiteral("3"));
    QCOMPARE(displayText(number, QVariant()), QStringLiteral("\u2013"));
    TagInfo pump;
    pump.dataType = DataType::Bool;
    QCOMPARE(displayText(pump, true), QStringLiteral("true"));
    pump.onText = QStringLiteral("Marche");
    pump.offText = QStringLiteral("Arrêt");
    QCOMPARE(displayText(pump, true), QStringLiteral("Marche"));
    QCOMPARE(displayText(pump, false), QStringLiteral("Arrêt"));
    TagInfo label;
    label.dataType = DataType::String;
    label.decimals = 2; // never applies to text
    QCOMPARE(displayText(label, QStringLiteral("12.3456")), QStringLiteral("12.3456"));
}

void tst_TagTable::newTableIsBadNotRead()
{
    TagTable table;
    table.build(catalog(3));
    const TagValue v = table.value(1);
    QCOMPARE(toString(v.quality), toString(Quality::Bad));
    QCOMPARE(v.reason, QStringLiteral("not read yet"));
    QCOMPARE(v.timestamp, qint64(0));
    // Out-of-range ids give an empty value rather than crash.
    QVERIFY(!table.value(3).value.isValid());
    QVERIFY(!table.value(-1).value.isValid());
}

void tst_TagTable::everyReadRefreshesTheTimestamp()
{
    ManualClock clock;
    TagTable table;
    table.setClock(&clock);
    table.build(catalog(2));
    TagSubscription *views = table.subscribe({}, this);
    QSignalSpy spy(views, &TagSubscription::changed);

    table.update(1, good(42.0, 1000));
    settle();
    QCOMPARE(spy.size(), 1);
    clock.advanceBy(1000);
    table.update(1, good(42.0, 2000)); // the same value, read again
    settle();
    QCOMPARE(table.value(1).timestamp, qint64(2000));
    QCOMPARE(spy.size(), 2); // a view hears of it: the timestamp moved
    QCOMPARE(spy.last().first().value<QList<TagId>>(), QList<TagId> {1});
}

void tst_TagTable::conflatedBatchesAtMostEveryInterval()
{
    ManualClock clock;
    TagTable table;
    table.setClock(&clock);
    table.build(catalog(10));
    SubscriptionOptions options;
    options.intervalMs = 100;
    TagSubscription *views = table.subscribe(options, this);
    QSignalSpy spy(views, &TagSubscription::changed);

    table.update({{1, good(1.0)}, {2, good(2.0)}});
    settle();
    QCOMPARE(spy.size(), 1); // the first batch goes at once
    for (int i = 0; i < 50; ++i)
        table.update({{3, good(double(i))}, {4, good(double(i))}, {3, good(-double(i))}});
    settle();
    QCOMPARE(spy.size(), 1); // held until the interval is over
    clock.advanceBy(99);
    settle();
    QCOMPARE(spy.size(), 1);
    clock.advanceBy(1);
    settle();
    QCOMPARE(spy.size(), 2);
    QList<TagId> ids = spy.last().first().value<QList<TagId>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<TagId> {3, 4})); // each once, however often it changed
    QCOMPARE(table.value(3).value.toDouble(), -49.0);
    QCOMPARE(views->batches(), quint64(2));
}

void tst_TagTable::conflatedCanIgnoreRefreshes()
{
    TagTable table;
    table.build(catalog(2));
    SubscriptionOptions options;
    options.intervalMs = 0;
    options.refreshes = false; // a log of changes, not of reads
    TagSubscription *log = table.subscribe(options, this);
    QSignalSpy spy(log, &TagSubscription::changed);
    table.update(0, good(5.0, 1));
    settle();
    table.update(0, good(5.0, 2));
    settle();
    QCOMPARE(spy.size(), 1);
    table.update(0, TagValue {5.0, Quality::Uncertain, QStringLiteral("above max 4"), 3});
    settle();
    QCOMPARE(spy.size(), 2); // a quality change is a change
}

void tst_TagTable::subscriptionToSomeTags()
{
    TagTable table;
    table.build(catalog(5));
    SubscriptionOptions options;
    options.intervalMs = 0;
    options.tags = {1, 3};
    TagSubscription *some = table.subscribe(options, this);
    QSignalSpy spy(some, &TagSubscription::changed);
    table.update({{0, good(1.0)}, {2, good(1.0)}, {4, good(1.0)}});
    settle();
    QCOMPARE(spy.size(), 0);
    table.update({{0, good(2.0)}, {3, good(2.0)}});
    settle();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<QList<TagId>>(), QList<TagId> {3});
}

// A consumer made before the station keeps its subscriptions after the table is gone: a
// batch queued (or timed) before that must not reach into the dead table.
void tst_TagTable::subscriptionOutlivesItsTable()
{
    auto table = std::make_unique<TagTable>();
    table->build(catalog(3));
    SubscriptionOptions conflated;
    conflated.intervalMs = 50;
    TagSubscription *views = table->subscribe(conflated, this);
    SubscriptionOptions complete;
    complete.delivery = SubscriptionOptions::Delivery::Complete;
    TagSubscription *history = table->subscribe(complete, this);
    QSignalSpy changed(views, &TagSubscription::changed);
    QSignalSpy samples(history, &TagSubscription::samplesReady);
    table->update({{0, good(1.0)}});
    settle();
    table->update({{1, good(2.0)}}); // within the interval: a timer, and a queued batch
    table.reset();
    QTest::qWait(120);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(history->takeSamples().size(), 0);
    QCOMPARE(history->dropped(), quint64(0));
    delete views;
    delete history;
}

void tst_TagTable::completeDeliversEverySampleInOrder()
{
    TagTable table;
    table.build(catalog(3));
    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Complete;
    options.intervalMs = 0;
    TagSubscription *history = table.subscribe(options, this);
    QSignalSpy spy(history, &TagSubscription::samplesReady);

    for (int i = 0; i < 10; ++i)
        table.update({{i % 3, good(double(i), 1000 + i)}});
    table.update(2, TagValue {9.0, Quality::Bad, QStringLiteral("no reply"), 2000});
    settle();
    QCOMPARE(spy.size(), 1); // one signal for the whole batch
    const QList<TagSample> samples = history->takeSamples();
    QCOMPARE(samples.size(), 11);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(samples[i].id, i % 3);
        QCOMPARE(samples[i].value.value.toDouble(), double(i));
        QCOMPARE(samples[i].value.timestamp, qint64(1000 + i)); // its own timestamp
    }
    QCOMPARE(toString(samples[10].value.quality), QStringLiteral("Bad"));
    QCOMPARE(history->dropped(), quint64(0));
    QVERIFY(history->takeSamples().isEmpty());
}

void tst_TagTable::completeQueueIsBoundedAndCounted()
{
    TagTable table;
    table.build(catalog(1));
    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Complete;
    options.capacity = 100;
    TagSubscription *slow = table.subscribe(options, this);
    QSignalSpy spy(slow, &TagSubscription::samplesReady);
    for (int i = 0; i < 250; ++i)
        table.update(0, good(double(i), i + 1));
    settle();
    QCOMPARE(slow->dropped(), quint64(150));
    QCOMPARE(spy.last().first().toULongLong(), quint64(150)); // reported with the batch
    const QList<TagSample> kept = slow->takeSamples();
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first().value.value.toDouble(), 150.0); // the newest are kept, in order
    QCOMPARE(kept.last().value.value.toDouble(), 249.0);
}

void tst_TagTable::deadbandIsTheConsumersChoice_data()
{
    QTest::addColumn<double>("deadband");
    QTest::addColumn<QList<double>>("reads");
    QTest::addColumn<QList<double>>("delivered"); // to the consumer that uses the deadband

    QTest::newRow("within the band") << 0.5 << QList<double> {10.0, 10.3} << QList<double> {10.0};
    QTest::newRow("on the band's edge")
        << 0.5 << QList<double> {10.0, 10.5} << QList<double> {10.0};
    QTest::newRow("above the band")
        << 0.5 << QList<double> {10.0, 10.6} << QList<double> {10.0, 10.6};
    QTest::newRow("slow drift adds up against the last delivered")
        << 0.5 << QList<double> {10.0, 10.2, 10.4, 10.6, 10.8} << QList<double> {10.0, 10.6};
    QTest::newRow("no deadband: unchanged reads dropped, changes kept")
        << 0.0 << QList<double> {10.0, 10.0, 10.001} << QList<double> {10.0, 10.001};
}

void tst_TagTable::deadbandIsTheConsumersChoice()
{
    QFETCH(double, deadband);
    QFETCH(QList<double>, reads);
    QFETCH(QList<double>, delivered);

    TagTable table;
    table.build(catalog(1, deadband));
    SubscriptionOptions withBand;
    withBand.delivery = SubscriptionOptions::Delivery::Complete;
    withBand.useDeadband = true;
    SubscriptionOptions everything = withBand;
    everything.useDeadband = false;
    TagSubscription *publisher = table.subscribe(withBand, this);
    TagSubscription *alarms = table.subscribe(everything, this);
    for (int i = 0; i < reads.size(); ++i)
        table.update(0, good(reads[i], i + 1));
    settle();

    QList<double> got;
    for (const TagSample &s : publisher->takeSamples())
        got << s.value.value.toDouble();
    QCOMPARE(got, delivered);
    QCOMPARE(alarms->takeSamples().size(), reads.size()); // the other consumer sees every read
    QCOMPARE(table.value(0).value.toDouble(), reads.last()); // the table keeps the latest
}

void tst_TagTable::workerUpdatesArriveInBatches()
{
    constexpr int Tags = 1000;
    constexpr int Updates = 200000;
    constexpr int BatchSize = 100;

    TagTable table;
    table.build(catalog(Tags));
    SubscriptionOptions options;
    options.intervalMs = 0; // as fast as the consumer's loop allows
    TagSubscription *views = table.subscribe(options, this);

    int batches = 0;
    QString firstProblem;
    QList<qint64> seen(Tags, -1); // latest value the listener read for each tag
    connect(views, &TagSubscription::changed, this, [&](const QList<TagId> &ids) {
        ++batches;
        const QSet<TagId> unique(ids.cbegin(), ids.cend());
        if (unique.size() != ids.size() && firstProblem.isEmpty())
            firstProblem = QStringLiteral("batch %1 repeats an id").arg(batches);
        const QList<TagValue> values = table.values(ids);
        for (int i = 0; i < ids.size(); ++i) {
            const qint64 v = values[i].value.toLongLong();
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
            }
        }
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    worker->wait();

    QList<qint64> expected(Tags);
    for (int t = 0; t < Tags; ++t)
        expected[t] = Updates - Tags + t;
    QTRY_COMPARE_WITH_TIMEOUT(seen, expected, 2000);
    QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
    QCOMPARE(table.updatesReceived(), quint64(Updates));
    // One queued signal per batch, never one per value: far fewer than the update() calls.
    QVERIFY2(batches <= Updates / BatchSize,
             qPrintable(QStringLiteral("%1 batches for %2 update() calls")
                            .arg(batches)
                            .arg(Updates / BatchSize)));
}

void tst_TagTable::setQualityKeepsValue()
{
    TagTable table;
    table.build(catalog(2));
    table.update(0, good(3.5, 100));
    table.setQuality({0, 1}, Quality::Bad, QStringLiteral("no reply from station 3"));
    const TagValue v = table.value(0);
    QCOMPARE(v.value.toDouble(), 3.5);
    QCOMPARE(v.timestamp, qint64(100)); // still the time of that value
    QCOMPARE(describeQuality(v), QStringLiteral("Bad: no reply from station 3"));
}

void tst_TagTable::markStaleKeepsBadReasons()
{
    TagTable table;
    table.build(catalog(4));
    table.update({{0, good(1.0)},
                  {1, TagValue {2.0, Quality::Uncertain, QStringLiteral("hi"), 1}},
                  {2, good(3.0)}});
    table.setQuality({2}, Quality::Bad, QStringLiteral("no reply"));
    table.markStale({0, 1, 2, 3}, QStringLiteral("device backing off"));
    QCOMPARE(toString(table.value(0).quality), QStringLiteral("Stale"));
    QCOMPARE(table.value(0).value.toDouble(), 1.0);
    QCOMPARE(toString(table.value(1).quality), QStringLiteral("Stale"));
    QCOMPARE(describeQuality(table.value(2)), QStringLiteral("Bad: no reply"));
    // Never read: nothing to go stale, but "not read yet" would hide why.
    QCOMPARE(describeQuality(table.value(3)), QStringLiteral("Bad: device backing off"));
}

void tst_TagTable::staleAfterThreeFramePeriods()
{
    ManualClock clock;
    TagTable table;
    table.setClock(&clock);
    table.build(catalog(2, 0.0, 3000));
    table.update(0, good(7.0, 1));
    clock.advanceBy(2999);
    table.checkStaleness();
    QCOMPARE(toString(table.value(0).quality), QStringLiteral("Good"));
    QCOMPARE(toString(table.value(1).quality), QStringLiteral("Bad")); // never read: not Stale

    clock.advanceBy(2);
    table.checkStaleness();
    const TagValue stale = table.value(0);
    QCOMPARE(toString(stale.quality), QStringLiteral("Stale"));
    QCOMPARE(stale.value.toDouble(), 7.0); // the last value stays
    QVERIFY2(stale.reason.contains(QStringLiteral("not refreshed for 3.001 s")),
             qPrintable(stale.reason));

    table.update(0, good(7.0, 2)); // a read brings it back
    QCOMPARE(toString(table.value(0).quality), QStringLiteral("Good"));
    clock.advanceBy(1000);
    table.checkStaleness();
    QCOMPARE(toString(table.value(0).quality), QStringLiteral("Good"));
}

void tst_TagTable::oldGenerationIsIgnored()
{
    TagTable table;
    const quint64 first = table.build(catalog(1));
    table.update({{0, good(1.0)}}, first);
    const quint64 second = table.newGeneration();
    QVERIFY(second != first);
    table.update({{0, good(2.0)}}, first); // a stopping engine's last words
    table.setQuality({0}, Quality::Bad, QStringLiteral("late"), first);
    QCOMPARE(table.value(0).value.toDouble(), 1.0);
    QCOMPARE(toString(table.value(0).quality), QStringLiteral("Good"));
    table.update({{0, good(3.0)}}, second);
    QCOMPARE(table.value(0).value.toDouble(), 3.0);
}

void tst_TagTable::qualityCounts()
{
    TagTable table;
    table.build(catalog(5));
    table.update({{0, good(1.0)}, {1, good(1.0)}});
    table.update(2, TagValue {1.0, Quality::Uncertain, QStringLiteral("above max"), 1});
    const auto counts = table.qualityCounts();
    QCOMPARE(counts[int(Quality::Good)], 2);
    QCOMPARE(counts[int(Quality::Uncertain)], 1);
    QCOMPARE(counts[int(Quality::Bad)], 2);
    QCOMPARE(counts[int(Quality::Stale)], 0);

    // System tags are not the operator's: a project's 5 variables count, its 8 system tags not.
    TagTable project;
    project.build(twoDeviceProject());
    const auto all = project.qualityCounts();
    QCOMPARE(std::accumulate(all.cbegin(), all.cend(), 0), 5);
}

QTEST_GUILESS_MAIN(tst_TagTable)
#include "tst_tagtable.moc"
