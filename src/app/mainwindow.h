#pragma once

#include "editorquestions.h"

#include "model/projectfile.h"
#include "tags/tagcatalog.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QTableView;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace Vigie {

class AutosaveFile;
class DocumentTreeModel;
class EditActions;
class MqttStatusLabel;
class ProblemsModel;
class ProjectDocument;
class ImportDialog;
class IssuesDock;
class NodeDialog;
class ReplanDialog;
class BulkEditDialog;
class ProjectEditor;
class ScreenPanel;
class Station;
class TagFilterModel;
class TagTableModel;
class WriteDialog;

// The Vigie window: the project's screens and the live tag table as tabs in the centre (the
// screens first when the project has some), the project tree in a dock, the
// project's problems in a dock below, with the links' diagnostics in a tab beside them. Projects
// are read on a worker thread; values arrive through the station's tag table in coalesced batches,
// so the window never waits on I/O.
//
// It is also the engineering editor: the window owns the ProjectDocument being edited, its
// undo stack and the ProjectEditor whose verbs the tree, the Edit menu and the tag table call.
// The tree shows the document; the tag table shows the station's tags, and edits the document
// in place while nothing runs. Apply (F5) puts the edited project on the station. Unsaved
// changes are autosaved, asked about before they would be lost, and offered back after a crash.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using UnsavedAnswer = Vigie::UnsavedAnswer;
    // What the window asks the engineer; message boxes unless replaced (tests, offscreen with
    // nobody to answer, replace them).
    using Questions = EditorQuestions;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asynchronous: projectOpened() tells how it went. Asks first about unsaved changes.
    void openProject(const QString &fileName);
    // An empty project, stopped, unsaved. Asks first about unsaved changes.
    void newProject();
    // Saves to the document's file (asking for a name if it has none); false if not saved.
    bool save();
    // Saves under `fileName` (asking for one if empty).
    bool saveAs(const QString &fileName = {});
    // Reads the project's file again, dropping unsaved changes once the engineer agrees.
    void revert();
    // Puts the edited project on the station (restarting acquisition if it runs); refused, with
    // the reason, when the project has errors. projectApplied() tells how it went.
    void applyProject();
    // Starts the edited project (as Apply, then acquisition), or stops it, so that the tag
    // table edits the document.
    void startProject();
    void stopProject();
    // Asks for the current tree node's dialog (editRequested()).
    virtual void editSelected();
    // The spreadsheet import: asks for a file (unless given), opens its preview (returned, not
    // exec()'d; it deletes itself when closed), and applies it as one undoable command when
    // accepted.
    ImportDialog *importSpreadsheet(const QString &fileName = {});
    // Exports the edited project to .xlsx or .csv on a worker thread; exported() tells how it
    // went.
    void exportSpreadsheet(const QString &fileName = {});
    // The node's dialog (opened, not exec()'d; deleted when closed), focused on `field` if given
    // (an issue's field); OK applies the edit as one undoable command. Null if no such node.
    NodeDialog *editNodeAt(const NodePath &path, const QString &field = {});
    // Re-plans a device's frames after a preview; one undoable command.
    ReplanDialog *replanFrames(const NodePath &device);
    // One field set on several variables; one undoable command.
    BulkEditDialog *bulkEditVariables(const QList<NodePath> &variables);
    [[nodiscard]] IssuesDock *issuesDock() const { return m_issuesDock; }
    void showPreferences();
    // The write dialog for a tag (opened, not exec()'d); null, with a word in the status bar,
    // if the tag is read-only or nothing runs.
    WriteDialog *openWriteDialog(TagId tag);

    [[nodiscard]] TagTableModel *tagModel() const { return m_tagModel; }
    [[nodiscard]] QTableView *tagView() const { return m_tagView; }
    [[nodiscard]] ProblemsModel *problemsModel() const { return m_problemsModel; }
    [[nodiscard]] Station *station() const { return m_station; }
    [[nodiscard]] ScreenPanel *screenPanel() const { return m_screens; }
    [[nodiscard]] ProjectDocument *document() const { return m_document; }
    [[nodiscard]] ProjectEditor *editor() const { return m_editor; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] DocumentTreeModel *treeModel() const { return m_treeModel; }
    [[nodiscard]] QTreeView *treeView() const { return m_treeView; }
    [[nodiscard]] EditActions *editActions() const { return m_editActions; }
    [[nodiscard]] AutosaveFile *autosave() const { return m_autosave; }
    [[nodiscard]] Questions &questions() { return m_questions; }

Q_SIGNALS:
    void projectOpened(bool ok);
    void projectApplied(bool ok, const QString &message);
    void exported(bool ok, const QString &message);
    // Hooks for the editors other windows provide: a node's dialog, the spreadsheet import and
    // export, the frame planner's preview.
    void editRequested(const Vigie::NodePath &path);
    void importRequested();
    void exportRequested();
    void replanRequested(const Vigie::NodePath &device);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the worker reads for openProject(): the file, and an autosave newer than it.
    struct OpenedProject
    {
        ProjectLoadResult file;
        QString autosave; // empty: none
        ProjectLoadResult recovered;
    };

    void createActions();
    void createDocks();
    void createEditing();
    void onProjectLoaded();
    // True when there is nothing unsaved left to lose: saved, discarded, or nothing to save.
    bool maybeSave();
    void updateTitle();
    // While nothing runs, the tag table shows the document's tags: rebuilt a moment after edits.
    void scheduleTagRefresh();
    void refreshStoppedTags();
    void filterTagsByTreeNode(const QModelIndex &current);
    // Refuses (false) with the reason in the status bar and projectApplied() if the document has
    // errors.
    bool checkBeforeRunning();
    void chooseProject();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void updateStatus();
    void showAbout();
    void showColumnMenu(const QPoint &position);
    void askForCredentials(const QString &reference, const QString &why);

    Station *m_station;
    TagTableModel *m_tagModel;
    TagFilterModel *m_filterModel;
    ProjectDocument *m_document;
    QUndoStack *m_undoStack;
    ProjectEditor *m_editor;
    IssuesDock *m_issuesDock = nullptr;
    QAction *m_preferencesAction = nullptr;
    DocumentTreeModel *m_treeModel;
    AutosaveFile *m_autosave;
    EditActions *m_editActions = nullptr;
    QTimer *m_tagRefresh;
    Questions m_questions;
    bool m_reverting = false; // the load under way is a revert: no recovery question
    ProblemsModel *m_problemsModel;
    QTableView *m_tagView;
    QTreeView *m_treeView = nullptr;
    QLineEdit *m_filterEdit;
    QTabWidget *m_tabs;
    ScreenPanel *m_screens;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QLabel *m_statusLabel;
    MqttStatusLabel *m_mqttLabel;
    QSet<QString> m_askedSecrets; // asked once per session, not at every reconnection
    QFutureWatcher<OpenedProject> m_loader;
    QString m_loadingFile;
};

} // namespace Vigie
