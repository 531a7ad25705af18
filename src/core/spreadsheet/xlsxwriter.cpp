// XlsxFile::write(): a minimal workbook Excel, LibreOffice and openpyxl open, streamed into a
// QSaveFile through QuaZip so that neither the sheets' XML nor the zip is held in memory.

#include "xlsxcellref.h"
#include "xlsxdates.h"
#include "xlsxfile.h"
#include "xlsxwriterparts.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

namespace Vigie::XlsxFile {

namespace {

using namespace Vigie::Xlsx;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

constexpr qsizetype MaxSheetNameLength = 31;
constexpr qsizetype ExcelRows = 1048576;
constexpr qsizetype ExcelColumns = 16384;
constexpr int MinColumnWidth = 8;
constexpr int MaxColumnWidth = 60;
constexpr qint64 ChunkBytes = 64 << 10;

// Why Excel would refuse this sheet name, or an empty string.
QString sheetNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Tr::tr("a sheet has no name, which Excel requires");
    if (name.size() > MaxSheetNameLength) {
        return Tr::tr("sheet name \"%1\" has %2 characters, more than Excel's %3")
            .arg(name)
            .arg(name.size())
            .arg(MaxSheetNameLength);
    }
    for (const QChar c : name) {
        if (QStringView(u"[]:*?/\\").contains(c)) {
            return Tr::tr("sheet name \"%1\" contains \"%2\", which Excel does not allow in "
                          "sheet names")
                .arg(name, c);
        }
        if (c.unicode() < 0x20)
            return Tr::tr("sheet name \"%1\" contains a control character").arg(name);
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return Tr::tr("sheet name \"%1\" starts or ends with an apostrophe, which Excel does "
                      "not allow")
            .arg(name);
    return {};
}

QString checkWorkbook(const Workbook &workbook)
{
    if (workbook.sheets.isEmpty())
        return Tr::tr("the workbook has no sheet; Excel needs at least one");
    QSet<QString> names;
    for (const Sheet &sheet : workbook.sheets) {
        const QString problem = sheetNameProblem(sheet.name);
        if (!problem.isEmpty())
            return problem;
        const QString folded = sheet.name.toCaseFolded();
        if (names.contains(folded)) {
            return Tr::tr("two sheets are named \"%1\" (Excel does not tell upper and lower case "
                          "apart)")
                .arg(sheet.name);
        }
        names.insert(folded);
        if (sheet.rows.size() > ExcelRows) {
            return Tr::tr("sheet \"%1\" has %2 rows, more than Excel's %3")
                .arg(sheet.name)
                .arg(sheet.rows.size())
                .arg(ExcelRows);
        }
        for (const QList<QVariant> &row : sheet.rows) {
            if (row.size() > ExcelColumns) {
                return Tr::tr("sheet \"%1\" has %2 columns, more than Excel's %3")
                    .arg(sheet.name)
                    .arg(row.size())
                    .arg(ExcelColumns);
            }
        }
    }
    return {};
}

QString numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // not "-0"
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A cell as it goes into the XML: its type attribute, style and <v> text; no text: no cell.
struct CellXml
{
    QString type;
    int style = PlainStyle;
    QString value;
};

// The shared strings, each once, in the order cells first use them.
class StringTable
{
public:
    int indexOf(const QString &text)
    {
        ++m_references;
        const auto found = m_indexes.constFind(text);
        if (found != m_indexes.cend())
            return *found;
        const int index = int(m_strings.size());
        m_indexes.insert(text, index);
        m_strings.append(text);
        return index;
    }
    [[nodiscard]] const QList<QString> &strings() const { return m_strings; }
    [[nodiscard]] qint64 references() const { return m_references; }

private:
    QHash<QString, int> m_indexes;
    QList<QString> m_strings;
    qint64 m_references = 0;
};

CellXml cellXml(const QVariant &value, bool header, StringTable *strings)
{
    const auto text = [&](const QString &s) -> CellXml {
        if (s.isEmpty())
            return {};
        return {QStringLiteral("s"), header ? HeaderStyle : PlainStyle,
                QString::number(strings->indexOf(s))};
    };
    const int numberStyle = header ? HeaderStyle : PlainStyle;
    switch (value.typeId()) {
    case QMetaType::UnknownType: return {};
    case QMetaType::QString: return text(value.toString());
    case QMetaType::Bool:
        return {QStringLiteral("b"), numberStyle,
                value.toBool() ? QStringLiteral("1") : QStringLiteral("0")};
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {QStringLiteral("e"), numberStyle, QStringLiteral("#NUM!")};
        return {QString(), numberStyle, numberText(d)};
    }
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong: return {QString(), numberStyle, QString::number(value.toLongLong())};
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return {QString(), numberStyle, QString::number(value.toULongLong())};
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime: {
        const std::optional<double> serial = toSerial(value);
        if (!serial) // before 1900, which Excel cannot count: the date as text, not lost
            return text(value.toString());
        const int style = value.typeId() == QMetaType::QDate ? DateStyle
            : value.typeId() == QMetaType::QTime             ? TimeStyle
                                                             : DateTimeStyle;
        return {QString(), style, numberText(*serial)};
    }
    default: return text(value.toString());
    }
}

// A column's width in characters, from the longest text it shows (bounded: a long description
// should not push the other columns off the screen).
QList<int> columnWidths(const Sheet &sheet)
{
    QList<int> widths;
    for (const QList<QVariant> &row : sheet.rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), MinColumnWidth);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant &value = row[c];
            qsizetype length = 0;
            switch (value.typeId()) {
            case QMetaType::UnknownType: break;
            case QMetaType::QDateTime: length = 19; break;
            case QMetaType::QDate:
            case QMetaType::QTime: length = 10; break;
            case QMetaType::Double: length = numberText(value.toDouble()).size(); break;
            default: length = value.toString().size(); break;
            }
            widths[c] = std::max(widths[c], int(std::min<qsizetype>(length + 2, MaxColumnWidth)));
        }
    }
    return widths;
}

void writeSheet(QIODevice *device, const Sheet &sheet, bool first, StringTable *strings)
{
    // The XML goes to the zip in chunks: the writer's many small writes, each straight into
    // the deflater, would cost more than the compression itself.
    QBuffer chunk;
    chunk.open(QIODevice::WriteOnly);
    const auto flush = [&] {
        device->write(chunk.data());
        chunk.buffer().clear();
        chunk.seek(0);
    };
    QXmlStreamWriter w(&chunk);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));

    // The first row is frozen, as a header stays in sight while the tags scroll under it.
    w.writeStartElement(QStringLiteral("sheetViews"));
    w.writeStartElement(QStringLiteral("sheetView"));
    if (first)
        w.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    if (sheet.rows.size() > 1) {
        w.writeEmptyElement(QStringLiteral("pane"));
        w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
        w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        w.writeEmptyElement(QStringLiteral("selection"));
        w.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    }
    w.writeEndElement();
    w.writeEndElement();

    const QList<int> widths = columnWidths(sheet);
    if (!widths.isEmpty()) {
        w.writeStartElement(QStringLiteral("cols"));
        for (qsizetype c = 0; c < widths.size(); ++c) {
            w.writeEmptyElement(QStringLiteral("col"));
            w.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
            w.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
            w.writeAttribute(QStringLiteral("width"), QString::number(widths[c]));
            w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        w.writeEndElement();
    }

    w.writeStartElement(QStringLiteral("sheetData"));
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QList<QVariant> &row = sheet.rows[r];
        bool rowStarted = false;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const CellXml cell = cellXml(row[c], r == 0, strings);
            if (cell.value.isEmpty())
                continue;
            if (!rowStarted) {
                w.writeStartElement(QStringLiteral("row"));
                w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
                rowStarted = true;
            }
            w.writeStartElement(QStringLiteral("c"));
            w.writeAttribute(QStringLiteral("r"), cellName(r + 1, c + 1));
            if (cell.style != PlainStyle)
                w.writeAttribute(QStringLiteral("s"), QString::number(cell.style));
            if (!cell.type.isEmpty())
                w.writeAttribute(QStringLiteral("t"), cell.type);
            w.writeTextElement(QStringLiteral("v"), cell.value);
            w.writeEndElement();
        }
        if (rowStarted)
            w.writeEndElement();
        if (chunk.size() >= ChunkBytes)
            flush();
    }
    w.writeEndDocument();
    flush();
}

// Writes the parts into an open zip; an error message, or empty.
QString writeParts(QuaZip *zip, const Workbook &workbook)
{
    const auto writePart = [zip](const QString &name,
                                 const std::function<void(QIODevice *)> &write) -> QString {
        QuaZipFile part(zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED,
                       Z_DEFAULT_COMPRESSION)) {
            return Tr::tr("cannot add %1 to the zip archive (zip error %2)")
                .arg(name)
                .arg(part.getZipError());
        }
        write(&part);
        part.close();
        if (part.getZipError() != UNZ_OK) {
            return Tr::tr("cannot write %1 into the zip archive (zip error %2)")
                .arg(name)
                .arg(part.getZipError());
        }
        return {};
    };
    const auto bytes = [](const QByteArray &data) {
        return [data](QIODevice *device) { device->write(data); };
    };

    StringTable strings;
    QList<QString> names;
    for (qsizetype i = 0; i < workbook.sheets.size(); ++i) {
        const Sheet &sheet = workbook.sheets[i];
        names.append(sheet.name);
        const QString error =
            writePart(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      [&](QIODevice *device) { writeSheet(device, sheet, i == 0, &strings); });
        if (!error.isEmpty())
            return error;
    }
    const std::pair<QString, QByteArray> parts[] = {
        {QStringLiteral("[Content_Types].xml"), contentTypesPart(names.size())},
        {QStringLiteral("_rels/.rels"), rootRelationshipsPart()},
        {QStringLiteral("xl/workbook.xml"), workbookPart(names)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationshipsPart(names.size())},
        {QStringLiteral("xl/styles.xml"), stylesPart()},
        {QStringLiteral("xl/sharedStrings.xml"),
         sharedStringsPart(strings.strings(), strings.references())},
    };
    for (const auto &[name, data] : parts) {
        const QString error = writePart(name, bytes(data));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString writeFile(const Workbook &workbook, const QString &fileName)
{
    const QString problem = checkWorkbook(workbook);
    if (!problem.isEmpty())
        return problem;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write the file: %1").arg(file.errorString());
    QuaZip zip(&file);
    zip.setAutoClose(false); // the QSaveFile commits below, and only if all went well
    if (!zip.open(QuaZip::mdCreate))
        return Tr::tr("cannot create the zip archive (zip error %1)").arg(zip.getZipError());
    const QString error = writeParts(&zip, workbook);
    zip.close();
    if (!error.isEmpty())
        return error;
    if (zip.getZipError() != UNZ_OK)
        return Tr::tr("cannot finish the zip archive (zip error %1)").arg(zip.getZipError());
    if (!file.commit())
        return Tr::tr("cannot write the file: %1").arg(file.errorString());
    return {};
}

} // namespace

bool write(const Workbook &workbook, const QString &fileName, QString *errorMessage)
{
    const QString error = writeFile(workbook, fileName);
    if (!error.isEmpty() && errorMessage)
        *errorMessage = Tr::tr("%1: %2").arg(QFileInfo(fileName).fileName(), error);
    return error.isEmpty();
}

} // namespace Vigie::XlsxFile
