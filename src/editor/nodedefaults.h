#pragma once

#include "document/nodeinsertion.h"

#include <optional>

namespace Vigie {

// What "Add connection/device/frame/variable" inserts: a node with a unique default name and
// defaults that pass the validator where they can (a simulated connection that runs as it is,
// the next station address, a frame after the device's last one, a variable at the next free
// offset of its frame).
struct NewNode
{
    NodeInsertion insertion; // appended under its parent
    // A variable past the end of its frame: the frame grown to hold it, set before inserting.
    std::optional<Frame> grownFrame;
};

// A new node of `kind` under `parent` (whose kind must be the one above); none, with the
// reason, when there is no such parent or its frame cannot hold another variable.
[[nodiscard]] std::optional<NewNode> makeNewNode(const Project &project, const NodePath &parent,
                                                 NodePath::Kind kind, QString *errorMessage);

} // namespace Vigie
