#pragma once

#include <QStringList>

namespace Vigie {

// Why a formula could not be compiled or added, and where: a parse error, an unknown name, a
// wrong number of arguments (with line and column, 1-based, and the source line with a caret),
// or a cycle between formulas (no position).
struct FormulaError
{
    QString message; // "expected a value"
    int line = 0; // 0: no position
    int column = 0;
    QString excerpt; // " IF(a > , 1)\n        ^"
    // A cycle: the names of the formulas around it, the refused one first and last
    // ({"A", "B", "A"}), so a listing can word it its own way.
    QStringList cycle;

    [[nodiscard]] bool isError() const { return !message.isEmpty(); }
    // "line 1, column 8: expected a value", on one line (a table cell, a log line).
    [[nodiscard]] QString summary() const;
    // The summary, then the excerpt: "line 1, column 8: expected a value\n IF(a > , 1)\n        ^"
    [[nodiscard]] QString toString() const;
    // An error at `offset` (0-based, in UTF-16 units) of `source`.
    [[nodiscard]] static FormulaError at(const QString &source, int offset, const QString &message);
};

} // namespace Vigie
