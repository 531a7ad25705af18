#pragma once

#include "metric.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Vigie {

// One sample waiting in the queue. `id` is given by the queue (0 before append()), grows with
// every sample ever queued in that file and is never reused, even after the queue empties.
// The metric's alias is not stored (births assign aliases afresh) and `historical` is not stored
// either: everything peek() returns is historical, since it is sent late.
struct OutboxSample
{
    qint64 id = 0;
    QString device; // the Sparkplug device (empty: the edge node itself)
    Metric metric;
    friend bool operator==(const OutboxSample &, const OutboxSample &) = default;
};

// How much the queue may hold. Past a limit the OLDEST samples are dropped first: a site would
// rather replay the recent past than the distant one. A value <= 0 lifts that limit.
struct OutboxLimits
{
    // The bytes of the database's pages in use (sizeBytes()). The files on disk can exceed it by
    // the write-ahead log (about 4 MiB in steady use, cut back to 8 MiB after a large operation)
    // and by pages freed by sending, which later samples reuse or which are given back when
    // little remains queued.
    qint64 maxBytes = 100 * 1024 * 1024;
    // How long a sample may wait, counted from the time it was QUEUED (not its own timestamp:
    // samples of different metrics arrive slightly out of time order, and the queued time makes
    // the drop order the queue order). Samples expire from the head of the queue only: if the
    // clock is set back, later samples wait behind an earlier one until it expires.
    qint64 maxAgeMs = 7LL * 24 * 3600 * 1000;
};

// What happened to samples since open(), for the publisher's statistics.
struct OutboxCounters
{
    quint64 stored = 0; // appended (including any dropped afterwards)
    quint64 removed = 0; // removed as sent (remove(), removeThrough())
    quint64 droppedFull = 0; // dropped, oldest first, to keep under maxBytes
    quint64 droppedExpired = 0; // dropped because they waited longer than maxAgeMs
    friend bool operator==(const OutboxCounters &, const OutboxCounters &) = default;
};

// The MQTT publisher's store-and-forward queue: a durable FIFO of samples in an SQLite file,
// written while the broker is unreachable (or the client's in-flight window is full) and
// replayed, oldest first, once it is back. It survives a restart and a `kill -9` of the process,
// and never grows past its limits (OutboxLimits: oldest samples are dropped first, counted by
// reason).
//
// Durability: WAL journal with synchronous=NORMAL. A commit is in the write-ahead log before
// append() returns, so a crash or kill of the process loses nothing committed. A power cut or
// an OS crash may lose the last commits since the log was last synced (at a checkpoint), but
// never leaves the file inconsistent; the publisher's samples of the last seconds before a power
// cut are the price of not syncing on every commit.
//
// A file that is not a readable queue (not a database, damaged, another program's tables) is
// moved aside to `<path>.corrupt-<yyyyMMdd-hhmmss>` and a fresh queue is started: warning()
// says where the old file went. A queue written by a newer Vigie (a higher format number) is
// refused and left as it is.
//
// Not a QObject and not thread-safe: create, open, use and destroy it on one thread (Qt Sql's
// connections belong to the thread that opened them). Each instance has its own connection.
class MqttOutbox
{
public:
    // Milliseconds since the Unix epoch; QDateTime::currentMSecsSinceEpoch() unless a test gives
    // its own clock.
    using NowFunction = std::function<qint64()>;

    explicit MqttOutbox(NowFunction now = {});
    ~MqttOutbox();
    MqttOutbox(const MqttOutbox &) = delete;
    MqttOutbox &operator=(const MqttOutbox &) = delete;

    // Opens (or creates, with its folder) the queue at `path` and applies `limits` to what it
    // holds. False, with the reason and the path in `error`, if it cannot be used; nothing is
    // then deleted. Closes any queue opened before. Resets counters(). Reads the whole file
    // once to check it (PRAGMA quick_check: about 0.2 s per million samples here).
    // Sending removes samples and leaves free pages: later samples reuse them, and once what
    // remains is a quarter of the file or less (1 MiB free at least, 256 KiB once empty) the
    // file is rebuilt smaller with VACUUM, inside that remove() call (tens of ms for a few MB
    // left).
    bool open(const QString &path, const OutboxLimits &limits, QString *error);
    void close();
    [[nodiscard]] bool isOpen() const { return m_sql != nullptr; }
    [[nodiscard]] QString path() const { return m_path; }
    // What the last open() repaired ("... was moved to ..."), for the log and the issue list;
    // empty when nothing happened.
    [[nodiscard]] QString warning() const { return m_warning; }

    // Takes new limits and applies them at once.
    bool setLimits(const OutboxLimits &limits, QString *error);
    // Drops what has expired or no longer fits. append() does it on every call; the publisher
    // calls this before a replay, so that a queue nothing was added to still ages.
    bool applyLimits(QString *error);

    // Queues the samples in one transaction, in their order, then applies the limits (which may
    // drop the oldest samples, these ones included if a single batch exceeds maxBytes). The
    // values must be invalid (no value), bool, qint64, quint64, double, float or QString, and
    // come back exactly (-0.0, infinities and 2^64-1 included; a NaN comes back as a quiet NaN,
    // its sign and payload not kept). Other integer types are stored as qint64/quint64 and come
    // back as such; any other type refuses the whole batch before anything is written.
    bool append(const QList<OutboxSample> &samples, QString *error);
    // Up to maxCount samples with an id greater than afterId, oldest first: the publisher reads
    // ahead of the rows still in flight. Empty on error (see lastError()).
    [[nodiscard]] QList<OutboxSample> peek(int maxCount, qint64 afterId = 0) const;
    // Removes samples confirmed sent. Ids no longer queued (dropped meanwhile) are ignored.
    bool remove(const QList<qint64> &ids, QString *error);
    // Removes every sample with an id up to and including `id`.
    bool removeThrough(qint64 id, QString *error);

    [[nodiscard]] qint64 count() const { return m_state.count; }
    // The bytes of the database's pages in use (what OutboxLimits::maxBytes bounds).
    [[nodiscard]] qint64 sizeBytes() const { return m_state.usedBytes; }
    // The timestamp of the sample peek() would return first; 0 when the queue is empty.
    [[nodiscard]] qint64 oldestTimestamp() const;
    [[nodiscard]] OutboxCounters counters() const { return m_state.counters; }

    // Values kept with the queue across restarts (the publisher's Sparkplug bdSeq). Same value
    // types as samples; an invalid QVariant removes the key; a missing key reads as invalid.
    [[nodiscard]] QVariant metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QVariant &value, QString *error);

    // Why the last peek(), oldestTimestamp() or metaValue() failed; empty if it did not.
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    struct Statements;
    enum class OpenResult { Opened, Damaged, Failed };

    OpenResult openDatabase(QString *why);
    [[nodiscard]] bool moveAside(QString *aside, QString *why);
    void dropConnection();
    [[nodiscard]] bool loadState(QString *why);
    [[nodiscard]] bool enforceLimits(QString *why);
    [[nodiscard]] bool dropExpired(qint64 now, QString *why);
    [[nodiscard]] bool dropForSize(QString *why);
    [[nodiscard]] bool readUsedBytes(qint64 *used, qint64 *pages, QString *why);
    void reclaimSpace();
    [[nodiscard]] bool failWrite(const QString &why, QString *error);

    NowFunction m_now;
    QString m_connectionName;
    QString m_path;
    QString m_warning;
    mutable QString m_lastError;
    OutboxLimits m_limits;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_sql;
    qint64 m_pageSize = 4096;

    // Kept in step with the file, so that queries stay cheap; restored when a write rolls back.
    struct State
    {
        qint64 count = 0;
        qint64 usedBytes = 0;
        std::optional<qint64> headQueued; // queued time of the oldest row; unknown: read it
        OutboxCounters counters;
    };
    State m_state;
};

} // namespace Vigie
