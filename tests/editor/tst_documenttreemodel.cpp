// Tests of DocumentTreeModel: the tree as the document has it (names, details, roles); Qt's
// QAbstractItemModelTester and a walk comparing model and document under a random sequence of
// verbs, undos and redos; persistent indexes below moved, inserted and removed rows follow
// their node; in-place renames and drops of variables become undoable verbs.

#include "editortestdata.h"

#include "documenttreemodel.h"
#include "projecteditor.h"

#include "document/projectdocument.h"
#include "document/projecttree.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Vigie;

namespace Vigie {
char *toString(const NodePath &path)
{
    return QTest::toString(ProjectTree::describe(path));
}
} // namespace Vigie

class tst_DocumentTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void structure();
    void randomEdits();
    void persistentIndexesFollow();
    void renameInPlace();
    void dragAndDrop();
    void reset();

private:
    // The model shows exactly the document's tree.
    void compareWithDocument(const QModelIndex &parent = {});
    // One random verb, undo or redo.
    void randomStep(QRandomGenerator &random);

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<DocumentTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_DocumentTreeModel::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_document->reset(EditorTestData::project());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ProjectEditor>(m_document.get(), m_stack.get());
    m_model = std::make_unique<DocumentTreeModel>(m_editor.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_DocumentTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_editor.reset();
    m_stack.reset();
    m_document.reset();
}

void tst_DocumentTreeModel::compareWithDocument(const QModelIndex &parent)
{
    const NodePath parentPath = m_model->pathOf(parent);
    const int expected =
        parentPath.kind() == NodePath::Kind::Variable ? 0 : m_document->childCount(parentPath);
    QCOMPARE(m_model->rowCount(parent), expected);
    for (int row = 0; row < expected; ++row) {
        const QModelIndex index = m_model->index(row, DocumentTreeModel::Name, parent);
        const NodePath path = parentPath.child(row);
        QCOMPARE(m_model->pathOf(index), path);
        QCOMPARE(index.data(DocumentTreeModel::PathRole).value<NodePath>(), path);
        QCOMPARE(index.data(DocumentTreeModel::KindRole).toInt(), int(path.kind()));
        const std::optional<ProjectNode> node = m_document->node(path);
        QVERIFY(node);
        QCOMPARE(index.data().toString(), std::visit([](const auto &n) { return n.name; }, *node));
        QCOMPARE(m_model->indexOf(path), index);
        compareWithDocument(index);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_DocumentTreeModel::structure()
{
    compareWithDocument();
    const QModelIndex temp = m_model->indexOf({0, 0, 1, 0}, DocumentTreeModel::Details);
    QCOMPARE(temp.data().toString(), QStringLiteral("UInt16 @ 0"));
    QCOMPARE(m_model->indexOf({0, 0, 1}, DocumentTreeModel::Details).data().toString(),
             QStringLiteral("HoldingRegister 20–29"));
    QCOMPARE(m_model->indexOf({0}, DocumentTreeModel::Details).data().toString(),
             QStringLiteral("Simulation"));
    QCOMPARE(m_model->parent(temp), m_model->indexOf({0, 0, 1}));
    QVERIFY(m_model->flags(m_model->indexOf({0, 0, 1, 0})) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->flags(m_model->indexOf({0, 0, 1})) & Qt::ItemIsDropEnabled);
    QVERIFY(!(m_model->flags(m_model->indexOf({0, 0})) & Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(m_model->indexOf({0, 0})) & Qt::ItemIsEditable);

    // A change of fields is a dataChanged of the node's row.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_editor->setVariableField({{0, 0, 1, 0}}, VariableField::Unit, QStringLiteral("°C")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->indexOf({0, 0, 1, 0}));
    QCOMPARE(temp.data().toString(), QStringLiteral("UInt16, °C @ 0"));
}

void tst_DocumentTreeModel::randomStep(QRandomGenerator &random)
{
    const QList<VariablePath> variables = m_document->project().variablePaths();
    // Any node: walk down from the project as far as a coin says.
    const auto anyNode = [&](int minDepth = 1) {
        NodePath p;
        while (p.depth() < 4) {
            const int count = m_document->childCount(p);
            if (count <= 0 || (p.depth() >= minDepth && random.bounded(3) == 0))
                break;
            p = p.child(random.bounded(count));
        }
        return p;
    };
    const auto anyFrame = [&]() -> std::optional<NodePath> {
        for (int attempt = 0; attempt < 10; ++attempt) {
            NodePath p = anyNode(3);
            if (p.depth() >= 3)
                return p.depth() == 4 ? p.parent() : p;
        }
        return std::nullopt;
    };
    switch (random.bounded(11)) {
    case 0: {
        const NodePath parent = anyNode(0);
        if (parent.depth() < 4)
            (void)m_editor->addNode(parent, NodePath::Kind(parent.depth() + 1));
        break;
    }
    case 1: {
        const NodePath node = anyNode();
        if (!node.isProject())
            (void)m_editor->remove({node, anyNode()});
        break;
    }
    case 2: (void)m_editor->moveUp(anyNode()); break;
    case 3: (void)m_editor->moveDown(anyNode()); break;
    case 4:
        if (const std::optional<NodePath> frame = anyFrame(); frame && !variables.isEmpty()) {
            QList<NodePath> moved {variables[random.bounded(int(variables.size()))],
                                   variables[random.bounded(int(variables.size()))]};
            const int count = m_document->childCount(*frame);
            (void)m_editor->moveVariables(moved, *frame, random.bounded(-1, count + 1));
        }
        break;
    case 5: (void)m_editor->duplicate({anyNode()}); break;
    case 6: {
        const NodePath node = anyNode();
        // Variables keep their names, which the persistent index check relies on.
        if (!node.isProject() && node.kind() != NodePath::Kind::Variable)
            (void)m_editor->renameNode(node, QStringLiteral("n%1").arg(random.generate()));
        break;
    }
    case 7:
        if (!variables.isEmpty())
            (void)m_editor->setVariableField({variables[random.bounded(int(variables.size()))]},
                                             VariableField::Unit,
                                             QString::number(random.bounded(5)));
        break;
    case 8:
    case 9: m_stack->undo(); break;
    case 10: m_stack->redo(); break;
    }
}

void tst_DocumentTreeModel::randomEdits()
{
    QRandomGenerator random(20261122);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    for (int step = 0; step < 1000; ++step) {
        // Indexes a view would hold: each, while valid, still names its node.
        QList<std::pair<QPersistentModelIndex, QString>> held;
        const QList<VariablePath> variables = m_document->project().variablePaths();
        for (int i = 0; i < 3 && !variables.isEmpty(); ++i) {
            const NodePath p = variables[random.bounded(int(variables.size()))];
            held.append(
                {QPersistentModelIndex(m_model->indexOf(p)), m_document->variable(p)->name});
        }

        randomStep(random);
        compareWithDocument();
        if (QTest::currentTestFailed())
            QFAIL(
                qPrintable(QStringLiteral("after step %1: %2").arg(step).arg(m_stack->undoText())));
        // (Variable names are unique, and only their containers are renamed here.)
        for (const auto &[index, name] : held) {
            if (index.isValid())
                QCOMPARE(index.data().toString(), name);
        }
    }
    // The sequence did reach every kind of row change, many times.
    QVERIFY2(inserted.size() > 150 && removed.size() > 100 && moved.size() > 80,
             qPrintable(QStringLiteral("%1 inserted, %2 removed, %3 moved")
                            .arg(inserted.size())
                            .arg(removed.size())
                            .arg(moved.size())));
    // Undone to the start, it is the project it was.
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(m_document->project(), EditorTestData::project());
    compareWithDocument();
}

void tst_DocumentTreeModel::persistentIndexesFollow()
{
    const QPersistentModelIndex temp(m_model->indexOf({0, 0, 1, 0}));
    const QPersistentModelIndex tempDetails(m_model->indexOf({0, 0, 1, 0}, 1));
    const QPersistentModelIndex level(m_model->indexOf({0, 0, 0, 0}));
    // Its frame moves up: the variable below it follows.
    QVERIFY(m_editor->moveUp({0, 0, 1}));
    QCOMPARE(m_model->pathOf(temp), (NodePath {0, 0, 0, 0}));
    QCOMPARE(temp.data().toString(), QStringLiteral("Temp"));
    QCOMPARE(m_model->pathOf(tempDetails), (NodePath {0, 0, 0, 0}));
    QCOMPARE(m_model->pathOf(level), (NodePath {0, 0, 1, 0}));
    // A connection moves before its own: two levels above.
    QVERIFY(m_editor->moveUp({1}));
    QCOMPARE(m_model->pathOf(temp), (NodePath {1, 0, 0, 0}));
    QCOMPARE(temp.data().toString(), QStringLiteral("Temp"));
    // A device inserted before it, then removed.
    m_stack->undo();
    QVERIFY(m_editor->duplicate({{0, 0}}));
    QCOMPARE(m_model->pathOf(temp), (NodePath {0, 0, 0, 0}));
    QVERIFY(m_editor->moveUp({0, 1}));
    QCOMPARE(m_model->pathOf(temp), (NodePath {0, 1, 0, 0}));
    QCOMPARE(temp.data().toString(), QStringLiteral("Temp"));
    QVERIFY(m_editor->remove({{0, 0}}));
    QCOMPARE(m_model->pathOf(temp), (NodePath {0, 0, 0, 0}));
    QCOMPARE(level.data().toString(), QStringLiteral("Level"));
    // Its own device removed: the index goes invalid.
    QVERIFY(m_editor->remove({{0, 0}}));
    QVERIFY(!temp.isValid());
    QVERIFY(!level.isValid());
}

void tst_DocumentTreeModel::renameInPlace()
{
    const QModelIndex pump = m_model->indexOf({0, 0});
    QVERIFY(m_model->setData(pump, QStringLiteral("Pump A")));
    QCOMPARE(m_document->device({0, 0})->name, QStringLiteral("Pump A"));
    QCOMPARE(pump.data().toString(), QStringLiteral("Pump A"));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_model->setData(pump, QStringLiteral("Pump B")));
    QCOMPARE(m_stack->count(), 1); // the same field of the same node: merged
    // A variable used by formulas: the question's answer decides.
    m_editor->setUsagesQuestion([](const QString &, const QString &, const QStringList &) {
        return std::optional<bool>(true);
    });
    QVERIFY(m_model->setData(m_model->indexOf({0, 0, 0, 0}), QStringLiteral("Niveau")));
    QCOMPARE(m_document->project().calculated[0].formula, QStringLiteral("Niveau * 2 + [Speed]"));
    // Refused, with the reason.
    QSignalSpy refused(m_model.get(), &DocumentTreeModel::editRefused);
    QVERIFY(!m_model->setData(pump, QStringLiteral("Tank")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused[0][0].toString().contains(QStringLiteral("Tank")));
    QVERIFY(!m_model->setData(m_model->indexOf({0, 0}, 1), QStringLiteral("x")));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_document->project(), EditorTestData::project());
}

void tst_DocumentTreeModel::dragAndDrop()
{
    const QModelIndexList dragged {m_model->indexOf({0, 0, 0, 2}), m_model->indexOf({0, 0, 0, 0}),
                                   m_model->indexOf({0, 0, 0, 0}, 1), m_model->indexOf({0, 0})};
    std::unique_ptr<QMimeData> data(m_model->mimeData(dragged));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QLatin1String(DocumentTreeModel::VariablePathsMimeType)));
    QCOMPARE(DocumentTreeModel::variablePaths(data.get()),
             (QList<NodePath> {{0, 0, 0, 2}, {0, 0, 0, 0}}));
    QVERIFY(!m_model->mimeData({m_model->indexOf({0, 0})}));

    // Onto a device or a variable: no.
    QVERIFY(
        !m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf({0, 0})));
    QVERIFY(
        !m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, m_model->indexOf({0, 0, 1})));
    const QModelIndex slow = m_model->indexOf({0, 0, 1});
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, slow));
    // Between Temp's row and the end: before row 0.
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, slow));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_model->rowCount(slow), 3);
    QCOMPARE(m_model->index(0, 0, slow).data().toString(), QStringLiteral("Level"));
    QCOMPARE(m_model->index(1, 0, slow).data().toString(), QStringLiteral("Flow"));
    QCOMPARE(m_model->index(2, 0, slow).data().toString(), QStringLiteral("Temp"));
    compareWithDocument();
    m_stack->undo();
    QCOMPARE(m_document->project(), EditorTestData::project());
    compareWithDocument();
}

void tst_DocumentTreeModel::reset()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Project other;
    other.connections.append(Connection {QStringLiteral("Only")});
    m_document->reset(other);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    compareWithDocument();
}

QTEST_GUILESS_MAIN(tst_DocumentTreeModel)
#include "tst_documenttreemodel.moc"
