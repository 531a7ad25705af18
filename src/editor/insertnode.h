#pragma once

#include "document/projectnode.h"

#include <QUndoCommand>

namespace Vigie {

class ProjectDocument;

// Inserts a node (with its children) so that it sits at a path; undo removes it again.
class InsertNode : public QUndoCommand
{
public:
    InsertNode(ProjectDocument *document, const NodePath &path, const ProjectNode &node,
               QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    NodePath m_path;
    ProjectNode m_node;
};

} // namespace Vigie
