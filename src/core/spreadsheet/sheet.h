#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Vigie {

// A grid of cells as a spreadsheet holds it, whatever the file: what the .xlsx and CSV readers
// give the importers and what the exporters give the writers. A cell is a QVariant:
//   invalid QVariant    an empty cell
//   QString             text (CSV gives only text, or empty)
//   double              a number
//   bool                a boolean
//   QDateTime / QDate / QTime   a number the workbook formats as a date, date-time or time
struct Sheet
{
    QString name; // the sheet's tab name; a CSV file's base name
    // rows[i] is the file's row i + 1 (.xlsx) or record i + 1 (CSV): empty rows are kept as
    // empty lists so that positions stay row numbers. Trailing empty cells may be left out.
    QList<QList<QVariant>> rows;
    // CSV only: the physical line each record starts on (a quoted field may span lines), for
    // messages; empty when records and lines coincide, and for .xlsx.
    QList<int> lines;

    // The number a message should give for rows[index]: "row 12" of a sheet, "line 12" of a CSV.
    [[nodiscard]] int rowNumber(qsizetype index) const
    {
        return index < lines.size() ? lines[index] : int(index) + 1;
    }
    [[nodiscard]] QVariant cell(qsizetype row, qsizetype column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return {};
        return rows[row][column];
    }
};

struct Workbook
{
    QList<Sheet> sheets; // in tab order

    [[nodiscard]] const Sheet *sheet(const QString &name) const
    {
        for (const Sheet &s : sheets) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0)
                return &s;
        }
        return nullptr;
    }
};

// Told how far reading has gone, in bytes of the file's content (0 ≤ done ≤ total), from the
// reading thread; returning false cancels the read, which then fails with "cancelled".
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace Vigie
