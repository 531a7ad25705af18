#pragma once

#include "document/projectnode.h"

#include <QUndoCommand>

#include <optional>

namespace Vigie {

class ProjectDocument;

// Removes a node and its children; undo puts them back where they were. The node is copied
// when the command is made, so it can be shown and checked before it is pushed.
class RemoveNode : public QUndoCommand
{
public:
    RemoveNode(ProjectDocument *document, const NodePath &path, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    NodePath m_path;
    std::optional<ProjectNode> m_node;
};

} // namespace Vigie
