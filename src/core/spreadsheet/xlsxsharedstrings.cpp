#include "xlsxsharedstrings.h"

#include "xlsxpackage.h"
#include "xlsxxml.h"

#include <QCoreApplication>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

} // namespace

QString readStringItem(XmlPart &xml)
{
    QString text;
    const int depth = xml.depth();
    while (xml.next() && xml.depth() >= depth) {
        if (xml.isStart(u"rPh"))
            xml.skipElement();
        else if (xml.isStart(u"t"))
            text += xml.readText();
    }
    return decodeEscapes(text);
}

bool readSharedStrings(Package &package, const QString &partName, qint64 maxStrings,
                       QList<QString> *strings, QString *error)
{
    std::unique_ptr<PartStream> stream = package.openPart(partName, error);
    if (!stream)
        return false;
    XmlPart xml(stream.get());
    while (xml.next()) {
        if (!xml.isStart(u"si"))
            continue;
        if (strings->size() >= maxStrings) {
            // Each costs memory even empty, and a string no cell can use is no real workbook's.
            xml.raiseError(Tr::tr("more than %1 shared strings, the limit").arg(maxStrings));
            break;
        }
        strings->append(readStringItem(xml));
    }
    if (xml.failed()) {
        *error = xml.errorMessage();
        return false;
    }
    return true;
}

} // namespace Vigie::Xlsx
