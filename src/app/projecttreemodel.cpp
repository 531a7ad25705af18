#include "projecttreemodel.h"

namespace Vigie {

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProjectTreeModel::setProject(const Project &project, const TagCatalog &catalog)
{
    beginResetModel();
    m_project = project;
    m_nodes.clear();
    m_roots.clear();
    auto add = [&](Kind kind, int parent, const NodePath &path) {
        const int index = int(m_nodes.size());
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        m_nodes.append({kind, parent, int(siblings.size()), {}, path, catalog.nodeTags(path)});
        (parent < 0 ? m_roots : m_nodes[parent].children).append(index);
        return index;
    };
    for (int c = 0; c < project.connections.size(); ++c) {
        const int cn = add(Kind::Connection, -1, {c});
        const auto &devices = project.connections[c].devices;
        for (int d = 0; d < devices.size(); ++d) {
            const int dn = add(Kind::Device, cn, {c, d});
            const auto &frames = devices[d].frames;
            for (int f = 0; f < frames.size(); ++f) {
                const int fn = add(Kind::Frame, dn, {c, d, f});
                for (int v = 0; v < frames[f].variables.size(); ++v)
                    add(Kind::Variable, fn, {c, d, f, v});
            }
        }
    }
    endResetModel();
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &children =
        parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ProjectTreeModel::name(const Node &n) const
{
    const VariablePath &p = n.path;
    const Connection &c = m_project.connections[p.connection];
    switch (n.kind) {
    case Kind::Connection: return c.name;
    case Kind::Device: return c.devices[p.device].name;
    case Kind::Frame: return c.devices[p.device].frames[p.frame].name;
    case Kind::Variable: return m_project.variable(p).name;
    }
    return {};
}

QString ProjectTreeModel::details(const Node &n) const
{
    const VariablePath &p = n.path;
    const Connection &c = m_project.connections[p.connection];
    switch (n.kind) {
    case Kind::Connection:
        if (c.protocol == Protocol::ModbusTcp)
            return tr("Modbus TCP %1:%2").arg(c.tcp.host).arg(c.tcp.port);
        if (c.protocol == Protocol::ModbusRtu)
            return tr("Modbus RTU %1 %2 baud").arg(c.serial.port).arg(c.serial.baudRate);
        return tr("Simulation");
    case Kind::Device: {
        const Device &d = c.devices[p.device];
        return tr("%1 ms, %2, station %3")
            .arg(d.scanTime)
            .arg(toString(d.scanType))
            .arg(d.stationAddress);
    }
    case Kind::Frame: {
        const Frame &f = c.devices[p.device].frames[p.frame];
        QString text = tr("%1 %2–%3")
                           .arg(toString(f.type))
                           .arg(f.startAddress)
                           .arg(f.startAddress + f.quantity - 1);
        if (f.scanTimeFactor != 1)
            text += tr(", every %1 scans").arg(f.scanTimeFactor);
        if (!f.isReadable)
            text += tr(", write-only");
        return text;
    }
    case Kind::Variable: {
        const Variable &v = m_project.variable(p);
        QString text = toString(v.dataType);
        if (!v.unit.isEmpty())
            text += QLatin1String(", ") + v.unit;
        text += tr(" @ %1").arg(v.offset);
        if (v.bit)
            text += QLatin1Char('.') + QString::number(*v.bit);
        return text;
    }
    }
    return {};
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole: return index.column() == Name ? name(n) : details(n);
    case Qt::ToolTipRole: {
        const VariablePath &p = n.path;
        if (n.kind == Kind::Variable)
            return m_project.variable(p).description;
        if (n.kind == Kind::Device)
            return m_project.connections[p.connection].devices[p.device].description;
        if (n.kind == Kind::Connection)
            return m_project.connections[p.connection].description;
        return m_project.connections[p.connection].devices[p.device].frames[p.frame].description;
    }
    case FirstTagRole: return n.tags.first;
    case TagCountRole: return n.tags.count;
    }
    return {};
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Name") : tr("Details");
}

} // namespace Vigie
