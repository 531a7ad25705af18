#pragma once

#include "projectnode.h"

#include "model/project.h"

#include <optional>

namespace Vigie {

// The project tree addressed by NodePath, on a plain Project value: lookups, and each
// structural edit split into a check, which says in words why it cannot be done, and an apply,
// which trusts the check. ProjectDocument runs the check, announces the change, applies it and
// announces it done; the index arithmetic lives here, apart from the signals, and works on any
// Project (an importer's or a test's) without a document.
namespace ProjectTree {

// A path whose indices past its depth are all -1 ({0, -1, 3} is not one).
[[nodiscard]] bool isWellFormed(const NodePath &path);
// True for the project ({}) and for every node that exists.
[[nodiscard]] bool contains(const Project &project, const NodePath &path);
// The children of the node at `path` (0 for a variable), -1 if there is no such node.
[[nodiscard]] int childCount(const Project &project, const NodePath &path);

// The node at `path` if it exists and is of that kind, else nullptr. The pointer is valid
// until the project changes.
[[nodiscard]] const Connection *connection(const Project &project, const NodePath &path);
[[nodiscard]] const Device *device(const Project &project, const NodePath &path);
[[nodiscard]] const Frame *frame(const Project &project, const NodePath &path);
[[nodiscard]] const Variable *variable(const Project &project, const NodePath &path);
// A copy of the node at `path` with its children (cheap: Qt lists are shared until written).
[[nodiscard]] std::optional<ProjectNode> node(const Project &project, const NodePath &path);

// Checks: empty when the edit can be done, else why not, in the user's language.
// insert: `path` names the place the node will take (its row may be one past the last child).
[[nodiscard]] QString checkInsert(const Project &project, const NodePath &path,
                                  const ProjectNode &node);
[[nodiscard]] QString checkRemove(const Project &project, const NodePath &path);
// move: `to` is where the node will be once moved, under a parent of the same kind.
[[nodiscard]] QString checkMove(const Project &project, const NodePath &from, const NodePath &to);
[[nodiscard]] QString checkSetFields(const Project &project, const NodePath &path,
                                     const ProjectNode &fields);

// Applies, each only after its check passed.
void insert(Project &project, const NodePath &path, const ProjectNode &node);
ProjectNode remove(Project &project, const NodePath &path);
void move(Project &project, const NodePath &from, const NodePath &to);
// The node's own fields from `fields`, keeping its children (those in `fields` are ignored).
// Returns false, changing nothing, when they are already equal.
bool setFields(Project &project, const NodePath &path, const ProjectNode &fields);
// The project's own fields (name, description) from `fields`, keeping its connections.
bool setProjectFields(Project &project, const Project &fields);

// How messages name a node: its JSON path, as issues do ("connections[1].devices[0]").
[[nodiscard]] QString describe(const NodePath &path);

} // namespace ProjectTree
} // namespace Vigie
