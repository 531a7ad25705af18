#pragma once

#include <QList>
#include <QString>

namespace Vigie::Xlsx {

class Package;
class XmlPart;

// The text of a string item, <si> of the shared strings or <is> of an inline string, with the
// reader on its start: its <t>, or the <t> of its rich-text runs <r> one after the other, without
// the phonetic guides (<rPh>) of East Asian text, _xHHHH_ escapes decoded. Leaves the reader on
// the item's end.
QString readStringItem(XmlPart &xml);

// xl/sharedStrings.xml, which cells of type "s" index; no more than maxStrings (the cells a read
// allows). False with *error set.
bool readSharedStrings(Package &package, const QString &partName, qint64 maxStrings,
                       QList<QString> *strings, QString *error);

} // namespace Vigie::Xlsx
