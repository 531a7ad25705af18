#include "documenttreemodel.h"

#include "pathshift.h"
#include "projecteditor.h"

#include "document/projectdocument.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Vigie {

namespace {

// A parent path in an internal id: each index + 1 in 21 bits (up to two million siblings).
static_assert(sizeof(quintptr) >= 8, "the tree model packs paths into 64-bit ids");
constexpr int Bits = 21;
constexpr quintptr Mask = (quintptr(1) << Bits) - 1;

quintptr encode(const NodePath &parent)
{
    return quintptr(parent.connection + 1) | quintptr(parent.device + 1) << Bits
        | quintptr(parent.frame + 1) << (2 * Bits);
}

NodePath decode(quintptr id)
{
    NodePath p;
    p.connection = int(id & Mask) - 1;
    p.device = int((id >> Bits) & Mask) - 1;
    p.frame = int((id >> (2 * Bits)) & Mask) - 1;
    return p;
}

} // namespace

DocumentTreeModel::DocumentTreeModel(ProjectEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
    , m_document(editor->document())
{
    ProjectDocument *doc = m_document;
    connect(doc, &ProjectDocument::nodeAboutToBeInserted, this, [this](const NodePath &path) {
        beginInsertRows(indexOf(path.parent()), path.row(), path.row());
    });
    connect(doc, &ProjectDocument::nodeInserted, this, [this](const NodePath &path) {
        remapPersistentIndexes([&](const NodePath &p) { return PathShift::afterInsert(p, path); });
        endInsertRows();
    });
    connect(doc, &ProjectDocument::nodeAboutToBeRemoved, this, [this](const NodePath &path) {
        beginRemoveRows(indexOf(path.parent()), path.row(), path.row());
    });
    connect(doc, &ProjectDocument::nodeRemoved, this, [this](const NodePath &path) {
        remapPersistentIndexes([&](const NodePath &p) { return PathShift::afterRemove(p, path); });
        endRemoveRows();
    });
    connect(doc, &ProjectDocument::nodeAboutToBeMoved, this,
            [this](const NodePath &from, const NodePath &to) {
                const bool down = from.parent() == to.parent() && to.row() > from.row();
                beginMoveRows(indexOf(from.parent()), from.row(), from.row(), indexOf(to.parent()),
                              down ? to.row() + 1 : to.row());
            });
    connect(doc, &ProjectDocument::nodeMoved, this,
            [this](const NodePath &from, const NodePath &to) {
                remapPersistentIndexes(
                    [&](const NodePath &p) { return PathShift::afterMove(p, from, to); });
                endMoveRows();
            });
    connect(doc, &ProjectDocument::nodeChanged, this, [this](const NodePath &path) {
        if (!path.isProject())
            Q_EMIT dataChanged(indexOf(path, Name), indexOf(path, Details));
    });
    connect(doc, &ProjectDocument::projectAboutToBeReset, this,
            &DocumentTreeModel::beginResetModel);
    connect(doc, &ProjectDocument::projectReset, this, &DocumentTreeModel::endResetModel);
}

void DocumentTreeModel::remapPersistentIndexes(const std::function<NodePath(const NodePath &)> &map)
{
    // Qt moves the indexes of the rows that move; those below them carry a parent path that
    // changed with them.
    QModelIndexList from;
    QModelIndexList to;
    for (const QModelIndex &index : persistentIndexList()) {
        const NodePath parent = decode(index.internalId());
        const NodePath moved = map(parent);
        if (moved != parent) {
            from.append(index);
            to.append(createIndex(index.row(), index.column(), encode(moved)));
        }
    }
    if (!from.isEmpty())
        changePersistentIndexList(from, to);
}

QModelIndex DocumentTreeModel::indexOf(const NodePath &path, int column) const
{
    if (path.isProject() || !m_document->contains(path))
        return {};
    return createIndex(path.row(), column, encode(path.parent()));
}

NodePath DocumentTreeModel::pathOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return decode(index.internalId()).child(index.row());
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, encode(pathOf(parent)));
}

QModelIndex DocumentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const NodePath parent = decode(child.internalId());
    if (parent.isProject())
        return {};
    return createIndex(parent.row(), 0, encode(parent.parent()));
}

int DocumentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const NodePath path = pathOf(parent);
    if (path.kind() == NodePath::Kind::Variable)
        return 0;
    return std::max(0, m_document->childCount(path));
}

int DocumentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DocumentTreeModel::name(const NodePath &p) const
{
    if (const Variable *v = m_document->variable(p))
        return v->name;
    if (const Frame *f = m_document->frame(p))
        return f->name;
    if (const Device *d = m_document->device(p))
        return d->name;
    if (const Connection *c = m_document->connection(p))
        return c->name;
    return {};
}

QString DocumentTreeModel::description(const NodePath &p) const
{
    if (const Variable *v = m_document->variable(p))
        return v->description;
    if (const Frame *f = m_document->frame(p))
        return f->description;
    if (const Device *d = m_document->device(p))
        return d->description;
    if (const Connection *c = m_document->connection(p))
        return c->description;
    return {};
}

QString DocumentTreeModel::details(const NodePath &p) const
{
    switch (p.kind()) {
    case NodePath::Kind::Connection: {
        const Connection *c = m_document->connection(p);
        if (!c)
            return {};
        if (c->protocol == Protocol::ModbusTcp)
            return tr("Modbus TCP %1:%2").arg(c->tcp.host).arg(c->tcp.port);
        if (c->protocol == Protocol::ModbusRtu)
            return tr("Modbus RTU %1 %2 baud").arg(c->serial.port).arg(c->serial.baudRate);
        return tr("Simulation");
    }
    case NodePath::Kind::Device: {
        const Device *d = m_document->device(p);
        if (!d)
            return {};
        return tr("%1 ms, %2, station %3")
            .arg(d->scanTime)
            .arg(toString(d->scanType))
            .arg(d->stationAddress);
    }
    case NodePath::Kind::Frame: {
        const Frame *f = m_document->frame(p);
        if (!f)
            return {};
        QString text = tr("%1 %2–%3")
                           .arg(toString(f->type))
                           .arg(f->startAddress)
                           .arg(f->startAddress + f->quantity - 1);
        if (f->scanTimeFactor != 1)
            text += tr(", every %1 scans").arg(f->scanTimeFactor);
        if (!f->isReadable)
            text += tr(", write-only");
        return text;
    }
    case NodePath::Kind::Variable: {
        const Variable *v = m_document->variable(p);
        if (!v)
            return {};
        QString text = toString(v->dataType);
        if (!v->unit.isEmpty())
            text += QLatin1String(", ") + v->unit;
        text += tr(" @ %1").arg(v->offset);
        if (v->bit)
            text += QLatin1Char('.') + QString::number(*v->bit);
        return text;
    }
    case NodePath::Kind::Project: break;
    }
    return {};
}

QVariant DocumentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const NodePath path = pathOf(index);
    if (!m_document->contains(path))
        return {};
    switch (role) {
    case Qt::DisplayRole: return index.column() == Name ? name(path) : details(path);
    case Qt::EditRole: return index.column() == Name ? QVariant(name(path)) : QVariant();
    case Qt::ToolTipRole: return description(path);
    case PathRole: return QVariant::fromValue(path);
    case KindRole: return int(path.kind());
    }
    return {};
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Name") : tr("Details");
}

Qt::ItemFlags DocumentTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        flags |= Qt::ItemIsEditable;
    const NodePath::Kind kind = pathOf(index).kind();
    if (kind == NodePath::Kind::Variable)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    else if (kind == NodePath::Kind::Frame)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool DocumentTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::EditRole)
        return false;
    QString error;
    if (!m_editor->renameNode(pathOf(index), value.toString(), &error)) {
        if (!error.isEmpty())
            Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

QStringList DocumentTreeModel::mimeTypes() const
{
    return {QLatin1String(VariablePathsMimeType)};
}

QMimeData *DocumentTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<NodePath> paths;
    for (const QModelIndex &index : indexes) {
        const NodePath path = pathOf(index);
        if (path.kind() == NodePath::Kind::Variable && !paths.contains(path))
            paths.append(path);
    }
    if (paths.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(paths.size());
    for (const NodePath &p : std::as_const(paths))
        out << qint32(p.connection) << qint32(p.device) << qint32(p.frame) << qint32(p.variable);
    auto *data = new QMimeData;
    data->setData(QLatin1String(VariablePathsMimeType), bytes);
    return data;
}

QList<NodePath> DocumentTreeModel::variablePaths(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(VariablePathsMimeType)))
        return {};
    const QByteArray bytes = data->data(QLatin1String(VariablePathsMimeType));
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    QList<NodePath> paths;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 c = -1, d = -1, f = -1, v = -1;
        in >> c >> d >> f >> v;
        const NodePath p {c, d, f, v};
        if (in.status() == QDataStream::Ok && p.kind() == NodePath::Kind::Variable)
            paths.append(p);
    }
    return paths;
}

bool DocumentTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    return action == Qt::MoveAction && pathOf(parent).kind() == NodePath::Kind::Frame && data
        && data->hasFormat(QLatin1String(VariablePathsMimeType));
}

bool DocumentTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<NodePath> paths = variablePaths(data);
    if (paths.isEmpty())
        return false;
    QString error;
    if (!m_editor->moveVariables(paths, pathOf(parent), row, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::DropActions DocumentTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DocumentTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Vigie
