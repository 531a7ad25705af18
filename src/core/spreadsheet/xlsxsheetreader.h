#pragma once

#include "xlsxdates.h"
#include "xlsxfile.h"

#include <QList>
#include <QString>

#include <functional>

namespace Vigie::Xlsx {

class Package;
struct SheetEntry;

// What every sheet of one workbook is read with.
struct SheetContext
{
    const QList<QString> *sharedStrings = nullptr;
    const QList<DateKind> *cellFormats = nullptr; // by a cell's s attribute
    bool date1904 = false;
    XlsxFile::ReadLimits limits;
    qint64 *cellsUsed = nullptr; // grid slots handed out so far, over every sheet
    // Told the bytes of this sheet's part read so far, now and then; false cancels the read.
    std::function<bool(qint64 bytesRead)> progress;
};

// Streams one worksheet part into *sheet (named entry.name), placing each cell by its reference
// (rows and cells may be sparse or leave their r out). False with *error set, naming the sheet
// and the cell, row or XML line; "cancelled" if context.progress said to stop.
bool readSheet(Package &package, const SheetEntry &entry, const SheetContext &context, Sheet *sheet,
               QString *error);

} // namespace Vigie::Xlsx
