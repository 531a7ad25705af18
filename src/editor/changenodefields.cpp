#include "changenodefields.h"

#include "commandids.h"
#include "editorlog.h"
#include "nodefields.h"

#include "document/projectdocument.h"
#include "document/projecttree.h"

#include <QCoreApplication>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};
} // namespace

ChangeNodeFields::ChangeNodeFields(ProjectDocument *document, const NodePath &path,
                                   const ProjectNode &fields, const QString &fieldKey,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
    , m_new(ownFields(fields))
    , m_fieldKey(fieldKey)
{
    const std::optional<ProjectNode> old = document->node(path);
    // A path that names no node of this kind: nothing to do (the verbs refuse it before).
    if (!old || old->index() != fields.index()) {
        m_old = m_new;
        setObsolete(true);
    } else {
        m_old = ownFields(*old);
        setObsolete(m_old == m_new);
    }
    updateText();
}

void ChangeNodeFields::updateText()
{
    // What the History dock and the Undo action say: the verb and the field when it is known.
    if (m_fieldKey == u"name")
        setText(Tr::tr("Rename %1 to %2").arg(nameOf(m_old), nameOf(m_new)));
    else if (!m_fieldKey.isEmpty())
        setText(Tr::tr("Change %1 of %2").arg(m_fieldKey.section(u'.', -1), nameOf(m_old)));
    else
        setText(Tr::tr("Change %1").arg(nameOf(m_old)));
}

int ChangeNodeFields::id() const
{
    return m_fieldKey.isEmpty() ? -1 : int(CommandId::ChangeNodeFields);
}

bool ChangeNodeFields::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeNodeFields *>(other);
    if (next->m_document != m_document || next->m_path != m_path || next->m_fieldKey != m_fieldKey)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new);
    updateText();
    return true;
}

void ChangeNodeFields::undo()
{
    set(m_old);
}

void ChangeNodeFields::redo()
{
    set(m_new);
}

void ChangeNodeFields::set(const ProjectNode &fields)
{
    QString error;
    if (!m_document->setNodeFields(m_path, fields, &error))
        qCWarning(lcEditor) << "cannot change" << ProjectTree::describe(m_path) << error;
}

} // namespace Vigie
