#pragma once

#include "variablefield.h"

#include "document/frameplanner.h"
#include "document/nodeinsertion.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Vigie {

class ProjectDocument;

// The editor's verbs: what the windows, the tree model and the tag table call to change the
// project. Each verb checks its input against the document first and refuses with a reason,
// pushing nothing; otherwise it pushes one undo command (a macro for several nodes) on the undo
// stack, so every edit is one undo step.
//
// It also ties the undo stack's clean state to the document's modified flag: a save marks the
// stack clean, and undoing back to the saved state clears the document's dirty marker. Resetting
// the document (opening a project) clears the history.
class ProjectEditor : public QObject
{
    Q_OBJECT
public:
    // Asked by renameNode() when a variable's name is used elsewhere: update those usages
    // (true), rename the variable alone (false), or do nothing (nullopt). The default updates.
    using UsagesQuestion = std::function<std::optional<bool>(
        const QString &oldName, const QString &newName, const QStringList &usages)>;

    ProjectEditor(ProjectDocument *document, QUndoStack *undoStack, QObject *parent = nullptr);

    [[nodiscard]] ProjectDocument *document() const { return m_document; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    void setUsagesQuestion(UsagesQuestion question) { m_usagesQuestion = std::move(question); }

    // A new node of `kind` at the end of `parent`'s children (parent one level up), with a
    // unique default name and defaults; its path.
    std::optional<NodePath> addNode(const NodePath &parent, NodePath::Kind kind,
                                    QString *errorMessage = nullptr);
    // Copies of the nodes, each after its original ("Pump 1 (copy)"), every variable in them
    // renamed so tags stay unique; a node inside another one given is copied with it only.
    // The copies' paths, in the order of `paths`, sorted.
    std::optional<QList<NodePath>> duplicate(const QList<NodePath> &paths,
                                             QString *errorMessage = nullptr);
    bool remove(const QList<NodePath> &paths, QString *errorMessage = nullptr);
    bool moveUp(const NodePath &path, QString *errorMessage = nullptr);
    bool moveDown(const NodePath &path, QString *errorMessage = nullptr);
    // Moves variables into a frame (drag and drop), in path order, before its variable at `row`
    // as counted before the move (-1: at the end). A variable that changes frames keeps its
    // absolute address when both frames read the same table. Their paths once moved.
    std::optional<QList<NodePath>> moveVariables(const QList<NodePath> &paths,
                                                 const NodePath &toFrame, int row = -1,
                                                 QString *errorMessage = nullptr);
    // A node's own fields (its children in `node` are ignored); repeated edits with the same
    // `fieldKey` merge. A variable's new name is checked, but its usages are not renamed: see
    // renameVariable().
    bool setFields(const NodePath &path, const ProjectNode &node, const QString &fieldKey = {},
                   QString *errorMessage = nullptr);
    bool setProjectFields(const Project &fields, const QString &fieldKey = {},
                          QString *errorMessage = nullptr);
    // One field of several variables (the bulk edit); variables it would not change are skipped.
    bool setVariableField(const QList<NodePath> &paths, VariableField field, const QVariant &value,
                          QString *errorMessage = nullptr);
    // Renames a variable, and with `updateUsages` the formulas, screen actions and gateway
    // mappings that name it, in one undo step.
    bool renameVariable(const NodePath &path, const QString &newName, bool updateUsages,
                        QString *errorMessage = nullptr);
    // Renames any node (the tree's and the tag table's in-place edit): a variable whose name is
    // used elsewhere asks the usages question first.
    bool renameNode(const NodePath &path, const QString &newName, QString *errorMessage = nullptr);
    // A node's fields as its dialog edited them, in one undo step; a variable whose new name is
    // used elsewhere asks the usages question first, as renameNode() does.
    bool editNode(const NodePath &path, const ProjectNode &node, QString *errorMessage = nullptr);
    // Where the variable's name is used (FormulaRename's usagesOf()).
    [[nodiscard]] QStringList usagesOf(const NodePath &variable) const;

    // What re-planning a device's frames would give, for a preview; none if `device` names no
    // device.
    [[nodiscard]] std::optional<DeviceReplan>
    previewReplan(const NodePath &device, const FramePlanOptions &options = {}) const;
    // Replaces the device's frames with the planned ones in one undo step; refused when a
    // variable would be left out (the preview says which and why).
    bool replanDevice(const NodePath &device, const FramePlanOptions &options = {},
                      QString *errorMessage = nullptr);
    // An import: the insertions, then the project fields, in one undo step named `text`.
    bool apply(const ProjectChanges &changes, const QString &text, QString *errorMessage = nullptr);

    // The whole tree and project fields replaced by `project`'s, as one undo step named `text`
    // (recovering an autosave over the file it was made from).
    void replaceProject(const Project &project, const QString &text);

private:
    bool changeVariable(const NodePath &path, const Variable &changed, bool updateUsages,
                        QString *errorMessage);
    [[nodiscard]] std::optional<bool> askUpdateUsages(const Variable &variable,
                                                      const QString &newName) const;
    // Runs `body` inside one macro named `text`; its pushes are done at once.
    void macro(const QString &text, const std::function<void()> &body);
    void push(QUndoCommand *command);

    ProjectDocument *m_document;
    QUndoStack *m_undoStack;
    UsagesQuestion m_usagesQuestion;
};

} // namespace Vigie
