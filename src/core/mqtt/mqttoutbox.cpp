#include "mqttoutbox.h"

#include "outboxvalue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <limits>

namespace Vigie {

Q_LOGGING_CATEGORY(lcOutbox, "vigie.mqtt.outbox", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

// The queue's format, kept in PRAGMA user_version. 0 is a file nothing was written to yet.
constexpr qint64 kFormat = 1;

// Free pages worth giving back to the file system (while samples remain queued, and once the
// queue is empty), and a write-ahead log worth truncating. A floor, so that a queue that fills
// and empties often under load does not rebuild and sync its file each time.
constexpr qint64 kReclaimBytes = 1024 * 1024;
constexpr qint64 kReclaimWhenEmptyBytes = 256 * 1024;
// Where SQLite cuts the write-ahead log back after a checkpoint. In steady use the log stays
// at the automatic checkpoint's 1000 pages (about 4 MiB, SQLite's default, kept); a single large
// transaction (sending a whole backlog at once) can grow it further, and this brings it back.
constexpr qint64 kWalSizeLimit = 8 * 1024 * 1024;
// Rows read per step when looking for the first sample that has not expired.
constexpr int kExpiryScanRows = 1024;

std::atomic<quint64> s_connectionCount {0};

// Text columns are NOT NULL, and Qt binds a null QString as NULL: an empty device name (the
// edge node itself) is bound as an empty, non-null string.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString sqlText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// SQLITE_CORRUPT and SQLITE_NOTADB (primary codes; Qt reports extended ones): the file is not
// a readable database. Anything else (busy, I/O error, permission) says nothing of the file.
bool isDamage(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

// Runs a statement with no parameters; `first` receives the first column of its first row.
bool run(const QSqlDatabase &db, const QString &sql, QSqlError *error, QVariant *first = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    if (first) {
        const bool row = q.next();
        if (!row && q.lastError().isValid()) {
            *error = q.lastError();
            return false;
        }
        *first = row ? q.value(0) : QVariant();
    }
    return true;
}

// The first column of every row of a query.
bool column(const QSqlDatabase &db, const QString &sql, QStringList *values, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    while (q.next())
        values->append(q.value(0).toString());
    if (q.lastError().isValid()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

QStringList sampleColumns()
{
    return {QStringLiteral("id"),     QStringLiteral("queued"),   QStringLiteral("device"),
            QStringLiteral("metric"), QStringLiteral("type"),     QStringLiteral("value_kind"),
            QStringLiteral("value"),  QStringLiteral("timestamp")};
}

QStringList metaColumns()
{
    return {QStringLiteral("key"), QStringLiteral("value_kind"), QStringLiteral("value")};
}

} // namespace

// The statements every call uses, prepared once per connection.
struct MqttOutbox::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insert(db)
        , peek(db)
        , removeRange(db)
        , removeThrough(db)
        , nthId(db)
        , head(db)
        , scanQueued(db)
        , pageStats(db)
        , metaGet(db)
        , metaSet(db)
        , metaDelete(db)
    {
    }

    bool prepare(QSqlError *error)
    {
        const std::pair<QSqlQuery *, QString> all[] = {
            {&insert,
             QStringLiteral("INSERT INTO samples (queued, device, metric, type, "
                            "value_kind, value, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)")},
            {&peek,
             QStringLiteral("SELECT id, device, metric, type, value_kind, value, timestamp "
                            "FROM samples WHERE id > ? ORDER BY id LIMIT ?")},
            {&removeRange, QStringLiteral("DELETE FROM samples WHERE id BETWEEN ? AND ?")},
            {&removeThrough, QStringLiteral("DELETE FROM samples WHERE id <= ?")},
            {&nthId, QStringLiteral("SELECT id FROM samples ORDER BY id LIMIT 1 OFFSET ?")},
            {&head, QStringLiteral("SELECT queued, timestamp FROM samples ORDER BY id LIMIT 1")},
            {&scanQueued,
             QStringLiteral("SELECT id, queued FROM samples WHERE id > ? ORDER BY id LIMIT ?")},
            // Both read the database header: no scan, whatever the queue holds.
            {&pageStats,
             QStringLiteral("SELECT * FROM pragma_page_count(), pragma_freelist_count()")},
            {&metaGet, QStringLiteral("SELECT value_kind, value FROM meta WHERE key = ?")},
            {&metaSet,
             QStringLiteral("INSERT INTO meta (key, value_kind, value) VALUES (?, ?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET "
                            "value_kind = excluded.value_kind, value = excluded.value")},
            {&metaDelete, QStringLiteral("DELETE FROM meta WHERE key = ?")},
        };
        for (const auto &[query, sql] : all) {
            query->setForwardOnly(true);
            if (!query->prepare(sql)) {
                *error = query->lastError();
                return false;
            }
        }
        return true;
    }

    QSqlQuery insert;
    QSqlQuery peek;
    QSqlQuery removeRange;
    QSqlQuery removeThrough;
    QSqlQuery nthId;
    QSqlQuery head;
    QSqlQuery scanQueued;
    QSqlQuery pageStats;
    QSqlQuery metaGet;
    QSqlQuery metaSet;
    QSqlQuery metaDelete;
};

MqttOutbox::MqttOutbox(NowFunction now)
    : m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_connectionName(QStringLiteral("vigie.mqtt.outbox.%1").arg(++s_connectionCount))
{
}

MqttOutbox::~MqttOutbox()
{
    dropConnection();
}

bool MqttOutbox::open(const QString &path, const OutboxLimits &limits, QString *error)
{
    close();
    m_warning.clear();
    m_lastError.clear();
    m_state = {};
    m_limits = limits;
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();

    const auto fail = [&](const QString &why) {
        dropConnection();
        qCWarning(lcOutbox).noquote() << why;
        if (error)
            *error = why;
        return false;
    };
    if (m_path.isEmpty())
        return fail(Tr::tr("No file was given for the MQTT queue."));

    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return fail(Tr::tr("Cannot create the folder %1 for the MQTT queue %2.")
                        .arg(native(folder), native(m_path)));
    // SQLite creates its write-ahead log and shared-memory index beside the file.
    if (!QFileInfo(folder).isWritable())
        return fail(Tr::tr("Cannot open the MQTT queue %1: its folder %2 is not writable.")
                        .arg(native(m_path), native(folder)));
    if (file.exists() && !file.isFile())
        return fail(Tr::tr("Cannot open the MQTT queue %1: it is not a file.").arg(native(m_path)));
    if (file.exists() && !file.isWritable())
        return fail(
            Tr::tr("Cannot open the MQTT queue %1: the file is read-only.").arg(native(m_path)));

    QString why;
    OpenResult result = openDatabase(&why);
    if (result == OpenResult::Damaged) {
        dropConnection();
        QString aside;
        QString moveError;
        if (!moveAside(&aside, &moveError))
            return fail(Tr::tr("The MQTT queue %1 cannot be read (%2) and could not be moved "
                               "aside to %3: %4")
                            .arg(native(m_path), why, native(aside), moveError));
        m_warning = Tr::tr("The MQTT queue %1 could not be read (%2): it was moved to %3 and a "
                           "new, empty queue was started.")
                        .arg(native(m_path), why, native(aside));
        qCWarning(lcOutbox).noquote() << m_warning;
        result = openDatabase(&why);
        if (result == OpenResult::Damaged)
            why = Tr::tr("Cannot create the MQTT queue %1: %2").arg(native(m_path), why);
    }
    if (result != OpenResult::Opened)
        return fail(why);

    m_sql = std::make_unique<Statements>(m_db);
    QSqlError sqlError;
    if (!m_sql->prepare(&sqlError))
        return fail(
            Tr::tr("Cannot open the MQTT queue %1: %2").arg(native(m_path), sqlText(sqlError)));
    if (!loadState(&why) || !applyLimits(&why))
        return fail(why);
    return true;
}

MqttOutbox::OpenResult MqttOutbox::openDatabase(QString *why)
{
    // A file that is not a database at all is recognised before SQLite opens it: SQLite would
    // delete the write-ahead log found beside it when closing, and it goes aside with the file.
    if (QFile existing(m_path); existing.size() > 0) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *why = Tr::tr("Cannot open the MQTT queue %1: %2")
                       .arg(native(m_path), existing.errorString());
            return OpenResult::Failed;
        }
        if (existing.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
            *why = Tr::tr("it is not a database");
            return OpenResult::Damaged;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // A damaged file is reported by its reason alone (the caller words the warning); any other
    // failure by a whole sentence.
    const auto failed = [&](const QSqlError &e) {
        if (isDamage(e)) {
            *why = sqlText(e);
            return OpenResult::Damaged;
        }
        *why = Tr::tr("Cannot open the MQTT queue %1: %2").arg(native(m_path), sqlText(e));
        return OpenResult::Failed;
    };
    if (!m_db.isValid()) {
        *why = Tr::tr("Cannot open the MQTT queue %1: Qt's SQLite driver (QSQLITE) is missing.")
                   .arg(native(m_path));
        return OpenResult::Failed;
    }
    if (!m_db.open())
        return failed(m_db.lastError());

    // SQLite reads the file lazily: this is the first read, where a file that is not a
    // database shows itself (and where the log of a killed process is recovered).
    QSqlError error;
    QVariant value;
    if (!run(m_db, QStringLiteral("PRAGMA user_version"), &error, &value))
        return failed(error);
    const qint64 format = value.toLongLong();
    if (format != 0 && format != kFormat) {
        *why = Tr::tr("The MQTT queue %1 has format %2, which this version of Vigie does not know "
                      "(it reads format %3): it may have been written by a newer version. The "
                      "file was left as it is.")
                   .arg(native(m_path))
                   .arg(format)
                   .arg(kFormat);
        return OpenResult::Failed;
    }
    QStringList tables;
    if (!column(m_db,
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name"),
                &tables, &error))
        return failed(error);
    if (format == 0 && !tables.isEmpty()) {
        *why = Tr::tr("it is another program's database, with the tables %1")
                   .arg(tables.join(QLatin1String(", ")));
        return OpenResult::Damaged;
    }
    if (format == kFormat) {
        QStringList samples;
        QStringList meta;
        if (!column(m_db, QStringLiteral("SELECT name FROM pragma_table_info('samples')"), &samples,
                    &error)
            || !column(m_db, QStringLiteral("SELECT name FROM pragma_table_info('meta')"), &meta,
                       &error))
            return failed(error);
        if (samples != sampleColumns() || meta != metaColumns()) {
            *why = Tr::tr("its tables are not those of an MQTT queue");
            return OpenResult::Damaged;
        }
        // Reads every page once (about 0.2 s for 60 MB here), so that a queue damaged on disk
        // is moved aside now rather than failing appends one by one later.
        if (!run(m_db, QStringLiteral("PRAGMA quick_check(1)"), &error, &value))
            return failed(error);
        if (value.toString() != QLatin1String("ok")) {
            *why = value.toString();
            return OpenResult::Damaged;
        }
    }

    // Write-ahead log, synced at checkpoints only (see the class comment for what that
    // survives). The journal mode is kept in the file; the rest is per connection.
    if (!run(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &error, &value))
        return failed(error);
    if (value.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *why = Tr::tr("Cannot open the MQTT queue %1: SQLite cannot keep a write-ahead log there "
                      "(journal mode '%2'); is it on a network drive?")
                   .arg(native(m_path), value.toString());
        return OpenResult::Failed;
    }
    if (!run(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error)
        || !run(m_db, QStringLiteral("PRAGMA journal_size_limit = %1").arg(kWalSizeLimit), &error,
                &value)
        || !run(m_db, QStringLiteral("PRAGMA page_size"), &error, &value))
        return failed(error);
    m_pageSize = std::max<qint64>(512, value.toLongLong());

    if (format == 0) {
        // AUTOINCREMENT: ids are never reused, not even once the queue has emptied, so that an
        // id the publisher still holds can never name a newer sample. `value` has no declared
        // type, so SQLite stores exactly what it is given (see OutboxValue).
        const QString schema[] = {
            QStringLiteral("CREATE TABLE samples ("
                           "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "queued INTEGER NOT NULL, " // ms since the epoch, when appended
                           "device TEXT NOT NULL, "
                           "metric TEXT NOT NULL, "
                           "type INTEGER NOT NULL, " // MetricType
                           "value_kind INTEGER NOT NULL, "
                           "value, "
                           "timestamp INTEGER NOT NULL)"), // the sample's own, ms since the epoch
            QStringLiteral("CREATE TABLE meta ("
                           "key TEXT PRIMARY KEY NOT NULL, "
                           "value_kind INTEGER NOT NULL, "
                           "value) WITHOUT ROWID"),
            QStringLiteral("PRAGMA user_version = %1").arg(kFormat),
        };
        if (!m_db.transaction())
            return failed(m_db.lastError());
        for (const QString &sql : schema) {
            if (!run(m_db, sql, &error)) {
                m_db.rollback();
                return failed(error);
            }
        }
        if (!m_db.commit()) {
            error = m_db.lastError();
            m_db.rollback();
            return failed(error);
        }
    }
    return OpenResult::Opened;
}

bool MqttOutbox::moveAside(QString *aside, QString *why)
{
    const QString base = m_path + QStringLiteral(".corrupt-")
        + QDateTime::fromMSecsSinceEpoch(m_now()).toString(QStringLiteral("yyyyMMdd-hhmmss"));
    *aside = base;
    for (int n = 2; QFileInfo::exists(*aside) || QFileInfo::exists(*aside + QLatin1String("-wal"));
         ++n)
        *aside = base + QLatin1Char('-') + QString::number(n);
    QFile file(m_path);
    if (!file.rename(*aside)) {
        *why = file.errorString();
        return false;
    }
    // SQLite's journals belong to the old file: the new queue must not find them beside it
    // (it would replay a stale write-ahead log into itself).
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        QFile journal(m_path + suffix);
        if (journal.exists() && !journal.rename(*aside + suffix)) {
            *why = QStringLiteral("%1 (%2)").arg(journal.errorString(), native(m_path + suffix));
            return false;
        }
    }
    return true;
}

void MqttOutbox::close()
{
    dropConnection();
    const OutboxCounters counters = m_state.counters;
    m_state = {};
    m_state.counters = counters;
}

void MqttOutbox::dropConnection()
{
    // Queries first: Qt warns, and stops them working, if a connection goes while one is alive.
    m_sql.reset();
    if (m_db.isValid())
        m_db.close(); // the last connection to close checkpoints and deletes the log
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool MqttOutbox::loadState(QString *why)
{
    QSqlError error;
    QVariant value;
    // A count of the table's b-tree (about 20 ms per million samples here), once per open;
    // afterwards the count is kept in step by every write.
    if (!run(m_db, QStringLiteral("SELECT count(*) FROM samples"), &error, &value)) {
        *why = Tr::tr("Cannot read the MQTT queue %1: %2").arg(native(m_path), sqlText(error));
        return false;
    }
    m_state.count = value.toLongLong();
    m_state.headQueued.reset();
    qint64 pages = 0;
    if (!readUsedBytes(&m_state.usedBytes, &pages, why)) {
        *why = Tr::tr("Cannot read the MQTT queue %1: %2").arg(native(m_path), *why);
        return false;
    }
    return true;
}

bool MqttOutbox::readUsedBytes(qint64 *used, qint64 *pages, QString *why)
{
    QSqlQuery &q = m_sql->pageStats;
    if (!q.exec() || !q.next()) {
        *why = sqlText(q.lastError());
        q.finish();
        return false;
    }
    *pages = q.value(0).toLongLong();
    *used = (*pages - q.value(1).toLongLong()) * m_pageSize;
    q.finish();
    return true;
}

bool MqttOutbox::setLimits(const OutboxLimits &limits, QString *error)
{
    m_limits = limits;
    return !isOpen() || applyLimits(error);
}

bool MqttOutbox::applyLimits(QString *error)
{
    if (!isOpen())
        return failWrite(Tr::tr("the queue is not open"), error);
    const State before = m_state;
    QString why;
    if (!m_db.transaction())
        return failWrite(sqlText(m_db.lastError()), error);
    if (!enforceLimits(&why) || !m_db.commit()) {
        if (why.isEmpty())
            why = sqlText(m_db.lastError());
        m_db.rollback();
        m_state = before;
        return failWrite(why, error);
    }
    if (m_state.count < before.count)
        reclaimSpace();
    return true;
}

bool MqttOutbox::enforceLimits(QString *why)
{
    return dropExpired(m_now(), why) && dropForSize(why);
}

bool MqttOutbox::dropExpired(qint64 now, QString *why)
{
    if (m_limits.maxAgeMs <= 0 || m_state.count == 0)
        return true;
    const qint64 cutoff = now < std::numeric_limits<qint64>::min() + m_limits.maxAgeMs
        ? std::numeric_limits<qint64>::min()
        : now - m_limits.maxAgeMs;

    // Samples expire from the head only, in queue order, so "oldest first" holds even if the
    // clock was set back: a sample queued "later" than the head waits behind it.
    if (!m_state.headQueued) {
        QSqlQuery &q = m_sql->head;
        if (!q.exec()) {
            *why = sqlText(q.lastError());
            return false;
        }
        if (q.next())
            m_state.headQueued = q.value(0).toLongLong();
        q.finish();
        if (!m_state.headQueued)
            return true;
    }
    if (*m_state.headQueued >= cutoff)
        return true; // the usual case: one comparison, no query

    qint64 lastExpired = 0;
    std::optional<qint64> newHead;
    for (bool more = true; more && !newHead;) {
        QSqlQuery &q = m_sql->scanQueued;
        q.bindValue(0, lastExpired);
        q.bindValue(1, kExpiryScanRows);
        if (!q.exec()) {
            *why = sqlText(q.lastError());
            return false;
        }
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 queued = q.value(1).toLongLong();
            if (queued >= cutoff) {
                newHead = queued;
                break;
            }
            lastExpired = q.value(0).toLongLong();
        }
        q.finish();
        more = rows == kExpiryScanRows;
    }
    QSqlQuery &remove = m_sql->removeThrough;
    remove.bindValue(0, lastExpired);
    if (!remove.exec()) {
        *why = sqlText(remove.lastError());
        return false;
    }
    const qint64 dropped = remove.numRowsAffected();
    m_state.count -= dropped;
    m_state.counters.droppedExpired += quint64(dropped);
    m_state.headQueued = newHead;
    qCDebug(lcOutbox) << "dropped" << dropped << "expired samples from" << m_path;
    return true;
}

bool MqttOutbox::dropForSize(QString *why)
{
    qint64 used = 0;
    qint64 pages = 0;
    if (!readUsedBytes(&used, &pages, why))
        return false;
    if (m_limits.maxBytes > 0 && used > m_limits.maxBytes) {
        // Down to 1% under the limit, so that a full queue deletes once per 1% of new samples
        // rather than on every append.
        const qint64 target = m_limits.maxBytes - m_limits.maxBytes / 100;
        qint64 dropped = 0;
        while (used > target && m_state.count > 0) {
            // Pages free up as whole leaves empty: estimate the rows from the average size,
            // then measure again.
            const qint64 perRow = std::max<qint64>(1, used / m_state.count);
            const qint64 rows =
                std::clamp<qint64>((used - target + perRow - 1) / perRow, 1, m_state.count);
            QSqlQuery &nth = m_sql->nthId;
            nth.bindValue(0, rows - 1);
            if (!nth.exec() || !nth.next()) {
                *why = sqlText(nth.lastError());
                nth.finish();
                return false;
            }
            const qint64 last = nth.value(0).toLongLong();
            nth.finish();
            QSqlQuery &remove = m_sql->removeThrough;
            remove.bindValue(0, last);
            if (!remove.exec()) {
                *why = sqlText(remove.lastError());
                return false;
            }
            const qint64 n = remove.numRowsAffected();
            dropped += n;
            m_state.count -= n;
            m_state.counters.droppedFull += quint64(n);
            m_state.headQueued.reset();
            if (!readUsedBytes(&used, &pages, why))
                return false;
        }
        qCDebug(lcOutbox) << "dropped" << dropped << "samples from" << m_path << "to stay under"
                          << m_limits.maxBytes << "bytes";
    }
    m_state.usedBytes = used;
    return true;
}

bool MqttOutbox::append(const QList<OutboxSample> &samples, QString *error)
{
    if (!isOpen())
        return failWrite(Tr::tr("the queue is not open"), error);
    if (samples.isEmpty())
        return true;

    QList<OutboxValue> values;
    values.reserve(samples.size());
    for (const OutboxSample &s : samples) {
        const std::optional<OutboxValue> v = encodeOutboxValue(s.metric.value.value);
        if (!v)
            return failWrite(Tr::tr("the value of %1 (device '%2') is a %3, which the queue "
                                    "cannot store; nothing of this batch was queued")
                                 .arg(s.metric.definition.name, s.device,
                                      QString::fromLatin1(s.metric.value.value.typeName())),
                             error);
        values.append(*v);
    }

    const State before = m_state;
    const qint64 now = m_now();
    if (!m_db.transaction())
        return failWrite(sqlText(m_db.lastError()), error);
    QSqlQuery &q = m_sql->insert;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const OutboxSample &s = samples[i];
        q.bindValue(0, now);
        q.bindValue(1, notNull(s.device));
        q.bindValue(2, notNull(s.metric.definition.name));
        q.bindValue(3, qint64(s.metric.definition.type));
        q.bindValue(4, int(values[i].kind));
        q.bindValue(5, values[i].value);
        q.bindValue(6, s.metric.value.timestamp);
        if (!q.exec()) {
            const QString why = sqlText(q.lastError());
            m_db.rollback();
            return failWrite(why, error);
        }
    }
    if (m_state.count == 0)
        m_state.headQueued = now;
    m_state.count += samples.size();
    m_state.counters.stored += quint64(samples.size());

    QString why;
    if (!enforceLimits(&why) || !m_db.commit()) {
        if (why.isEmpty())
            why = sqlText(m_db.lastError());
        m_db.rollback();
        m_state = before;
        return failWrite(why, error);
    }
    return true;
}

QList<OutboxSample> MqttOutbox::peek(int maxCount, qint64 afterId) const
{
    m_lastError.clear();
    if (!isOpen() || maxCount <= 0 || m_state.count == 0)
        return {};
    QSqlQuery &q = m_sql->peek;
    q.bindValue(0, afterId);
    q.bindValue(1, maxCount);
    if (!q.exec()) {
        m_lastError = sqlText(q.lastError());
        return {};
    }
    QList<OutboxSample> samples;
    samples.reserve(std::min<qint64>(maxCount, m_state.count));
    while (q.next()) {
        OutboxSample s;
        s.id = q.value(0).toLongLong();
        s.device = q.value(1).toString();
        s.metric.definition.name = q.value(2).toString();
        s.metric.definition.type = MetricType(q.value(3).toUInt());
        s.metric.value.value = decodeOutboxValue(q.value(4).toInt(), q.value(5));
        s.metric.value.timestamp = q.value(6).toLongLong();
        s.metric.value.historical = true;
        samples.append(std::move(s));
    }
    if (q.lastError().isValid()) {
        m_lastError = sqlText(q.lastError());
        samples.clear();
    }
    q.finish();
    if (!m_lastError.isEmpty())
        qCWarning(lcOutbox).noquote() << "cannot read" << m_path << ":" << m_lastError;
    return samples;
}

bool MqttOutbox::remove(const QList<qint64> &ids, QString *error)
{
    if (!isOpen())
        return failWrite(Tr::tr("the queue is not open"), error);
    if (ids.isEmpty())
        return true;
    if (!m_db.transaction())
        return failWrite(sqlText(m_db.lastError()), error);
    // Confirmed rows come in runs of consecutive ids (a message's samples, messages in order):
    // one DELETE a run, not one a row.
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    qint64 removed = 0;
    QSqlQuery &q = m_sql->removeRange;
    for (qsizetype first = 0; first < sorted.size();) {
        qsizetype last = first;
        while (last + 1 < sorted.size() && sorted[last + 1] <= sorted[last] + 1)
            ++last;
        q.bindValue(0, sorted[first]);
        q.bindValue(1, sorted[last]);
        first = last + 1;
        if (!q.exec()) {
            const QString why = sqlText(q.lastError());
            m_db.rollback();
            return failWrite(why, error);
        }
        removed += q.numRowsAffected();
    }
    if (!m_db.commit()) {
        const QString why = sqlText(m_db.lastError());
        m_db.rollback();
        return failWrite(why, error);
    }
    m_state.count -= removed;
    m_state.counters.removed += quint64(removed);
    m_state.headQueued.reset();
    reclaimSpace();
    return true;
}

bool MqttOutbox::removeThrough(qint64 id, QString *error)
{
    if (!isOpen())
        return failWrite(Tr::tr("the queue is not open"), error);
    QSqlQuery &q = m_sql->removeThrough;
    q.bindValue(0, id);
    if (!q.exec()) // one statement: its own transaction
        return failWrite(sqlText(q.lastError()), error);
    const qint64 removed = q.numRowsAffected();
    m_state.count -= removed;
    m_state.counters.removed += quint64(removed);
    m_state.headQueued.reset();
    reclaimSpace();
    return true;
}

void MqttOutbox::reclaimSpace()
{
    QString why;
    qint64 pages = 0;
    if (!readUsedBytes(&m_state.usedBytes, &pages, &why)) {
        qCWarning(lcOutbox).noquote() << "cannot read the size of" << m_path << ":" << why;
        return;
    }
    const qint64 fileBytes = pages * m_pageSize;
    const qint64 freeBytes = fileBytes - m_state.usedBytes;
    QSqlError error;
    // Samples that were sent leave free pages, which later samples reuse, so a queue that keeps
    // some backlog stays at its high-water mark, never above its limit. When what is still
    // queued is small beside the free pages (a backlog was sent), VACUUM rebuilds the file from
    // the live pages only: its cost is that of what remains (15 ms for 3 MB here, against
    // 190 ms for PRAGMA incremental_vacuum, which Qt's driver also runs one page per exec).
    // Requiring a quarter or less in use makes successive rebuilds during a long replay cost,
    // together, little more than the first.
    // Once everything was sent, smaller amounts are given back too.
    const qint64 worthIt = m_state.count == 0 ? kReclaimWhenEmptyBytes : kReclaimBytes;
    const bool rebuild = freeBytes >= worthIt && m_state.usedBytes * 4 <= fileBytes;
    if (rebuild && !run(m_db, QStringLiteral("VACUUM"), &error))
        qCWarning(lcOutbox).noquote() << "cannot compact" << m_path << ":" << sqlText(error);
    // The checkpoint is what shrinks the file after VACUUM (the new pages are in the log);
    // with nothing queued it also gives the log's disk space back.
    const bool emptyLog =
        m_state.count == 0 && QFileInfo(m_path + QLatin1String("-wal")).size() >= kReclaimBytes;
    if (rebuild || emptyLog) {
        if (!run(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error))
            qCWarning(lcOutbox).noquote() << "cannot checkpoint" << m_path << ":" << sqlText(error);
        if (!readUsedBytes(&m_state.usedBytes, &pages, &why))
            qCWarning(lcOutbox).noquote() << "cannot read the size of" << m_path << ":" << why;
    }
}

qint64 MqttOutbox::oldestTimestamp() const
{
    m_lastError.clear();
    if (!isOpen() || m_state.count == 0)
        return 0;
    QSqlQuery &q = m_sql->head;
    qint64 timestamp = 0;
    if (!q.exec())
        m_lastError = sqlText(q.lastError());
    else if (q.next())
        timestamp = q.value(1).toLongLong();
    q.finish();
    return timestamp;
}

QVariant MqttOutbox::metaValue(const QString &key) const
{
    m_lastError.clear();
    if (!isOpen())
        return {};
    QSqlQuery &q = m_sql->metaGet;
    q.bindValue(0, key);
    QVariant value;
    if (!q.exec())
        m_lastError = sqlText(q.lastError());
    else if (q.next())
        value = decodeOutboxValue(q.value(0).toInt(), q.value(1));
    q.finish();
    return value;
}

bool MqttOutbox::setMetaValue(const QString &key, const QVariant &value, QString *error)
{
    if (!isOpen())
        return failWrite(Tr::tr("the queue is not open"), error);
    if (!value.isValid()) {
        QSqlQuery &q = m_sql->metaDelete;
        q.bindValue(0, key);
        return q.exec() || failWrite(sqlText(q.lastError()), error);
    }
    const std::optional<OutboxValue> stored = encodeOutboxValue(value);
    if (!stored)
        return failWrite(Tr::tr("the value of '%1' is a %2, which the queue cannot store")
                             .arg(key, QString::fromLatin1(value.typeName())),
                         error);
    QSqlQuery &q = m_sql->metaSet;
    q.bindValue(0, notNull(key));
    q.bindValue(1, int(stored->kind));
    q.bindValue(2, stored->value);
    return q.exec() || failWrite(sqlText(q.lastError()), error);
}

bool MqttOutbox::failWrite(const QString &why, QString *error)
{
    const QString message =
        Tr::tr("Cannot write to the MQTT queue %1: %2").arg(native(m_path), why);
    qCWarning(lcOutbox).noquote() << message;
    if (error)
        *error = message;
    return false;
}

} // namespace Vigie
