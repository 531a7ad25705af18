#include "movenode.h"

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

MoveNode::MoveNode(ProjectDocument *document, const NodePath &from, const NodePath &to,
                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    const std::optional<ProjectNode> node = document->node(from);
    setObsolete(!node || from == to);
    if (node)
        setText(Tr::tr("Move %1").arg(nameOf(*node)));
}

void MoveNode::undo()
{
    move(m_to, m_from);
}

void MoveNode::redo()
{
    move(m_from, m_to);
}

void MoveNode::move(const NodePath &from, const NodePath &to)
{
    QString error;
    if (!m_document->moveNode(from, to, &error))
        qCWarning(lcEditor) << "cannot move" << ProjectTree::describe(from) << "to"
                            << ProjectTree::describe(to) << error;
}

} // namespace Vigie
