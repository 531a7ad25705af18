#include "tagtable.h"

#include "model/project.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <cmath>

namespace Vigie {

TagTable::TagTable(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TagTable::flush);
}

void TagTable::build(const Project &project)
{
    QList<TagInfo> infos;
    for (const VariablePath &p : project.variablePaths()) {
        const Variable &v = project.variable(p);
        infos.append({v.name, v.unit, v.dataType, v.min, v.max, v.deadband, v.writable});
    }
    build(infos);
}

void TagTable::build(const QList<TagInfo> &infos)
{
    QMutexLocker lock(&m_mutex);
    m_infos = infos;
    m_ids.clear();
    m_ids.reserve(infos.size());
    for (int i = 0; i < infos.size(); ++i)
        m_ids.insert(infos[i].name, i);
    const TagValue initial {
        {}, Quality::Bad, QCoreApplication::translate("Vigie::TagTable", "not read yet"), 0};
    m_values = QList<TagValue>(infos.size(), initial);
    m_dirtyFlags = QList<bool>(infos.size(), false);
    m_dirty.clear();
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
    for (const TagValue &v : m_values)
        ++counts[std::size_t(v.quality)];
    return counts;
}

namespace {

// A new value that differs from the old Good one by no more than the deadband is not news.
bool withinDeadband(const TagValue &old, const TagValue &now, double deadband)
{
    if (deadband <= 0.0 || old.quality != Quality::Good || now.quality != Quality::Good)
        return false;
    bool okOld = false;
    bool okNew = false;
    const double a = old.value.toDouble(&okOld);
    const double b = now.value.toDouble(&okNew);
    return okOld && okNew && std::abs(a - b) <= deadband;
}

} // namespace

void TagTable::update(const QList<TagUpdate> &updates)
{
    m_updatesReceived.fetch_add(updates.size(), std::memory_order_relaxed);
    QMutexLocker lock(&m_mutex);
    for (const TagUpdate &u : updates) {
        if (u.id < 0 || u.id >= m_values.size())
            continue;
        TagValue &current = m_values[u.id];
        if (withinDeadband(current, u.value, m_infos[u.id].deadband))
            continue;
        if (current.value == u.value.value && current.quality == u.value.quality
            && current.reason == u.value.reason) {
            current.timestamp = u.value.timestamp; // same value: fresher, but no news
            continue;
        }
        current = u.value;
        markDirtyLocked(u.id);
    }
}

void TagTable::setQuality(const QList<TagId> &ids, Quality quality, const QString &reason,
                          qint64 timestamp)
{
    QMutexLocker lock(&m_mutex);
    for (const TagId id : ids) {
        if (id < 0 || id >= m_values.size())
            continue;
        TagValue &current = m_values[id];
        if (current.quality == quality && current.reason == reason)
            continue;
        current.quality = quality;
        current.reason = reason;
        current.timestamp = timestamp;
        markDirtyLocked(id);
    }
}

void TagTable::markDirtyLocked(TagId id)
{
    if (!m_dirtyFlags[id]) {
        m_dirtyFlags[id] = true;
        m_dirty.append(id);
    }
    scheduleFlushLocked();
}

// Called with the mutex held, from any thread: at most one flush is ever pending, so a
// burst of updates from a worker becomes one queued call, not one per value.
void TagTable::scheduleFlushLocked()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_flushInterval > 0)
                m_flushTimer.start(m_flushInterval);
            else
                flush();
        },
        Qt::QueuedConnection);
}

void TagTable::setFlushInterval(int ms)
{
    m_flushInterval = std::max(0, ms);
}

void TagTable::flush()
{
    QList<TagId> ids;
    {
        QMutexLocker lock(&m_mutex);
        m_flushScheduled = false;
        ids.swap(m_dirty);
        for (const TagId id : std::as_const(ids))
            m_dirtyFlags[id] = false;
    }
    if (ids.isEmpty())
        return;
    ++m_batches;
    Q_EMIT changed(ids);
}

} // namespace Vigie
