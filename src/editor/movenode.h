#pragma once

#include "model/nodepath.h"

#include <QUndoCommand>

namespace Vigie {

class ProjectDocument;

// Moves a node among its siblings, or under another parent of the same kind (a variable to
// another frame); `to` is its path once moved, so undo is the move from `to` back to `from`.
class MoveNode : public QUndoCommand
{
public:
    MoveNode(ProjectDocument *document, const NodePath &from, const NodePath &to,
             QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void move(const NodePath &from, const NodePath &to);

    ProjectDocument *m_document;
    NodePath m_from;
    NodePath m_to;
};

} // namespace Vigie
