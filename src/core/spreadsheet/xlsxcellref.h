#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Vigie::Xlsx {

// A cell's place, 1-based as Excel numbers them: "C12" is row 12, column 3.
struct CellRef
{
    qint64 row = 0;
    qint64 column = 0;
};

// "C12" (no '$', no sheet); nullopt if it is not a cell reference. Numbers too large for any
// sheet come back large, not wrapped, for the caller's limits to refuse.
std::optional<CellRef> parseCellRef(QStringView text);
// 1 → "A", 27 → "AA", 16384 → "XFD".
QString columnName(qint64 column);
QString cellName(qint64 row, qint64 column);

} // namespace Vigie::Xlsx
