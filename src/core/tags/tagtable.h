#pragma once

#include "model/enums.h"
#include "tagvalue.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <optional>

namespace Vigie {

struct Project;

using TagId = int;

// What a tag is, fixed when the table is built from the project.
struct TagInfo
{
    QString name;
    QString unit;
    DataType dataType = DataType::UInt16;
    std::optional<double> min;
    std::optional<double> max;
    double deadband = 0.0;
    bool writable = false;
};

// One update from acquisition: which tag, and its new value.
struct TagUpdate
{
    TagId id = -1;
    TagValue value;
};

// The live value of every variable, indexed by a dense TagId with O(1) lookup by name.
//
// Acquisition threads call update() from anywhere; the table keeps only the latest value per
// tag and delivers the ids that changed to its own thread in one changed() signal per batch,
// at most once per flush interval — never one signal per value. Readers take a copy with
// value(), which is safe from any thread.
class TagTable : public QObject
{
    Q_OBJECT
public:
    explicit TagTable(QObject *parent = nullptr);

    // Builds one tag per project variable, in tree order (Project::variablePaths()).
    void build(const Project &project);
    void build(const QList<TagInfo> &infos);

    [[nodiscard]] int size() const { return int(m_infos.size()); }
    [[nodiscard]] TagId idOf(const QString &name) const { return m_ids.value(name, -1); }
    [[nodiscard]] const TagInfo &info(TagId id) const { return m_infos[id]; }
    [[nodiscard]] TagValue value(TagId id) const;
    [[nodiscard]] QList<TagValue> values(const QList<TagId> &ids) const;
    // How many tags are in each Quality, indexed by int(Quality), in one locked pass.
    [[nodiscard]] std::array<int, 4> qualityCounts() const;

    // Thread-safe. Values within the deadband of the current Good value are dropped.
    void update(const QList<TagUpdate> &updates);
    void update(TagId id, const TagValue &value) { update(QList<TagUpdate> {{id, value}}); }
    // Thread-safe: marks these tags Bad (or Stale) with a reason, keeping their last value.
    void setQuality(const QList<TagId> &ids, Quality quality, const QString &reason,
                    qint64 timestamp);

    // Minimum time between two changed() signals; 0 delivers on the next event loop pass.
    void setFlushInterval(int ms);
    [[nodiscard]] int flushInterval() const { return m_flushInterval; }

    // Delivers pending changes now (on the table's thread).
    void flush();

    // Counters for benchmarks and diagnostics.
    [[nodiscard]] quint64 updatesReceived() const { return m_updatesReceived.load(); }
    [[nodiscard]] quint64 batchesDelivered() const { return m_batches; }

Q_SIGNALS:
    // Ids whose value or quality changed since the previous batch, each once.
    void changed(const QList<Vigie::TagId> &ids);

private:
    void markDirtyLocked(TagId id);
    void scheduleFlushLocked();

    QList<TagInfo> m_infos;
    QHash<QString, TagId> m_ids;

    mutable QMutex m_mutex;
    QList<TagValue> m_values; // guarded by m_mutex
    QList<bool> m_dirtyFlags; // guarded by m_mutex
    QList<TagId> m_dirty; // guarded by m_mutex
    bool m_flushScheduled = false; // guarded by m_mutex

    QTimer m_flushTimer;
    int m_flushInterval = 0;
    std::atomic<quint64> m_updatesReceived {0};
    quint64 m_batches = 0;
};

} // namespace Vigie
