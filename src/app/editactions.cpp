#include "editactions.h"

#include "documenttreemodel.h"
#include "projecteditor.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>

#include <algorithm>

namespace Vigie {

EditActions::EditActions(ProjectEditor *editor, QTreeView *tree, DocumentTreeModel *model,
                         QWidget *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_tree(tree)
    , m_model(model)
{
    const auto make = [this, parent](const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, parent);
        action->setShortcut(shortcut);
        // Active while the window has focus, but not while a cell is being edited.
        action->setShortcutContext(Qt::WindowShortcut);
        parent->addAction(action);
        return action;
    };
    addConnection = make(tr("Add &Connection"));
    addDevice = make(tr("Add &Device"));
    addFrame = make(tr("Add &Frame"));
    addVariable = make(tr("Add &Variable"), QKeySequence(Qt::CTRL | Qt::Key_Insert));
    duplicate = make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = make(tr("De&lete"), QKeySequence::Delete);
    // Delete acts on the tree only: the tag table and editors keep their own Delete key.
    parent->removeAction(remove);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(remove);
    moveUp = make(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    moveDown = make(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    edit = make(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    replan = make(tr("Re-plan &Frames…"));
    bulkEdit =
        make(tr("Edit Selected &Variables…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    connect(addConnection, &QAction::triggered, this,
            [this] { addNode(NodePath::Kind::Connection); });
    connect(addDevice, &QAction::triggered, this, [this] { addNode(NodePath::Kind::Device); });
    connect(addFrame, &QAction::triggered, this, [this] { addNode(NodePath::Kind::Frame); });
    connect(addVariable, &QAction::triggered, this, [this] { addNode(NodePath::Kind::Variable); });
    connect(duplicate, &QAction::triggered, this, &EditActions::duplicateSelection);
    connect(remove, &QAction::triggered, this, &EditActions::removeSelection);
    connect(moveUp, &QAction::triggered, this, [this] { moveCurrent(true); });
    connect(moveDown, &QAction::triggered, this, [this] { moveCurrent(false); });
    connect(edit, &QAction::triggered, this, [this] { Q_EMIT editRequested(currentPath()); });
    connect(replan, &QAction::triggered, this, [this] {
        NodePath p = currentPath();
        while (p.depth() > 2)
            p = p.parent();
        Q_EMIT replanRequested(p);
    });

    connect(bulkEdit, &QAction::triggered, this, [this] {
        QList<NodePath> variables;
        for (const NodePath &p : selectedPaths()) {
            if (p.kind() == NodePath::Kind::Variable)
                variables.append(p);
        }
        if (!variables.isEmpty())
            Q_EMIT bulkEditRequested(variables);
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EditActions::updateEnabled);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EditActions::updateEnabled);
    // Rows come and go under the selection (undo, redo): what is possible changes with them.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &EditActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &EditActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EditActions::updateEnabled);

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &EditActions::showContextMenu);
    updateEnabled();
}

void EditActions::addTo(QMenu *menu) const
{
    menu->addAction(addConnection);
    menu->addAction(addDevice);
    menu->addAction(addFrame);
    menu->addAction(addVariable);
    menu->addSeparator();
    menu->addAction(edit);
    menu->addAction(bulkEdit);
    menu->addAction(duplicate);
    menu->addAction(remove);
    menu->addAction(moveUp);
    menu->addAction(moveDown);
    menu->addSeparator();
    menu->addAction(replan);
}

QList<NodePath> EditActions::selectedPaths() const
{
    QList<NodePath> paths;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        paths.append(m_model->pathOf(index));
    std::sort(paths.begin(), paths.end());
    return paths;
}

NodePath EditActions::currentPath() const
{
    return m_model->pathOf(m_tree->selectionModel()->currentIndex());
}

void EditActions::select(const QList<NodePath> &paths)
{
    QItemSelection selection;
    for (const NodePath &p : paths) {
        const QModelIndex index = m_model->indexOf(p);
        if (index.isValid())
            selection.select(index, index);
    }
    if (paths.isEmpty())
        return;
    const QModelIndex first = m_model->indexOf(paths.first());
    m_tree->scrollTo(first);
    m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_tree->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<NodePath> EditActions::parentFor(NodePath::Kind kind) const
{
    const int depth = int(kind) - 1; // the parent's
    NodePath p = currentPath();
    if (p.depth() < depth)
        return std::nullopt;
    while (p.depth() > depth)
        p = p.parent();
    return p;
}

void EditActions::addNode(NodePath::Kind kind)
{
    const std::optional<NodePath> parent = parentFor(kind);
    if (!parent)
        return;
    QString error;
    const std::optional<NodePath> added = m_editor->addNode(*parent, kind, &error);
    if (!added) {
        Q_EMIT refused(error);
        return;
    }
    m_tree->expand(m_model->indexOf(*parent));
    select({*added});
}

void EditActions::duplicateSelection()
{
    QString error;
    const std::optional<QList<NodePath>> copies = m_editor->duplicate(selectedPaths(), &error);
    if (!copies) {
        Q_EMIT refused(error);
        return;
    }
    select(*copies);
}

void EditActions::removeSelection()
{
    const QList<NodePath> paths = selectedPaths();
    QString error;
    if (!m_editor->remove(paths, &error)) {
        Q_EMIT refused(error);
        return;
    }
    // The row that took the first removed node's place, or its parent.
    const NodePath first = paths.first();
    if (m_model->indexOf(first).isValid())
        select({first});
    else if (first.row() > 0 && m_model->indexOf(first.sibling(first.row() - 1)).isValid())
        select({first.sibling(first.row() - 1)});
    else
        select({first.parent()});
}

void EditActions::moveCurrent(bool up)
{
    const NodePath path = currentPath();
    QString error;
    if (!(up ? m_editor->moveUp(path, &error) : m_editor->moveDown(path, &error))) {
        Q_EMIT refused(error);
        return;
    }
    select({path.sibling(path.row() + (up ? -1 : 1))});
}

void EditActions::updateEnabled()
{
    const QList<NodePath> selected = selectedPaths();
    const NodePath current = currentPath();
    const ProjectDocument *document = m_editor->document();
    addConnection->setEnabled(true);
    addDevice->setEnabled(parentFor(NodePath::Kind::Device).has_value());
    addFrame->setEnabled(parentFor(NodePath::Kind::Frame).has_value());
    addVariable->setEnabled(parentFor(NodePath::Kind::Variable).has_value());
    duplicate->setEnabled(!selected.isEmpty());
    remove->setEnabled(!selected.isEmpty());
    const bool one = !current.isProject() && document->contains(current);
    moveUp->setEnabled(one && current.row() > 0);
    moveDown->setEnabled(one && current.row() + 1 < document->childCount(current.parent()));
    edit->setEnabled(one);
    replan->setEnabled(one && current.depth() >= 2);
    bulkEdit->setEnabled(std::any_of(selected.cbegin(), selected.cend(), [](const NodePath &p) {
        return p.kind() == NodePath::Kind::Variable;
    }));
}

void EditActions::showContextMenu(const QPoint &position)
{
    // popup(), not exec(): no nested event loop on the GUI thread.
    auto *menu = new QMenu(m_tree);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addTo(menu);
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

} // namespace Vigie
