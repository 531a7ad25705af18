#include "nodefields.h"

namespace Vigie {

ProjectNode ownFields(const ProjectNode &node)
{
    ProjectNode fields = node;
    if (auto *c = std::get_if<Connection>(&fields))
        c->devices.clear();
    else if (auto *d = std::get_if<Device>(&fields))
        d->frames.clear();
    else if (auto *f = std::get_if<Frame>(&fields))
        f->variables.clear();
    return fields;
}

Project ownFields(const Project &project)
{
    Project fields = project;
    fields.connections.clear();
    return fields;
}

QString nameOf(const ProjectNode &node)
{
    return std::visit([](const auto &n) { return n.name; }, node);
}

void setNameOf(ProjectNode &node, const QString &name)
{
    std::visit([&name](auto &n) { n.name = name; }, node);
}

} // namespace Vigie
