#include "tagcatalog.h"

#include <cmath>

#include "acquisition/valuecodec.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::TagCatalog)
};

quint64 systemKey(const NodePath &node, SystemTag which)
{
    return (quint64(quint32(node.connection + 1)) << 40) | (quint64(quint32(node.device + 1)) << 8)
        | quint64(which);
}

const QList<SystemTag> linkTags = {SystemTag::LinkOnline, SystemTag::LinkState};
const QList<SystemTag> deviceTags = {SystemTag::DeviceOnline, SystemTag::DeviceState,
                                     SystemTag::Requests,     SystemTag::Timeouts,
                                     SystemTag::LastError,    SystemTag::RoundTripMs};

DataType systemTagType(SystemTag which)
{
    switch (which) {
    case SystemTag::LinkOnline:
    case SystemTag::DeviceOnline: return DataType::Bool;
    case SystemTag::Requests:
    case SystemTag::Timeouts: return DataType::Int64;
    case SystemTag::RoundTripMs: return DataType::Float64;
    case SystemTag::LinkState:
    case SystemTag::DeviceState:
    case SystemTag::LastError: return DataType::String;
    }
    return DataType::String;
}

} // namespace

QString systemTagSuffix(SystemTag which)
{
    switch (which) {
    case SystemTag::LinkOnline:
    case SystemTag::DeviceOnline: return QStringLiteral("$online");
    case SystemTag::LinkState:
    case SystemTag::DeviceState: return QStringLiteral("$state");
    case SystemTag::Requests: return QStringLiteral("$requests");
    case SystemTag::Timeouts: return QStringLiteral("$timeouts");
    case SystemTag::LastError: return QStringLiteral("$lastError");
    case SystemTag::RoundTripMs: return QStringLiteral("$roundTripMs");
    }
    return {};
}

QString displayText(const TagInfo &info, const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("\u2013");
    if (value.typeId() == QMetaType::Bool) {
        const QString &text = value.toBool() ? info.onText : info.offText;
        if (!text.isEmpty())
            return text;
    } else if (info.decimals && value.typeId() != QMetaType::QString) {
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (ok)
            return QLocale::c().toString(x, 'f', *info.decimals);
    }
    return ValueCodec::format(value);
}

QString displayText(const TagInfo &info, const QVariant &value, QLocale locale)
{
    if (locale == QLocale::c())
        return displayText(info, value);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double x = value.toDouble();
        if (!std::isfinite(x))
            return displayText(info, value);
        return info.decimals ? locale.toString(x, 'f', *info.decimals)
                             : locale.toString(x, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        if (info.decimals)
            return locale.toString(value.toDouble(), 'f', *info.decimals);
        return value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::UInt
            ? locale.toString(value.toULongLong())
            : locale.toString(value.toLongLong());
    default: return displayText(info, value);
    }
}

QList<TagId> TagRange::ids() const
{
    QList<TagId> out(count);
    std::iota(out.begin(), out.end(), first);
    return out;
}

TagCatalog TagCatalog::fromProject(const Project &project)
{
    TagCatalog catalog;
    for (int c = 0; c < project.connections.size(); ++c) {
        const Connection &connection = project.connections[c];
        QList<QList<TagRange>> devices;
        for (int d = 0; d < connection.devices.size(); ++d) {
            const Device &device = connection.devices[d];
            QList<TagRange> frames;
            for (int f = 0; f < device.frames.size(); ++f) {
                const Frame &frame = device.frames[f];
                const qint64 period = qint64(device.scanTime) * std::max(1, frame.scanTimeFactor);
                const qint64 oneFailedRead =
                    period + qint64(connection.timeout) * (std::max(0, connection.retries) + 1);
                TagRange range {TagId(catalog.m_infos.size()), int(frame.variables.size())};
                for (int v = 0; v < frame.variables.size(); ++v) {
                    const Variable &var = frame.variables[v];
                    TagInfo info;
                    info.name = var.name;
                    info.unit = var.unit;
                    info.description = var.description;
                    info.dataType = var.dataType;
                    info.min = var.min;
                    info.max = var.max;
                    info.deadband = var.deadband;
                    info.decimals = var.decimals;
                    info.onText = var.onText;
                    info.offText = var.offText;
                    info.writable = var.writable && frame.isWritable;
                    info.published = var.published;
                    info.source = TagSource::Acquired;
                    info.node = {c, d, f, v};
                    info.staleAfterMs = frame.isReadable ? std::max(3 * period, oneFailedRead) : 0;
                    catalog.m_ids.insert(info.name, TagId(catalog.m_infos.size()));
                    catalog.m_infos.append(info);
                }
                frames.append(range);
            }
            devices.append(frames);
        }
        catalog.m_frames.append(devices);
    }
    for (int c = 0; c < project.connections.size(); ++c) {
        const Connection &connection = project.connections[c];
        catalog.addSystemTags({c}, connection.name, linkTags);
        for (int d = 0; d < connection.devices.size(); ++d)
            catalog.addSystemTags({c, d},
                                  connection.name + QLatin1Char('/') + connection.devices[d].name,
                                  deviceTags);
    }
    catalog.addCalculatedTags(project.calculated);
    return catalog;
}

void TagCatalog::addCalculatedTags(const QList<CalculatedVariable> &calculated)
{
    for (int i = 0; i < calculated.size(); ++i) {
        const CalculatedVariable &v = calculated[i];
        TagInfo info;
        info.name = v.name;
        info.unit = v.unit;
        info.description = v.description;
        info.dataType = v.dataType;
        info.deadband = v.deadband;
        info.decimals = v.decimals;
        info.onText = v.onText;
        info.offText = v.offText;
        info.published = v.published;
        info.source = TagSource::Calculated;
        // Never stale by itself: a calculated tag is as fresh as its inputs, and a Stale input
        // makes it Bad, naming that input (CalculationEngine).
        info.staleAfterMs = 0;
        const TagId id = add(info);
        m_calculated.append(id);
        // A name shared with a variable is the validator's error; only a system tag's is left.
        if (id < 0 && m_infos[idOf(v.name)].source == TagSource::System) {
            m_issues.append(ProjectIssue::at(
                ProjectIssue::Severity::Warning, {},
                childPath(indexPath(QStringLiteral("calculated"), i), QStringLiteral("name")),
                Tr::tr("the calculated variable \"%1\" has the name of a system tag, so it is not "
                       "created: rename it")
                    .arg(escapedText(v.name))));
        }
    }
}

void TagCatalog::addSystemTags(const NodePath &node, const QString &prefix,
                               const QList<SystemTag> &which)
{
    for (const SystemTag tag : which) {
        TagInfo info;
        info.name = prefix + QLatin1Char('/') + systemTagSuffix(tag);
        info.dataType = systemTagType(tag);
        info.unit = tag == SystemTag::RoundTripMs ? QStringLiteral("ms") : QString();
        info.source = TagSource::System;
        info.node = node;
        info.system = tag;
        const TagId id = add(info);
        if (id < 0) {
            const TagId other = idOf(info.name);
            m_issues.append(ProjectIssue::at(
                ProjectIssue::Severity::Warning, other >= 0 ? m_infos[other].node : NodePath {},
                QStringLiteral("name"),
                Tr::tr("the variable \"%1\" has the name of a system tag, which is not created: "
                       "rename the variable")
                    .arg(info.name)));
            continue;
        }
        m_system.insert(systemKey(node, tag), id);
    }
}

TagId TagCatalog::add(const TagInfo &info)
{
    if (m_ids.contains(info.name))
        return -1;
    const TagId id = TagId(m_infos.size());
    m_infos.append(info);
    m_ids.insert(info.name, id);
    return id;
}

TagRange TagCatalog::frameTags(int connection, int device, int frame) const
{
    if (connection < 0 || connection >= m_frames.size() || device < 0
        || device >= m_frames[connection].size() || frame < 0
        || frame >= m_frames[connection][device].size())
        return {};
    return m_frames[connection][device][frame];
}

TagRange TagCatalog::nodeTags(const NodePath &node) const
{
    // Acquired tags are numbered in tree order: a node's tags run from the first tag of its
    // first frame to the end of its last frame. Only the node's own subtree is visited.
    if (node.depth() >= 3) {
        const TagRange frame = frameTags(node.connection, node.device, node.frame);
        if (node.depth() == 3)
            return frame;
        return node.variable >= 0 && node.variable < frame.count
            ? TagRange {frame.first + node.variable, 1}
            : TagRange {};
    }
    const int firstConnection = node.depth() == 0 ? 0 : node.connection;
    const int endConnection = node.depth() == 0 ? int(m_frames.size()) : node.connection + 1;
    TagId first = -1;
    TagId end = 0;
    for (int c = std::max(0, firstConnection); c < endConnection && c < m_frames.size(); ++c) {
        const auto &devices = m_frames[c];
        const int firstDevice = node.depth() == 2 ? node.device : 0;
        const int endDevice = node.depth() == 2 ? node.device + 1 : int(devices.size());
        for (int d = std::max(0, firstDevice); d < endDevice && d < devices.size(); ++d) {
            for (const TagRange &frame : devices[d]) {
                if (first < 0)
                    first = frame.first;
                end = frame.first + frame.count;
            }
        }
    }
    return first < 0 ? TagRange {} : TagRange {first, end - first};
}

TagId TagCatalog::variableTag(const NodePath &variable) const
{
    if (variable.depth() != 4)
        return -1;
    const TagRange r = frameTags(variable.connection, variable.device, variable.frame);
    return variable.variable < r.count ? r.first + variable.variable : -1;
}

TagId TagCatalog::systemTag(const NodePath &node, SystemTag which) const
{
    return m_system.value(systemKey(node, which), -1);
}

} // namespace Vigie
