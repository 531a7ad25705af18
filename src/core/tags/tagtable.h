#pragma once

#include "tagcatalog.h"
#include "tagsubscription.h"
#include "tagvalue.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <array>
#include <atomic>
#include <memory>

namespace Vigie {

class Clock;

// One update from acquisition (or the formula engine): which tag, and its new sample.
struct TagUpdate
{
    TagId id = -1;
    TagValue value;
};

// The live value of every tag of a running project, by TagId, with the catalog that names them.
//
// Producers (acquisition, formulas) call update() from any thread. The table keeps the latest
// sample of each tag — every read refreshes its timestamp, even when the value is the same —
// and feeds its subscriptions (see subscribe()): views take conflated batches of changed ids,
// the historian, alarms and publishers take every sample in order. The table applies no
// deadband: consumers that want one ask for it.
//
// Staleness: a tag whose catalog entry has staleAfterMs turns Stale, keeping its last value,
// when no read has refreshed it for that long (checkStaleness(), run every second on the
// table's thread). Each build() starts a new generation; producers pass the generation they
// were started with, so a stopping engine cannot write into the next project's tags.
class TagTable : public QObject
{
    Q_OBJECT
public:
    explicit TagTable(QObject *parent = nullptr);
    ~TagTable() override;

    // Every tag Bad "not read yet". Returns the new generation.
    quint64 build(const TagCatalog &catalog);
    quint64 build(const Project &project) { return build(TagCatalog::fromProject(project)); }
    [[nodiscard]] quint64 generation() const { return m_generation.load(); }
    // A new generation over the same tags and values: updates of earlier producers are
    // ignored from now on. Returns it.
    quint64 newGeneration() { return ++m_generation; }
    [[nodiscard]] std::shared_ptr<const TagCatalog> catalog() const { return m_catalog; }

    [[nodiscard]] int size() const { return m_catalog->size(); }
    [[nodiscard]] TagId idOf(const QString &name) const { return m_catalog->idOf(name); }
    [[nodiscard]] const TagInfo &info(TagId id) const { return m_catalog->info(id); }
    [[nodiscard]] TagValue value(TagId id) const;
    [[nodiscard]] QList<TagValue> values(const QList<TagId> &ids) const;
    // How many tags are in each Quality, indexed by int(Quality), in one locked pass. System
    // tags are left out: they describe links, and an operator's counts are about the process.
    [[nodiscard]] std::array<int, 4> qualityCounts() const;

    // Thread-safe. Ignored when `generation` is not the current one (0: the current one).
    void update(const QList<TagUpdate> &updates, quint64 generation = 0);
    void update(TagId id, const TagValue &value) { update(QList<TagUpdate> {{id, value}}); }
    // Thread-safe: sets this quality and reason, keeping the last value and its timestamp.
    void setQuality(const QList<TagId> &ids, Quality quality, const QString &reason,
                    quint64 generation = 0);
    // Thread-safe: Good and Uncertain tags among these turn Stale with this reason; Bad ones
    // keep their more telling reason, except a tag never read, which takes this one.
    void markStale(const QList<TagId> &ids, const QString &reason, quint64 generation = 0);

    // Values by name, to carry them into the next project (Station::apply).
    [[nodiscard]] QHash<QString, TagValue> valuesByName() const;

    // A subscription on the calling thread, parented to `parent` (which must live there).
    [[nodiscard]] TagSubscription *subscribe(const SubscriptionOptions &options,
                                             QObject *parent = nullptr);

    // The clock staleness and subscription intervals are measured on (default: the system's).
    // Not owned; set it before subscribing.
    void setClock(Clock *clock) { m_clock = clock; }
    [[nodiscard]] Clock *clock() const { return m_clock; }
    // Marks Stale every tag not refreshed in time; the table's timer calls it every second.
    void checkStaleness();

    [[nodiscard]] quint64 updatesReceived() const { return m_updatesReceived.load(); }

private:
    friend class TagSubscription;
    using State = TagSubscription::State;
    void unsubscribe(State *state);
    void publishLocked(TagId id, const TagValue &value, bool changed);
    // keepBad: Bad tags keep their (more telling) quality and reason.
    void setQualityLocked(const QList<TagId> &ids, Quality quality, const QString &reason,
                          bool keepBad);
    void notifyLocked(State &state);
    [[nodiscard]] bool acceptLocked(quint64 generation) const;

    std::shared_ptr<const TagCatalog> m_catalog;
    std::atomic<quint64> m_generation {0};
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    QTimer m_staleTimer;

    mutable QMutex m_mutex;
    QList<TagValue> m_values; // guarded by m_mutex
    QList<qint64> m_refreshedAt; // guarded: monotonic ms of the last read, -1 never
    QList<std::shared_ptr<State>> m_subscribers; // guarded by m_mutex
    std::atomic<quint64> m_updatesReceived {0};
};

} // namespace Vigie
