#include "nodenames.h"

#include "document/projecttree.h"

#include <QCoreApplication>

namespace Vigie::NodeNames {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};

template<typename List> QSet<QString> namesOf(const List &list, int except)
{
    QSet<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        if (i != except)
            names.insert(list[i].name);
    }
    return names;
}

void renameIn(QList<Variable> &variables, QSet<QString> &tags)
{
    for (Variable &v : variables) {
        v.name = copyOf(v.name, tags);
        tags.insert(v.name);
    }
}
} // namespace

QSet<QString> tagNames(const Project &project)
{
    QSet<QString> names;
    for (const VariablePath &p : project.variablePaths())
        names.insert(project.variable(p).name);
    for (const CalculatedVariable &c : project.calculated)
        names.insert(c.name);
    return names;
}

QSet<QString> takenFor(const Project &project, const NodePath &path)
{
    switch (path.kind()) {
    case NodePath::Kind::Connection: return namesOf(project.connections, path.connection);
    case NodePath::Kind::Device:
        if (const Connection *c = ProjectTree::connection(project, path.parent()))
            return namesOf(c->devices, path.device);
        return {};
    case NodePath::Kind::Frame:
        if (const Device *d = ProjectTree::device(project, path.parent()))
            return namesOf(d->frames, path.frame);
        return {};
    case NodePath::Kind::Variable: {
        QSet<QString> names = tagNames(project);
        if (const Variable *v = ProjectTree::variable(project, path))
            names.remove(v->name);
        return names;
    }
    case NodePath::Kind::Project: return {};
    }
    return {};
}

QString numbered(const QString &base, const QSet<QString> &taken)
{
    for (int n = 1;; ++n) {
        const QString name = base + u' ' + QString::number(n);
        if (!taken.contains(name))
            return name;
    }
}

QString copyOf(const QString &name, const QSet<QString> &taken)
{
    const QString first = Tr::tr("%1 (copy)").arg(name);
    if (!taken.contains(first))
        return first;
    for (int n = 2;; ++n) {
        const QString next = Tr::tr("%1 (copy %2)").arg(name).arg(n);
        if (!taken.contains(next))
            return next;
    }
}

void renameVariablesAsCopies(ProjectNode &node, QSet<QString> &tags)
{
    if (auto *c = std::get_if<Connection>(&node)) {
        for (Device &d : c->devices) {
            for (Frame &f : d.frames)
                renameIn(f.variables, tags);
        }
    } else if (auto *d = std::get_if<Device>(&node)) {
        for (Frame &f : d->frames)
            renameIn(f.variables, tags);
    } else if (auto *f = std::get_if<Frame>(&node)) {
        renameIn(f->variables, tags);
    } else if (auto *v = std::get_if<Variable>(&node)) {
        v->name = copyOf(v->name, tags);
        tags.insert(v->name);
    }
}

} // namespace Vigie::NodeNames
