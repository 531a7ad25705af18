#include "xlsxwriterparts.h"

#include "xlsxxml.h"

#include <QXmlStreamWriter>

namespace Vigie::Xlsx {

namespace {

const QString MainNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

QString sheetPath(qsizetype index)
{
    return QStringLiteral("worksheets/sheet%1.xml").arg(index + 1);
}

} // namespace

QByteArray contentTypesPart(qsizetype sheetCount)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Types"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto byExtension = [&w](const QString &extension, const QString &type) {
        w.writeEmptyElement(QStringLiteral("Default"));
        w.writeAttribute(QStringLiteral("Extension"), extension);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    };
    const auto byPart = [&w](const QString &part, const QString &type) {
        w.writeEmptyElement(QStringLiteral("Override"));
        w.writeAttribute(QStringLiteral("PartName"), part);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    };
    const QString ml =
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
    byExtension(QStringLiteral("rels"),
                QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    byExtension(QStringLiteral("xml"), QStringLiteral("application/xml"));
    byPart(QStringLiteral("/xl/workbook.xml"), ml + QLatin1StringView("sheet.main+xml"));
    for (qsizetype i = 0; i < sheetCount; ++i)
        byPart(u"/xl/" + sheetPath(i), ml + QLatin1StringView("worksheet+xml"));
    byPart(QStringLiteral("/xl/styles.xml"), ml + QLatin1StringView("styles+xml"));
    byPart(QStringLiteral("/xl/sharedStrings.xml"), ml + QLatin1StringView("sharedStrings+xml"));
    w.writeEndDocument();
    return xml;
}

QByteArray rootRelationshipsPart()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Relationships"));
    w.writeDefaultNamespace(PackageRelationshipsNamespace);
    w.writeEmptyElement(QStringLiteral("Relationship"));
    w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId1"));
    w.writeAttribute(QStringLiteral("Type"), RelationshipsNamespace + u"/officeDocument");
    w.writeAttribute(QStringLiteral("Target"), QStringLiteral("xl/workbook.xml"));
    w.writeEndDocument();
    return xml;
}

QByteArray workbookPart(const QList<QString> &sheetNames)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("workbook"));
    w.writeDefaultNamespace(MainNamespace);
    w.writeNamespace(RelationshipsNamespace, QStringLiteral("r"));
    w.writeStartElement(QStringLiteral("bookViews"));
    w.writeEmptyElement(QStringLiteral("workbookView"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sheets"));
    for (qsizetype i = 0; i < sheetNames.size(); ++i) {
        w.writeEmptyElement(QStringLiteral("sheet"));
        w.writeAttribute(QStringLiteral("name"), sheetNames[i]);
        w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
        w.writeAttribute(RelationshipsNamespace, QStringLiteral("id"),
                         QStringLiteral("rId%1").arg(i + 1));
    }
    w.writeEndDocument();
    return xml;
}

QByteArray workbookRelationshipsPart(qsizetype sheetCount)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("Relationships"));
    w.writeDefaultNamespace(PackageRelationshipsNamespace);
    const auto relationship = [&w](qsizetype id, const QString &type, const QString &target) {
        w.writeEmptyElement(QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id));
        w.writeAttribute(QStringLiteral("Type"), RelationshipsNamespace + u'/' + type);
        w.writeAttribute(QStringLiteral("Target"), target);
    };
    for (qsizetype i = 0; i < sheetCount; ++i)
        relationship(i + 1, QStringLiteral("worksheet"), sheetPath(i));
    relationship(sheetCount + 1, QStringLiteral("styles"), QStringLiteral("styles.xml"));
    relationship(sheetCount + 2, QStringLiteral("sharedStrings"),
                 QStringLiteral("sharedStrings.xml"));
    w.writeEndDocument();
    return xml;
}

QByteArray stylesPart()
{
    // Fonts 0 (normal) and 1 (bold); the two fills Excel requires; cellXfs in CellStyle's order.
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
        "</numFmts>"
        "<fonts count=\"2\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "</fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "</borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        "</cellStyleXfs>"
        "<cellXfs count=\"5\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyFont=\"1\"/>"
        "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"21\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "</cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        "</cellStyles>"
        "</styleSheet>");
}

QByteArray sharedStringsPart(const QList<QString> &strings, qint64 references)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("sst"));
    w.writeDefaultNamespace(MainNamespace);
    w.writeAttribute(QStringLiteral("count"), QString::number(references));
    w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
    for (const QString &text : strings) {
        w.writeStartElement(QStringLiteral("si"));
        w.writeStartElement(QStringLiteral("t"));
        if (text.front().isSpace() || text.back().isSpace())
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.writeCharacters(encodeEscapes(text));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndDocument();
    return xml;
}

} // namespace Vigie::Xlsx
