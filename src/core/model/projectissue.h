#pragma once

#include "nodepath.h"

#include <QList>
#include <QString>

namespace Vigie {

// A problem found in a project: its severity, where it is and why. The place is given twice:
// as a JSON path text such as "connections[0].devices[1].frames[2].quantity" (empty for the
// whole file), for listings, and structured, as the node ({0, 1, 2}) and the field within it
// ("quantity"), for jumping to it. Issues are not logs: they are shown in the Problems dock and
// printed by `vigie-runtime --check`.
struct ProjectIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;
    // The node the issue is about, by its place in the file: {} for the project or the file
    // itself. The loaded project has the same indices unless a list held an element that is not
    // an object (an error of its own): it is not read, and the elements after it move up.
    NodePath node;
    // The field within the node, as path text: "quantity", "tcp.port", "simulation.period";
    // empty when the issue is about the whole node, or about the file.
    QString field;
    // 1-based place in the file (characters, not bytes), for syntax errors; 0 when unknown.
    int line = 0;
    int column = 0;
    // For an issue inside a text of the file (a formula): that text's line and, under it, a
    // caret at the place, as visible text ("IF(a > , 1)\n       ^"); listings print it under
    // the issue's line, so the message itself stays on one line. Empty for most issues.
    QString excerpt;

    // An issue at a field of a node, with the path text built from both.
    [[nodiscard]] static ProjectIssue at(Severity severity, const NodePath &node,
                                         const QString &field, const QString &message);

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    // "path: message", the form used in every listing.
    [[nodiscard]] QString toString() const;
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

// Path texts. A node: "connections[0].devices[1]" ("" for the project). A field in it:
// "connections[0].tcp.port"; a field at the top: "formatVersion".
[[nodiscard]] QString nodePathText(const NodePath &node);
// The key of the list that holds a node's children, by the node's depth: "connections" (0, the
// project), "devices", "frames", "variables" (3, a frame); empty for a variable.
[[nodiscard]] QLatin1String childListKey(int depth);
[[nodiscard]] QString issuePath(const NodePath &node, const QString &field);
// "a.b" + "c" → "a.b.c"; "" + "c" → "c"; index paths: "a" + 3 → "a[3]". A key that is not a
// plain name (letters, digits, '_' and '-') is written in brackets as a quoted JSON string, so
// the path stays one unambiguous line: "a" + "x\ny" → a["x\ny"], "" + "" → [""].
[[nodiscard]] QString childPath(const QString &path, const QString &key);
[[nodiscard]] QString indexPath(const QString &path, int index);

// Text from a file made safe to print on one line: control characters (C0, DEL, C1), line and
// paragraph separators, bidirectional overrides and unpaired surrogates become visible escapes
// (\n, \t, \u001b, \u2028...). Nothing else changes, so applying it twice changes nothing.
[[nodiscard]] QString visibleText(const QString &text);
// Text from a file escaped as in a JSON string, for a message that quotes it: dit \"P1\"\n —
// quotes and backslashes escaped too, so the quoted text reads back exactly. quotedText() adds
// the quotes.
[[nodiscard]] QString escapedText(const QString &text);
[[nodiscard]] QString quotedText(const QString &text);

} // namespace Vigie
