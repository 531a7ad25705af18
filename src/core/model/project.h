#pragma once

#include "calculated.h"
#include "connection.h"
#include "gateway.h"
#include "mqtt.h"
#include "nodepath.h"
#include "screen.h"

#include <optional>

namespace Vigie {

// A NodePath that names a variable (all four indices set).
using VariablePath = NodePath;

// The whole project as a value: what the file holds, nothing of the runtime.
struct Project
{
    static constexpr int FormatVersion = 1;

    QString name;
    QString description;
    QList<Connection> connections;
    std::optional<Gateway> gateway; // none: no Modbus server
    std::optional<MqttSettings> mqtt; // none: nothing is published
    QList<CalculatedVariable> calculated; // formulas over other tags, after the acquired ones
    QList<Screen> screens; // the first is where vigie opens

    // A screen by name, or null.
    [[nodiscard]] const Screen *screen(const QString &name) const;

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
