#pragma once

#include "xlsxfile.h"

#include <QList>
#include <QString>

namespace Vigie::Xlsx {

class Package;

// A worksheet as the workbook lists it: its tab name and the part that holds its cells.
struct SheetEntry
{
    QString name;
    QString partName; // "xl/worksheets/sheet1.xml", resolved from the relationships
};

// What xl/workbook.xml and its relationships say: the worksheets in tab order (chart, dialog and
// macro sheets are left out: they hold no cells an import wants), the date system, and where the
// shared strings and the styles are (empty if the workbook has none).
struct WorkbookInfo
{
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStringsPart;
    QString stylesPart;
};

// Finds the workbook part through _rels/.rels (xl/workbook.xml if that says nothing), then its
// sheets through its own relationships, whatever the parts are called. False with *error set.
bool readWorkbookInfo(Package &package, const XlsxFile::ReadLimits &limits, WorkbookInfo *info,
                      QString *error);

// A relationship's target as a part name: "worksheets/sheet1.xml" from "xl/workbook.xml" is
// "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute; "../" climbs; %20 decodes.
QString resolveTarget(const QString &sourcePart, const QString &target);

} // namespace Vigie::Xlsx
