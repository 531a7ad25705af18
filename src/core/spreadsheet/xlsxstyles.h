#pragma once

#include "xlsxdates.h"

#include <QList>
#include <QString>

namespace Vigie::Xlsx {

class Package;

// What each cell format of xl/styles.xml (its cellXfs, which a cell's s attribute indexes) shows
// a number as: the only thing of the styles a reader of values needs. False with *error set.
bool readCellFormats(Package &package, const QString &partName, QList<DateKind> *formats,
                     QString *error);

} // namespace Vigie::Xlsx
