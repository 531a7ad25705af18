#include "mqttpublication.h"

namespace Vigie {

MetricType metricTypeFor(DataType type, double scale, double scaleOffset)
{
    const bool raw = scale == 1.0 && scaleOffset == 0.0;
    switch (type) {
    case DataType::Bool: return MetricType::Boolean;
    case DataType::String: return MetricType::String;
    case DataType::Float32: return raw ? MetricType::Float : MetricType::Double;
    case DataType::Float64: return MetricType::Double;
    case DataType::Int16: return raw ? MetricType::Int16 : MetricType::Double;
    case DataType::UInt16: return raw ? MetricType::UInt16 : MetricType::Double;
    case DataType::Int32: return raw ? MetricType::Int32 : MetricType::Double;
    case DataType::UInt32: return raw ? MetricType::UInt32 : MetricType::Double;
    case DataType::Int64: return raw ? MetricType::Int64 : MetricType::Double;
    }
    return MetricType::Double;
}

QString publishedDeviceId(const MqttSettings &settings, const QString &connection,
                          const QString &device)
{
    for (const MqttDeviceMapping &m : settings.devices) {
        if (m.connection == connection && m.device == device)
            return m.publishAs;
    }
    return device;
}

MqttPublication MqttPublication::build(const Project &project, const TagCatalog &catalog)
{
    MqttPublication p;
    quint64 alias = 0;
    for (int i = 0; i < project.calculated.size(); ++i) {
        const CalculatedVariable &v = project.calculated[i];
        const TagId tag = catalog.calculatedTag(i);
        if (!v.published || tag < 0)
            continue;
        p.m_places.insert(tag, {-1, int(p.m_nodeMetrics.size())});
        p.m_nodeMetrics.append({tag, {v.name, ++alias, metricTypeFor(v.dataType)}, false});
    }
    const MqttSettings settings = project.mqtt.value_or(MqttSettings {});
    for (int c = 0; c < project.connections.size(); ++c) {
        const Connection &connection = project.connections[c];
        for (int d = 0; d < connection.devices.size(); ++d) {
            const Device &device = connection.devices[d];
            PublishedDevice published;
            published.id = publishedDeviceId(settings, connection.name, device.name);
            published.node = NodePath {c, d};
            published.online = catalog.systemTag(published.node, SystemTag::DeviceOnline);
            const int index = int(p.m_devices.size());
            for (int f = 0; f < device.frames.size(); ++f) {
                const QList<Variable> &variables = device.frames[f].variables;
                for (int v = 0; v < variables.size(); ++v) {
                    const Variable &variable = variables[v];
                    const TagId tag = catalog.variableTag(NodePath {c, d, f, v});
                    if (!variable.published || tag < 0)
                        continue;
                    p.m_places.insert(tag, {index, int(published.metrics.size())});
                    published.metrics.append(
                        {tag,
                         {variable.name, ++alias,
                          metricTypeFor(variable.dataType, variable.scale, variable.scaleOffset)},
                         variable.remoteWrite && variable.writable});
                }
            }
            if (published.metrics.isEmpty())
                continue;
            // The validator refuses two devices under one id; the first keeps it here.
            if (!p.m_deviceIds.contains(published.id))
                p.m_deviceIds.insert(published.id, index);
            p.m_devices.append(published);
        }
    }
    return p;
}

std::optional<MqttPublication::Place> MqttPublication::place(TagId tag) const
{
    const auto it = m_places.constFind(tag);
    if (it == m_places.constEnd())
        return std::nullopt;
    return *it;
}

const PublishedMetric &MqttPublication::metric(const Place &place) const
{
    return metricsOf(place.device)[place.metric];
}

const PublishedMetric *MqttPublication::find(int device, const QString &name) const
{
    for (const PublishedMetric &m : metricsOf(device)) {
        if (m.definition.name == name)
            return &m;
    }
    return nullptr;
}

const PublishedMetric *MqttPublication::find(int device, quint64 alias) const
{
    for (const PublishedMetric &m : metricsOf(device)) {
        if (m.definition.alias == alias)
            return &m;
    }
    return nullptr;
}

} // namespace Vigie
