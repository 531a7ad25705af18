#include "changeprojectfields.h"

#include "commandids.h"
#include "nodefields.h"

#include "document/projectdocument.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};
} // namespace

ChangeProjectFields::ChangeProjectFields(ProjectDocument *document, const Project &fields,
                                         const QString &fieldKey, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Change the project"), parent)
    , m_document(document)
    , m_old(ownFields(document->project()))
    , m_new(ownFields(fields))
    , m_fieldKey(fieldKey)
{
    setObsolete(m_old == m_new);
}

int ChangeProjectFields::id() const
{
    return m_fieldKey.isEmpty() ? -1 : int(CommandId::ChangeProjectFields);
}

bool ChangeProjectFields::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeProjectFields *>(other);
    if (next->m_document != m_document || next->m_fieldKey != m_fieldKey)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new);
    return true;
}

void ChangeProjectFields::undo()
{
    m_document->setProjectFields(m_old);
}

void ChangeProjectFields::redo()
{
    m_document->setProjectFields(m_new);
}

} // namespace Vigie
