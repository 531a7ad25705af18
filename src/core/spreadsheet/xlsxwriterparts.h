#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Vigie::Xlsx {

// The cell formats (cellXfs) of the styles part the writer makes, which its cells' s attribute
// indexes.
enum CellStyle {
    PlainStyle = 0,
    HeaderStyle = 1, // bold
    DateStyle = 2, // built-in 14: the short date of the reader's locale
    DateTimeStyle = 3, // yyyy-mm-dd hh:mm:ss
    TimeStyle = 4, // built-in 21: h:mm:ss
};

// The parts of a workbook that only the number and the names of its sheets change; the sheets
// are xl/worksheets/sheet1.xml onwards, as relationships rId1 onwards.
QByteArray contentTypesPart(qsizetype sheetCount);
QByteArray rootRelationshipsPart();
QByteArray workbookPart(const QList<QString> &sheetNames);
QByteArray workbookRelationshipsPart(qsizetype sheetCount);
QByteArray stylesPart();
// The shared strings, indexed by cells of type "s".
QByteArray sharedStringsPart(const QList<QString> &strings, qint64 references);

} // namespace Vigie::Xlsx
