// The MQTT publisher's store-and-forward queue on real SQLite files in a temporary folder:
// order through append/peek/remove and reopening, exact round trips of every value type,
// read-ahead with afterId, ids never reused, the size and age limits (oldest first, counted,
// on an injected clock), the meta values, space given back once sent, files that are not a
// queue (moved aside, named), a newer format (refused), folders that cannot be used, the
// write-ahead log, and a writer killed with SIGKILL mid-way (this executable run again as the
// writer, see main()).

#include "mqtt/mqttoutbox.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <bit>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <limits>

#include <sys/types.h>
#include <unistd.h>

using namespace Vigie;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // ms since the epoch, November 2023
constexpr qint64 kHour = 3600 * 1000;

OutboxSample sample(qint64 n, const QString &device = QStringLiteral("Pompe de relevage 1"),
                    const QString &metric = QStringLiteral("Débit/aval"))
{
    OutboxSample s;
    s.device = device;
    s.metric.definition.name = metric;
    s.metric.definition.type = MetricType::Int64;
    s.metric.value.value = QVariant(qint64(n));
    s.metric.value.timestamp = kT0 + n;
    return s;
}

// Samples numbered first, first + 1, ...: their value is their number.
QList<OutboxSample> batch(qint64 first, int count)
{
    QList<OutboxSample> samples;
    for (int i = 0; i < count; ++i)
        samples.append(sample(first + i));
    return samples;
}

QList<qint64> numbers(const QList<OutboxSample> &samples)
{
    QList<qint64> n;
    for (const OutboxSample &s : samples)
        n.append(s.metric.value.value.toLongLong());
    return n;
}

QList<qint64> ids(const QList<OutboxSample> &samples)
{
    QList<qint64> i;
    for (const OutboxSample &s : samples)
        i.append(s.id);
    return i;
}

QList<qint64> range(qint64 first, qint64 count)
{
    QList<qint64> r;
    for (qint64 i = 0; i < count; ++i)
        r.append(first + i);
    return r;
}

// A second connection to a queue's file, as another program (the sqlite3 shell) would open it.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("tst_mqttoutbox.raw.%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    // The first column of the first row, or the error's text.
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return q.lastError().text();
        return q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QByteArray garbage(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 filesSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + "-wal").size();
}

} // namespace

class tst_MqttOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void orderAcrossAppendPeekRemoveReopen();
    void valueRoundTrip_data();
    void valueRoundTrip();
    void sampleFieldsRoundTrip();
    void otherIntegerTypesStoredAs64Bits();
    void unsupportedValueRefusesBatch();
    void peekAfterId();
    void idsNeverReused();
    void countStaysExact();
    void sizeLimitDropsOldest();
    void ageLimitUsesQueuedTime();
    void metaSurvivesReopen();
    void spaceGivenBackOnceSent();
    void garbageFileMovedAside();
    void damagedPagesMovedAside();
    void foreignDatabaseMovedAside();
    void newerFormatRefused();
    void createsFolders();
    void folderCannotBeCreated();
    void readOnlyFolder();
    void writeAheadLog();
    void survivesKill9();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MqttOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MqttOutbox::orderAcrossAppendPeekRemoveReopen()
{
    const QString path = file("outbox.db");
    QString error;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY(outbox.warning().isEmpty());
        QCOMPARE(outbox.count(), 0);
        QVERIFY(outbox.peek(10).isEmpty());
        QVERIFY2(outbox.append(batch(0, 5), &error), qPrintable(error));
        QVERIFY2(outbox.append(batch(5, 1), &error), qPrintable(error));
        QVERIFY2(outbox.append(batch(6, 4), &error), qPrintable(error));
        QCOMPARE(outbox.count(), 10);
        const QList<OutboxSample> all = outbox.peek(100);
        QCOMPARE(numbers(all), range(0, 10));
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i].id > all[i - 1].id);
        QCOMPARE(outbox.oldestTimestamp(), kT0);

        // Sent out of order (QoS 1 acknowledgements may be): 1 and 0, then through 3.
        QVERIFY2(outbox.remove({all[1].id, all[0].id}, &error), qPrintable(error));
        QCOMPARE(numbers(outbox.peek(100)), range(2, 8));
        QVERIFY2(outbox.removeThrough(all[3].id, &error), qPrintable(error));
        QCOMPARE(outbox.count(), 6);
        QCOMPARE(outbox.oldestTimestamp(), kT0 + 4);
        QCOMPARE(outbox.counters().stored, 10u);
        QCOMPARE(outbox.counters().removed, 4u);
    }
    MqttOutbox outbox;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QCOMPARE(outbox.count(), 6);
    QCOMPARE(numbers(outbox.peek(100)), range(4, 6));
    QCOMPARE(outbox.counters(), OutboxCounters {}); // counters are per run
    QVERIFY2(outbox.append(batch(10, 2), &error), qPrintable(error));
    QCOMPARE(numbers(outbox.peek(100)), range(4, 8));
}

void tst_MqttOutbox::valueRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    using L = std::numeric_limits<double>;
    using F = std::numeric_limits<float>;
    QTest::newRow("no value") << QVariant();
    QTest::newRow("bool true") << QVariant(true);
    QTest::newRow("bool false") << QVariant(false);
    QTest::newRow("int64 min") << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 -1") << QVariant(qint64(-1));
    QTest::newRow("int64 2^53+1") << QVariant(qint64(9007199254740993LL));
    QTest::newRow("uint64 max") << QVariant(std::numeric_limits<quint64>::max());
    QTest::newRow("uint64 2^63") << QVariant(quint64(1) << 63);
    QTest::newRow("uint64 2^53+1") << QVariant(quint64(9007199254740993ULL));
    QTest::newRow("uint64 0") << QVariant(quint64(0));
    QTest::newRow("double NaN") << QVariant(L::quiet_NaN());
    QTest::newRow("double +inf") << QVariant(L::infinity());
    QTest::newRow("double -inf") << QVariant(-L::infinity());
    QTest::newRow("double -0.0") << QVariant(-0.0);
    QTest::newRow("double 0.1") << QVariant(0.1);
    QTest::newRow("double 3.0") << QVariant(3.0);
    QTest::newRow("double 2^53+1 as near as can be") << QVariant(9007199254740993.0);
    QTest::newRow("double max") << QVariant(L::max());
    QTest::newRow("double lowest") << QVariant(L::lowest());
    QTest::newRow("double smallest subnormal") << QVariant(L::denorm_min());
    QTest::newRow("float 0.1f") << QVariant(0.1f);
    QTest::newRow("float NaN") << QVariant(F::quiet_NaN());
    QTest::newRow("float -inf") << QVariant(-F::infinity());
    QTest::newRow("float -0.0f") << QVariant(-0.0f);
    QTest::newRow("float max") << QVariant(F::max());
    QTest::newRow("float smallest subnormal") << QVariant(F::denorm_min());
    QTest::newRow("string empty") << QVariant(QString(""));
    QTest::newRow("string null") << QVariant(QString());
    QTest::newRow("string accented") << QVariant(QStringLiteral("Énergie active/Phase 1 — çà €"));
    QTest::newRow("string beyond the BMP") << QVariant(QStringLiteral("niveau 😀 𝄞"));
    QTest::newRow("string with NUL") << QVariant(QString::fromUtf16(u"a\0b", 3));
    QTest::newRow("string long") << QVariant(QString(100000, QLatin1Char('x')));
}

void tst_MqttOutbox::valueRoundTrip()
{
    QFETCH(QVariant, value);
    const QString path = file("values.db");
    OutboxSample in = sample(0);
    in.metric.value.value = value;
    QString error;

    const auto check = [&](const QVariant &got) {
        QCOMPARE(got.isValid(), value.isValid());
        if (!value.isValid())
            return;
        QCOMPARE(got.metaType(), value.metaType());
        if (value.typeId() == QMetaType::Double) {
            const double e = value.toDouble();
            const double g = got.toDouble();
            if (std::isnan(e))
                QVERIFY2(std::isnan(g), qPrintable(QString::number(g)));
            else // bit for bit: -0.0 is not 0.0
                QCOMPARE(std::bit_cast<quint64>(g), std::bit_cast<quint64>(e));
        } else if (value.typeId() == QMetaType::Float) {
            const float e = value.toFloat();
            const float g = got.toFloat();
            if (std::isnan(e))
                QVERIFY(std::isnan(g));
            else
                QCOMPARE(std::bit_cast<quint32>(g), std::bit_cast<quint32>(e));
        } else {
            QCOMPARE(got, value);
        }
    };
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY2(outbox.append({in}, &error), qPrintable(error));
        const QList<OutboxSample> out = outbox.peek(1);
        QCOMPARE(out.size(), 1);
        check(out[0].metric.value.value);
        if (QTest::currentTestFailed())
            return;
    }
    MqttOutbox outbox; // and from the file, by a new connection
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    const QList<OutboxSample> out = outbox.peek(1);
    QCOMPARE(out.size(), 1);
    check(out[0].metric.value.value);
}

void tst_MqttOutbox::sampleFieldsRoundTrip()
{
    QList<OutboxSample> in;
    OutboxSample a = sample(1, QString(), QStringLiteral("Énergie active/Phase 1")); // the node
    a.metric.definition.type = MetricType::Double;
    a.metric.definition.alias = 77; // not stored
    a.metric.value.value = 1.5;
    a.metric.value.timestamp = -1; // before the epoch: still an integer
    OutboxSample b = sample(2, QStringLiteral("Armoire N°3 / Sous-station"), QString());
    b.metric.definition.type = MetricType::Text;
    b.metric.value.value = QStringLiteral("défaut");
    b.metric.value.timestamp = std::numeric_limits<qint64>::max();
    OutboxSample c = sample(3);
    c.metric.definition.type = MetricType::Boolean;
    c.metric.value.value = QVariant();
    c.metric.value.historical = true;
    in << a << b << c;

    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(file("fields.db"), {}, &error), qPrintable(error));
    QVERIFY2(outbox.append(in, &error), qPrintable(error));
    const QList<OutboxSample> out = outbox.peek(10);
    QCOMPARE(out.size(), 3);
    for (int i = 0; i < 3; ++i) {
        OutboxSample expected = in[i];
        expected.id = out[i].id;
        expected.metric.definition.alias = 0;
        expected.metric.value.historical = true; // everything replayed is historical
        QCOMPARE(out[i].device, expected.device);
        QCOMPARE(out[i].metric.definition, expected.metric.definition);
        QCOMPARE(out[i].metric.value, expected.metric.value);
        QCOMPARE(out[i], expected);
    }
}

void tst_MqttOutbox::otherIntegerTypesStoredAs64Bits()
{
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(file("ints.db"), {}, &error), qPrintable(error));
    QList<OutboxSample> in = batch(0, 2);
    in[0].metric.value.value = QVariant(int(-7));
    in[1].metric.value.value = QVariant(uint(4000000000u));
    QVERIFY2(outbox.append(in, &error), qPrintable(error));
    const QList<OutboxSample> out = outbox.peek(2);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].metric.value.value.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(out[0].metric.value.value.toLongLong(), -7);
    QCOMPARE(out[1].metric.value.value.metaType(), QMetaType::fromType<quint64>());
    QCOMPARE(out[1].metric.value.value.toULongLong(), 4000000000u);
}

void tst_MqttOutbox::unsupportedValueRefusesBatch()
{
    const QString path = file("refused.db");
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QList<OutboxSample> in = batch(0, 3);
    in[1].metric.definition.name = QStringLiteral("Horodatage");
    in[1].metric.value.value = QDateTime::fromMSecsSinceEpoch(kT0);
    QVERIFY(!outbox.append(in, &error));
    QVERIFY2(error.contains("Horodatage") && error.contains("QDateTime")
                 && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    QCOMPARE(outbox.count(), 0);
    QCOMPARE(outbox.counters().stored, 0u);
    QVERIFY(outbox.peek(10).isEmpty());
}

void tst_MqttOutbox::peekAfterId()
{
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(file("peek.db"), {}, &error), qPrintable(error));
    QVERIFY2(outbox.append(batch(0, 10), &error), qPrintable(error));
    const QList<qint64> all = ids(outbox.peek(100));
    QCOMPARE(all.size(), 10);

    QCOMPARE(numbers(outbox.peek(3)), range(0, 3));
    // The publisher reads ahead of the three in flight.
    QCOMPARE(numbers(outbox.peek(3, all[2])), range(3, 3));
    QCOMPARE(numbers(outbox.peek(100, all[7])), range(8, 2));
    QVERIFY(outbox.peek(100, all[9]).isEmpty());
    QVERIFY(outbox.peek(0).isEmpty());
    QVERIFY(outbox.peek(-1).isEmpty());
    // Holes left by acknowledgements are skipped.
    QVERIFY2(outbox.remove({all[4], all[5]}, &error), qPrintable(error));
    QCOMPARE(numbers(outbox.peek(2, all[3])), QList<qint64>({6, 7}));
    QVERIFY(outbox.lastError().isEmpty());
}

void tst_MqttOutbox::idsNeverReused()
{
    const QString path = file("ids.db");
    QString error;
    qint64 highest = 0;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY2(outbox.append(batch(0, 3), &error), qPrintable(error));
        highest = outbox.peek(3).constLast().id;
        QVERIFY2(outbox.removeThrough(highest, &error), qPrintable(error));
        QCOMPARE(outbox.count(), 0);
        // Emptied, and even compacted: a new sample still gets a new id.
        QVERIFY2(outbox.append(batch(3, 1), &error), qPrintable(error));
        const qint64 next = outbox.peek(1).constFirst().id;
        QVERIFY2(next > highest, qPrintable(QString("%1 after %2").arg(next).arg(highest)));
        highest = next;
        QVERIFY2(outbox.remove({next}, &error), qPrintable(error));
    }
    MqttOutbox outbox;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY2(outbox.append(batch(4, 1), &error), qPrintable(error));
    QVERIFY(outbox.peek(1).constFirst().id > highest);
    // Acknowledging an id that is gone (dropped meanwhile) is not an error.
    QVERIFY2(outbox.remove({highest, highest - 1}, &error), qPrintable(error));
    QCOMPARE(outbox.count(), 1);
    QCOMPARE(outbox.counters().removed, 0u);
}

void tst_MqttOutbox::countStaysExact()
{
    const QString path = file("count.db");
    MqttOutbox outbox;
    QString error;
    OutboxLimits limits;
    limits.maxBytes = 48 * 1024;
    QVERIFY2(outbox.open(path, limits, &error), qPrintable(error));
    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    const auto exact = [&] { return raw.value("SELECT count(*) FROM samples").toLongLong(); };
    for (int round = 0; round < 20; ++round) {
        QVERIFY2(outbox.append(batch(round * 100, 100), &error), qPrintable(error));
        QCOMPARE(outbox.count(), exact());
        const QList<OutboxSample> head = outbox.peek(7);
        QVERIFY2(outbox.remove({head[0].id, head[3].id, head[6].id}, &error), qPrintable(error));
        QCOMPARE(outbox.count(), exact());
        QVERIFY2(outbox.removeThrough(head[1].id, &error), qPrintable(error));
        QCOMPARE(outbox.count(), exact());
    }
    const OutboxCounters c = outbox.counters();
    // The counters agree with the rows the file really holds, not only with count().
    QCOMPARE(qint64(c.stored - c.removed - c.droppedFull - c.droppedExpired), exact());
    QVERIFY(c.droppedFull > 0);
}

void tst_MqttOutbox::sizeLimitDropsOldest()
{
    const QString path = file("full.db");
    OutboxLimits limits;
    limits.maxBytes = 64 * 1024;
    limits.maxAgeMs = 0;
    QString error;
    qint64 next = 0;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, limits, &error), qPrintable(error));
        for (int i = 0; i < 40; ++i, next += 50) {
            QVERIFY2(outbox.append(batch(next, 50), &error), qPrintable(error));
            QVERIFY2(outbox.sizeBytes() <= limits.maxBytes,
                     qPrintable(QString::number(outbox.sizeBytes())));
        }
        const OutboxCounters c = outbox.counters();
        QCOMPARE(c.stored, 2000u);
        QVERIFY2(outbox.count() > 500 && outbox.count() < 2000,
                 qPrintable(QString::number(outbox.count())));
        QCOMPARE(qint64(c.droppedFull), 2000 - outbox.count());
        QCOMPARE(c.droppedExpired, 0u);
        // What is left is the most recent past, whole and in order.
        QCOMPARE(numbers(outbox.peek(2000)), range(next - outbox.count(), outbox.count()));
        // sizeBytes() is the pages in use, as SQLite counts them.
        RawDatabase raw(path);
        QCOMPARE(outbox.sizeBytes(),
                 raw.value("SELECT (page_count - freelist_count) * page_size FROM "
                           "pragma_page_count(), pragma_freelist_count(), pragma_page_size()")
                     .toLongLong());
    }
    // A lower limit applies when the queue opens, to what it holds.
    limits.maxBytes = 32 * 1024;
    MqttOutbox outbox;
    QVERIFY2(outbox.open(path, limits, &error), qPrintable(error));
    QVERIFY(outbox.sizeBytes() <= limits.maxBytes);
    QVERIFY(outbox.counters().droppedFull > 0);
    QCOMPARE(numbers(outbox.peek(2000)), range(next - outbox.count(), outbox.count()));
    // A single batch larger than the limit keeps its own newest samples.
    QVERIFY2(outbox.append(batch(next, 2000), &error), qPrintable(error));
    QVERIFY(outbox.sizeBytes() <= limits.maxBytes);
    QCOMPARE(numbers(outbox.peek(4000)), range(next + 2000 - outbox.count(), outbox.count()));
}

void tst_MqttOutbox::ageLimitUsesQueuedTime()
{
    const QString path = file("age.db");
    qint64 now = kT0;
    OutboxLimits limits;
    limits.maxAgeMs = 36 * kHour;
    QString error;
    {
        MqttOutbox outbox([&now] { return now; });
        QVERIFY2(outbox.open(path, limits, &error), qPrintable(error));
        // A: queued first, though its samples' own timestamps are the newest.
        QList<OutboxSample> a = batch(0, 3);
        for (OutboxSample &s : a)
            s.metric.value.timestamp = kT0 + 50 * kHour;
        QVERIFY2(outbox.append(a, &error), qPrintable(error));
        now += 24 * kHour;
        QList<OutboxSample> b = batch(3, 3);
        for (OutboxSample &s : b)
            s.metric.value.timestamp = kT0 - 10 * kHour;
        QVERIFY2(outbox.append(b, &error), qPrintable(error));
        QCOMPARE(outbox.count(), 6);

        now = kT0 + 36 * kHour; // A is exactly 36 h old: not older than the limit
        QVERIFY2(outbox.applyLimits(&error), qPrintable(error));
        QCOMPARE(outbox.count(), 6);
        QCOMPARE(outbox.counters().droppedExpired, 0u);

        now = kT0 + 37 * kHour; // A is 37 h old, B 13 h
        QVERIFY2(outbox.append(batch(6, 1), &error), qPrintable(error));
        QCOMPARE(outbox.counters().droppedExpired, 3u);
        QCOMPARE(numbers(outbox.peek(10)), range(3, 4));

        now = kT0 + 61 * kHour; // B is 37 h old; the last one 24 h. Nothing appended.
        QVERIFY2(outbox.applyLimits(&error), qPrintable(error));
        QCOMPARE(outbox.counters().droppedExpired, 6u);
        QCOMPARE(outbox.counters().droppedFull, 0u);
        QCOMPARE(numbers(outbox.peek(10)), range(6, 1));
    }
    // A queue reopened after a long stop drops what expired meanwhile.
    now = kT0 + 74 * kHour;
    MqttOutbox outbox([&now] { return now; });
    QVERIFY2(outbox.open(path, limits, &error), qPrintable(error));
    QCOMPARE(outbox.count(), 0);
    QCOMPARE(outbox.counters().droppedExpired, 1u);
    // A limit lifted keeps everything.
    limits.maxAgeMs = 0;
    QVERIFY2(outbox.setLimits(limits, &error), qPrintable(error));
    QVERIFY2(outbox.append(batch(7, 1), &error), qPrintable(error));
    now += 1000 * kHour;
    QVERIFY2(outbox.applyLimits(&error), qPrintable(error));
    QCOMPARE(outbox.count(), 1);
}

void tst_MqttOutbox::metaSurvivesReopen()
{
    const QString path = file("meta.db");
    QString error;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY(!outbox.metaValue("bdSeq").isValid());
        QVERIFY2(outbox.setMetaValue("bdSeq", quint64(41), &error), qPrintable(error));
        QVERIFY2(outbox.setMetaValue("bdSeq", quint64(42), &error), qPrintable(error));
        QVERIFY2(outbox.setMetaValue("hôte", QStringLiteral("SCADA-Nord"), &error),
                 qPrintable(error));
        QVERIFY2(outbox.setMetaValue("gone", true, &error), qPrintable(error));
        QVERIFY2(outbox.setMetaValue("gone", QVariant(), &error), qPrintable(error));
        QVERIFY(!outbox.setMetaValue("when", QDateTime::currentDateTime(), &error));
        QVERIFY2(error.contains("when") && error.contains(QDir::toNativeSeparators(path)),
                 qPrintable(error));
    }
    MqttOutbox outbox;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    const QVariant bdSeq = outbox.metaValue("bdSeq");
    QCOMPARE(bdSeq.metaType(), QMetaType::fromType<quint64>());
    QCOMPARE(bdSeq.toULongLong(), 42u);
    QCOMPARE(outbox.metaValue("hôte").toString(), QStringLiteral("SCADA-Nord"));
    QVERIFY(!outbox.metaValue("gone").isValid());
    QVERIFY(!outbox.metaValue("when").isValid());
    QVERIFY(outbox.lastError().isEmpty());
}

void tst_MqttOutbox::spaceGivenBackOnceSent()
{
    const QString path = file("space.db");
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    for (int i = 0; i < 60; ++i)
        QVERIFY2(outbox.append(batch(i * 1000, 1000), &error), qPrintable(error));
    const qint64 full = filesSize(path);
    QVERIFY2(full > 3 * 1024 * 1024, qPrintable(QString::number(full)));

    // Most of the backlog sent: the file shrinks to what remains, which is intact.
    const QList<OutboxSample> all = outbox.peek(60000);
    QVERIFY2(outbox.removeThrough(all[47999].id, &error), qPrintable(error));
    const QList<OutboxSample> rest = outbox.peek(60000);
    QCOMPARE(ids(rest), ids(all.mid(48000)));
    QCOMPARE(numbers(rest), range(48000, 12000));
    const qint64 partial = QFileInfo(path).size();
    QVERIFY2(partial < full / 3, qPrintable(QString("%1 of %2").arg(partial).arg(full)));

    // All of it sent: the file and its log are nearly empty.
    QVERIFY2(outbox.removeThrough(rest.constLast().id, &error), qPrintable(error));
    QCOMPARE(outbox.count(), 0);
    QVERIFY2(QFileInfo(path).size() <= 64 * 1024,
             qPrintable(QString::number(QFileInfo(path).size())));
    QCOMPARE(QFileInfo(path + "-wal").size(), 0);
    QVERIFY2(outbox.sizeBytes() <= 64 * 1024, qPrintable(QString::number(outbox.sizeBytes())));
    // And it still works.
    QVERIFY2(outbox.append(batch(0, 3), &error), qPrintable(error));
    QCOMPARE(numbers(outbox.peek(10)), range(0, 3));
}

void tst_MqttOutbox::garbageFileMovedAside()
{
    const QString path = file("outbox.db");
    const QByteArray bytes = garbage(10000, 'G');
    const QByteArray walBytes = garbage(3000, 'W');
    QVERIFY(writeFile(path, bytes));
    QVERIFY(writeFile(path + "-wal", walBytes)); // a stale log must not follow into the new queue
    const qint64 now = kT0;
    const QString aside =
        path + ".corrupt-" + QDateTime::fromMSecsSinceEpoch(now).toString("yyyyMMdd-hhmmss");

    QString error;
    {
        MqttOutbox outbox([now] { return now; });
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        const QString warning = outbox.warning();
        QVERIFY2(warning.contains(QDir::toNativeSeparators(path))
                     && warning.contains(QDir::toNativeSeparators(aside))
                     && warning.contains("not a database"),
                 qPrintable(warning));
        QCOMPARE(readFile(aside), bytes);
        QCOMPARE(readFile(aside + "-wal"), walBytes);
        QCOMPARE(outbox.count(), 0);
        QVERIFY2(outbox.append(batch(0, 4), &error), qPrintable(error));
        QCOMPARE(numbers(outbox.peek(10)), range(0, 4));
    }
    // The same second again: a second name, nothing overwritten.
    QVERIFY(QFile::remove(path));
    QVERIFY(writeFile(path, bytes));
    MqttOutbox outbox([now] { return now; });
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY2(outbox.warning().contains(QDir::toNativeSeparators(aside + "-2")),
             qPrintable(outbox.warning()));
    QCOMPARE(readFile(aside + "-2"), bytes);
    QCOMPARE(readFile(aside), bytes);
}

void tst_MqttOutbox::damagedPagesMovedAside()
{
    const QString path = file("damaged.db");
    QString error;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        for (int i = 0; i < 10; ++i)
            QVERIFY2(outbox.append(batch(i * 500, 500), &error), qPrintable(error));
    } // closed: the log is checkpointed into the file and deleted
    QVERIFY(!QFileInfo::exists(path + "-wal"));
    QByteArray bytes = readFile(path);
    QVERIFY(bytes.size() > 40 * 4096);
    bytes.replace(20 * 4096, 3 * 4096, garbage(3 * 4096, 'D')); // pages in the middle of the table
    QVERIFY(writeFile(path, bytes));

    MqttOutbox outbox;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY2(outbox.warning().contains(QDir::toNativeSeparators(path) + ".corrupt-"),
             qPrintable(outbox.warning()));
    QCOMPARE(outbox.count(), 0);
    QCOMPARE(QDir(m_dir->path()).entryList({"damaged.db.corrupt-*"}).size(), 1);
}

void tst_MqttOutbox::foreignDatabaseMovedAside()
{
    const QString path = file("recipes.db");
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        raw.value("CREATE TABLE recettes (nom TEXT)");
        raw.value("INSERT INTO recettes VALUES ('pain')");
    }
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY2(outbox.warning().contains("recettes")
                 && outbox.warning().contains(QDir::toNativeSeparators(path) + ".corrupt-"),
             qPrintable(outbox.warning()));
    const QStringList aside = QDir(m_dir->path()).entryList({"recipes.db.corrupt-*"});
    QCOMPARE(aside.size(), 1);
    RawDatabase kept(file(aside[0]));
    QCOMPARE(kept.value("SELECT nom FROM recettes").toString(), QString("pain"));
}

void tst_MqttOutbox::newerFormatRefused()
{
    const QString path = file("future.db");
    QString error;
    {
        MqttOutbox outbox;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY2(outbox.append(batch(0, 3), &error), qPrintable(error));
    }
    {
        RawDatabase raw(path);
        raw.value("PRAGMA user_version = 2");
    }
    MqttOutbox outbox;
    QVERIFY(!outbox.open(path, {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains("format 2"),
             qPrintable(error));
    QVERIFY(!outbox.isOpen());
    QVERIFY(!outbox.append(batch(3, 1), &error));
    // Left as it is, for the newer version.
    QVERIFY(QDir(m_dir->path()).entryList({"*.corrupt-*"}).isEmpty());
    RawDatabase raw(path);
    QCOMPARE(raw.value("SELECT count(*) FROM samples").toInt(), 3);
}

void tst_MqttOutbox::createsFolders()
{
    const QString path = file("Vigie/Station Nord/mqtt/outbox.db");
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(outbox.path(), QFileInfo(path).absoluteFilePath());
}

void tst_MqttOutbox::folderCannotBeCreated()
{
    // A file where a folder should be: fails for every user, root included.
    QVERIFY(writeFile(file("blocker"), "x"));
    const QString path = file("blocker/mqtt/outbox.db");
    MqttOutbox outbox;
    QString error;
    QVERIFY(!outbox.open(path, {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file("blocker/mqtt")))
                 && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    QVERIFY(!outbox.isOpen());
}

void tst_MqttOutbox::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("Running as root, which ignores file permissions: a read-only folder cannot be "
              "made here (folderCannotBeCreated covers an unusable path for root).");
    const QString folder = file("readonly");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString path = folder + "/outbox.db";
    MqttOutbox outbox;
    QString error;
    const bool opened = outbox.open(path, {}, &error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!opened);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path))
                 && error.contains(QDir::toNativeSeparators(folder)),
             qPrintable(error));
}

void tst_MqttOutbox::writeAheadLog()
{
    const QString path = file("wal.db");
    MqttOutbox outbox;
    QString error;
    QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
    QVERIFY2(outbox.append(batch(0, 10), &error), qPrintable(error));
    QVERIFY(QFileInfo(path + "-wal").size() > 0); // the commit is in the log
    RawDatabase raw(path);
    QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QString("wal"));
    QCOMPARE(raw.value("PRAGMA user_version").toInt(), 1);
    // Another reader sees every committed sample while the queue is open.
    QCOMPARE(raw.value("SELECT count(*) FROM samples").toInt(), 10);
}

// The writer (main() below) appends batches of 1000 samples, one transaction each, and prints
// "appended K T" after each commit: K samples committed in all, T µs that append() took. The
// test waits a part of T (a different part each round) after a line and sends SIGKILL, so the
// signal lands inside the next transaction; three rounds over the same file. Every sample of
// every reported commit must be there, in order, and the samples present must be whole
// batches: nothing half-written. (A queue that committed every 100 samples fails this.)
void tst_MqttOutbox::survivesKill9()
{
    const QString path = file("killed.db");
    constexpr int batchSize = 1000;
    qint64 reported = 0;
    struct Round
    {
        int commits; // lines read before the kill
        double partOfAppend; // then this part of the last append's duration waited
    };
    for (const Round round : {Round {2, 0.3}, Round {9, 0.5}, Round {25, 0.8}}) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
                     {"--outbox-writer", path, QString::number(batchSize)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        qint64 lastAppendUs = 0;
        const auto takeLines = [&] {
            int lines = 0;
            while (writer.canReadLine()) {
                const QList<QByteArray> words = writer.readLine().trimmed().split(' ');
                if (words.size() == 3 && words[0] == "appended") {
                    reported = std::max(reported, words[1].toLongLong());
                    lastAppendUs = words[2].toLongLong();
                    ++lines;
                }
            }
            return lines;
        };
        QDeadlineTimer deadline(30000);
        for (int commits = 0; commits < round.commits;) {
            QVERIFY2(writer.waitForReadyRead(int(deadline.remainingTime())),
                     qPrintable("the writer stopped: "
                                + QString::fromLocal8Bit(writer.readAllStandardError())));
            commits += takeLines();
        }
        QThread::usleep(std::max<qint64>(1, qint64(double(lastAppendUs) * round.partOfAppend)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        takeLines(); // commits it reported before the signal landed

        MqttOutbox outbox;
        QString error;
        QVERIFY2(outbox.open(path, {}, &error), qPrintable(error));
        QVERIFY2(outbox.warning().isEmpty(), qPrintable(outbox.warning()));
        QVERIFY2(outbox.count() >= reported,
                 qPrintable(QString("%1 samples, %2 reported").arg(outbox.count()).arg(reported)));
        QCOMPARE(outbox.count() % batchSize, 0);
        const QList<OutboxSample> all = outbox.peek(int(outbox.count()));
        QCOMPARE(all.size(), outbox.count());
        QCOMPARE(numbers(all), range(0, outbox.count()));
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i].id > all[i - 1].id);
    }
}

namespace {

// Run as `tst_mqttoutbox --outbox-writer PATH BATCH`: numbers its samples on from what the
// queue holds and prints "appended K T" after each commit (K samples committed in all, T µs
// the append took). The next batch is built before the line is printed, so that what follows
// the line is the next append itself. Stops by itself only after 500 batches (the test kills
// it long before).
int runOutboxWriter(const QString &path, int batchSize)
{
    MqttOutbox outbox;
    QString error;
    if (!outbox.open(path, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    qint64 next = outbox.count();
    QList<OutboxSample> samples = batch(next, batchSize);
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!outbox.append(samples, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        const qint64 us = timer.nsecsElapsed() / 1000;
        next += batchSize;
        samples = batch(next, batchSize);
        std::printf("appended %lld %lld\n", static_cast<long long>(next),
                    static_cast<long long>(us));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

// QTEST_GUILESS_MAIN, plus the writer role that survivesKill9 runs this executable in.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--outbox-writer") == 0)
        return runOutboxWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    tst_MqttOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mqttoutbox.moc"
