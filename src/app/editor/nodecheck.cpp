#include "nodecheck.h"

#include "document/projecttree.h"
#include "projectcheck.h"

#include <QCoreApplication>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::NodeCheck)
};

QString issueKey(const ProjectIssue &issue)
{
    return QString::number(int(issue.severity)) + QLatin1Char('\n') + issue.path + QLatin1Char('\n')
        + issue.message;
}

// The name an issue at a name field is about, and the path text of what holds it: a node of
// the tree ("name"), or a calculated variable ("calculated[2].name"). Empty for other fields.
std::optional<QPair<QString, QString>> namedAt(const Project &project, const ProjectIssue &issue)
{
    if (issue.field == QLatin1String("name")) {
        if (const std::optional<ProjectNode> node = ProjectTree::node(project, issue.node))
            return qMakePair(std::visit([](const auto &n) { return n.name; }, *node),
                             nodePathText(issue.node));
        return std::nullopt;
    }
    static const QRegularExpression calculated(QStringLiteral("^calculated\\[(\\d+)\\]\\.name$"));
    const QRegularExpressionMatch match = calculated.match(issue.field);
    if (!issue.node.isProject() || !match.hasMatch())
        return std::nullopt;
    const int index = match.captured(1).toInt();
    if (index >= project.calculated.size())
        return std::nullopt;
    return qMakePair(project.calculated[index].name, issue.field.chopped(5));
}

// Whether a name at `holder` must differ from the name of the node at `path`: variables (and
// calculated variables) and connections in the whole project, devices in their connection,
// frames in their device.
bool sharesNameScope(const NodePath &holder, const NodePath &path)
{
    switch (path.kind()) {
    case NodePath::Kind::Variable: return holder.depth() == 4 || holder.isProject();
    case NodePath::Kind::Connection: return holder.depth() == 1;
    case NodePath::Kind::Device:
    case NodePath::Kind::Frame:
        return holder.depth() == path.depth() && holder.parent() == path.parent();
    case NodePath::Kind::Project: break;
    }
    return false;
}

// The path text of what holds this node's name when `issue` is the validator's report of
// that clash at the other holder (it reports a clash at the second holder of a name).
std::optional<QString> clashWith(const Project &project, const ProjectIssue &issue,
                                 const NodePath &path, const QString &name)
{
    if (!issue.isError() || name.trimmed().isEmpty() || !sharesNameScope(issue.node, path))
        return std::nullopt;
    const auto named = namedAt(project, issue);
    if (!named || named->first != name)
        return std::nullopt;
    return named->second;
}

QString nameOf(const ProjectNode &node)
{
    return std::visit([](const auto &n) { return n.name; }, node);
}

} // namespace

std::optional<Project> projectWithNode(const Project &project, const NodePath &path,
                                       const ProjectNode &node, NodePlacement placement,
                                       QString *why)
{
    const QString problem = placement == NodePlacement::Existing
        ? ProjectTree::checkSetFields(project, path, node)
        : ProjectTree::checkInsert(project, path, node);
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return std::nullopt;
    }
    Project copy = project;
    if (placement == NodePlacement::Existing)
        ProjectTree::setFields(copy, path, node);
    else
        ProjectTree::insert(copy, path, node);
    return copy;
}

ProjectIssues issuesNotIn(const ProjectIssues &issues, const ProjectIssues &before)
{
    QSet<QString> old;
    for (const ProjectIssue &issue : before)
        old.insert(issueKey(issue));
    ProjectIssues added;
    for (const ProjectIssue &issue : issues) {
        if (!old.contains(issueKey(issue)))
            added.append(issue);
    }
    return added;
}

ProjectIssues issuesBefore(const Project &project, const NodePath &path, const ProjectNode &node,
                           NodePlacement placement)
{
    const std::optional<Project> copy = projectWithNode(project, path, node, placement);
    return copy ? checkProject(*copy) : ProjectIssues();
}

NodeCheck checkNode(const Project &project, const NodePath &path, const ProjectNode &node,
                    NodePlacement placement, const ProjectIssues &before)
{
    NodeCheck check;
    QString why;
    const std::optional<Project> copy = projectWithNode(project, path, node, placement, &why);
    if (!copy) {
        check.own.append(ProjectIssue::at(ProjectIssue::Severity::Error, path, {}, why));
        return check;
    }
    const ProjectIssues after = checkProject(*copy);
    const ProjectIssues added = issuesNotIn(after, before);
    const QString name = nameOf(node);
    for (const ProjectIssue &issue : after) {
        if (issue.node == path) {
            check.own.append(issue);
        } else if (const auto other = clashWith(*copy, issue, path, name)) {
            // The user is choosing this node's name: the clash is said at its name field.
            check.own.append(ProjectIssue::at(
                ProjectIssue::Severity::Error, path, QStringLiteral("name"),
                Tr::tr("\"%1\" is already the name of %2").arg(escapedText(name), *other)));
        } else if (added.contains(issue)) {
            check.elsewhere.append(issue);
        }
    }
    return check;
}

} // namespace Vigie
