#pragma once

#include <QList>
#include <QString>

namespace Vigie {

// A problem found in a project: its severity, where it is (a JSON path such as
// "connections[0].devices[1].frames[2].quantity", empty for the whole file) and why.
// Issues are not logs: they are shown in the Problems dock and printed by `vigie-runtime --check`.
struct ProjectIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    // "path: message", the form used in every listing.
    [[nodiscard]] QString toString() const
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }
    friend bool operator==(const ProjectIssue &, const ProjectIssue &) = default;
};

using ProjectIssues = QList<ProjectIssue>;

[[nodiscard]] inline bool hasErrors(const ProjectIssues &issues)
{
    for (const auto &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

} // namespace Vigie
