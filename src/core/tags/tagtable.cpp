#include "tagtable.h"

#include "acquisition/clock.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <cmath>
#include <limits>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::TagTable)
};

bool sameSample(const TagValue &a, const TagValue &b)
{
    return a.value == b.value && a.quality == b.quality && a.reason == b.reason;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 4);
}

} // namespace

TagTable::TagTable(QObject *parent)
    : QObject(parent)
    , m_catalog(std::make_shared<TagCatalog>())
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(m_ownClock.get())
{
    qRegisterMetaType<QList<Vigie::TagId>>();
    connect(&m_staleTimer, &QTimer::timeout, this, &TagTable::checkStaleness);
    m_staleTimer.start(1000);
}

TagTable::~TagTable()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &s : std::as_const(m_subscribers)) {
        if (s->owner)
            s->owner->m_table = nullptr;
    }
}

quint64 TagTable::build(const TagCatalog &catalog)
{
    QMutexLocker lock(&m_mutex);
    m_catalog = std::make_shared<TagCatalog>(catalog);
    const int n = catalog.size();
    const TagValue initial {{}, Quality::Bad, Tr::tr("not read yet"), 0};
    m_values = QList<TagValue>(n, initial);
    m_refreshedAt = QList<qint64>(n, -1);
    // Subscriptions start over empty. One that named tags named the previous catalog's ids:
    // it now wants none (its consumer subscribes again); one that wanted all still does.
    for (const auto &s : std::as_const(m_subscribers)) {
        if (!s->options.tags.isEmpty())
            s->wanted.assign(std::size_t(n), false);
        s->dirty.clear();
        s->dirtyFlags.assign(std::size_t(n), false);
        s->samples.clear();
        s->lastDelivered.assign(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
    }
    return ++m_generation;
}

bool TagTable::acceptLocked(quint64 generation) const
{
    return generation == 0 || generation == m_generation.load();
}

TagValue TagTable::value(TagId id) const
{
    QMutexLocker lock(&m_mutex);
    if (id < 0 || id >= m_values.size())
        return {};
    return m_values[id];
}

QList<TagValue> TagTable::values(const QList<TagId> &ids) const
{
    QList<TagValue> out;
    out.reserve(ids.size());
    QMutexLocker lock(&m_mutex);
    for (const TagId id : ids)
        out.append(id >= 0 && id < m_values.size() ? m_values[id] : TagValue {});
    return out;
}

std::array<int, 4> TagTable::qualityCounts() const
{
    std::array<int, 4> counts {};
    QMutexLocker lock(&m_mutex);
    for (TagId id = 0; id < m_values.size(); ++id) {
        if (m_catalog->info(id).source != TagSource::System)
            ++counts[std::size_t(m_values[id].quality)];
    }
    return counts;
}

QHash<QString, TagValue> TagTable::valuesByName() const
{
    QHash<QString, TagValue> out;
    QMutexLocker lock(&m_mutex);
    for (TagId id = 0; id < m_values.size(); ++id)
        out.insert(m_catalog->info(id).name, m_values[id]);
    return out;
}

void TagTable::notifyLocked(State &state)
{
    if (state.notifyPending || !state.owner)
        return;
    state.notifyPending = true;
    QMetaObject::invokeMethod(state.owner, &TagSubscription::deliver, Qt::QueuedConnection);
}

void TagTable::publishLocked(TagId id, const TagValue &value, bool changed)
{
    for (const auto &sp : std::as_const(m_subscribers)) {
        State &s = *sp;
        if (!s.wants(id) || (!changed && !s.options.refreshes))
            continue;
        if (s.options.delivery == SubscriptionOptions::Delivery::Conflated) {
            if (!s.dirtyFlags[std::size_t(id)]) {
                s.dirtyFlags[std::size_t(id)] = true;
                s.dirty.append(id);
            }
        } else {
            if (s.options.useDeadband) {
                // Within the deadband of the last Good value delivered: not news (with a
                // deadband of 0, an unchanged value). Quality changes always pass.
                double &last = s.lastDelivered[std::size_t(id)];
                bool numeric = false;
                const double x = value.value.toDouble(&numeric);
                const bool good = value.quality == Quality::Good && numeric;
                if (good && !std::isnan(last) && std::abs(x - last) <= m_catalog->info(id).deadband)
                    continue;
                last = good ? x : std::numeric_limits<double>::quiet_NaN();
            }
            if (int(s.samples.size()) >= std::max(1, s.options.capacity)) {
                s.samples.pop_front();
                ++s.dropped;
            }
            s.samples.push_back({id, value});
        }
        notifyLocked(s);
    }
}

void TagTable::update(const QList<TagUpdate> &updates, quint64 generation)
{
    m_updatesReceived.fetch_add(updates.size(), std::memory_order_relaxed);
    const qint64 now = m_clock->monotonicMs();
    QMutexLocker lock(&m_mutex);
    if (!acceptLocked(generation))
        return;
    for (const TagUpdate &u : updates) {
        if (u.id < 0 || u.id >= m_values.size())
            continue;
        TagValue &current = m_values[u.id];
        const bool changed = !sameSample(current, u.value);
        current = u.value;
        if (u.value.quality != Quality::Bad)
            m_refreshedAt[u.id] = now;
        publishLocked(u.id, current, changed);
    }
}

void TagTable::setQuality(const QList<TagId> &ids, Quality quality, const QString &reason,
                          quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (acceptLocked(generation))
        setQualityLocked(ids, quality, reason, false);
}

void TagTable::markStale(const QList<TagId> &ids, const QString &reason, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (acceptLocked(generation))
        setQualityLocked(ids, Quality::Stale, reason, true);
}

void TagTable::setQualityLocked(const QList<TagId> &ids, const Quality wanted,
                                const QString &reason, bool keepBad)
{
    for (const TagId id : ids) {
        if (id < 0 || id >= m_values.size())
            continue;
        TagValue &current = m_values[id];
        Quality quality = wanted;
        if (current.quality == quality && current.reason == reason)
            continue;
        if (keepBad && current.quality == Quality::Bad) {
            // A tag never read has no value to go stale: it stays Bad, with the news of why.
            if (current.timestamp != 0 || current.reason == reason)
                continue;
            quality = Quality::Bad;
        }
        current.quality = quality;
        current.reason = reason;
        publishLocked(id, current, true);
    }
}

void TagTable::checkStaleness()
{
    const qint64 now = m_clock->monotonicMs();
    QMutexLocker lock(&m_mutex);
    for (TagId id = 0; id < m_values.size(); ++id) {
        const qint64 limit = m_catalog->info(id).staleAfterMs;
        TagValue &current = m_values[id];
        if (limit <= 0 || m_refreshedAt[id] < 0 || now - m_refreshedAt[id] <= limit
            || current.quality == Quality::Bad || current.quality == Quality::Stale)
            continue;
        current.quality = Quality::Stale;
        current.reason = Tr::tr("not refreshed for %1 s (expected within %2 s)")
                             .arg(seconds(now - m_refreshedAt[id]), seconds(limit));
        publishLocked(id, current, true);
    }
}

TagSubscription *TagTable::subscribe(const SubscriptionOptions &options, QObject *parent)
{
    auto state = std::make_shared<State>();
    state->options = options;
    auto *subscription = new TagSubscription(this, state, parent);
    QMutexLocker lock(&m_mutex);
    const std::size_t n = std::size_t(m_values.size());
    if (!options.tags.isEmpty()) {
        state->wanted.assign(n, false);
        for (const TagId id : options.tags) {
            if (id >= 0 && std::size_t(id) < n)
                state->wanted[std::size_t(id)] = true;
        }
    }
    state->dirtyFlags.assign(n, false);
    state->lastDelivered.assign(n, std::numeric_limits<double>::quiet_NaN());
    state->owner = subscription;
    m_subscribers.append(state);
    return subscription;
}

void TagTable::unsubscribe(State *state)
{
    QMutexLocker lock(&m_mutex);
    state->owner = nullptr;
    m_subscribers.removeIf([state](const auto &s) { return s.get() == state; });
}

} // namespace Vigie
