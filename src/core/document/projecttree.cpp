#include "projecttree.h"

#include <QCoreApplication>

#include <type_traits>
#include <utility>

namespace Vigie::ProjectTree {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectDocument)
};

// Lookups of the node at each level of `path`'s prefix, const or not as `project` is. The
// non-const forms detach the lists on the way, as an edit must before it writes.
template<typename P>
auto connectionAt(P &project, const NodePath &path) -> decltype(&project.connections[0])
{
    const int c = path.connection;
    return c >= 0 && c < project.connections.size() ? &project.connections[c] : nullptr;
}

template<typename P>
auto deviceAt(P &project, const NodePath &path) -> decltype(&project.connections[0].devices[0])
{
    auto *connection = connectionAt(project, path);
    const int d = path.device;
    return connection && d >= 0 && d < connection->devices.size() ? &connection->devices[d]
                                                                  : nullptr;
}

template<typename P>
auto frameAt(P &project, const NodePath &path)
    -> decltype(&project.connections[0].devices[0].frames[0])
{
    auto *device = deviceAt(project, path);
    const int f = path.frame;
    return device && f >= 0 && f < device->frames.size() ? &device->frames[f] : nullptr;
}

template<typename P>
auto variableAt(P &project, const NodePath &path)
    -> decltype(&project.connections[0].devices[0].frames[0].variables[0])
{
    auto *frame = frameAt(project, path);
    const int v = path.variable;
    return frame && v >= 0 && v < frame->variables.size() ? &frame->variables[v] : nullptr;
}

// Calls f with the list that holds, or would hold, the node at `path` (a QList of the node's
// type), if its parent exists. One generic lambda then serves the four levels.
template<typename P, typename F> bool withSiblings(P &project, const NodePath &path, F &&f)
{
    switch (path.depth()) {
    case 1: f(project.connections); return true;
    case 2:
        if (auto *connection = connectionAt(project, path)) {
            f(connection->devices);
            return true;
        }
        break;
    case 3:
        if (auto *device = deviceAt(project, path)) {
            f(device->frames);
            return true;
        }
        break;
    case 4:
        if (auto *frame = frameAt(project, path)) {
            f(frame->variables);
            return true;
        }
        break;
    default: break;
    }
    return false;
}

// The number of siblings of the node at `path`, counting it if it exists; -1 if its parent
// does not exist.
int siblingCount(const Project &project, const NodePath &path)
{
    int count = -1;
    withSiblings(project, path, [&](const auto &list) { count = int(list.size()); });
    return count;
}

template<typename T> using ElementOf = typename std::remove_cvref_t<T>::value_type;

// A node's new value with the children it has now.
Connection withChildrenOf(Connection fields, const Connection &current)
{
    fields.devices = current.devices;
    return fields;
}
Device withChildrenOf(Device fields, const Device &current)
{
    fields.frames = current.frames;
    return fields;
}
Frame withChildrenOf(Frame fields, const Frame &current)
{
    fields.variables = current.variables;
    return fields;
}
Variable withChildrenOf(Variable fields, const Variable &)
{
    return fields;
}

QString kindName(NodePath::Kind kind)
{
    switch (kind) {
    case NodePath::Kind::Project: return Tr::tr("the project");
    case NodePath::Kind::Connection: return Tr::tr("a connection");
    case NodePath::Kind::Device: return Tr::tr("a device");
    case NodePath::Kind::Frame: return Tr::tr("a frame");
    case NodePath::Kind::Variable: return Tr::tr("a variable");
    }
    return {};
}

QString notWellFormed(const NodePath &path)
{
    return Tr::tr("%1 is not a valid node path").arg(describe(path));
}

} // namespace

bool isWellFormed(const NodePath &path)
{
    for (int level = path.depth(); level < 4; ++level) {
        if (path.index(level) != -1)
            return false;
    }
    return true;
}

bool contains(const Project &project, const NodePath &path)
{
    if (!isWellFormed(path))
        return false;
    return path.isProject() || path.row() < siblingCount(project, path);
}

int childCount(const Project &project, const NodePath &path)
{
    if (!contains(project, path))
        return -1;
    if (path.kind() == NodePath::Kind::Variable)
        return 0;
    return siblingCount(project, path.child(0));
}

const Connection *connection(const Project &project, const NodePath &path)
{
    return path.kind() == NodePath::Kind::Connection && isWellFormed(path)
        ? connectionAt(project, path)
        : nullptr;
}

const Device *device(const Project &project, const NodePath &path)
{
    return path.kind() == NodePath::Kind::Device && isWellFormed(path) ? deviceAt(project, path)
                                                                       : nullptr;
}

const Frame *frame(const Project &project, const NodePath &path)
{
    return path.kind() == NodePath::Kind::Frame && isWellFormed(path) ? frameAt(project, path)
                                                                      : nullptr;
}

const Variable *variable(const Project &project, const NodePath &path)
{
    return path.kind() == NodePath::Kind::Variable && isWellFormed(path) ? variableAt(project, path)
                                                                         : nullptr;
}

std::optional<ProjectNode> node(const Project &project, const NodePath &path)
{
    if (!contains(project, path) || path.isProject())
        return std::nullopt;
    std::optional<ProjectNode> result;
    withSiblings(project, path, [&](const auto &list) { result = list.at(path.row()); });
    return result;
}

QString checkInsert(const Project &project, const NodePath &path, const ProjectNode &node)
{
    if (!isWellFormed(path))
        return notWellFormed(path);
    if (path.isProject())
        return Tr::tr("the project itself cannot be inserted");
    if (kindOf(node) != path.kind()) {
        return Tr::tr("cannot insert %1 at %2, the place of %3")
            .arg(kindName(kindOf(node)), describe(path), kindName(path.kind()));
    }
    const int count = siblingCount(project, path);
    if (count < 0) {
        return Tr::tr("cannot insert at %1: %2 does not exist")
            .arg(describe(path), describe(path.parent()));
    }
    if (path.row() > count) {
        return Tr::tr("cannot insert at %1: the row must be between 0 and %2")
            .arg(describe(path), QString::number(count));
    }
    return {};
}

QString checkRemove(const Project &project, const NodePath &path)
{
    if (!isWellFormed(path))
        return notWellFormed(path);
    if (path.isProject())
        return Tr::tr("the project itself cannot be removed");
    if (!contains(project, path))
        return Tr::tr("cannot remove %1: it does not exist").arg(describe(path));
    return {};
}

QString checkMove(const Project &project, const NodePath &from, const NodePath &to)
{
    if (!isWellFormed(from))
        return notWellFormed(from);
    if (!isWellFormed(to))
        return notWellFormed(to);
    if (from.isProject())
        return Tr::tr("the project itself cannot be moved");
    if (!contains(project, from))
        return Tr::tr("cannot move %1: it does not exist").arg(describe(from));
    if (to.kind() != from.kind()) {
        return Tr::tr("cannot move %1 to %2: %3 cannot go there")
            .arg(describe(from), describe(to), kindName(from.kind()));
    }
    const int count = siblingCount(project, to);
    if (count < 0) {
        return Tr::tr("cannot move %1 to %2: %3 does not exist")
            .arg(describe(from), describe(to), describe(to.parent()));
    }
    // Within one parent the node leaves its row first, so the last row is count - 1.
    const int last = from.parent() == to.parent() ? count - 1 : count;
    if (to.row() > last) {
        return Tr::tr("cannot move %1 to %2: the row must be between 0 and %3")
            .arg(describe(from), describe(to), QString::number(last));
    }
    return {};
}

QString checkSetFields(const Project &project, const NodePath &path, const ProjectNode &fields)
{
    if (!isWellFormed(path))
        return notWellFormed(path);
    if (path.isProject())
        return Tr::tr("the project's own fields are not a node's: set them as the project's");
    if (kindOf(fields) != path.kind()) {
        return Tr::tr("cannot change %1 with the fields of %2: it is %3")
            .arg(describe(path), kindName(kindOf(fields)), kindName(path.kind()));
    }
    if (!contains(project, path))
        return Tr::tr("cannot change %1: it does not exist").arg(describe(path));
    return {};
}

void insert(Project &project, const NodePath &path, const ProjectNode &node)
{
    withSiblings(project, path, [&](auto &list) {
        list.insert(path.row(), std::get<ElementOf<decltype(list)>>(node));
    });
}

ProjectNode remove(Project &project, const NodePath &path)
{
    ProjectNode removed;
    withSiblings(project, path, [&](auto &list) { removed = list.takeAt(path.row()); });
    return removed;
}

void move(Project &project, const NodePath &from, const NodePath &to)
{
    // Taking the node out shifts only its siblings, never the indices of `to`'s parent, which
    // is one level up: `to` stays right between the two steps.
    insert(project, to, remove(project, from));
}

bool setFields(Project &project, const NodePath &path, const ProjectNode &fields)
{
    // Compare on the const tree first: a no-op must not detach the project's shared lists.
    bool same = false;
    withSiblings(std::as_const(project), path, [&](const auto &list) {
        const auto &current = list.at(path.row());
        same = withChildrenOf(std::get<ElementOf<decltype(list)>>(fields), current) == current;
    });
    if (same)
        return false;
    withSiblings(project, path, [&](auto &list) {
        auto &current = list[path.row()];
        current = withChildrenOf(std::get<ElementOf<decltype(list)>>(fields), current);
    });
    return true;
}

bool setProjectFields(Project &project, const Project &fields)
{
    Project value = fields;
    value.connections = project.connections;
    if (value == project)
        return false;
    project = std::move(value);
    return true;
}

QString describe(const NodePath &path)
{
    if (!isWellFormed(path)) {
        return QStringLiteral("(%1, %2, %3, %4)")
            .arg(path.connection)
            .arg(path.device)
            .arg(path.frame)
            .arg(path.variable);
    }
    if (path.isProject())
        return Tr::tr("the project");
    static const QLatin1String lists[] = {QLatin1String("connections"), QLatin1String("devices"),
                                          QLatin1String("frames"), QLatin1String("variables")};
    QString text;
    for (int level = 0; level < path.depth(); ++level) {
        if (level > 0)
            text += QLatin1Char('.');
        text +=
            lists[level] + QLatin1Char('[') + QString::number(path.index(level)) + QLatin1Char(']');
    }
    return text;
}

} // namespace Vigie::ProjectTree
