// Tests of the editor's undo commands and of ProjectEditor's verbs: each command's redo and
// undo leave the project exactly as before (Project ==); change-value commands merge repeated
// edits of one field and are dropped when they change nothing; multi-node verbs are one undo
// step; refused input pushes nothing; the undo stack's clean state is the document's modified
// flag.

#include "editortestdata.h"

#include "changenodefields.h"
#include "changeprojectfields.h"
#include "insertnode.h"
#include "movenode.h"
#include "projecteditor.h"
#include "removenode.h"

#include "document/projectdocument.h"
#include "document/projecttree.h"
#include "formula/formularename.h"
#include "model/projectfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Vigie;

namespace {
const NodePath plantLink {0};
const NodePath pump {0, 0};
const NodePath fast {0, 0, 0};
const NodePath slow {0, 0, 1};
const NodePath level {0, 0, 0, 0};
const NodePath speed {0, 0, 0, 1};
const NodePath flow {0, 0, 0, 2};
const NodePath temp {0, 0, 1, 0};
const NodePath tank {0, 1};
} // namespace

class tst_UndoCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void insertRemoveMove();
    void changeNodeFields();
    void mergeSameField();
    void mergeBackIsDropped();
    void noOpIsDropped();
    void noMergeAcrossFieldsOrNodes();
    void changeProjectFields();
    void addNode();
    void addVariableGrowsFrame();
    void duplicate();
    void removeSelection();
    void moveUpDown();
    void moveVariablesToFrame();
    void moveVariablesWithinFrame();
    void bulkFieldEdit();
    void bulkFieldEditSingleMerges();
    void renameWithUsages();
    void renameWithoutUsages();
    void renameNodeAsks();
    void editNodeRenamesAndChangesInOneStep();
    void replanDevice();
    void applyChanges();
    void replaceProject();
    void refused_data();
    void refused();
    void cleanState();
    void resetClearsHistory();

private:
    // Undoes the last step, checks the project is `before`, redoes it, checks it is `after`.
    void checkUndoRedo(const Project &before, const Project &after);
    const Project &project() const { return m_document->project(); }

    ProjectDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    ProjectEditor *m_editor = nullptr;
};

void tst_UndoCommands::init()
{
    m_document = new ProjectDocument;
    m_document->reset(EditorTestData::project());
    m_stack = new QUndoStack;
    m_editor = new ProjectEditor(m_document, m_stack);
    for (const ProjectIssue &issue : m_document->issues())
        QVERIFY2(!issue.isError(), qPrintable(issue.toString()));
}

void tst_UndoCommands::cleanup()
{
    delete m_editor;
    delete m_stack;
    delete m_document;
}

void tst_UndoCommands::checkUndoRedo(const Project &before, const Project &after)
{
    QCOMPARE(project(), after);
    m_stack->undo();
    QCOMPARE(project(), before);
    m_stack->redo();
    QCOMPARE(project(), after);
    m_stack->undo();
    QCOMPARE(project(), before);
    m_stack->redo();
    QCOMPARE(project(), after);
}

void tst_UndoCommands::insertRemoveMove()
{
    const Project original = project();
    Variable extra = EditorTestData::variable(QStringLiteral("Extra"), 5);
    m_stack->push(new InsertNode(m_document, fast.child(1), extra));
    QCOMPARE(project().variable(fast.child(1)).name, QStringLiteral("Extra"));
    QCOMPARE(project().variable(fast.child(2)).name, QStringLiteral("Speed"));
    const Project inserted = project();
    checkUndoRedo(original, inserted);

    m_stack->push(new RemoveNode(m_document, pump));
    QCOMPARE(project().connections[0].devices.size(), 1);
    QCOMPARE(project().connections[0].devices[0].name, QStringLiteral("Tank"));
    checkUndoRedo(inserted, project());
    const Project removed = project();

    m_stack->push(new MoveNode(m_document, NodePath {0}, NodePath {1}));
    QCOMPARE(project().connections[1].name, QStringLiteral("Link"));
    checkUndoRedo(removed, project());

    // A variable to another frame, which ProjectDocument::moveNode() allows.
    m_stack->undo();
    m_stack->undo();
    m_stack->push(new MoveNode(m_document, level, slow.child(1)));
    QCOMPARE(project().variable(slow.child(1)).name, QStringLiteral("Level"));
    checkUndoRedo(inserted, project());
    QCOMPARE(m_stack->count(), 2);
}

void tst_UndoCommands::changeNodeFields()
{
    const Project original = project();
    Variable v = project().variable(level);
    v.unit = QStringLiteral("m");
    v.scale = 0.1;
    m_stack->push(new ChangeNodeFields(m_document, level, v));
    QCOMPARE(project().variable(level).unit, QStringLiteral("m"));
    QCOMPARE(m_stack->count(), 1);
    checkUndoRedo(original, project());

    // A container's fields, its children kept even when the value given has none.
    Device d = *m_document->device(pump);
    d.frames.clear();
    d.scanTime = 500;
    const Project beforeDevice = project();
    m_stack->push(new ChangeNodeFields(m_document, pump, d));
    QCOMPARE(m_document->device(pump)->scanTime, 500);
    QCOMPARE(m_document->device(pump)->frames.size(), 2);
    checkUndoRedo(beforeDevice, project());
}

void tst_UndoCommands::mergeSameField()
{
    const Project original = project();
    for (const char *unit : {"m", "mm", "cm"}) {
        Variable v = project().variable(level);
        v.unit = QString::fromLatin1(unit);
        m_stack->push(new ChangeNodeFields(m_document, level, v, QStringLiteral("variable.unit")));
    }
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Change unit of Level"));
    QCOMPARE(project().variable(level).unit, QStringLiteral("cm"));
    checkUndoRedo(original, project());
}

void tst_UndoCommands::mergeBackIsDropped()
{
    const Project original = project();
    Variable v = project().variable(level);
    v.unit = QStringLiteral("m");
    m_stack->push(new ChangeNodeFields(m_document, level, v, QStringLiteral("variable.unit")));
    QCOMPARE(m_stack->count(), 1);
    v.unit.clear();
    m_stack->push(new ChangeNodeFields(m_document, level, v, QStringLiteral("variable.unit")));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(project(), original);
    QVERIFY(!m_stack->canUndo());
}

void tst_UndoCommands::noOpIsDropped()
{
    const Project original = project();
    m_stack->push(new ChangeNodeFields(m_document, level, project().variable(level)));
    m_stack->push(new ChangeProjectFields(m_document, project()));
    m_stack->push(new MoveNode(m_document, level, level));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(project(), original);
    QVERIFY(!m_document->isModified());
    // Through the verbs: a value equal to the current one pushes nothing.
    QVERIFY(m_editor->setFields(level, project().variable(level), QStringLiteral("x")));
    QVERIFY(m_editor->setVariableField({level, speed}, VariableField::Unit, QString()));
    QCOMPARE(m_stack->count(), 0);
}

void tst_UndoCommands::noMergeAcrossFieldsOrNodes()
{
    Variable v = project().variable(level);
    v.unit = QStringLiteral("m");
    m_stack->push(new ChangeNodeFields(m_document, level, v, QStringLiteral("variable.unit")));
    v.description = QStringLiteral("tank level");
    m_stack->push(
        new ChangeNodeFields(m_document, level, v, QStringLiteral("variable.description")));
    Variable s = project().variable(speed);
    s.unit = QStringLiteral("rpm");
    m_stack->push(new ChangeNodeFields(m_document, speed, s, QStringLiteral("variable.unit")));
    // No key: never merges.
    s.unit = QStringLiteral("Hz");
    m_stack->push(new ChangeNodeFields(m_document, speed, s));
    s.unit = QStringLiteral("%");
    m_stack->push(new ChangeNodeFields(m_document, speed, s));
    QCOMPARE(m_stack->count(), 5);
}

void tst_UndoCommands::changeProjectFields()
{
    const Project original = project();
    Project fields = project();
    fields.name = QStringLiteral("P");
    m_stack->push(new ChangeProjectFields(m_document, fields, QStringLiteral("project.name")));
    fields.name = QStringLiteral("Pl");
    fields.connections.clear(); // ignored: the tree stays
    m_stack->push(new ChangeProjectFields(m_document, fields, QStringLiteral("project.name")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(project().name, QStringLiteral("Pl"));
    QCOMPARE(project().connections.size(), 2);
    checkUndoRedo(original, project());
    fields.name = original.name;
    m_stack->push(new ChangeProjectFields(m_document, fields, QStringLiteral("project.name")));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(project(), original);
}

void tst_UndoCommands::addNode()
{
    const Project original = project();
    const std::optional<NodePath> c = m_editor->addNode({}, NodePath::Kind::Connection);
    QVERIFY(c);
    QCOMPARE(*c, NodePath {2});
    QCOMPARE(m_document->connection(*c)->name, QStringLiteral("Connection 1"));
    QVERIFY(m_document->connection(*c)->protocol == Protocol::Simulation);
    const std::optional<NodePath> d = m_editor->addNode(plantLink, NodePath::Kind::Device);
    QVERIFY(d);
    QCOMPARE(*d, (NodePath {0, 2}));
    QCOMPARE(m_document->device(*d)->name, QStringLiteral("Device 1"));
    QCOMPARE(m_document->device(*d)->stationAddress, 3); // after Pump's 1 and Tank's 2
    const std::optional<NodePath> d2 = m_editor->addNode(plantLink, NodePath::Kind::Device);
    QCOMPARE(m_document->device(*d2)->name, QStringLiteral("Device 2"));
    const std::optional<NodePath> f = m_editor->addNode(pump, NodePath::Kind::Frame);
    QCOMPARE(*f, (NodePath {0, 0, 2}));
    QCOMPARE(m_document->frame(*f)->startAddress, 30); // after Slow's 20–29
    const std::optional<NodePath> v = m_editor->addNode(fast, NodePath::Kind::Variable);
    QCOMPARE(*v, (NodePath {0, 0, 0, 3}));
    QCOMPARE(m_document->variable(*v)->name, QStringLiteral("Variable 1"));
    QCOMPARE(m_document->variable(*v)->offset, 3); // after Flow at 2
    QCOMPARE(m_stack->count(), 5);
    const Project added = project();
    // Each one undoes to what was before it.
    for (int i = 0; i < 5; ++i)
        m_stack->undo();
    QCOMPARE(project(), original);
    for (int i = 0; i < 5; ++i)
        m_stack->redo();
    QCOMPARE(project(), added);
    // The new nodes pass the validator.
    for (const ProjectIssue &issue : m_document->validateNow())
        QVERIFY2(!issue.isError(), qPrintable(issue.toString()));
}

void tst_UndoCommands::addVariableGrowsFrame()
{
    Frame f = *m_document->frame(fast);
    f.variables.clear();
    f.quantity = 3; // Level, Speed, Flow fill it
    QVERIFY(m_editor->setFields(fast, f));
    const Project before = project();
    const std::optional<NodePath> v = m_editor->addNode(fast, NodePath::Kind::Variable);
    QVERIFY(v);
    QCOMPARE(m_document->frame(fast)->quantity, 4);
    QCOMPARE(m_document->variable(*v)->offset, 3);
    QCOMPARE(m_stack->count(), 2); // the growth and the insertion are one step
    checkUndoRedo(before, project());

    // A frame that cannot grow any more refuses.
    f.quantity = 125;
    f.startAddress = 0;
    QVERIFY(m_editor->setFields(fast, f));
    Variable big = project().variable(level);
    big.dataType = DataType::Float64;
    big.offset = 121;
    QVERIFY(m_editor->setFields(level, big));
    const int steps = m_stack->count();
    QString error;
    QVERIFY(!m_editor->addNode(fast, NodePath::Kind::Variable, &error));
    QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
    QCOMPARE(m_stack->count(), steps);
}

void tst_UndoCommands::duplicate()
{
    const Project original = project();
    // The pump (with its variables) and, on its own, Temp inside it: Temp comes with the pump.
    const std::optional<QList<NodePath>> copies = m_editor->duplicate({temp, pump, level});
    QVERIFY(copies);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(*copies, (QList<NodePath> {NodePath {0, 1}}));
    const Device &copy = *m_document->device({0, 1});
    QCOMPARE(copy.name, QStringLiteral("Pump (copy)"));
    QCOMPARE(copy.frames[0].variables[0].name, QStringLiteral("Level (copy)"));
    QCOMPARE(copy.frames[1].variables[0].name, QStringLiteral("Temp (copy)"));
    QCOMPARE(m_document->device({0, 2})->name, QStringLiteral("Tank"));
    checkUndoRedo(original, project());

    // Again: names stay unique; two nodes copied at once, each after its original.
    const Project once = project();
    const std::optional<QList<NodePath>> more = m_editor->duplicate({level, NodePath {0, 0}});
    QVERIFY(more);
    QCOMPARE(*more, (QList<NodePath> {NodePath {0, 1}}));
    QCOMPARE(m_document->device({0, 1})->name, QStringLiteral("Pump (copy 2)"));
    QCOMPARE(m_document->device({0, 1})->frames[0].variables[0].name,
             QStringLiteral("Level (copy 2)"));
    m_stack->undo();
    const std::optional<QList<NodePath>> two = m_editor->duplicate({level, flow});
    QCOMPARE(*two, (QList<NodePath> {NodePath {0, 0, 0, 1}, NodePath {0, 0, 0, 4}}));
    QCOMPARE(m_document->variable({0, 0, 0, 1})->name, QStringLiteral("Level (copy 2)"));
    // The pump's copy holds a "Flow (copy)" already.
    QCOMPARE(m_document->variable({0, 0, 0, 4})->name, QStringLiteral("Flow (copy 2)"));
    checkUndoRedo(once, project());
    QVERIFY(!hasErrors(m_document->validateNow()));
}

void tst_UndoCommands::removeSelection()
{
    const Project original = project();
    QVERIFY(m_editor->remove({level, flow, tank, temp, slow}));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_document->device(pump)->frames.size(), 1);
    QCOMPARE(m_document->frame(fast)->variables.size(), 1);
    QCOMPARE(m_document->variable({0, 0, 0, 0})->name, QStringLiteral("Speed"));
    QCOMPARE(project().connections[0].devices.size(), 1);
    checkUndoRedo(original, project());
}

void tst_UndoCommands::moveUpDown()
{
    const Project original = project();
    QVERIFY(m_editor->moveDown(level));
    QCOMPARE(m_document->variable(speed)->name, QStringLiteral("Level"));
    checkUndoRedo(original, project());
    const Project down = project();
    QVERIFY(m_editor->moveUp(NodePath {1}));
    QCOMPARE(project().connections[0].name, QStringLiteral("Spare"));
    checkUndoRedo(down, project());
    QString error;
    QVERIFY(!m_editor->moveUp(NodePath {0}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_editor->moveDown(NodePath {1}, &error));
    QCOMPARE(m_stack->count(), 2);
}

void tst_UndoCommands::moveVariablesToFrame()
{
    const Project original = project();
    const std::optional<QList<NodePath>> moved = m_editor->moveVariables({flow, level}, slow);
    QVERIFY(moved);
    QCOMPARE(*moved, (QList<NodePath> {NodePath {0, 0, 1, 1}, NodePath {0, 0, 1, 2}}));
    QCOMPARE(m_stack->count(), 1);
    const Frame &s = *m_document->frame(slow);
    QCOMPARE(s.variables.size(), 3);
    QCOMPARE(s.variables[1].name, QStringLiteral("Level"));
    QCOMPARE(s.variables[2].name, QStringLiteral("Flow"));
    // Their addresses stay: Level was at 0 + 0, Flow at 0 + 2; Slow starts at 20.
    QCOMPARE(s.variables[1].offset, 0); // 0 - 20 < 0: not addressable there, the offset stays
    QCOMPARE(m_document->frame(fast)->variables.size(), 1);
    checkUndoRedo(original, project());

    // Back into Fast before Speed, which now sits at 0: Level, Flow, Speed.
    const Project there = project();
    QVERIFY(m_editor->moveVariables({NodePath {0, 0, 1, 1}, NodePath {0, 0, 1, 2}}, fast, 0));
    QCOMPARE(m_document->variable({0, 0, 0, 0})->name, QStringLiteral("Level"));
    QCOMPARE(m_document->variable({0, 0, 0, 1})->name, QStringLiteral("Flow"));
    QCOMPARE(m_document->variable({0, 0, 0, 2})->name, QStringLiteral("Speed"));
    checkUndoRedo(there, project());
}

void tst_UndoCommands::moveVariablesWithinFrame()
{
    // Temp to Fast keeps its address 20 + 0: offset 20 in Fast, which starts at 0.
    const Project original = project();
    QVERIFY(m_editor->moveVariables({temp}, fast, 1));
    QCOMPARE(m_document->variable({0, 0, 0, 1})->name, QStringLiteral("Temp"));
    QCOMPARE(m_document->variable({0, 0, 0, 1})->offset, 20);
    checkUndoRedo(original, project());
    m_stack->undo();

    // Reorder: Level and Flow before Speed's neighbour at row 3 (the end) and at row 1.
    QVERIFY(m_editor->moveVariables({level, flow}, fast, 1));
    QStringList names;
    for (const Variable &v : m_document->frame(fast)->variables)
        names << v.name;
    QCOMPARE(names, QStringList({"Level", "Flow", "Speed"}));
    checkUndoRedo(original, project());
    m_stack->undo();
    // Where they already are: nothing to do, nothing pushed.
    const int steps = m_stack->index();
    QVERIFY(m_editor->moveVariables({level, speed}, fast, 0));
    QVERIFY(m_editor->moveVariables({flow}, fast));
    QCOMPARE(m_stack->index(), steps);
    QCOMPARE(project(), original);
}

void tst_UndoCommands::bulkFieldEdit()
{
    Variable v = project().variable(speed);
    v.unit = QStringLiteral("m3/h");
    QVERIFY(m_editor->setFields(speed, v));
    const Project before = project();
    const int steps = m_stack->count();
    QVERIFY(m_editor->setVariableField({level, speed, flow}, VariableField::Unit,
                                       QStringLiteral("m3/h")));
    QCOMPARE(m_stack->count(), steps + 1);
    // Speed had it already: the macro holds the two others.
    QCOMPARE(m_stack->command(steps)->childCount(), 2);
    for (const NodePath &p : {level, speed, flow})
        QCOMPARE(m_document->variable(p)->unit, QStringLiteral("m3/h"));
    checkUndoRedo(before, project());

    struct Edit
    {
        VariableField field;
        QVariant value;
    };
    const QList<Edit> edits {
        {VariableField::Scale, QStringLiteral("0.5")},
        {VariableField::ScaleOffset, -3.0},
        {VariableField::Deadband, 0.2},
        {VariableField::Decimals, 2},
        {VariableField::Writable, true},
        {VariableField::Published, QStringLiteral("true")},
        {VariableField::RemoteWrite, true},
        {VariableField::Description, QStringLiteral("bulk")},
        {VariableField::ByteOrder, QStringLiteral("CDAB")},
        {VariableField::DataType, QStringLiteral("Float32")},
        {VariableField::Min, -10},
        {VariableField::Max, QStringLiteral("90")},
    };
    for (const Edit &edit : edits) {
        const Project prior = project();
        QVERIFY(m_editor->setVariableField({level, flow}, edit.field, edit.value));
        QCOMPARE(VariableFields::value(*m_document->variable(level), edit.field).toString(),
                 VariableFields::value(*m_document->variable(flow), edit.field).toString());
        QVERIFY(project() != prior);
        checkUndoRedo(prior, project());
    }
    QCOMPARE(m_document->variable(flow)->scale, 0.5);
    QVERIFY(m_document->variable(flow)->dataType == DataType::Float32);
    QCOMPARE(m_document->variable(flow)->max, 90.0);
    // Clearing an optional field.
    QVERIFY(m_editor->setVariableField({level, flow}, VariableField::Max, QVariant()));
    QVERIFY(!m_document->variable(flow)->max);
}

void tst_UndoCommands::bulkFieldEditSingleMerges()
{
    const Project original = project();
    QVERIFY(m_editor->setVariableField({level}, VariableField::Scale, 2));
    QVERIFY(m_editor->setVariableField({level}, VariableField::Scale, 3));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_document->variable(level)->scale, 3.0);
    QVERIFY(m_editor->setVariableField({level}, VariableField::Scale, 1));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(project(), original);
}

void tst_UndoCommands::renameWithUsages()
{
    const Project original = project();
    QCOMPARE(m_editor->usagesOf(level),
             QStringList({"calculated[0].formula", "screens[0].bindings[0].formula",
                          "screens[0].actions[0].target"}));
    QVERIFY(m_editor->renameVariable(level, QStringLiteral("Tank level"), true));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_document->variable(level)->name, QStringLiteral("Tank level"));
    QCOMPARE(project().calculated[0].formula, QStringLiteral("[Tank level] * 2 + [Speed]"));
    QCOMPARE(project().screens[0].bindings[0].formula,
             QStringLiteral("FORMAT([Tank level], 1) & \" Level\""));
    QCOMPARE(project().screens[0].actions[0].target, QStringLiteral("Tank level"));
    checkUndoRedo(original, project());
    QVERIFY(m_editor->usagesOf(level).size() == 3);
}

void tst_UndoCommands::renameWithoutUsages()
{
    const Project original = project();
    QVERIFY(m_editor->renameVariable(level, QStringLiteral("L"), false));
    QCOMPARE(m_document->variable(level)->name, QStringLiteral("L"));
    QCOMPARE(m_stack->text(0), QStringLiteral("Rename Level to L"));
    QCOMPARE(project().calculated, original.calculated);
    QCOMPARE(project().screens, original.screens);
    checkUndoRedo(original, project());
}

void tst_UndoCommands::renameNodeAsks()
{
    QStringList asked;
    std::optional<bool> answer;
    m_editor->setUsagesQuestion(
        [&](const QString &oldName, const QString &newName, const QStringList &usages) {
            asked << oldName << newName << QString::number(usages.size());
            return answer;
        });
    const Project original = project();
    // Cancelled: nothing.
    QVERIFY(!m_editor->renameNode(level, QStringLiteral("L")));
    QCOMPARE(asked, QStringList({"Level", "L", "3"}));
    QCOMPARE(project(), original);
    answer = false;
    QVERIFY(m_editor->renameNode(level, QStringLiteral("L")));
    QCOMPARE(project().calculated, original.calculated);
    m_stack->undo();
    answer = true;
    QVERIFY(m_editor->renameNode(level, QStringLiteral("L")));
    QCOMPARE(project().calculated[0].formula, QStringLiteral("L * 2 + [Speed]"));
    m_stack->undo();
    // Not a variable, or nothing uses it: no question.
    asked.clear();
    QVERIFY(m_editor->renameNode(pump, QStringLiteral("Pump A")));
    QVERIFY(m_editor->renameNode(temp, QStringLiteral("T")));
    QVERIFY(asked.isEmpty());
    QCOMPARE(m_document->device(pump)->name, QStringLiteral("Pump A"));
}

// A dialog's edit: new name and new unit, the usages following, all in one undo step; a
// cancelled question changes nothing; a non-variable node is a plain field change.
void tst_UndoCommands::editNodeRenamesAndChangesInOneStep()
{
    std::optional<bool> answer;
    m_editor->setUsagesQuestion(
        [&](const QString &, const QString &, const QStringList &) { return answer; });
    const Project original = project();
    Variable edited = *m_document->variable(level);
    edited.name = QStringLiteral("Tank level");
    edited.unit = QStringLiteral("cm");
    QVERIFY(!m_editor->editNode(level, edited)); // cancelled
    QCOMPARE(project(), original);
    answer = true;
    QVERIFY(m_editor->editNode(level, edited));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(*m_document->variable(level), edited);
    QCOMPARE(project().calculated[0].formula, QStringLiteral("[Tank level] * 2 + [Speed]"));
    checkUndoRedo(original, project());
    m_stack->undo();
    // A name taken by another variable: refused whole, the unit not changed either.
    edited.name = QStringLiteral("Speed");
    QString error;
    QVERIFY(!m_editor->editNode(level, edited, &error));
    QVERIFY2(!error.isEmpty(), "a refusal says why");
    QCOMPARE(project(), original);
    Device device = *m_document->device(pump);
    device.scanTime = 750;
    QVERIFY(m_editor->editNode(pump, device));
    QCOMPARE(m_document->device(pump)->scanTime, 750);
}

void tst_UndoCommands::replanDevice()
{
    // Fast reads 0–9 for three registers at 0–2, Slow 20–29 for one at 20: planned as 0–2 and 20.
    const Project original = project();
    const std::optional<DeviceReplan> preview = m_editor->previewReplan(pump);
    QVERIFY(preview);
    QVERIFY(preview->leftOut.isEmpty());
    QVERIFY(m_editor->replanDevice(pump));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_document->device(pump)->frames, preview->device.frames);
    QVERIFY(m_document->device(pump)->frames != original.connections[0].devices[0].frames);
    checkUndoRedo(original, project());
    // Planned again: the same frames, nothing to do.
    QVERIFY(m_editor->replanDevice(pump));
    QCOMPARE(m_stack->count(), 1);

    QString error;
    QVERIFY(!m_editor->replanDevice(level, {}, &error));
    QVERIFY(!error.isEmpty());
}

void tst_UndoCommands::applyChanges()
{
    const Project original = project();
    ProjectChanges changes;
    Connection imported;
    imported.name = QStringLiteral("Imported");
    changes.insertions.append({NodePath {2}, imported});
    changes.insertions.append({NodePath {2, 0}, Device {QStringLiteral("Meter")}});
    Project fields = project();
    fields.description = QStringLiteral("imported");
    changes.projectFields = fields;
    QVERIFY(m_editor->apply(changes, QStringLiteral("Import meters.xlsx")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Import meters.xlsx"));
    QCOMPARE(m_document->device({2, 0})->name, QStringLiteral("Meter"));
    QCOMPARE(project().description, QStringLiteral("imported"));
    checkUndoRedo(original, project());

    // A change that does not fit refuses the whole import.
    const Project applied = project();
    ProjectChanges bad;
    bad.insertions.append({NodePath {3}, imported});
    bad.insertions.append({NodePath {9, 0}, Device {QStringLiteral("Lost")}});
    QString error;
    QVERIFY(!m_editor->apply(bad, QStringLiteral("Import"), &error));
    QVERIFY2(error.contains(QStringLiteral("insertion 2")), qPrintable(error));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(project(), applied);
    QVERIFY(m_editor->apply({}, QStringLiteral("Nothing")));
    QCOMPARE(m_stack->count(), 1);
}

void tst_UndoCommands::replaceProject()
{
    const Project original = project();
    Project other = EditorTestData::project();
    other.connections.removeLast();
    other.connections[0].devices[0].name = QStringLiteral("P");
    other.name = QStringLiteral("Recovered");
    m_editor->replaceProject(other, QStringLiteral("Recover"));
    QCOMPARE(project(), other);
    QCOMPARE(m_stack->count(), 1);
    checkUndoRedo(original, other);
}

void tst_UndoCommands::refused_data()
{
    QTest::addColumn<int>("verb");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("add under a variable") << 0 << "no place";
    QTest::newRow("add a device to the project") << 1 << "no place";
    QTest::newRow("duplicate nothing") << 2 << "nothing";
    QTest::newRow("duplicate a missing node") << 3 << "names no node";
    QTest::newRow("remove the project") << 4 << "names no node";
    QTest::newRow("move a device as a variable") << 5 << "not a variable";
    QTest::newRow("move to a device") << 6 << "not a frame";
    QTest::newRow("move past the end") << 7 << "no row";
    QTest::newRow("rename to a taken name") << 8 << "already taken";
    QTest::newRow("rename to nothing") << 9 << "empty";
    QTest::newRow("bulk edit with a bad number") << 10 << "scale: \"abc\" is not a number";
    QTest::newRow("bulk edit of a frame") << 11 << "not a variable";
    QTest::newRow("bad decimals") << 12 << "decimals";
    QTest::newRow("bad data type") << 13 << "Float32";
    QTest::newRow("device name taken") << 14 << "already taken";
    QTest::newRow("usages and a name with ]") << 15 << "cannot name";
    QTest::newRow("fields of another kind") << 16 << "";
}

void tst_UndoCommands::refused()
{
    QFETCH(int, verb);
    QFETCH(QString, expected);
    const Project original = project();
    QString error;
    bool ok = true;
    switch (verb) {
    case 0: ok = m_editor->addNode(level, NodePath::Kind::Variable, &error).has_value(); break;
    case 1: ok = m_editor->addNode({}, NodePath::Kind::Device, &error).has_value(); break;
    case 2: ok = m_editor->duplicate({}, &error).has_value(); break;
    case 3: ok = m_editor->duplicate({NodePath {7}}, &error).has_value(); break;
    case 4: ok = m_editor->remove({NodePath {}}, &error); break;
    case 5: ok = m_editor->moveVariables({pump}, slow, -1, &error).has_value(); break;
    case 6: ok = m_editor->moveVariables({level}, pump, -1, &error).has_value(); break;
    case 7: ok = m_editor->moveVariables({level}, slow, 5, &error).has_value(); break;
    case 8: ok = m_editor->renameVariable(level, QStringLiteral("Twice"), false, &error); break;
    case 9: ok = m_editor->renameVariable(level, QString(), false, &error); break;
    case 10:
        ok = m_editor->setVariableField({level, speed}, VariableField::Scale, QStringLiteral("abc"),
                                        &error);
        break;
    case 11:
        ok = m_editor->setVariableField({level, fast}, VariableField::Unit, QStringLiteral("m"),
                                        &error);
        break;
    case 12: ok = m_editor->setVariableField({level}, VariableField::Decimals, 11, &error); break;
    case 13:
        ok = m_editor->setVariableField({level}, VariableField::DataType, QStringLiteral("float"),
                                        &error);
        break;
    case 14: ok = m_editor->renameNode(tank, QStringLiteral("Pump"), &error); break;
    case 15: ok = m_editor->renameVariable(level, QStringLiteral("a]b"), true, &error); break;
    case 16: ok = m_editor->setFields(level, *m_document->device(pump), {}, &error); break;
    }
    QVERIFY(!ok);
    QVERIFY2(!error.isEmpty(), "a refusal says why");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(project(), original);
    QVERIFY(!m_document->isModified());
}

void tst_UndoCommands::cleanState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_document->saveAs(dir.filePath(QStringLiteral("plant.vigie.json"))));
    QVERIFY(m_stack->isClean());
    QVERIFY(!m_document->isModified());

    QVERIFY(m_editor->setVariableField({level}, VariableField::Unit, QStringLiteral("m")));
    QVERIFY(m_document->isModified());
    QVERIFY(!m_stack->isClean());
    m_stack->undo();
    QVERIFY(!m_document->isModified()); // back at the saved state
    m_stack->redo();
    QVERIFY(m_document->isModified());
    QVERIFY(m_document->save());
    QVERIFY(m_stack->isClean());
    QVERIFY(!m_document->isModified());
    // An edit after a save is a step of its own, not merged into the saved one.
    QVERIFY(m_editor->setVariableField({level}, VariableField::Unit, QStringLiteral("mm")));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QVERIFY(!m_document->isModified());
    m_stack->undo(); // before the save: modified again
    QVERIFY(m_document->isModified());
    QCOMPARE(ProjectFile::load(m_document->fileName()).project.variable(level).unit,
             QStringLiteral("m"));
}

void tst_UndoCommands::resetClearsHistory()
{
    QVERIFY(m_editor->remove({level}));
    QVERIFY(m_document->isModified());
    m_document->reset(EditorTestData::project());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_stack->isClean());
    QVERIFY(!m_document->isModified());
}

QTEST_GUILESS_MAIN(tst_UndoCommands)
#include "tst_undocommands.moc"
