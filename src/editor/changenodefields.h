#pragma once

#include "document/projectnode.h"

#include <QUndoCommand>

namespace Vigie {

class ProjectDocument;

// The generic change-value command (Tiled's ChangeValue): sets a node's own fields, and on undo
// puts the old ones back. Given a field key (the caller's name for the field it edits, such as
// "name" or "variable.unit"), it merges with the next edit of the same field of the same node,
// so typing in a cell is one undo step. It is obsolete, and QUndoStack drops it, when the new
// fields equal the old ones, including after a merge that returns to them.
class ChangeNodeFields : public QUndoCommand
{
public:
    ChangeNodeFields(ProjectDocument *document, const NodePath &path, const ProjectNode &fields,
                     const QString &fieldKey = {}, QUndoCommand *parent = nullptr);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

    [[nodiscard]] const NodePath &path() const { return m_path; }
    [[nodiscard]] const QString &fieldKey() const { return m_fieldKey; }

private:
    void set(const ProjectNode &fields);
    void updateText();

    ProjectDocument *m_document;
    NodePath m_path;
    ProjectNode m_old; // own fields only
    ProjectNode m_new;
    QString m_fieldKey;
};

} // namespace Vigie
