#include "tagsubscription.h"

#include "acquisition/clock.h"
#include "tagtable.h"

#include <QMutexLocker>

namespace Vigie {

TagSubscription::TagSubscription(TagTable *table, std::shared_ptr<State> state, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_state(std::move(state))
    , m_timer(table->clock()->createTimer(this))
{
    connect(m_timer, &ClockTimer::timeout, this, &TagSubscription::deliver);
}

TagSubscription::~TagSubscription()
{
    if (m_table)
        m_table->unsubscribe(m_state.get());
}

const SubscriptionOptions &TagSubscription::options() const
{
    return m_state->options;
}

quint64 TagSubscription::dropped() const
{
    if (!m_table)
        return m_state->dropped; // the table is gone: nobody writes it any more
    QMutexLocker lock(&m_table->m_mutex);
    return m_state->dropped;
}

QList<TagSample> TagSubscription::takeSamples()
{
    if (!m_table)
        return {};
    QMutexLocker lock(&m_table->m_mutex);
    QList<TagSample> out(m_state->samples.begin(), m_state->samples.end());
    m_state->samples.clear();
    return out;
}

// Runs on the consumer's thread, queued by a producer (or by the interval timer).
void TagSubscription::deliver()
{
    // A subscription may outlive its table (its owner was made before the station): a batch
    // queued or timed before the table went has nothing to say any more.
    if (!m_table)
        return;
    const qint64 now = m_table->clock()->monotonicMs();
    const int interval = m_state->options.intervalMs;
    if (interval > 0 && m_lastDelivery >= 0 && now < m_lastDelivery + interval) {
        m_timer->startAt(m_lastDelivery + interval); // notifyPending stays set meanwhile
        return;
    }
    QList<TagId> ids;
    quint64 dropped = 0;
    bool haveSamples = false;
    {
        QMutexLocker lock(&m_table->m_mutex);
        m_state->notifyPending = false;
        if (m_state->options.delivery == SubscriptionOptions::Delivery::Conflated) {
            ids.swap(m_state->dirty);
            for (const TagId id : std::as_const(ids))
                m_state->dirtyFlags[std::size_t(id)] = false;
        } else {
            haveSamples = !m_state->samples.empty();
            dropped = m_state->dropped;
        }
    }
    if (ids.isEmpty() && !haveSamples)
        return;
    m_lastDelivery = now;
    ++m_batches;
    if (m_state->options.delivery == SubscriptionOptions::Delivery::Conflated)
        Q_EMIT changed(ids);
    else
        Q_EMIT samplesReady(dropped);
}

} // namespace Vigie
