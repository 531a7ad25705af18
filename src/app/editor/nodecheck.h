#pragma once

#include "document/projectnode.h"
#include "model/project.h"
#include "model/projectissue.h"

namespace Vigie {

// Whether a dialog edits a node already in the project or one about to be inserted.
enum class NodePlacement {
    Existing, // the node at the path: its own fields are replaced, its children stay
    New, // inserted at the path, which is the place it will take
};

// What the project's rules say about one node as a dialog holds it. The node dialogs and
// the bulk edit validate with the core's own checkProject() on a copy of the project, so
// that a dialog never judges differently from the Issues dock.
struct NodeCheck
{
    // Issues at the node itself, any field; and a name it shares with another node, which the
    // validator reports at whichever of the two comes second, said here at "name".
    ProjectIssues own;
    // Issues this edit brings to other nodes (absent with the node as it was): a formula or a
    // screen naming the old name, an overlap with a sibling. Shown, not blocking, since fixing
    // them may need this edit first.
    ProjectIssues elsewhere;

    [[nodiscard]] bool hasErrors() const { return Vigie::hasErrors(own); }
};

// The project with `node` at `path`: replacing the fields of the node there (Existing) or
// inserted there (New). Empty with `why` set when the path does not fit the node.
[[nodiscard]] std::optional<Project> projectWithNode(const Project &project, const NodePath &path,
                                                     const ProjectNode &node,
                                                     NodePlacement placement,
                                                     QString *why = nullptr);

// checkProject() on the project with `node` at `path`, sorted as NodeCheck says. `before` are
// the issues of the same project with the node as the dialog received it (computed once with
// projectWithNode() and checkProject()), to tell what this edit brings elsewhere.
[[nodiscard]] NodeCheck checkNode(const Project &project, const NodePath &path,
                                  const ProjectNode &node, NodePlacement placement,
                                  const ProjectIssues &before);

// The issues of `issues` that are not in `before` (same severity, place and message): what an
// edit brought.
[[nodiscard]] ProjectIssues issuesNotIn(const ProjectIssues &issues, const ProjectIssues &before);

// The issues of the project with the node as received, for checkNode()'s `before`.
[[nodiscard]] ProjectIssues issuesBefore(const Project &project, const NodePath &path,
                                         const ProjectNode &node, NodePlacement placement);

} // namespace Vigie
