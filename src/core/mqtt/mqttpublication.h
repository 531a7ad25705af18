#pragma once

#include "metric.h"
#include "model/project.h"
#include "tags/tagcatalog.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Vigie {

// The Sparkplug type a variable is published as: its own type when its engineering value is
// the raw value (Int32 → Int32, an SCorp-io "Integer"), Double when a scale or an offset
// gives it decimals, Float for Float32, Boolean, String.
[[nodiscard]] MetricType metricTypeFor(DataType type, double scale = 1.0, double scaleOffset = 0.0);

// The id a Vigie device is published under: its mapping's publishAs, or its own name.
[[nodiscard]] QString publishedDeviceId(const MqttSettings &settings, const QString &connection,
                                        const QString &device);

// One published tag: what births declare of it.
struct PublishedMetric
{
    TagId tag = -1;
    MetricDefinition definition;
    bool remoteWrite = false; // a DCMD may write it
};

// A published device: a Vigie device with published variables, under its published id.
struct PublishedDevice
{
    QString id; // the Sparkplug device id ({device} in JSON topics)
    NodePath node; // the Vigie device
    TagId online = -1; // its "$online" system tag: false → DDEATH, true again → DBIRTH
    QList<PublishedMetric> metrics;
};

// What the MQTT publisher sends, resolved once from a project and its tag catalog: the edge
// node's own metrics (the published calculated variables), the published devices with their
// metrics in tree order, and aliases numbered from 1 across the node in that order, so the same
// project gives the same aliases after a restart. Immutable; any thread may read it.
class MqttPublication
{
public:
    // Where a tag is published.
    struct Place
    {
        int device = -1; // index in devices(); -1: a metric of the node itself
        int metric = 0; // index in that device's (or the node's) metrics
    };

    MqttPublication() = default;
    [[nodiscard]] static MqttPublication build(const Project &project, const TagCatalog &catalog);

    [[nodiscard]] const QList<PublishedMetric> &nodeMetrics() const { return m_nodeMetrics; }
    [[nodiscard]] const QList<PublishedDevice> &devices() const { return m_devices; }
    [[nodiscard]] int metricCount() const { return m_places.size(); }
    [[nodiscard]] bool isEmpty() const { return m_places.isEmpty(); }
    // Every published tag, for the publisher's subscription.
    [[nodiscard]] QList<TagId> tags() const { return m_places.keys(); }
    [[nodiscard]] std::optional<Place> place(TagId tag) const;
    [[nodiscard]] const PublishedMetric &metric(const Place &place) const;
    // A device by its published id (-1: none).
    [[nodiscard]] int deviceIndex(const QString &id) const { return m_deviceIds.value(id, -1); }
    // A metric of a place (device index, -1 for the node) by name or alias, as a command
    // names it; null if none.
    [[nodiscard]] const PublishedMetric *find(int device, const QString &name) const;
    [[nodiscard]] const PublishedMetric *find(int device, quint64 alias) const;

private:
    [[nodiscard]] const QList<PublishedMetric> &metricsOf(int device) const
    {
        return device < 0 ? m_nodeMetrics : m_devices[device].metrics;
    }

    QList<PublishedMetric> m_nodeMetrics;
    QList<PublishedDevice> m_devices;
    QHash<TagId, Place> m_places;
    QHash<QString, int> m_deviceIds;
};

} // namespace Vigie
