#pragma once

#include "model/connection.h"
#include "model/nodepath.h"

#include <variant>

namespace Vigie {

// One node of the project tree as a value, whatever its level, with its children: what the
// project document inserts, hands back on removal and changes, so that one undo command type
// can carry a node of any level. The alternatives are in tree order: a node of alternative i
// sits at a NodePath of depth i + 1.
using ProjectNode = std::variant<Connection, Device, Frame, Variable>;

// The kind of path a node fits: Kind::Connection for a Connection, and so on.
[[nodiscard]] inline NodePath::Kind kindOf(const ProjectNode &node)
{
    return NodePath::Kind(int(node.index()) + 1);
}

} // namespace Vigie
