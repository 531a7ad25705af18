// The editing window on the offscreen platform: a tree built through the Edit menu, the
// ProjectEditor's verbs and the tree model (add, rename with usages, drag a variable to another
// frame, bulk edit), undone and redone step by step (Project == at each step), saved and read
// back; the dirty marker; revert; the unsaved-changes question on close; Apply refused while the
// project has errors, then followed by the tag table; cells of a stopped project edited in
// place; an autosave recovered on opening.

#include "autosavefile.h"
#include "documenttreemodel.h"
#include "editactions.h"
#include "mainwindow.h"
#include "projecteditor.h"
#include "station.h"
#include "tagfiltermodel.h"
#include "tagtablemodel.h"

#include "document/projectdocument.h"
#include "model/projectfile.h"

#include <QAction>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Vigie;

namespace {

// The window with every question answered by the test, and counted.
struct Answers
{
    MainWindow::UnsavedAnswer unsaved = MainWindow::UnsavedAnswer::Cancel;
    bool recover = true;
    std::optional<bool> updateUsages = true;
    QString saveFileName;
    int asked = 0;

    void install(MainWindow &window)
    {
        MainWindow::Questions &q = window.questions();
        q.unsavedChanges = [this](const QString &) {
            ++asked;
            return unsaved;
        };
        q.recoverAutosave = [this](const QString &) {
            ++asked;
            return recover;
        };
        q.revert = [this] {
            ++asked;
            return true;
        };
        q.updateUsages = [this](const QString &, const QString &, const QStringList &) {
            ++asked;
            return updateUsages;
        };
        q.saveFileName = [this](const QString &) {
            ++asked;
            return saveFileName;
        };
        // No spreadsheet chosen: the import and export stop there (tst_importdialog goes on).
        q.importFileName = [this] {
            ++asked;
            return QString();
        };
        q.exportFileName = [this](const QString &) {
            ++asked;
            return QString();
        };
    }
};

int tagRow(TagTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, TagTableModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

} // namespace

class tst_Editing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildUndoRedoSaveReload();
    void dirtyMarkerAndRevert();
    void closingAsks();
    void applyRefusesErrorsThenFollows();
    void stoppedTagTableEdits();
    void recoversAutosave();
    void hooksForOtherEditors();

private:
    // A window on a new project with a connection, device, two frames and three variables,
    // built through the Edit menu on the tree's selection.
    void buildSmallTree(MainWindow &window);
    QTemporaryDir m_dir;
};

void tst_Editing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_Editing::buildSmallTree(MainWindow &window)
{
    window.newProject();
    EditActions *actions = window.editActions();
    QVERIFY(actions->addConnection->isEnabled());
    QVERIFY(!actions->addDevice->isEnabled()); // nothing selected yet
    actions->addConnection->trigger();
    QCOMPARE(actions->currentPath(), NodePath {0});
    QVERIFY(actions->addDevice->isEnabled());
    QVERIFY(!actions->addFrame->isEnabled());
    actions->addDevice->trigger();
    QCOMPARE(actions->currentPath(), (NodePath {0, 0}));
    actions->addFrame->trigger();
    actions->addVariable->trigger();
    actions->addVariable->trigger(); // the current node is the new variable: into its frame
    QCOMPARE(actions->currentPath(), (NodePath {0, 0, 0, 1}));
    actions->select({{0, 0}});
    actions->addFrame->trigger();
    actions->addVariable->trigger();
    const Project &p = window.document()->project();
    QCOMPARE(p.connections.size(), 1);
    QCOMPARE(p.connections[0].devices[0].frames.size(), 2);
    QCOMPARE(p.connections[0].devices[0].frames[0].variables.size(), 2);
    QCOMPARE(p.variable({0, 0, 1, 0}).name, QStringLiteral("Variable 3"));
    QCOMPARE(window.undoStack()->count(), 7);
}

void tst_Editing::buildUndoRedoSaveReload()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    window.show();
    QList<Project> states {window.document()->project()};
    buildSmallTree(window);
    ProjectDocument *doc = window.document();
    // Every step of the build, replayed from the undo stack.
    states.clear();
    for (int i = window.undoStack()->count(); i >= 0; --i) {
        window.undoStack()->setIndex(i);
        states.prepend(doc->project());
    }
    window.undoStack()->setIndex(window.undoStack()->count());
    const auto record = [&] { states.append(doc->project()); };

    ProjectEditor *editor = window.editor();
    DocumentTreeModel *model = window.treeModel();
    // A calculated variable and a screen action that use "Variable 1".
    Project fields = doc->project();
    CalculatedVariable calculated;
    calculated.name = QStringLiteral("Total");
    calculated.formula = QStringLiteral("[Variable 1] + [Variable 2]");
    fields.calculated = {calculated};
    QVERIFY(editor->setProjectFields(fields));
    record();
    // Renamed in the tree: the question is asked, the formula follows in the same step.
    QVERIFY(model->setData(model->indexOf({0, 0, 0, 0}), QStringLiteral("Niveau cuve")));
    QCOMPARE(answers.asked, 1);
    QCOMPARE(doc->project().calculated[0].formula, QStringLiteral("[Niveau cuve] + [Variable 2]"));
    record();
    QVERIFY(model->setData(model->indexOf({0, 0}), QStringLiteral("Pompe")));
    record();
    // "Variable 2" dragged onto the second frame.
    std::unique_ptr<QMimeData> drag(model->mimeData({model->indexOf({0, 0, 0, 1})}));
    QVERIFY(model->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, model->indexOf({0, 0, 1})));
    QCOMPARE(doc->project().variable({0, 0, 1, 1}).name, QStringLiteral("Variable 2"));
    record();
    // A bulk edit of every variable.
    QVERIFY(editor->setVariableField(doc->project().variablePaths(), VariableField::Unit,
                                     QStringLiteral("m")));
    record();
    QVERIFY(editor->setVariableField(doc->project().variablePaths(), VariableField::Decimals, 1));
    record();
    QCOMPARE(window.undoStack()->count(), states.size() - 1);
    QVERIFY(!hasErrors(doc->validateNow()));

    // Undone all the way and redone, the project is at each step what it was.
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        QCOMPARE(doc->project(), states[i]);
        window.undoStack()->undo();
    }
    QCOMPARE(doc->project(), states.first());
    for (qsizetype i = 1; i < states.size(); ++i) {
        window.undoStack()->redo();
        QCOMPARE(doc->project(), states[i]);
    }

    // Saved through Save (which asks for a name), read back from disk: the same project.
    answers.saveFileName = m_dir.filePath(QStringLiteral("built.vigie.json"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    QVERIFY(!doc->isModified());
    const ProjectLoadResult reloaded = ProjectFile::load(answers.saveFileName);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.project, doc->project());
    QCOMPARE(reloaded.project, states.last());

    // Opened again in another window: the same tree.
    MainWindow other;
    Answers otherAnswers;
    otherAnswers.install(other);
    QSignalSpy opened(&other, &MainWindow::projectOpened);
    other.openProject(answers.saveFileName);
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
    QCOMPARE(other.document()->project(), states.last());
    QCOMPARE(other.treeModel()->rowCount(), 1);
    QCOMPARE(other.treeModel()->index(0, 0).data().toString(), QStringLiteral("Connection 1"));
    QVERIFY(!other.isWindowModified());
}

void tst_Editing::dirtyMarkerAndRevert()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    buildSmallTree(window);
    const QString file = m_dir.filePath(QStringLiteral("dirty.vigie.json"));
    QVERIFY(window.saveAs(file));
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(!window.isWindowModified());
    const Project saved = window.document()->project();

    QVERIFY(window.editor()->setVariableField({{0, 0, 0, 0}}, VariableField::Unit,
                                              QStringLiteral("bar")));
    QVERIFY(window.isWindowModified());
    window.undoStack()->undo();
    QVERIFY(!window.isWindowModified()); // back at the saved state
    window.undoStack()->redo();
    QVERIFY(window.isWindowModified());
    QVERIFY(window.editor()->remove({{0, 0, 1}}));

    QSignalSpy opened(&window, &MainWindow::projectOpened);
    const int asked = answers.asked;
    window.revert();
    QVERIFY(opened.wait(10000));
    QCOMPARE(answers.asked, asked + 1); // the revert question, and no other
    QCOMPARE(window.document()->project(), saved);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(!QFile::exists(AutosaveFile::pathFor(file)));
}

void tst_Editing::closingAsks()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    buildSmallTree(window);
    answers.unsaved = MainWindow::UnsavedAnswer::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(answers.asked, 1);
    QVERIFY(window.isVisible());
    // Opening another project asks too, and Cancel keeps this one.
    window.newProject();
    QCOMPARE(answers.asked, 2);
    QCOMPARE(window.document()->project().connections.size(), 1);

    // Discard: closed, and nothing left to recover.
    window.autosave()->saveNow();
    QTRY_VERIFY(QFile::exists(window.autosave()->path()));
    const QString autosave = window.autosave()->path();
    answers.unsaved = MainWindow::UnsavedAnswer::Discard;
    QVERIFY(window.close());
    QTRY_VERIFY(!QFile::exists(autosave));

    // Save: saved under the name asked for, then closed.
    MainWindow second;
    Answers secondAnswers;
    secondAnswers.install(second);
    second.show();
    buildSmallTree(second);
    secondAnswers.unsaved = MainWindow::UnsavedAnswer::Save;
    secondAnswers.saveFileName = m_dir.filePath(QStringLiteral("closed.vigie.json"));
    QVERIFY(second.close());
    QCOMPARE(ProjectFile::load(secondAnswers.saveFileName).project, second.document()->project());
}

void tst_Editing::applyRefusesErrorsThenFollows()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    buildSmallTree(window);
    window.startProject();
    QVERIFY(window.station()->isRunning());
    QVERIFY(tagRow(window.tagModel(), QStringLiteral("Variable 1")) >= 0);

    // A device polled every 10 ms is an error: refused, with the reason.
    Device fast = *window.document()->device({0, 0});
    fast.scanTime = 10;
    QVERIFY(window.editor()->setFields({0, 0}, fast));
    QVERIFY(window.editor()->renameVariable({0, 0, 0, 0}, QStringLiteral("Débit"), true));
    QSignalSpy applied(&window, &MainWindow::projectApplied);
    window.applyProject();
    QCOMPARE(applied.size(), 1);
    QVERIFY(!applied[0][0].toBool());
    QVERIFY2(applied[0][1].toString().contains(QStringLiteral("error")),
             qPrintable(applied[0][1].toString()));
    QVERIFY(tagRow(window.tagModel(), QStringLiteral("Débit")) < 0);

    // Fixed: applied, and the tag table has the new catalog while the station keeps running.
    window.undoStack()->undo(); // the rename
    window.undoStack()->undo(); // the scan time
    QVERIFY(window.editor()->renameVariable({0, 0, 0, 0}, QStringLiteral("Débit"), true));
    window.applyProject();
    QCOMPARE(applied.size(), 2);
    QVERIFY2(applied[1][0].toBool(), qPrintable(applied[1][1].toString()));
    QVERIFY(window.station()->isRunning());
    QVERIFY(tagRow(window.tagModel(), QStringLiteral("Débit")) >= 0);
    QVERIFY(tagRow(window.tagModel(), QStringLiteral("Variable 1")) < 0);
    QCOMPARE(window.station()->project(), window.document()->project());
}

void tst_Editing::stoppedTagTableEdits()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    buildSmallTree(window);
    TagTableModel *tags = window.tagModel();
    // Stopped: the table follows the document.
    QTRY_VERIFY(tagRow(tags, QStringLiteral("Variable 3")) >= 0);
    const int row = tagRow(tags, QStringLiteral("Variable 1"));
    QVERIFY(row >= 0);
    const QModelIndex unit = tags->index(row, TagTableModel::Unit);
    QVERIFY(tags->flags(unit) & Qt::ItemIsEditable);
    QVERIFY(!(tags->flags(tags->index(row, TagTableModel::Value)) & Qt::ItemIsEditable));
    QVERIFY(tags->setData(unit, QStringLiteral("°C")));
    QCOMPARE(window.document()->variable({0, 0, 0, 0})->unit, QStringLiteral("°C"));
    QTRY_COMPARE(tags->index(tagRow(tags, QStringLiteral("Variable 1")), TagTableModel::Unit)
                     .data()
                     .toString(),
                 QStringLiteral("°C"));
    const int renamed = tagRow(tags, QStringLiteral("Variable 1"));
    QVERIFY(tags->setData(tags->index(renamed, TagTableModel::Max), QStringLiteral("100")));
    QCOMPARE(window.document()->variable({0, 0, 0, 0})->max, 100.0);
    QTRY_VERIFY(tagRow(tags, QStringLiteral("Variable 1")) >= 0);
    QVERIFY(
        tags->setData(tags->index(tagRow(tags, QStringLiteral("Variable 1")), TagTableModel::Name),
                      QStringLiteral("Pression")));
    QCOMPARE(window.document()->variable({0, 0, 0, 0})->name, QStringLiteral("Pression"));
    QTRY_VERIFY(tagRow(tags, QStringLiteral("Pression")) >= 0);
    // A bad value: refused with the reason.
    QSignalSpy refused(tags, &TagTableModel::editRefused);
    QVERIFY(
        !tags->setData(tags->index(tagRow(tags, QStringLiteral("Pression")), TagTableModel::Min),
                       QStringLiteral("low")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused[0][0].toString().contains(QStringLiteral("min")));
    QCOMPARE(window.undoStack()->count(), 10);

    // Selecting a tree node narrows the table to its variables.
    window.editActions()->select({{0, 0, 1}});
    QTRY_COMPARE(window.tagView()->model()->rowCount(), 1);
    window.editActions()->select({{0, 0}});
    QTRY_COMPARE(window.tagView()->model()->rowCount(), 3);

    // A project with errors is still shown while stopped (the station only builds its tags),
    // and cannot be started.
    Device tooFast = *window.document()->device({0, 0});
    tooFast.scanTime = 10;
    QVERIFY(window.editor()->setFields({0, 0}, tooFast));
    const std::optional<NodePath> added =
        window.editor()->addNode({0, 0, 1}, NodePath::Kind::Variable);
    QVERIFY(added);
    const QString addedName = window.document()->variable(*added)->name;
    QTRY_VERIFY(tagRow(tags, addedName) >= 0);
    QSignalSpy applied(&window, &MainWindow::projectApplied);
    window.startProject();
    QCOMPARE(applied.size(), 1);
    QVERIFY(!applied[0][0].toBool());
    QVERIFY(!window.station()->isRunning());
    window.undoStack()->undo();
    window.undoStack()->undo();

    // Running: read-only.
    window.startProject();
    QVERIFY(window.station()->isRunning());
    const int running = tagRow(tags, QStringLiteral("Pression"));
    QVERIFY(!(tags->flags(tags->index(running, TagTableModel::Unit)) & Qt::ItemIsEditable));
    QVERIFY(!tags->setData(tags->index(running, TagTableModel::Unit), QStringLiteral("K")));
    window.stopProject();
    QVERIFY(tags->flags(tags->index(tagRow(tags, QStringLiteral("Pression")), TagTableModel::Unit))
            & Qt::ItemIsEditable);
}

void tst_Editing::recoversAutosave()
{
    const QString file = m_dir.filePath(QStringLiteral("crashed.vigie.json"));
    Project onDisk;
    Project edited;
    {
        MainWindow window;
        Answers answers;
        answers.install(window);
        buildSmallTree(window);
        QVERIFY(window.saveAs(file));
        onDisk = window.document()->project();
        QVERIFY(window.editor()->renameVariable({0, 0, 0, 0}, QStringLiteral("Récupéré"), true));
        edited = window.document()->project();
    }
    // What an editor that crashed there leaves: an autosave, newer than the file.
    QVERIFY(ProjectFile::save(edited, AutosaveFile::pathFor(file)));
    QFile autosave(AutosaveFile::pathFor(file));
    QVERIFY(autosave.open(QIODevice::ReadWrite));
    QVERIFY(autosave.setFileTime(QDateTime::currentDateTime().addSecs(5),
                                 QFileDevice::FileModificationTime));
    autosave.close();

    MainWindow window;
    Answers answers;
    answers.install(window);
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openProject(file);
    QVERIFY(opened.wait(10000));
    QCOMPARE(answers.asked, 1);
    QCOMPARE(window.document()->project(), edited);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QCOMPARE(window.document()->project(), onDisk);
    QVERIFY(!window.isWindowModified());
}

// Edit…, Re-plan frames…, Import… and Export… hand over to the dialogs other windows provide.
void tst_Editing::hooksForOtherEditors()
{
    MainWindow window;
    Answers answers;
    answers.install(window);
    buildSmallTree(window);
    QSignalSpy edit(&window, &MainWindow::editRequested);
    QSignalSpy replan(&window, &MainWindow::replanRequested);
    QSignalSpy imports(&window, &MainWindow::importRequested);
    QSignalSpy exports(&window, &MainWindow::exportRequested);
    EditActions *actions = window.editActions();
    actions->select({{0, 0, 1, 0}});
    QVERIFY(actions->edit->isEnabled());
    actions->edit->trigger();
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit[0][0].value<NodePath>(), (NodePath {0, 0, 1, 0}));
    actions->replan->trigger(); // a variable: its device
    QCOMPARE(replan.size(), 1);
    QCOMPARE(replan[0][0].value<NodePath>(), (NodePath {0, 0}));
    actions->select({{0}});
    QVERIFY(!actions->replan->isEnabled()); // a connection has no frames of its own
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importAction"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(importAction && exportAction);
    importAction->trigger();
    exportAction->trigger();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(exports.size(), 1);
}

QTEST_MAIN(tst_Editing)
#include "tst_editing.moc"
