#pragma once

#include "projectnode.h"

#include "model/project.h"
#include "model/projectissue.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace Vigie {

// The project being edited and its one owner: the tree, the file it comes from, whether it has
// unsaved changes, and its issues (checkProject()), kept current as it is edited.
//
// It is the core half of Tiled's Document. It holds the data and announces every change, so
// the editor's item models mirror the tree without a copy of their own, and its undo commands
// (Qt Gui, in the editor) are thin wrappers over the mutators: each mutator has an inverse at
// the same paths (insertNode ↔ removeNode, moveNode(a, b) ↔ moveNode(b, a), setNodeFields
// with the old value), and refuses a path that names no node, or a node that does not fit the
// path, with a message, changing nothing and emitting nothing.
//
// Signals of each edit, in this order (NodePath arguments; {} is the project):
//   insertNode(path)         nodeAboutToBeInserted(path), nodeInserted(path)
//   removeNode(path)         nodeAboutToBeRemoved(path), nodeRemoved(path)
//   moveNode(from, to)       nodeAboutToBeMoved(from, to), nodeMoved(from, to)
//   setNodeFields(path)      nodeChanged(path)
//   setProjectFields()       nodeChanged({})
// then modifiedChanged(true) if the document was unmodified. An edit that changes nothing (a
// value equal to the current one, a move to where the node already is) emits nothing and
// leaves the modified flag alone. Slots must not edit the document while it announces a change.
//
// For a QAbstractItemModel: the "about to" signals map to beginInsertRows(parent(path),
// row, row), beginRemoveRows(parent(path), row, row) and beginMoveRows(parent(from),
// from.row(), from.row(), parent(to), d), where d is to.row() + 1 when the node moves down
// under the same parent and to.row() otherwise; the others to the matching end…Rows() and
// dataChanged(). A node's parent has the same index path before and after a move.
//
// reset() emits projectAboutToBeReset(), projectReset(), then fileNameChanged() and
// modifiedChanged() if they changed, then issuesChanged(). A successful save emits
// fileNameChanged() if the name changed, modifiedChanged(false) if it was modified, and
// issuesChanged() if the issues of reading the file went away with it.
//
// Issues: an edit schedules a validation once validationDelay() ms pass without another edit,
// so a burst of edits is checked once; it replaces issues() and emits issuesChanged(). The
// locations in issues() are those of the tree at the last validation; while
// isValidationPending() an issue may name a node that has since moved, so a view that jumps to
// one calls validateNow() first (the Problems dock can also grey its list meanwhile).
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultValidationDelay = 200; // ms

    explicit ProjectDocument(QObject *parent = nullptr);

    [[nodiscard]] const Project &project() const { return m_project; }
    [[nodiscard]] QString fileName() const { return m_fileName; }

    // Set by every edit, cleared by a save; public so that the editor's undo stack can make
    // its clean state the document's.
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Takes a project read elsewhere (the GUI reads files on a worker thread with
    // loadProject()), unmodified. `issues` are those of reading it: the ones checkProject()
    // cannot find again in the value (unknown keys, mistyped fields) stay in issues() until the
    // project is saved, when the canonical file no longer has them; the rest are recomputed
    // now, so issues() is complete and current on return.
    void reset(const Project &project, const QString &fileName = {},
               const ProjectIssues &issues = {});

    // Atomic saves (ProjectFile::save). On failure: false, a message naming the file, and the
    // document still modified.
    bool save(QString *errorMessage = nullptr);
    bool saveAs(const QString &fileName, QString *errorMessage = nullptr);

    // Lookups for views. A pointer is nullptr when the path names no node of that kind, and is
    // valid until the next edit.
    [[nodiscard]] bool contains(const NodePath &path) const;
    [[nodiscard]] int childCount(const NodePath &path) const; // -1: no such node
    [[nodiscard]] const Connection *connection(const NodePath &path) const;
    [[nodiscard]] const Device *device(const NodePath &path) const;
    [[nodiscard]] const Frame *frame(const NodePath &path) const;
    [[nodiscard]] const Variable *variable(const NodePath &path) const;
    // A copy with its children, as an undo command keeps it.
    [[nodiscard]] std::optional<ProjectNode> node(const NodePath &path) const;

    // Inserts `node` (with its children) so that it sits at `path`: the path's last index is
    // its row, at most the parent's child count.
    bool insertNode(const NodePath &path, const ProjectNode &node, QString *errorMessage = nullptr);
    // Removes the node at `path` and returns it with its children; nullopt if refused.
    std::optional<ProjectNode> removeNode(const NodePath &path, QString *errorMessage = nullptr);
    // Moves the node at `from` so that it sits at `to`, among its siblings or under another
    // parent of the same kind; `to` is its path once moved.
    bool moveNode(const NodePath &from, const NodePath &to, QString *errorMessage = nullptr);
    // Changes the node's own fields (name, description, addresses…) to those of `fields`; its
    // children stay, and those in `fields` are ignored.
    bool setNodeFields(const NodePath &path, const ProjectNode &fields,
                       QString *errorMessage = nullptr);
    // Changes the project's own fields (name, description, gateway); its connections stay, and
    // those in `fields` are ignored.
    void setProjectFields(const Project &fields);

    [[nodiscard]] const ProjectIssues &issues() const { return m_issues; }
    [[nodiscard]] bool isValidationPending() const { return m_validationPending; }
    [[nodiscard]] int validationDelay() const { return m_validationTimer.interval(); }
    // 0: at the next pass of the event loop.
    void setValidationDelay(int milliseconds);
    // Validates now if an edit is not yet validated (emitting issuesChanged()), for callers
    // that need current issues, such as applying the project to a station; returns them.
    const ProjectIssues &validateNow();

Q_SIGNALS:
    void nodeAboutToBeInserted(const Vigie::NodePath &path);
    void nodeInserted(const Vigie::NodePath &path);
    // `path` is where the node was; after nodeRemoved() it names its next sibling, or nothing.
    void nodeAboutToBeRemoved(const Vigie::NodePath &path);
    void nodeRemoved(const Vigie::NodePath &path);
    void nodeAboutToBeMoved(const Vigie::NodePath &from, const Vigie::NodePath &to);
    void nodeMoved(const Vigie::NodePath &from, const Vigie::NodePath &to);
    void nodeChanged(const Vigie::NodePath &path);
    void projectAboutToBeReset();
    void projectReset();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void issuesChanged();

private:
    // After every edit that changed something: modified, and a validation scheduled.
    void edited();
    void setFileName(const QString &fileName);

    Project m_project;
    QString m_fileName;
    bool m_modified = false;
    ProjectIssues m_fileIssues; // of reading the file, until it is saved
    ProjectIssues m_issues; // m_fileIssues, then checkProject() at the last validation
    bool m_validationPending = false;
    QTimer m_validationTimer;
};

} // namespace Vigie
