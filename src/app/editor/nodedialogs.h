#pragma once

// The node dialogs, one per level of the tree, and the functions that open them.
#include "connectiondialog.h"
#include "devicedialog.h"
#include "framedialog.h"
#include "variabledialog.h"

#include <optional>

namespace Vigie {

// A new dialog for nodes of `kind` (Connection to Variable), not yet filled: call setNode().
[[nodiscard]] NodeDialog *createNodeDialog(NodePath::Kind kind, QWidget *parent = nullptr);

// Edits the node at `path` of `project` in a modal dialog; `node` is what it holds now. The
// node as edited (with its children as given), or nullopt when cancelled.
[[nodiscard]] std::optional<ProjectNode> editNode(QWidget *parent, const Project &project,
                                                  const NodePath &path, const ProjectNode &node);

// The same for a node about to be inserted: `node` is the caller's default, `path` the place
// it will take; it is checked there (its name against its future siblings...).
[[nodiscard]] std::optional<ProjectNode> editNewNode(QWidget *parent, const Project &project,
                                                     const NodePath &path, const ProjectNode &node);

} // namespace Vigie
