#include "insertnode.h"

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

InsertNode::InsertNode(ProjectDocument *document, const NodePath &path, const ProjectNode &node,
                       QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Add %1").arg(nameOf(node)), parent)
    , m_document(document)
    , m_path(path)
    , m_node(node)
{
}

void InsertNode::undo()
{
    QString error;
    if (!m_document->removeNode(m_path, &error))
        qCWarning(lcEditor) << "cannot remove" << ProjectTree::describe(m_path) << error;
}

void InsertNode::redo()
{
    QString error;
    if (!m_document->insertNode(m_path, m_node, &error))
        qCWarning(lcEditor) << "cannot insert" << ProjectTree::describe(m_path) << error;
}

} // namespace Vigie
