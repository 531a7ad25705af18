#pragma once

#include "model/nodepath.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace Vigie {

class DocumentTreeModel;
class ProjectEditor;

// The Edit menu's verbs on the project tree's selection (add, duplicate, delete, move, edit,
// re-plan), each enabled when the selection allows it; the tree's context menu offers the same
// actions. They call ProjectEditor, so each is one undo step; the nodes they make or move are
// selected after them.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(ProjectEditor *editor, QTreeView *tree, DocumentTreeModel *model, QWidget *parent);

    // Adds the node verbs to `menu` (the Edit menu, or the tree's context menu).
    void addTo(QMenu *menu) const;

    // The selected nodes (one per row), in tree order; the current one.
    [[nodiscard]] QList<NodePath> selectedPaths() const;
    [[nodiscard]] NodePath currentPath() const;
    // Selects these nodes, the first one current.
    void select(const QList<NodePath> &paths);

    void addNode(NodePath::Kind kind);
    void duplicateSelection();
    void removeSelection();
    void moveCurrent(bool up);

    QAction *addConnection;
    QAction *addDevice;
    QAction *addFrame;
    QAction *addVariable;
    QAction *duplicate;
    QAction *remove;
    QAction *moveUp;
    QAction *moveDown;
    QAction *edit;
    QAction *replan;
    QAction *bulkEdit;

Q_SIGNALS:
    void editRequested(const Vigie::NodePath &path);
    void replanRequested(const Vigie::NodePath &device);
    // One field for every selected variable.
    void bulkEditRequested(const QList<Vigie::NodePath> &variables);
    // A verb was refused, and why (for the status bar).
    void refused(const QString &reason);

private:
    void updateEnabled();
    void showContextMenu(const QPoint &position);
    // The parent a new node of `kind` goes under, given the current node, or none.
    [[nodiscard]] std::optional<NodePath> parentFor(NodePath::Kind kind) const;

    ProjectEditor *m_editor;
    QTreeView *m_tree;
    DocumentTreeModel *m_model;
};

} // namespace Vigie
