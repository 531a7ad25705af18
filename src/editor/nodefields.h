#pragma once

#include "document/projectnode.h"
#include "model/project.h"

namespace Vigie {

// A node's or the project's own fields, without children: what the change-value commands keep
// (the children are not theirs to change, and holding them would keep old trees alive) and
// compare to tell a no-op.
[[nodiscard]] ProjectNode ownFields(const ProjectNode &node);
[[nodiscard]] Project ownFields(const Project &project);

// The name of any node.
[[nodiscard]] QString nameOf(const ProjectNode &node);
void setNameOf(ProjectNode &node, const QString &name);

} // namespace Vigie
