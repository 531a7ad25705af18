#include "projectissue.h"

namespace Vigie {

namespace {

// The names of the child lists, by the depth of the node that holds them.
const QLatin1String ChildListKeys[] = {QLatin1String("connections"), QLatin1String("devices"),
                                       QLatin1String("frames"), QLatin1String("variables")};

} // namespace

ProjectIssue ProjectIssue::at(Severity severity, const NodePath &node, const QString &field,
                              const QString &message)
{
    ProjectIssue issue;
    issue.severity = severity;
    issue.path = issuePath(node, field);
    issue.message = message;
    issue.node = node;
    issue.field = field;
    return issue;
}

QString ProjectIssue::toString() const
{
    return path.isEmpty() ? message : path + QLatin1String(": ") + message;
}

QString nodePathText(const NodePath &node)
{
    QString text;
    for (int level = 0; level < node.depth(); ++level)
        text = indexPath(childPath(text, ChildListKeys[level]), node.index(level));
    return text;
}

QString issuePath(const NodePath &node, const QString &field)
{
    const QString nodeText = nodePathText(node);
    if (field.isEmpty())
        return nodeText;
    if (nodeText.isEmpty())
        return field;
    return nodeText + QLatin1Char('.') + field;
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Vigie
