#pragma once

#include "sheet.h"

#include <QString>

#include <optional>

// Excel workbooks (.xlsx, Office Open XML) as grids of cells: what the tag importers read and the
// project exporters write. Only cell values travel: no formulas (their cached results are read),
// no formatting beyond what tells a date from a number.
namespace Vigie::XlsxFile {

// Against zip bombs and absurd files; the defaults are generous for real sheets.
struct ReadLimits
{
    qint64 maxPartBytes = 256LL << 20; // uncompressed bytes of any one XML part
    qint64 maxTotalBytes = 1LL << 30; // uncompressed bytes of all parts read
    int maxSheets = 255;
    int maxColumns = 16384; // Excel's XFD
    int maxRows = 1048576;
    // Cells of the grids handed back, the empty ones a sparse sheet implies included: a few
    // bytes of XML can place a cell at XFD1048576, and each slot is a QVariant in memory.
    qint64 maxCells = 16LL << 20;
};

// Every sheet, in tab order. On failure: nullopt and a message naming the file and the part,
// sheet or cell ("tags.xlsx: sheet "Tags", cell C12: ..."), in plain words, translated in the
// context "Vigie::XlsxFile".
// Cells: shared, inline and formula strings → QString (Excel's _xHHHH_ escapes decoded); numbers
// → double, or, under a date or time format, QTime (0 ≤ serial < 1), QDate (a whole serial and a
// format that shows no time of day) or QDateTime (local time), honouring date1904 and the 1900
// system's phantom 29 February (serial 60, read as 28 February); booleans → bool; errors → their
// text ("#DIV/0!"). Formulas give their cached value. Trailing empty rows and cells are left out.
// `progress` is told the bytes of sheet XML read so far, now and then.
std::optional<Workbook> read(const QString &fileName, QString *errorMessage,
                             const ReadProgress &progress = {}, const ReadLimits &limits = {});

// Writes atomically (QSaveFile; never a half-written file). Cells: QString → string (shared),
// double/int/qint64 → number (shortest round-trip text), bool → boolean, QDate/QDateTime/QTime →
// a number with a date, date-time or time style (a date Excel cannot hold, before 1900, as ISO
// text), NaN and infinities → the error #NUM!, empty (or an empty string) → no cell; other types
// as their toString(). The first row is bold and frozen, as a header. Fails with a message for
// a sheet name Excel refuses (empty, over 31 characters, any of []:*?/\, a leading or trailing
// apostrophe, twice the same), a sheet over Excel's size, no sheet at all, or a file that
// cannot be written.
bool write(const Workbook &workbook, const QString &fileName, QString *errorMessage);

} // namespace Vigie::XlsxFile
