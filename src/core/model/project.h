#pragma once

#include "connection.h"

namespace Vigie {

// Where a variable sits in the project tree, by index.
struct VariablePath
{
    int connection = -1;
    int device = -1;
    int frame = -1;
    int variable = -1;
};

// The whole project as a value: what the file holds, nothing of the runtime.
struct Project
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString description;
    QList<Connection> connections;

    // Every variable in tree order, with its place; the tag table is built in this order.
    [[nodiscard]] QList<VariablePath> variablePaths() const;
    [[nodiscard]] const Variable &variable(const VariablePath &p) const
    {
        return connections[p.connection].devices[p.device].frames[p.frame].variables[p.variable];
    }
    [[nodiscard]] const Frame &frame(const VariablePath &p) const
    {
        return connections[p.connection].devices[p.device].frames[p.frame];
    }

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace Vigie
