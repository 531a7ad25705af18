#pragma once

#include "projectnode.h"

#include "model/project.h"

#include <QList>

#include <optional>

namespace Vigie {

// One node to insert and where, as ProjectDocument::insertNode() takes it.
struct NodeInsertion
{
    NodePath path; // the place the node takes once inserted
    ProjectNode node; // with its children
};

// What an import (or any other bulk change prepared away from the document) does to a project:
// nodes to insert, in order (each path is valid once the earlier ones are in), then, if set, the
// project's own fields (calculated variables, screens and their bindings, settings) to set with
// ProjectDocument::setProjectFields(). The editor applies it as one undoable command.
struct ProjectChanges
{
    QList<NodeInsertion> insertions;
    std::optional<Project> projectFields;

    [[nodiscard]] bool isEmpty() const { return insertions.isEmpty() && !projectFields; }
};

} // namespace Vigie
