#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Vigie {

class ProjectDocument;

// The change-value command for the project's own fields (name, description, gateway, MQTT,
// calculated variables, screens): as ChangeNodeFields, it merges repeated edits of one field
// key and is dropped when it changes nothing.
class ChangeProjectFields : public QUndoCommand
{
public:
    ChangeProjectFields(ProjectDocument *document, const Project &fields,
                        const QString &fieldKey = {}, QUndoCommand *parent = nullptr);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    Project m_old; // own fields only
    Project m_new;
    QString m_fieldKey;
};

} // namespace Vigie
