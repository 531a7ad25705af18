#include "removenode.h"

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

RemoveNode::RemoveNode(ProjectDocument *document, const NodePath &path, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
    , m_node(document->node(path))
{
    if (!m_node)
        setObsolete(true);
    else
        setText(Tr::tr("Delete %1").arg(nameOf(*m_node)));
}

void RemoveNode::undo()
{
    QString error;
    if (m_node && !m_document->insertNode(m_path, *m_node, &error))
        qCWarning(lcEditor) << "cannot put back" << ProjectTree::describe(m_path) << error;
}

void RemoveNode::redo()
{
    QString error;
    if (m_node && !m_document->removeNode(m_path, &error))
        qCWarning(lcEditor) << "cannot remove" << ProjectTree::describe(m_path) << error;
}

} // namespace Vigie
