// libFuzzer target for .xlsx workbooks as the tag import opens them (./dev fuzz): any bytes are
// written to a file and read by XlsxFile::read, with small limits so that each run stays quick.
// A workbook is a file from anyone's mailbox: nothing may crash, hang, read out of bounds or
// allocate past the limits; a failure must say why, and a workbook that is read must hold only
// the cell types the contract lists, within the limits.

#include "spreadsheet/xlsxfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Vigie;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_xlsx: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool allowedType(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::QString:
    case QMetaType::Double:
    case QMetaType::Bool:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime: return true;
    default: return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("input.xlsx"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        fail("cannot write the input file");
    }
    out.close();

    XlsxFile::ReadLimits limits;
    limits.maxPartBytes = 4 << 20;
    limits.maxTotalBytes = 8 << 20;
    limits.maxSheets = 8;
    limits.maxColumns = 64;
    limits.maxRows = 4096;
    limits.maxCells = 1 << 16;
    QString error;
    const std::optional<Workbook> workbook = XlsxFile::read(file, &error, {}, limits);
    if (!workbook) {
        if (error.isEmpty())
            fail("a failure without a message");
        return 0;
    }
    qint64 cells = 0;
    for (const Sheet &sheet : workbook->sheets) {
        if (sheet.rows.size() > limits.maxRows)
            fail("more rows than the limit");
        for (const QList<QVariant> &row : sheet.rows) {
            cells += row.size();
            if (row.size() > limits.maxColumns)
                fail("more columns than the limit");
            for (const QVariant &cell : row) {
                if (!allowedType(cell))
                    fail("a cell of a type outside the contract",
                         QString::fromLatin1(cell.typeName()));
            }
        }
    }
    if (cells > limits.maxCells)
        fail("more cells than the limit");
    return 0;
}
