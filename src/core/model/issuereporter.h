#pragma once

#include "projectissue.h"
#include "projectvalidator.h"

namespace Vigie {

// What the project's validators share (projectvalidator.cpp for the tree, the gateway, the
// calculated variables and the screens; mqttsettingscheck.cpp for the mqtt block): issues
// reported at their node and field, by their place in the file.

// Where element `i` of a list sits in the file (elements that were not objects are not read,
// and the ones after them move up): `indices` holds those places by list, a node's children
// (FileIndices) or a field list (ListIndices); a list it does not hold kept every element.
template<typename Indices>
inline int placeInFile(const Indices &indices, const typename Indices::key_type &list, int i)
{
    const auto it = indices.constFind(list);
    return it != indices.constEnd() && i < it->size() ? it->at(i) : i;
}

// Collects issues about one node (or a block inside it, such as "tcp"), so each check names
// its field in one short call.
class IssueReporter
{
public:
    IssueReporter(ProjectIssues &issues, const FileIndices &fileIndices, const NodePath &node,
                  QString field = {})
        : m_issues(issues)
        , m_fileIndices(fileIndices)
        , m_node(node)
        , m_field(std::move(field))
    {
    }
    void error(const QString &field, const QString &message) const
    {
        m_issues.append(ProjectIssue::at(ProjectIssue::Severity::Error, m_node,
                                         childPath(m_field, field), message));
    }
    void warning(const QString &field, const QString &message) const
    {
        m_issues.append(ProjectIssue::at(ProjectIssue::Severity::Warning, m_node,
                                         childPath(m_field, field), message));
    }
    [[nodiscard]] const NodePath &node() const { return m_node; }
    // A block inside this node: "tcp", "simulation".
    [[nodiscard]] IssueReporter child(const QString &field) const
    {
        return IssueReporter(m_issues, m_fileIndices, m_node, childPath(m_field, field));
    }
    // An element of a list inside this node or block: "map", 2 → "gateway.map[2]".
    [[nodiscard]] IssueReporter element(const QString &list, int index) const
    {
        return IssueReporter(m_issues, m_fileIndices, m_node,
                             indexPath(childPath(m_field, list), index));
    }
    // The path text of this node or block: "gateway.map[2]".
    [[nodiscard]] QString path() const { return issuePath(m_node, m_field); }
    // The child node at `index` in the project (a device of a connection, a frame of a
    // device...), reported at its place in the file.
    [[nodiscard]] IssueReporter item(int index) const
    {
        Q_ASSERT(m_field.isEmpty());
        return IssueReporter(m_issues, m_fileIndices,
                             m_node.child(placeInFile(m_fileIndices, m_node, index)));
    }

private:
    ProjectIssues &m_issues;
    const FileIndices &m_fileIndices;
    NodePath m_node;
    QString m_field;
};

// An error at `field` unless low ≤ value ≤ high: "70000 is outside 1–65535[: why]".
void checkRange(const IssueReporter &at, const QString &field, qint64 value, qint64 low,
                qint64 high, const QString &why = {});

} // namespace Vigie
