// Tests of ProjectDocument: lookups by NodePath; insert, remove, move and change at every level
// with the exact signals in order (and the tree as each signal sees it); each edit undone by
// its inverse; refused edits that change and emit nothing; the modified flag; saving; issues
// of reading kept until saved; debounced validation and validateNow().

#include "document/projectdocument.h"
#include "document/projecttree.h"
#include "model/projectfile.h"
#include "projectcheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

Q_DECLARE_METATYPE(Vigie::NodePath)
Q_DECLARE_METATYPE(Vigie::ProjectNode)

// Readable failures: QTest finds these by argument-dependent lookup.
namespace Vigie {
char *toString(const NodePath &path)
{
    return QTest::toString(ProjectTree::describe(path));
}
char *toString(const ProjectIssue &issue)
{
    return QTest::toString(issue.toString());
}
char *toString(const std::optional<ProjectNode> &node)
{
    if (!node)
        return QTest::toString("no node");
    return QTest::toString(std::visit([](const auto &n) { return n.name; }, *node));
}
} // namespace Vigie

using namespace Vigie;

namespace {

Variable variable(const QString &name, int offset, DataType type = DataType::UInt16)
{
    Variable v;
    v.name = name;
    v.offset = offset;
    v.dataType = type;
    return v;
}

Frame frame(const QString &name, FrameType type, int quantity, const QList<Variable> &variables)
{
    Frame f;
    f.name = name;
    f.type = type;
    f.quantity = quantity;
    f.variables = variables;
    return f;
}

Device device(const QString &name, const QList<Frame> &frames)
{
    Device d;
    d.name = name;
    d.frames = frames;
    return d;
}

Connection connection(const QString &name, const QList<Device> &devices)
{
    Connection c;
    c.name = name;
    c.devices = devices;
    return c;
}

// PLC: Station 1 (hr: a b c, coils: p), Station 2 (ir: t); Sim: Meter (e: kWh). Valid.
Project fixture()
{
    Project p;
    p.name = "Plant";
    p.description = "test plant";
    p.connections = {
        connection(
            "PLC",
            {device("Station 1",
                    {frame("hr", FrameType::HoldingRegister, 10,
                           {variable("a", 0), variable("b", 1), variable("c", 2)}),
                     frame("coils", FrameType::Coil, 8, {variable("p", 0, DataType::Bool)})}),
             device(
                 "Station 2",
                 {frame("ir", FrameType::InputRegister, 4, {variable("t", 0, DataType::Int16)})})}),
        connection("Sim",
                   {device("Meter",
                           {frame("e", FrameType::HoldingRegister, 4,
                                  {variable("kWh", 0, DataType::UInt32)})})}),
    };
    return p;
}

QString text(const NodePath &path)
{
    if (path.isProject())
        return "project";
    QStringList indices;
    for (int level = 0; level < path.depth(); ++level)
        indices << QString::number(path.index(level));
    return indices.join('.');
}

// Every signal of a document as one line, in order, with the parent's child count as the
// signal sees it ("inserted 0.1 [3]"), which shows whether the tree had changed yet.
class SignalLog
{
public:
    explicit SignalLog(ProjectDocument &doc)
        : m_doc(doc)
    {
        using D = ProjectDocument;
        on(&D::nodeAboutToBeInserted, "aboutToBeInserted");
        on(&D::nodeInserted, "inserted");
        on(&D::nodeAboutToBeRemoved, "aboutToBeRemoved");
        on(&D::nodeRemoved, "removed");
        on(&D::nodeChanged, "changed");
        QObject::connect(
            &doc, &D::nodeAboutToBeMoved, &m_context,
            [this](const NodePath &f, const NodePath &t) { moved("aboutToBeMoved", f, t); });
        QObject::connect(&doc, &D::nodeMoved, &m_context,
                         [this](const NodePath &f, const NodePath &t) { moved("moved", f, t); });
        QObject::connect(&doc, &D::projectAboutToBeReset, &m_context,
                         [this] { m_lines << "aboutToBeReset"; });
        QObject::connect(&doc, &D::projectReset, &m_context, [this] { m_lines << "reset"; });
        QObject::connect(&doc, &D::modifiedChanged, &m_context,
                         [this](bool m) { m_lines << QString("modified %1").arg(m); });
        QObject::connect(&doc, &D::fileNameChanged, &m_context,
                         [this](const QString &f) { m_lines << "fileName " + f; });
        QObject::connect(&doc, &D::issuesChanged, &m_context, [this] { m_lines << "issues"; });
    }
    QStringList take() { return std::exchange(m_lines, {}); }

private:
    void on(void (ProjectDocument::*signal)(const NodePath &), const QString &name)
    {
        QObject::connect(&m_doc, signal, &m_context, [this, name](const NodePath &path) {
            QString line = name + ' ' + text(path);
            if (!path.isProject())
                line += QString(" [%1]").arg(m_doc.childCount(path.parent()));
            m_lines << line;
        });
    }
    void moved(const QString &name, const NodePath &from, const NodePath &to)
    {
        m_lines << QString("%1 %2 -> %3 [%4,%5]")
                       .arg(name, text(from), text(to))
                       .arg(m_doc.childCount(from.parent()))
                       .arg(m_doc.childCount(to.parent()));
    }

    ProjectDocument &m_doc;
    QObject m_context;
    QStringList m_lines;
};

QStringList childNames(const ProjectDocument &doc, const NodePath &parent)
{
    QStringList names;
    for (int row = 0; row < doc.childCount(parent); ++row)
        names << std::visit([](const auto &n) { return n.name; }, *doc.node(parent.child(row)));
    return names;
}

bool hasIssue(const ProjectIssues &issues, const QString &path, const QString &text)
{
    for (const ProjectIssue &issue : issues) {
        if (issue.path == path && issue.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

class tst_ProjectDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureIsValid();
    void lookups_data();
    void lookups();
    void insert_data();
    void insert();
    void remove_data();
    void remove();
    void move_data();
    void move();
    void setNodeFields_data();
    void setNodeFields();
    void setProjectFields();
    void noOpEditsEmitNothing();
    void refused_data();
    void refused();
    void modifiedFlag();
    void saveAndLoad();
    void saveFailureKeepsModified();
    void debouncedValidation_data();
    void debouncedValidation();
    void validateNow();
    void resetKeepsIssuesOfReadingUntilSaved();
};

void tst_ProjectDocument::fixtureIsValid()
{
    QCOMPARE(checkProject(fixture()), ProjectIssues());
}

void tst_ProjectDocument::lookups_data()
{
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<int>("childCount"); // -1: no such node
    QTest::addColumn<QString>("name"); // of the node, if any

    QTest::newRow("project") << NodePath {} << 2 << QString();
    QTest::newRow("connection") << NodePath {1} << 1 << "Sim";
    QTest::newRow("device") << NodePath {0, 1} << 1 << "Station 2";
    QTest::newRow("frame") << NodePath {0, 0, 1} << 1 << "coils";
    QTest::newRow("variable") << NodePath {0, 0, 0, 2} << 0 << "c";
    QTest::newRow("connection past the end") << NodePath {2} << -1 << QString();
    QTest::newRow("variable past the end") << NodePath {0, 0, 0, 3} << -1 << QString();
    QTest::newRow("frame of a missing device") << NodePath {0, 5, 0} << -1 << QString();
    QTest::newRow("malformed: frame without device") << NodePath {0, -1, 1} << -1 << QString();
    QTest::newRow("malformed: index below -1") << NodePath {0, -2} << -1 << QString();
}

void tst_ProjectDocument::lookups()
{
    QFETCH(NodePath, path);
    QFETCH(int, childCount);
    QFETCH(QString, name);
    ProjectDocument doc;
    doc.reset(fixture());

    const bool exists = childCount >= 0;
    QCOMPARE(doc.contains(path), exists);
    QCOMPARE(doc.childCount(path), childCount);
    const auto kind = path.kind();
    QCOMPARE(doc.connection(path) != nullptr, exists && kind == NodePath::Kind::Connection);
    QCOMPARE(doc.device(path) != nullptr, exists && kind == NodePath::Kind::Device);
    QCOMPARE(doc.frame(path) != nullptr, exists && kind == NodePath::Kind::Frame);
    QCOMPARE(doc.variable(path) != nullptr, exists && kind == NodePath::Kind::Variable);
    const auto node = doc.node(path);
    QCOMPARE(node.has_value(), !name.isEmpty());
    if (node)
        QCOMPARE(std::visit([](const auto &n) { return n.name; }, *node), name);
}

void tst_ProjectDocument::insert_data()
{
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<ProjectNode>("node");
    QTest::addColumn<int>("siblingsBefore");

    const Variable x = variable("x", 5);
    QTest::newRow("connection first") << NodePath {0} << ProjectNode(connection("New", {})) << 2;
    QTest::newRow("connection last, with children")
        << NodePath {2} << ProjectNode(fixture().connections[0]) << 2;
    QTest::newRow("device between two") << NodePath {0, 1} << ProjectNode(device("D", {})) << 2;
    QTest::newRow("device last") << NodePath {1, 1} << ProjectNode(device("D", {})) << 1;
    QTest::newRow("frame last, with a variable")
        << NodePath {0, 0, 2} << ProjectNode(frame("f", FrameType::InputRegister, 2, {x})) << 2;
    QTest::newRow("frame first") << NodePath {1, 0, 0}
                                 << ProjectNode(frame("f", FrameType::Coil, 1, {})) << 1;
    QTest::newRow("variable first") << NodePath {0, 0, 0, 0} << ProjectNode(x) << 3;
    QTest::newRow("variable last") << NodePath {0, 0, 0, 3} << ProjectNode(x) << 3;
}

void tst_ProjectDocument::insert()
{
    QFETCH(NodePath, path);
    QFETCH(ProjectNode, node);
    QFETCH(int, siblingsBefore);
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);
    const auto displaced = doc.node(path); // the node that moves down one row, if any

    QString error;
    QVERIFY(doc.insertNode(path, node, &error));
    QCOMPARE(error, QString());
    const QString at = text(path);
    QCOMPARE(
        log.take(),
        QStringList({QString("aboutToBeInserted %1 [%2]").arg(at).arg(siblingsBefore),
                     QString("inserted %1 [%2]").arg(at).arg(siblingsBefore + 1), "modified 1"}));
    QCOMPARE(doc.node(path), node);
    QCOMPARE(doc.childCount(path.parent()), siblingsBefore + 1);
    if (displaced)
        QCOMPARE(doc.node(path.sibling(path.row() + 1)), displaced);
    QVERIFY(doc.isModified());
    QVERIFY(doc.isValidationPending());

    // Its inverse, as an undo command would run it.
    QCOMPARE(doc.removeNode(path), node);
    QCOMPARE(doc.project(), fixture());
}

void tst_ProjectDocument::remove_data()
{
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<int>("siblingsBefore");
    QTest::addColumn<QStringList>("siblingsAfter");

    QTest::newRow("connection with its tree") << NodePath {0} << 2 << QStringList {"Sim"};
    QTest::newRow("last connection") << NodePath {1} << 2 << QStringList {"PLC"};
    QTest::newRow("device with frames") << NodePath {0, 0} << 2 << QStringList {"Station 2"};
    QTest::newRow("only device") << NodePath {1, 0} << 1 << QStringList {};
    QTest::newRow("frame with variables") << NodePath {0, 0, 0} << 2 << QStringList {"coils"};
    QTest::newRow("middle variable") << NodePath {0, 0, 0, 1} << 3 << QStringList {"a", "c"};
    QTest::newRow("only variable") << NodePath {1, 0, 0, 0} << 1 << QStringList {};
}

void tst_ProjectDocument::remove()
{
    QFETCH(NodePath, path);
    QFETCH(int, siblingsBefore);
    QFETCH(QStringList, siblingsAfter);
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);
    const auto original = doc.node(path);
    QVERIFY(original);

    const auto removed = doc.removeNode(path);
    QCOMPARE(removed, original); // with all its children
    const QString at = text(path);
    QCOMPARE(
        log.take(),
        QStringList({QString("aboutToBeRemoved %1 [%2]").arg(at).arg(siblingsBefore),
                     QString("removed %1 [%2]").arg(at).arg(siblingsBefore - 1), "modified 1"}));
    QCOMPARE(childNames(doc, path.parent()), siblingsAfter);

    QVERIFY(doc.insertNode(path, *removed));
    QCOMPARE(log.take(),
             QStringList({QString("aboutToBeInserted %1 [%2]").arg(at).arg(siblingsBefore - 1),
                          QString("inserted %1 [%2]").arg(at).arg(siblingsBefore)}));
    QCOMPARE(doc.project(), fixture());
}

void tst_ProjectDocument::move_data()
{
    QTest::addColumn<NodePath>("from");
    QTest::addColumn<NodePath>("to");
    QTest::addColumn<QString>("countsBefore"); // children of from's parent, of to's parent
    QTest::addColumn<QString>("countsAfter");
    QTest::addColumn<QStringList>("toSiblings"); // names under to's parent, once moved

    QTest::newRow("connection down") << NodePath {0} << NodePath {1} << "2,2"
                                     << "2,2" << QStringList {"Sim", "PLC"};
    QTest::newRow("connection up") << NodePath {1} << NodePath {0} << "2,2"
                                   << "2,2" << QStringList {"Sim", "PLC"};
    QTest::newRow("device down") << NodePath {0, 0} << NodePath {0, 1} << "2,2"
                                 << "2,2" << QStringList {"Station 2", "Station 1"};
    QTest::newRow("device to another connection, first")
        << NodePath {0, 1} << NodePath {1, 0} << "2,1"
        << "1,2" << QStringList {"Station 2", "Meter"};
    QTest::newRow("device to another connection, last")
        << NodePath {0, 0} << NodePath {1, 1} << "2,1"
        << "1,2" << QStringList {"Meter", "Station 1"};
    QTest::newRow("frame to a sibling device") << NodePath {0, 0, 1} << NodePath {0, 1, 1} << "2,1"
                                               << "1,2" << QStringList {"ir", "coils"};
    QTest::newRow("frame to another connection")
        << NodePath {0, 0, 0} << NodePath {1, 0, 0} << "2,1"
        << "1,2" << QStringList {"hr", "e"};
    QTest::newRow("variable first to last")
        << NodePath {0, 0, 0, 0} << NodePath {0, 0, 0, 2} << "3,3"
        << "3,3" << QStringList {"b", "c", "a"};
    QTest::newRow("variable last to first")
        << NodePath {0, 0, 0, 2} << NodePath {0, 0, 0, 0} << "3,3"
        << "3,3" << QStringList {"c", "a", "b"};
    QTest::newRow("variable to another frame")
        << NodePath {0, 0, 0, 1} << NodePath {1, 0, 0, 1} << "3,1"
        << "2,2" << QStringList {"kWh", "b"};
}

void tst_ProjectDocument::move()
{
    QFETCH(NodePath, from);
    QFETCH(NodePath, to);
    QFETCH(QString, countsBefore);
    QFETCH(QString, countsAfter);
    QFETCH(QStringList, toSiblings);
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);
    const auto moving = doc.node(from);

    QString error;
    QVERIFY2(doc.moveNode(from, to, &error), qPrintable(error));
    const QString fromTo = text(from) + " -> " + text(to);
    QCOMPARE(log.take(),
             QStringList({QString("aboutToBeMoved %1 [%2]").arg(fromTo, countsBefore),
                          QString("moved %1 [%2]").arg(fromTo, countsAfter), "modified 1"}));
    QCOMPARE(doc.node(to), moving);
    QCOMPARE(childNames(doc, to.parent()), toSiblings);

    QVERIFY(doc.moveNode(to, from));
    QCOMPARE(doc.project(), fixture());
}

void tst_ProjectDocument::setNodeFields_data()
{
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<ProjectNode>("fields");
    QTest::addColumn<ProjectNode>("expected");

    const Project p = fixture();
    Connection c = p.connections[1];
    c.name = "Field bus";
    c.timeout = 3000;
    Connection cFields = c;
    cFields.devices = {device("ignored", {})};
    QTest::newRow("connection keeps its devices")
        << NodePath {1} << ProjectNode(cFields) << ProjectNode(c);

    Device d = p.connections[0].devices[0];
    d.scanTime = 500;
    d.description = "north tank";
    Device dFields = d;
    dFields.frames.clear();
    QTest::newRow("device keeps its frames")
        << NodePath {0, 0} << ProjectNode(dFields) << ProjectNode(d);

    Frame f = p.connections[0].devices[0].frames[0];
    f.quantity = 20;
    f.startAddress = 100;
    f.name = "hr2";
    Frame fFields = f;
    fFields.variables.clear();
    QTest::newRow("frame keeps its variables")
        << NodePath {0, 0, 0} << ProjectNode(fFields) << ProjectNode(f);

    Variable v = p.connections[0].devices[0].frames[0].variables[1];
    v.name = "Énergie active/Phase 1";
    v.unit = "kWh";
    v.scale = 0.1;
    QTest::newRow("variable") << NodePath {0, 0, 0, 1} << ProjectNode(v) << ProjectNode(v);
}

void tst_ProjectDocument::setNodeFields()
{
    QFETCH(NodePath, path);
    QFETCH(ProjectNode, fields);
    QFETCH(ProjectNode, expected);
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);

    QVERIFY(doc.setNodeFields(path, fields));
    QCOMPARE(
        log.take(),
        QStringList({QString("changed %1 [%2]").arg(text(path)).arg(doc.childCount(path.parent())),
                     "modified 1"}));
    QCOMPARE(doc.node(path), expected);

    // Undone by the old value; the rest of the tree never changed.
    QVERIFY(doc.setNodeFields(path, *ProjectTree::node(fixture(), path)));
    QCOMPARE(doc.project(), fixture());
}

void tst_ProjectDocument::setProjectFields()
{
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);
    Project fields;
    fields.name = "Usine";
    fields.description = "renamed";

    doc.setProjectFields(fields);
    QCOMPARE(log.take(), QStringList({"changed project", "modified 1"}));
    QCOMPARE(doc.project().name, "Usine");
    QCOMPARE(doc.project().description, "renamed");
    QCOMPARE(doc.project().connections, fixture().connections);

    // The gateway is one of the project's own fields.
    Gateway gateway;
    gateway.port = 1502;
    fields.gateway = gateway;
    doc.setProjectFields(fields);
    QCOMPARE(log.take(), QStringList({"changed project"}));
    QVERIFY(doc.project().gateway);
    QCOMPARE(doc.project().gateway->port, 1502);
    QCOMPARE(doc.project().connections, fixture().connections);
}

void tst_ProjectDocument::noOpEditsEmitNothing()
{
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);
    const Project p = fixture();

    Frame sameFields = p.connections[0].devices[0].frames[0];
    sameFields.variables.clear(); // ignored: equal own fields
    QVERIFY(doc.setNodeFields({0, 0, 0}, sameFields));
    QVERIFY(doc.setNodeFields({0, 0, 0, 0}, p.connections[0].devices[0].frames[0].variables[0]));
    QVERIFY(doc.moveNode({0, 1}, {0, 1}));
    doc.setProjectFields(p);

    QCOMPARE(log.take(), QStringList());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isValidationPending());
}

enum class Edit { Insert, Remove, Move, SetFields };

void tst_ProjectDocument::refused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<NodePath>("to"); // Move
    QTest::addColumn<ProjectNode>("node"); // Insert, SetFields
    QTest::addColumn<QString>("says"); // part of the message

    const ProjectNode c = connection("C", {}), d = device("D", {}), v = variable("v", 0);
    const ProjectNode f = frame("F", FrameType::Coil, 1, {});
    const NodePath none;
    QTest::newRow("insert: the project") << Edit::Insert << none << none << c << "project";
    QTest::newRow("insert: device at a connection's place")
        << Edit::Insert << NodePath {0} << none << d << "a device";
    QTest::newRow("insert: under a missing connection")
        << Edit::Insert << NodePath {5, 0} << none << d << "connections[5] does not exist";
    QTest::newRow("insert: past the end")
        << Edit::Insert << NodePath {0, 0, 0, 4} << none << v << "between 0 and 3";
    QTest::newRow("insert: malformed path")
        << Edit::Insert << NodePath {0, -1, 2} << none << f << "not a valid node path";
    QTest::newRow("remove: the project") << Edit::Remove << none << none << c << "project";
    QTest::newRow("remove: missing variable") << Edit::Remove << NodePath {0, 0, 0, 3} << none << c
                                              << "connections[0].devices[0].frames[0].variables[3]";
    QTest::newRow("remove: under a missing device")
        << Edit::Remove << NodePath {0, 5, 0} << none << c << "does not exist";
    QTest::newRow("move: the project") << Edit::Move << none << none << c << "project";
    QTest::newRow("move: missing frame")
        << Edit::Move << NodePath {0, 0, 5} << NodePath {0, 0, 0} << c << "does not exist";
    QTest::newRow("move: device to a connection's place")
        << Edit::Move << NodePath {0, 0} << NodePath {1} << c << "a device cannot go there";
    QTest::newRow("move: under a missing device")
        << Edit::Move << NodePath {0, 0, 0} << NodePath {0, 9, 0} << c
        << "connections[0].devices[9] does not exist";
    QTest::newRow("move: past the last row of its parent")
        << Edit::Move << NodePath {0, 0} << NodePath {0, 2} << c << "between 0 and 1";
    QTest::newRow("move: past the end of another parent")
        << Edit::Move << NodePath {0, 0} << NodePath {1, 2} << c << "between 0 and 1";
    QTest::newRow("move: to a malformed path")
        << Edit::Move << NodePath {0, 0} << NodePath {-1, 0} << c << "not a valid node path";
    QTest::newRow("change: fields of another kind")
        << Edit::SetFields << NodePath {0, 0} << none << f << "a device";
    QTest::newRow("change: missing connection")
        << Edit::SetFields << NodePath {3} << none << c << "connections[3]";
    QTest::newRow("change: the project as a node")
        << Edit::SetFields << none << none << c << "project";
}

void tst_ProjectDocument::refused()
{
    QFETCH(Edit, edit);
    QFETCH(NodePath, path);
    QFETCH(NodePath, to);
    QFETCH(ProjectNode, node);
    QFETCH(QString, says);
    ProjectDocument doc;
    doc.reset(fixture());
    SignalLog log(doc);

    QString error;
    bool done = true;
    switch (edit) {
    case Edit::Insert: done = doc.insertNode(path, node, &error); break;
    case Edit::Remove: done = doc.removeNode(path, &error).has_value(); break;
    case Edit::Move: done = doc.moveNode(path, to, &error); break;
    case Edit::SetFields: done = doc.setNodeFields(path, node, &error); break;
    }
    QVERIFY(!done);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(doc.project(), fixture());
    QCOMPARE(log.take(), QStringList());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isValidationPending());
}

void tst_ProjectDocument::modifiedFlag()
{
    ProjectDocument doc;
    doc.reset(fixture(), "plant.vigie.json");
    QVERIFY(!doc.isModified());
    QSignalSpy spy(&doc, &ProjectDocument::modifiedChanged);

    QVERIFY(doc.removeNode({1}));
    QVERIFY(doc.isModified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toBool(), true);
    QVERIFY(doc.moveNode({0, 0}, {0, 1}));
    QCOMPARE(spy.count(), 0); // already modified

    doc.setModified(false); // an undo stack back at its clean state
    QVERIFY(!doc.isModified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toBool(), false);
    doc.setModified(false);
    QCOMPARE(spy.count(), 0);
    doc.setModified(true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toBool(), true);
}

void tst_ProjectDocument::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath("plant.vigie.json");
    ProjectDocument doc;
    doc.reset(fixture());
    QVERIFY(doc.removeNode({0, 0, 0, 1}));
    SignalLog log(doc);

    QString error;
    QVERIFY(!doc.save(&error)); // no file name yet
    QVERIFY(!error.isEmpty());
    QVERIFY(doc.isModified());

    QVERIFY2(doc.saveAs(fileName, &error), qPrintable(error));
    QCOMPARE(log.take(), QStringList({"fileName " + fileName, "modified 0"}));
    QCOMPARE(doc.fileName(), fileName);
    ProjectLoadResult loaded = ProjectFile::load(fileName);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.project, doc.project());

    QVERIFY(doc.setNodeFields({1}, connection("Renamed", {})));
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(log.take(), QStringList({"changed 1 [2]", "modified 1", "modified 0"}));
    loaded = ProjectFile::load(fileName);
    QCOMPARE(loaded.project, doc.project());
    QCOMPARE(loaded.project.connections[1].name, "Renamed");
}

void tst_ProjectDocument::saveFailureKeepsModified()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString fileName = dir.filePath("blocker/plant.vigie.json"); // parent is a file
    ProjectDocument doc;
    doc.reset(fixture(), dir.filePath("old.vigie.json"));
    QVERIFY(doc.removeNode({1}));
    SignalLog log(doc);

    QString error;
    QVERIFY(!doc.saveAs(fileName, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.fileName(), dir.filePath("old.vigie.json"));
    QCOMPARE(log.take(), QStringList());
}

void tst_ProjectDocument::debouncedValidation_data()
{
    QTest::addColumn<int>("delay");
    QTest::newRow("next event loop pass") << 0;
    QTest::newRow("50 ms") << 50;
    QTest::newRow("default") << int(ProjectDocument::DefaultValidationDelay);
}

void tst_ProjectDocument::debouncedValidation()
{
    QFETCH(int, delay);
    ProjectDocument doc;
    doc.reset(fixture());
    if (delay != ProjectDocument::DefaultValidationDelay)
        doc.setValidationDelay(delay);
    QCOMPARE(doc.validationDelay(), delay);
    QSignalSpy spy(&doc, &ProjectDocument::issuesChanged);
    // A burst: a duplicate name, and other edits around it; the connection holding the
    // duplicate moves, and the issue names it where it is once the burst is over.
    QVERIFY(doc.insertNode({0, 0, 0, 3}, variable("a", 3)));
    QVERIFY(doc.setNodeFields({0, 1}, device("Station 3", {})));
    QVERIFY(doc.moveNode({1}, {0}));
    QVERIFY(doc.isValidationPending());
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!doc.isValidationPending());
    QVERIFY(hasIssue(doc.issues(), "connections[1].devices[0].frames[0].variables[3].name",
                     "already the name"));
    QCOMPARE(doc.issues().size(), 1);

    // Fixed in the next burst.
    QVERIFY(doc.setNodeFields({1, 0, 0, 3}, variable("d", 3)));
    QVERIFY(doc.setNodeFields({1, 0, 0, 3}, variable("e", 3)));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(doc.issues(), ProjectIssues());

    // Broken and fixed within one burst: one validation, of the last state.
    QVERIFY(doc.insertNode({1, 0, 1, 1}, variable("p", 1, DataType::Bool)));
    QVERIFY(doc.setNodeFields({1, 0, 1, 1}, variable("q", 1, DataType::Bool)));
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(doc.issues(), ProjectIssues());
    QTest::qWait(delay + 50);
    QCOMPARE(spy.count(), 3);
}

void tst_ProjectDocument::validateNow()
{
    ProjectDocument doc;
    doc.reset(fixture());
    doc.setValidationDelay(20);
    QSignalSpy spy(&doc, &ProjectDocument::issuesChanged);

    QCOMPARE(doc.validateNow(), ProjectIssues()); // nothing pending: nothing to do
    QCOMPARE(spy.count(), 0);

    QVERIFY(doc.insertNode({1, 0, 0, 1}, variable("kWh", 2)));
    const ProjectIssues issues = doc.validateNow();
    QCOMPARE(spy.count(), 1);
    QVERIFY(!doc.isValidationPending());
    QVERIFY(hasIssue(issues, "connections[1].devices[0].frames[0].variables[1].name",
                     "already the name"));
    QCOMPARE(doc.issues(), issues);

    QTest::qWait(100); // the debounce timer was stopped
    QCOMPARE(spy.count(), 1);
}

void tst_ProjectDocument::resetKeepsIssuesOfReadingUntilSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(fixture());
    QVERIFY(doc.removeNode({0})); // modified, validation pending
    SignalLog log(doc);

    Project other = fixture();
    other.connections[0].devices[0].scanTime = 50; // an error checkProject finds
    const ProjectIssue unknownKey {ProjectIssue::Severity::Warning,
                                   "connections[0].devices[0].scantime", "unknown field"};
    const ProjectIssues checked = checkProject(other);
    QCOMPARE(checked.size(), 1);
    doc.reset(other, "other.vigie.json", ProjectIssues {unknownKey} + checked);

    QCOMPARE(log.take(),
             QStringList(
                 {"aboutToBeReset", "reset", "fileName other.vigie.json", "modified 0", "issues"}));
    QCOMPARE(doc.project(), other);
    QVERIFY(!doc.isValidationPending());
    QCOMPARE(doc.issues(), ProjectIssues {unknownKey} + checked);

    // An edit revalidates the project; what reading found stays, first.
    other.connections[0].devices[0].scanTime = 1000;
    QVERIFY(doc.setNodeFields({0, 0}, other.connections[0].devices[0]));
    doc.validateNow();
    QCOMPARE(doc.issues(), ProjectIssues {unknownKey});

    // The saved file is canonical: nothing of the old file's reading applies to it any more.
    log.take();
    QVERIFY(doc.saveAs(dir.filePath("other.vigie.json")));
    QCOMPARE(log.take(),
             QStringList({"fileName " + dir.filePath("other.vigie.json"), "modified 0", "issues"}));
    QCOMPARE(doc.issues(), ProjectIssues());
}

QTEST_GUILESS_MAIN(tst_ProjectDocument)
#include "tst_projectdocument.moc"
