#pragma once

#include "model/nodepath.h"

namespace Vigie::PathShift {

// Where a path that named a node before a structural edit names it after: for those that keep
// paths to nodes across edits (the tree model's persistent indexes, the copies duplicate()
// returns). A path inside a removed node is left as it was; it names nothing any more.

// After a node was inserted at `inserted`: its later siblings and their children move down.
[[nodiscard]] NodePath afterInsert(NodePath path, const NodePath &inserted);
// After the node at `removed` was removed: its later siblings and their children move up.
[[nodiscard]] NodePath afterRemove(NodePath path, const NodePath &removed);
// After ProjectDocument::moveNode(from, to): the node and its children go under `to`; the rest
// shift as for a removal at `from` followed by an insertion at `to`.
[[nodiscard]] NodePath afterMove(const NodePath &path, const NodePath &from, const NodePath &to);

} // namespace Vigie::PathShift
