#pragma once

#include "document/projectnode.h"
#include "model/project.h"

#include <QSet>
#include <QString>

namespace Vigie {

// Names the editor gives to new and copied nodes, unique where the validator wants them
// unique: connections in the project, devices in their connection, frames in their device,
// variables (acquired and calculated) in the whole project.
namespace NodeNames {

// The names a node at `path` must not take (its siblings', or every tag name for a variable),
// leaving out the node at `path` itself when it exists.
[[nodiscard]] QSet<QString> takenFor(const Project &project, const NodePath &path);
// Every variable name: acquired, then calculated.
[[nodiscard]] QSet<QString> tagNames(const Project &project);

// "Device 1", "Device 2"…: the first `base n` not taken.
[[nodiscard]] QString numbered(const QString &base, const QSet<QString> &taken);
// "Pump 1 (copy)", then "Pump 1 (copy 2)"…
[[nodiscard]] QString copyOf(const QString &name, const QSet<QString> &taken);

// The node with every variable in it renamed to a copy's name not in `tags`, which receives
// them (a duplicated device must not bring twice the tags it holds).
void renameVariablesAsCopies(ProjectNode &node, QSet<QString> &tags);

} // namespace NodeNames
} // namespace Vigie
