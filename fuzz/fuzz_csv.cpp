// libFuzzer target for CSV files as engineers hand them to the tag import (./dev fuzz): any bytes
// are parsed by CsvFile::parse. Nothing may crash, hang or read out of bounds; a parsed sheet
// must keep its contract (no trailing empty cell or row, a line for every row or none, lines
// that only grow), and what serialize() makes of it must parse back to the same cells.

#include "spreadsheet/csvfile.h"

#include <cstdio>
#include <cstdlib>

using namespace Vigie;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csv: %s\n", what);
    std::abort();
}

void checkContract(const Sheet &sheet)
{
    if (!sheet.rows.isEmpty() && sheet.rows.back().isEmpty())
        fail("a trailing empty row");
    for (const QList<QVariant> &row : sheet.rows) {
        if (!row.isEmpty() && !row.back().isValid())
            fail("a trailing empty cell");
        for (const QVariant &cell : row) {
            if (cell.isValid()
                && (cell.typeId() != QMetaType::QString || cell.toString().isEmpty()))
                fail("a cell that is not a non-empty string");
        }
    }
    if (!sheet.lines.isEmpty() && sheet.lines.size() != sheet.rows.size())
        fail("lines for some rows only");
    for (qsizetype i = 1; i < sheet.lines.size(); ++i) {
        if (sheet.lines[i] <= sheet.lines[i - 1])
            fail("a record that starts before the one above it");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    CsvFile::Format format;
    const std::optional<Sheet> sheet = CsvFile::parse(bytes, &error, &format);
    if (!sheet) {
        if (error.isEmpty())
            fail("a failure without a message");
        return 0;
    }
    checkContract(*sheet);

    // serialize() quotes every ';', ',' and tab, so that only its own delimiter splits what it
    // writes; a delimiter of a "sep=" line may be anything else.
    const QChar delimiter =
        QStringView(u",;\t").contains(format.delimiter) ? format.delimiter : QChar(u',');
    const QByteArray written = CsvFile::serialize(*sheet, delimiter);
    CsvFile::Format again;
    const std::optional<Sheet> back = CsvFile::parse(written, &error, &again);
    if (!back)
        fail("serialize() wrote what parse() refuses");
    if (back->rows != sheet->rows)
        fail("serialize() then parse() changed the cells");
    return 0;
}
