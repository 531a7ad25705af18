#include "xlsxworkbook.h"

#include "xlsxpackage.h"
#include "xlsxxml.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

struct Relationship
{
    QString type; // its last path segment: "worksheet", "styles", "officeDocument"...
    QString target; // a part name
};

// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"
QString relationshipsPart(const QString &sourcePart)
{
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    return sourcePart.left(slash + 1) + QLatin1StringView("_rels/") + sourcePart.mid(slash + 1)
        + QLatin1StringView(".rels");
}

// The relationships of a part, by id; *error set if the part is there but cannot be read.
QHash<QString, Relationship> readRelationships(Package &package, const QString &sourcePart,
                                               QString *error)
{
    QHash<QString, Relationship> relationships;
    const QString partName = relationshipsPart(sourcePart);
    std::unique_ptr<PartStream> stream = package.openPart(partName, error);
    if (!stream)
        return relationships;
    XmlPart xml(stream.get());
    while (xml.next()) {
        if (!xml.isStart(u"Relationship"))
            continue;
        if (xml.attribute(u"TargetMode").compare(QLatin1StringView("External"), Qt::CaseInsensitive)
            == 0) {
            continue; // a link to the outside world, not a part
        }
        const QString type = xml.attribute(u"Type").toString();
        relationships.insert(xml.attribute(u"Id").toString(),
                             {type.mid(type.lastIndexOf(u'/') + 1),
                              resolveTarget(sourcePart, xml.attribute(u"Target").toString())});
    }
    if (xml.failed())
        *error = xml.errorMessage();
    return relationships;
}

QString mainPart(Package &package, QString *error)
{
    const QString fallback = QStringLiteral("xl/workbook.xml");
    if (!package.contains(QStringLiteral("_rels/.rels")))
        return fallback;
    const QHash<QString, Relationship> relationships = readRelationships(package, QString(), error);
    for (const Relationship &r : relationships) {
        if (r.type == u"officeDocument")
            return r.target;
    }
    return fallback;
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QStringList segments;
    if (!decoded.startsWith(u'/')) {
        segments = sourcePart.split(u'/');
        segments.removeLast(); // the source's file name
    }
    for (const QString &segment : decoded.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    segments.removeAll(QString());
    return segments.join(u'/');
}

bool readWorkbookInfo(Package &package, const XlsxFile::ReadLimits &limits, WorkbookInfo *info,
                      QString *error)
{
    const QString workbookPart = mainPart(package, error);
    if (!error->isEmpty())
        return false;
    if (!package.contains(workbookPart)) {
        *error = Tr::tr("part %1 is missing: this zip archive is not an Excel workbook")
                     .arg(workbookPart);
        return false;
    }
    const QHash<QString, Relationship> relationships =
        readRelationships(package, workbookPart, error);
    if (!error->isEmpty())
        return false;
    for (const Relationship &r : relationships) {
        if (r.type == u"sharedStrings")
            info->sharedStringsPart = r.target;
        else if (r.type == u"styles")
            info->stylesPart = r.target;
    }

    std::unique_ptr<PartStream> stream = package.openPart(workbookPart, error);
    if (!stream)
        return false;
    XmlPart xml(stream.get());
    int sheetCount = 0;
    while (xml.next()) {
        if (xml.isStart(u"workbookPr")) {
            info->date1904 = isTrue(xml.attribute(u"date1904"));
        } else if (xml.isStart(u"sheet")) {
            const QString name = xml.attribute(u"name").toString();
            if (++sheetCount > limits.maxSheets) {
                xml.raiseError(Tr::tr("the workbook has more than %1 sheets, the limit")
                                   .arg(limits.maxSheets));
                break;
            }
            const QString id = xml.namespacedAttribute(u"id").toString();
            const auto r = relationships.constFind(id);
            if (r == relationships.cend()) {
                xml.raiseError(Tr::tr("sheet \"%1\" refers to relationship \"%2\", which %3 "
                                      "does not have")
                                   .arg(name, id, relationshipsPart(workbookPart)));
                break;
            }
            if (r->type == u"worksheet")
                info->sheets.append({name, r->target});
        }
    }
    if (xml.failed()) {
        *error = xml.errorMessage();
        return false;
    }
    return true;
}

} // namespace Vigie::Xlsx
