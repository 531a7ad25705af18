#pragma once

#include "tagcatalog.h"
#include "tagvalue.h"

#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace Vigie {

class ClockTimer;
class TagTable;

// One sample of a tag, as complete subscribers receive it.
struct TagSample
{
    TagId id = -1;
    TagValue value;
};

// What a consumer wants from the tag table.
struct SubscriptionOptions
{
    enum class Delivery {
        Conflated, // the ids that changed, at most one batch per interval: views
        Complete, // every sample in order with its own timestamp: historian, alarms, MQTT
    };
    Delivery delivery = Delivery::Conflated;
    QList<TagId> tags; // empty: every tag
    int intervalMs = 100; // Conflated: the shortest time between two batches (0: next pass)
    bool refreshes = true; // a read that only refreshes the timestamp counts as a change
    bool useDeadband = false; // drop Good numeric samples within the tag's deadband of the
                              // last one delivered (quality changes always pass)
    int capacity = 100000; // Complete: samples held; past it the oldest are dropped, counted
};

// A consumer's view of the tag table, living on the consumer's thread (the one that called
// TagTable::subscribe()). Producers on any thread feed it under the table's lock; it tells its
// consumer with one queued signal per batch, never one per value.
class TagSubscription : public QObject
{
    Q_OBJECT
public:
    ~TagSubscription() override;

    [[nodiscard]] const SubscriptionOptions &options() const;
    // Complete: the samples since the last call, oldest first.
    [[nodiscard]] QList<TagSample> takeSamples();
    // Complete: samples lost because the consumer fell more than `capacity` behind.
    [[nodiscard]] quint64 dropped() const;
    [[nodiscard]] quint64 batches() const { return m_batches; }

Q_SIGNALS:
    // Conflated: these tags changed (each once) since the previous batch.
    void changed(const QList<Vigie::TagId> &ids);
    // Complete: samples wait in takeSamples(). `dropped` is the running count of lost ones.
    void samplesReady(quint64 dropped);

public:
    // Shared between the table (producers) and the subscription; guarded by the table's lock.
    struct State;

private:
    friend class TagTable;
    TagSubscription(TagTable *table, std::shared_ptr<State> state, QObject *parent);
    void deliver();

    TagTable *m_table;
    std::shared_ptr<State> m_state;
    ClockTimer *m_timer;
    qint64 m_lastDelivery = -1;
    quint64 m_batches = 0;
};

// Shared between the table (producers) and the subscription (consumer); guarded by the
// table's mutex.
struct TagSubscription::State
{
    SubscriptionOptions options;
    std::vector<bool> wanted; // by TagId; empty: all
    // Conflated
    std::vector<bool> dirtyFlags;
    QList<TagId> dirty;
    // Complete
    std::deque<TagSample> samples;
    quint64 dropped = 0;
    std::vector<double> lastDelivered; // for the deadband; NaN: nothing delivered yet
    // Notification
    TagSubscription *owner = nullptr;
    bool notifyPending = false;

    [[nodiscard]] bool wants(TagId id) const
    {
        return wanted.empty() || (std::size_t(id) < wanted.size() && wanted[std::size_t(id)]);
    }
};

} // namespace Vigie
