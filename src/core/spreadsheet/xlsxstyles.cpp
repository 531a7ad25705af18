#include "xlsxstyles.h"

#include "xlsxpackage.h"
#include "xlsxxml.h"

#include <QCoreApplication>
#include <QHash>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

// Excel allows 64,000 cell formats; a part with far more is a bomb of empty elements.
constexpr int MaxFormats = 1 << 20;

} // namespace

bool readCellFormats(Package &package, const QString &partName, QList<DateKind> *formats,
                     QString *error)
{
    std::unique_ptr<PartStream> stream = package.openPart(partName, error);
    if (!stream)
        return false;
    XmlPart xml(stream.get());
    QHash<int, DateKind> customFormats; // numFmtId → kind, from <numFmts>
    bool inCellXfs = false;
    while (xml.next()) {
        if (customFormats.size() + formats->size() > MaxFormats) {
            xml.raiseError(Tr::tr("more than %1 formats, the limit").arg(MaxFormats));
            break;
        }
        if (xml.isStart(u"numFmt")) {
            customFormats.insert(xml.attribute(u"numFmtId").toInt(),
                                 dateKind(xml.attribute(u"formatCode")));
        } else if (xml.isStart(u"cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEnd(u"cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStart(u"xf")) {
            const int id = xml.attribute(u"numFmtId").toInt();
            // A custom code may redefine a built-in id; it wins, as in Excel.
            formats->append(customFormats.value(id, builtInDateKind(id)));
        }
    }
    if (xml.failed()) {
        *error = xml.errorMessage();
        return false;
    }
    return true;
}

} // namespace Vigie::Xlsx
