#include "projecteditor.h"

#include "changenodefields.h"
#include "changeprojectfields.h"
#include "insertnode.h"
#include "movenode.h"
#include "nodedefaults.h"
#include "nodefields.h"
#include "nodenames.h"
#include "pathshift.h"
#include "removenode.h"

#include "document/projectdocument.h"
#include "document/projecttree.h"
#include "formula/formularename.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <map>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};

bool refuse(QString *errorMessage, const QString &why)
{
    if (errorMessage)
        *errorMessage = why;
    return false;
}

// The paths sorted and without repeats, and without any node that lies inside another one
// given: its ancestor brings it along (an ancestor sorts before its descendants, whose deeper
// indices are >= 0 where the ancestor's are -1).
QList<NodePath> topmost(QList<NodePath> paths)
{
    std::sort(paths.begin(), paths.end());
    QList<NodePath> kept;
    for (const NodePath &p : paths) {
        if (kept.isEmpty() || !kept.last().contains(p))
            kept.append(p);
    }
    return kept;
}

// Checks that every path names a node (not the project); the message names the first that
// does not.
bool checkPaths(const Project &project, const QList<NodePath> &paths, QString *errorMessage)
{
    if (paths.isEmpty())
        return refuse(errorMessage, Tr::tr("nothing is selected"));
    for (const NodePath &p : paths) {
        if (p.isProject() || !ProjectTree::isWellFormed(p) || !ProjectTree::contains(project, p))
            return refuse(errorMessage, Tr::tr("%1 names no node").arg(ProjectTree::describe(p)));
    }
    return true;
}

// Checks a node's new name: not empty, and not taken where it must be unique.
bool checkName(const Project &project, const NodePath &path, const QString &name,
               QString *errorMessage)
{
    if (name.trimmed().isEmpty())
        return refuse(errorMessage,
                      Tr::tr("%1: the name is empty").arg(ProjectTree::describe(path)));
    if (NodeNames::takenFor(project, path).contains(name))
        return refuse(
            errorMessage,
            Tr::tr("%1: the name \"%2\" is already taken").arg(ProjectTree::describe(path), name));
    return true;
}

} // namespace

ProjectEditor::ProjectEditor(ProjectDocument *document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    // The stack's clean state is the document's: back at the saved state, nothing to save.
    connect(m_undoStack, &QUndoStack::cleanChanged, m_document,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(m_document, &ProjectDocument::modifiedChanged, m_undoStack, [this](bool modified) {
        if (!modified)
            m_undoStack->setClean();
    });
    // The history of another project would undo into this one.
    connect(m_document, &ProjectDocument::projectReset, m_undoStack, [this] {
        m_undoStack->clear();
        m_undoStack->setClean();
    });
}

void ProjectEditor::macro(const QString &text, const std::function<void()> &body)
{
    m_undoStack->beginMacro(text);
    body();
    m_undoStack->endMacro();
}

void ProjectEditor::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

std::optional<NodePath> ProjectEditor::addNode(const NodePath &parent, NodePath::Kind kind,
                                               QString *errorMessage)
{
    const std::optional<NewNode> made =
        makeNewNode(m_document->project(), parent, kind, errorMessage);
    if (!made)
        return std::nullopt;
    const NodeInsertion &insertion = made->insertion;
    if (made->grownFrame) {
        macro(Tr::tr("Add %1").arg(nameOf(insertion.node)), [&] {
            push(new ChangeNodeFields(m_document, parent, *made->grownFrame));
            push(new InsertNode(m_document, insertion.path, insertion.node));
        });
    } else {
        push(new InsertNode(m_document, insertion.path, insertion.node));
    }
    return insertion.path;
}

std::optional<QList<NodePath>> ProjectEditor::duplicate(const QList<NodePath> &paths,
                                                        QString *errorMessage)
{
    if (!checkPaths(m_document->project(), paths, errorMessage))
        return std::nullopt;
    const QList<NodePath> kept = topmost(paths);
    QList<NodePath> places; // where each copy goes when it is inserted
    for (const NodePath &p : kept)
        places.append(p.sibling(p.row() + 1));
    const auto body = [&] {
        // From the last: a copy shifts only the nodes after it, which are done.
        for (qsizetype i = kept.size() - 1; i >= 0; --i) {
            const Project &project = m_document->project();
            ProjectNode copy = *ProjectTree::node(project, kept[i]);
            QSet<QString> tags = NodeNames::tagNames(project);
            NodeNames::renameVariablesAsCopies(copy, tags);
            if (!std::holds_alternative<Variable>(copy)) {
                const NodePath end =
                    kept[i].sibling(ProjectTree::childCount(project, kept[i].parent()));
                setNameOf(copy, NodeNames::copyOf(nameOf(copy), NodeNames::takenFor(project, end)));
            }
            push(new InsertNode(m_document, places[i], copy));
        }
    };
    if (kept.size() == 1)
        body();
    else
        macro(Tr::tr("Duplicate %n node(s)", nullptr, int(kept.size())), body);
    QList<NodePath> copies;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        NodePath copy = places[i];
        for (qsizetype j = 0; j < i; ++j)
            copy = PathShift::afterInsert(copy, places[j]);
        copies.append(copy);
    }
    return copies;
}

bool ProjectEditor::remove(const QList<NodePath> &paths, QString *errorMessage)
{
    if (!checkPaths(m_document->project(), paths, errorMessage))
        return false;
    const QList<NodePath> kept = topmost(paths);
    if (kept.size() == 1) {
        push(new RemoveNode(m_document, kept.first()));
        return true;
    }
    // From the last, so the paths still to remove stay valid.
    macro(Tr::tr("Delete %n node(s)", nullptr, int(kept.size())), [&] {
        for (auto it = kept.crbegin(); it != kept.crend(); ++it)
            push(new RemoveNode(m_document, *it));
    });
    return true;
}

bool ProjectEditor::moveUp(const NodePath &path, QString *errorMessage)
{
    if (!checkPaths(m_document->project(), {path}, errorMessage))
        return false;
    if (path.row() == 0)
        return refuse(errorMessage,
                      Tr::tr("%1 is already the first").arg(ProjectTree::describe(path)));
    push(new MoveNode(m_document, path, path.sibling(path.row() - 1)));
    return true;
}

bool ProjectEditor::moveDown(const NodePath &path, QString *errorMessage)
{
    if (!checkPaths(m_document->project(), {path}, errorMessage))
        return false;
    if (path.row() + 1 >= m_document->childCount(path.parent()))
        return refuse(errorMessage,
                      Tr::tr("%1 is already the last").arg(ProjectTree::describe(path)));
    push(new MoveNode(m_document, path, path.sibling(path.row() + 1)));
    return true;
}

std::optional<QList<NodePath>> ProjectEditor::moveVariables(const QList<NodePath> &paths,
                                                            const NodePath &toFrame, int row,
                                                            QString *errorMessage)
{
    const Project &project = m_document->project();
    if (!checkPaths(project, paths, errorMessage))
        return std::nullopt;
    for (const NodePath &p : paths) {
        if (p.kind() != NodePath::Kind::Variable) {
            refuse(errorMessage, Tr::tr("%1 is not a variable").arg(ProjectTree::describe(p)));
            return std::nullopt;
        }
    }
    const Frame *target = ProjectTree::frame(project, toFrame);
    if (!target || toFrame.kind() != NodePath::Kind::Frame) {
        refuse(errorMessage, Tr::tr("%1 is not a frame").arg(ProjectTree::describe(toFrame)));
        return std::nullopt;
    }
    const int count = int(target->variables.size());
    if (row < 0)
        row = count;
    if (row > count) {
        refuse(errorMessage,
               Tr::tr("%1 has no row %2").arg(ProjectTree::describe(toFrame)).arg(row));
        return std::nullopt;
    }
    QList<NodePath> sorted = paths;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    // The moved variables end up together before the target's variable at `row`: after the
    // `base` variables of the target that stay before it. Each move is worked out on lists of
    // the frames' variables (by their original paths), as the document will have them.
    const int base =
        row - int(std::count_if(sorted.cbegin(), sorted.cend(), [&](const NodePath &p) {
            return p.parent() == toFrame && p.variable < row;
        }));
    std::map<NodePath, QList<NodePath>> lists;
    const auto listOf = [&](const NodePath &frame) -> QList<NodePath> & {
        auto it = lists.find(frame);
        if (it == lists.end()) {
            QList<NodePath> list;
            for (int v = 0; v < m_document->childCount(frame); ++v)
                list.append(frame.child(v));
            it = lists.emplace(frame, list).first;
        }
        return it->second;
    };
    struct Step
    {
        NodePath from;
        NodePath to;
        std::optional<Variable> readdressed; // the variable with its offset in the new frame
    };
    QList<Step> steps;
    QList<NodePath> moved;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const NodePath &p = sorted[i];
        QList<NodePath> &source = listOf(p.parent());
        const int current = int(source.indexOf(p));
        source.removeAt(current);
        const NodePath to = toFrame.child(base + int(i));
        listOf(toFrame).insert(to.variable, p);
        Step step {p.parent().child(current), to, std::nullopt};
        const Frame &sourceFrame = *ProjectTree::frame(project, p.parent());
        if (p.parent() != toFrame && sourceFrame.type == target->type) {
            Variable v = project.variable(p);
            const int offset = sourceFrame.startAddress + v.offset - target->startAddress;
            if (offset >= 0 && offset != v.offset) {
                v.offset = offset;
                step.readdressed = v;
            }
        }
        if (step.from != step.to || step.readdressed)
            steps.append(step);
        moved.append(to);
    }
    if (steps.isEmpty())
        return moved;
    macro(Tr::tr("Move %n variable(s) to %1", nullptr, int(sorted.size())).arg(target->name), [&] {
        for (const Step &step : steps) {
            push(new MoveNode(m_document, step.from, step.to));
            if (step.readdressed)
                push(new ChangeNodeFields(m_document, step.to, *step.readdressed));
        }
    });
    return moved;
}

bool ProjectEditor::setFields(const NodePath &path, const ProjectNode &node,
                              const QString &fieldKey, QString *errorMessage)
{
    const Project &project = m_document->project();
    const QString error = ProjectTree::checkSetFields(project, path, node);
    if (!error.isEmpty())
        return refuse(errorMessage, error);
    const QString name = nameOf(node);
    if (name != nameOf(*ProjectTree::node(project, path))
        && !checkName(project, path, name, errorMessage))
        return false;
    push(new ChangeNodeFields(m_document, path, node, fieldKey));
    return true;
}

bool ProjectEditor::setProjectFields(const Project &fields, const QString &fieldKey,
                                     QString *errorMessage)
{
    Q_UNUSED(errorMessage)
    push(new ChangeProjectFields(m_document, fields, fieldKey));
    return true;
}

bool ProjectEditor::setVariableField(const QList<NodePath> &paths, VariableField field,
                                     const QVariant &value, QString *errorMessage)
{
    const Project &project = m_document->project();
    if (!checkPaths(project, paths, errorMessage))
        return false;
    QList<std::pair<NodePath, Variable>> changed;
    for (const NodePath &p : topmost(paths)) {
        const Variable *old = ProjectTree::variable(project, p);
        if (!old || p.kind() != NodePath::Kind::Variable)
            return refuse(errorMessage,
                          Tr::tr("%1 is not a variable").arg(ProjectTree::describe(p)));
        Variable v = *old;
        QString error;
        if (!VariableFields::setValue(v, field, value, &error))
            return refuse(errorMessage, ProjectTree::describe(p) + QLatin1String(": ") + error);
        if (v != *old)
            changed.append({p, v});
    }
    if (changed.size() == 1) {
        push(new ChangeNodeFields(m_document, changed[0].first, changed[0].second,
                                  VariableFields::key(field)));
    } else if (!changed.isEmpty()) {
        macro(Tr::tr("Change %1 of %n variable(s)", nullptr, int(changed.size()))
                  .arg(VariableFields::name(field)),
              [&] {
                  for (const auto &[path, v] : std::as_const(changed))
                      push(new ChangeNodeFields(m_document, path, v));
              });
    }
    return true;
}

bool ProjectEditor::renameVariable(const NodePath &path, const QString &newName, bool updateUsages,
                                   QString *errorMessage)
{
    const Variable *old = ProjectTree::variable(m_document->project(), path);
    if (!old || path.kind() != NodePath::Kind::Variable)
        return refuse(errorMessage,
                      Tr::tr("%1 is not a variable").arg(ProjectTree::describe(path)));
    Variable renamed = *old;
    renamed.name = newName;
    return changeVariable(path, renamed, updateUsages, errorMessage);
}

// A variable's new fields; when its name changes and `updateUsages`, the formulas, screen
// actions and gateway mappings naming it follow in the same undo step.
bool ProjectEditor::changeVariable(const NodePath &path, const Variable &changed, bool updateUsages,
                                   QString *errorMessage)
{
    const Project &project = m_document->project();
    const Variable *old = ProjectTree::variable(project, path);
    if (!old || path.kind() != NodePath::Kind::Variable)
        return refuse(errorMessage,
                      Tr::tr("%1 is not a variable").arg(ProjectTree::describe(path)));
    const QString oldName = old->name;
    const QString newName = changed.name;
    const QStringList usages =
        updateUsages && newName != oldName ? Vigie::usagesOf(project, oldName) : QStringList();
    if (usages.isEmpty())
        return setFields(path, changed, newName != oldName ? QStringLiteral("name") : QString(),
                         errorMessage);
    if (const QString error = ProjectTree::checkSetFields(project, path, changed); !error.isEmpty())
        return refuse(errorMessage, error);
    if (!checkName(project, path, newName, errorMessage))
        return false;
    if (!hasWritableName(newName))
        return refuse(errorMessage,
                      Tr::tr("%1: a formula cannot name \"%2\" (a name holding ']', or "
                             "starting or ending with a space)")
                          .arg(ProjectTree::describe(path), newName));
    const Project fields = renameUsages(project, oldName, newName);
    macro(Tr::tr("Rename %1 to %2 and %n usage(s)", nullptr, int(usages.size()))
              .arg(oldName, newName),
          [&] {
              push(new ChangeNodeFields(m_document, path, changed));
              push(new ChangeProjectFields(m_document, fields));
          });
    return true;
}

// Whether the usages of a variable being renamed follow it: asked when it has some; nullopt
// when the engineer cancels.
std::optional<bool> ProjectEditor::askUpdateUsages(const Variable &variable,
                                                   const QString &newName) const
{
    const QStringList usages = Vigie::usagesOf(m_document->project(), variable.name);
    if (usages.isEmpty() || newName == variable.name || !m_usagesQuestion)
        return true;
    return m_usagesQuestion(variable.name, newName, usages);
}

bool ProjectEditor::renameNode(const NodePath &path, const QString &newName, QString *errorMessage)
{
    const std::optional<ProjectNode> node = m_document->node(path);
    if (!node || path.isProject())
        return refuse(errorMessage, Tr::tr("%1 names no node").arg(ProjectTree::describe(path)));
    if (const Variable *v = std::get_if<Variable>(&*node)) {
        const std::optional<bool> update = askUpdateUsages(*v, newName);
        if (!update)
            return refuse(errorMessage, {});
        return renameVariable(path, newName, *update, errorMessage);
    }
    ProjectNode renamed = *node;
    setNameOf(renamed, newName);
    return setFields(path, renamed, QStringLiteral("name"), errorMessage);
}

bool ProjectEditor::editNode(const NodePath &path, const ProjectNode &node, QString *errorMessage)
{
    const std::optional<ProjectNode> old = m_document->node(path);
    if (!old || path.isProject())
        return refuse(errorMessage, Tr::tr("%1 names no node").arg(ProjectTree::describe(path)));
    const Variable *before = std::get_if<Variable>(&*old);
    const Variable *after = std::get_if<Variable>(&node);
    if (!before || !after)
        return setFields(path, node, {}, errorMessage);
    const std::optional<bool> update = askUpdateUsages(*before, after->name);
    if (!update)
        return refuse(errorMessage, {});
    return changeVariable(path, *after, *update, errorMessage);
}

QStringList ProjectEditor::usagesOf(const NodePath &variable) const
{
    const Variable *v = m_document->variable(variable);
    return v ? Vigie::usagesOf(m_document->project(), v->name) : QStringList();
}

std::optional<DeviceReplan> ProjectEditor::previewReplan(const NodePath &device,
                                                         const FramePlanOptions &options) const
{
    const Device *d = m_document->device(device);
    if (!d || device.kind() != NodePath::Kind::Device)
        return std::nullopt;
    return Vigie::replanDevice(*d, options);
}

bool ProjectEditor::replanDevice(const NodePath &device, const FramePlanOptions &options,
                                 QString *errorMessage)
{
    const std::optional<DeviceReplan> replan = previewReplan(device, options);
    if (!replan)
        return refuse(errorMessage,
                      Tr::tr("%1 is not a device").arg(ProjectTree::describe(device)));
    if (!replan->leftOut.isEmpty()) {
        const LeftOutVariable &first = replan->leftOut.first();
        return refuse(errorMessage,
                      Tr::tr("re-planning %1 would leave out %n variable(s), the first \"%2\": %3",
                             nullptr, int(replan->leftOut.size()))
                          .arg(ProjectTree::describe(device), first.name, first.problem));
    }
    const Device &old = *m_document->device(device);
    if (replan->device.frames == old.frames)
        return true;
    macro(Tr::tr("Re-plan the frames of %1").arg(old.name), [&] {
        for (int f = int(old.frames.size()) - 1; f >= 0; --f)
            push(new RemoveNode(m_document, device.child(f)));
        for (int f = 0; f < replan->device.frames.size(); ++f)
            push(new InsertNode(m_document, device.child(f), replan->device.frames[f]));
    });
    return true;
}

bool ProjectEditor::apply(const ProjectChanges &changes, const QString &text, QString *errorMessage)
{
    // Checked on a copy first, each insertion once the earlier ones are in, so a refused
    // import leaves nothing half done.
    Project trial = m_document->project();
    for (qsizetype i = 0; i < changes.insertions.size(); ++i) {
        const NodeInsertion &insertion = changes.insertions[i];
        const QString error = ProjectTree::checkInsert(trial, insertion.path, insertion.node);
        if (!error.isEmpty())
            return refuse(errorMessage,
                          Tr::tr("insertion %1 at %2: %3")
                              .arg(i + 1)
                              .arg(ProjectTree::describe(insertion.path), error));
        ProjectTree::insert(trial, insertion.path, insertion.node);
    }
    if (changes.insertions.isEmpty()
        && (!changes.projectFields
            || ownFields(*changes.projectFields) == ownFields(m_document->project())))
        return true;
    macro(text, [&] {
        for (const NodeInsertion &insertion : changes.insertions)
            push(new InsertNode(m_document, insertion.path, insertion.node));
        if (changes.projectFields)
            push(new ChangeProjectFields(m_document, *changes.projectFields));
    });
    return true;
}

} // namespace Vigie

namespace Vigie {

void ProjectEditor::replaceProject(const Project &project, const QString &text)
{
    if (project == m_document->project())
        return;
    macro(text, [&] {
        for (int c = int(m_document->project().connections.size()) - 1; c >= 0; --c)
            push(new RemoveNode(m_document, NodePath {c}));
        for (int c = 0; c < project.connections.size(); ++c)
            push(new InsertNode(m_document, NodePath {c}, project.connections[c]));
        push(new ChangeProjectFields(m_document, project));
    });
}

} // namespace Vigie
