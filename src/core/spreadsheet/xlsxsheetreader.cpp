#include "xlsxsheetreader.h"

#include "xlsxcellref.h"
#include "xlsxpackage.h"
#include "xlsxsharedstrings.h"
#include "xlsxworkbook.h"
#include "xlsxxml.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

constexpr int RowsBetweenProgress = 512;

// A cell's t attribute.
enum class CellType {
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    IsoDate,
    Unknown
};

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedString;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Unknown;
}

// A cell as the XML gives it, before its type makes a value of it.
struct RawCell
{
    CellType type = CellType::Number;
    QString unknownType; // t, when it is none of the above
    int style = 0; // s
    QString value; // <v>
    bool hasValue = false;
    QString inlineText; // <is>
    bool hasInline = false;
};

// A cell of type "d": an ISO 8601 date, time or both.
QVariant isoDateValue(const QString &text)
{
    if (text.contains(u'T')) {
        const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dateTime.isValid() ? QVariant(dateTime) : QVariant();
    }
    if (text.contains(u':')) {
        const QTime time = QTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? QVariant(time) : QVariant();
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QVariant(date) : QVariant();
}

class SheetReader
{
public:
    SheetReader(const SheetContext &context, XmlPart &xml, PartStream &stream, Sheet *sheet)
        : m_context(context)
        , m_xml(xml)
        , m_stream(stream)
        , m_sheet(sheet)
    {
    }

    bool read()
    {
        while (m_xml.next()) {
            if (m_xml.isStart(u"row") && !readRow())
                return false;
        }
        return !m_xml.failed();
    }

    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    // "cell C12: ..." or "row 7: ...", if the content was at fault.
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    bool readRow()
    {
        const QStringView r = m_xml.attribute(u"r");
        if (r.isEmpty()) {
            ++m_row;
        } else {
            bool ok = false;
            const qint64 row = r.toLongLong(&ok);
            if (!ok || row < 1) {
                m_message = Tr::tr("row \"%1\": not a row number").arg(r);
                m_xml.raiseError(m_message);
                return false;
            }
            m_row = row;
        }
        if (m_row > m_context.limits.maxRows) {
            return fail(Tr::tr("past the last row allowed (%1)").arg(m_context.limits.maxRows));
        }
        if (++m_rowsRead % RowsBetweenProgress == 0 && m_context.progress
            && !m_context.progress(m_stream.bytesRead())) {
            m_cancelled = true;
            m_xml.raiseError(Tr::tr("cancelled"));
            return false;
        }
        m_column = 0;
        const int depth = m_xml.depth();
        while (m_xml.next() && m_xml.depth() >= depth) {
            if (m_xml.isStart(u"c") && !readCell())
                return false;
        }
        return !m_xml.failed();
    }

    bool readCell()
    {
        RawCell raw;
        qint64 row = m_row;
        bool placed = false; // by its r attribute
        for (const QXmlStreamAttribute &a : m_xml.reader().attributes()) {
            if (!a.namespaceUri().isEmpty())
                continue;
            if (a.name() == u"r") {
                const std::optional<CellRef> ref = parseCellRef(a.value());
                if (!ref)
                    return fail(Tr::tr("\"%1\" is not a cell reference").arg(a.value()));
                row = ref->row;
                m_column = ref->column;
                placed = true;
                continue;
            }
            if (a.name() == u"t") {
                raw.type = cellType(a.value());
                if (raw.type == CellType::Unknown)
                    raw.unknownType = a.value().toString();
            } else if (a.name() == u"s")
                raw.style = a.value().toInt();
        }
        if (!placed)
            ++m_column;
        m_cellRow = row;
        if (m_column > m_context.limits.maxColumns || row > m_context.limits.maxRows) {
            return cellError(Tr::tr("past the last column (%1) or row (%2) allowed")
                                 .arg(columnName(m_context.limits.maxColumns))
                                 .arg(m_context.limits.maxRows));
        }

        const int depth = m_xml.depth();
        while (m_xml.next() && m_xml.depth() >= depth) {
            if (m_xml.isStart(u"v")) {
                raw.value = m_xml.readText();
                raw.hasValue = true;
            } else if (m_xml.isStart(u"is")) {
                raw.inlineText = readStringItem(m_xml);
                raw.hasInline = true;
            } else if (m_xml.isStart()) {
                m_xml.skipElement(); // <f>, <extLst>: a formula gives its cached value
            }
        }
        if (m_xml.failed())
            return false;

        QVariant value;
        if (!convert(raw, &value))
            return false;
        if (value.isValid())
            return place(row, m_column, value);
        return true;
    }

    bool convert(const RawCell &raw, QVariant *value)
    {
        switch (raw.type) {
        case CellType::SharedString: {
            if (!raw.hasValue)
                return true;
            bool ok = false;
            const qint64 index = raw.value.toLongLong(&ok);
            const QList<QString> &strings = *m_context.sharedStrings;
            if (!ok || index < 0 || index >= strings.size()) {
                return cellError(Tr::tr("shared string \"%1\" does not exist (the workbook has "
                                        "%n shared strings)",
                                        nullptr, int(strings.size()))
                                     .arg(raw.value));
            }
            if (!strings[index].isEmpty())
                *value = strings[index];
            break;
        }
        case CellType::InlineString: {
            const QString text = raw.hasInline ? raw.inlineText : decodeEscapes(raw.value);
            if (!text.isEmpty())
                *value = text;
            break;
        }
        case CellType::FormulaString:
        case CellType::Error:
            if (!raw.value.isEmpty())
                *value = decodeEscapes(raw.value);
            break;
        case CellType::Boolean: {
            if (!raw.hasValue)
                return true;
            const QString v = raw.value.trimmed();
            if (v == u"1" || v == u"true")
                *value = true;
            else if (v == u"0" || v == u"false")
                *value = false;
            else
                return cellError(Tr::tr("\"%1\" is not a boolean (0 or 1)").arg(raw.value));
            break;
        }
        case CellType::IsoDate:
            if (raw.value.isEmpty())
                return true;
            *value = isoDateValue(raw.value.trimmed());
            if (!value->isValid())
                return cellError(Tr::tr("\"%1\" is not an ISO 8601 date").arg(raw.value));
            break;
        case CellType::Number: {
            const QString v = raw.value.trimmed();
            if (v.isEmpty())
                return true;
            bool ok = false;
            const double number = v.toDouble(&ok);
            if (!ok)
                return cellError(Tr::tr("\"%1\" is not a number").arg(raw.value));
            const QList<DateKind> &formats = *m_context.cellFormats;
            const DateKind kind =
                raw.style >= 0 && raw.style < formats.size() ? formats[raw.style] : DateKind::None;
            const QVariant date = fromSerial(number, m_context.date1904, kind);
            *value = date.isValid() ? date : QVariant(number);
            break;
        }
        case CellType::Unknown:
            return cellError(Tr::tr("unknown cell type \"%1\"").arg(raw.unknownType));
        }
        return true;
    }

    bool place(qint64 row, qint64 column, const QVariant &value)
    {
        QList<QList<QVariant>> &rows = m_sheet->rows;
        if (rows.size() < row)
            rows.resize(row);
        QList<QVariant> &cells = rows[row - 1];
        if (cells.size() < column) {
            *m_context.cellsUsed += column - cells.size();
            if (*m_context.cellsUsed > m_context.limits.maxCells) {
                return cellError(Tr::tr("the sheets would hold more than %1 cells, the limit (a "
                                        "sparse cell far away counts every empty cell before it)")
                                     .arg(m_context.limits.maxCells));
            }
            cells.resize(column);
        }
        cells[column - 1] = value;
        return true;
    }

    // A fault of the content, named by its row or cell rather than by its XML line.
    bool fail(const QString &message)
    {
        m_message = Tr::tr("row %1: %2").arg(m_row).arg(message);
        m_xml.raiseError(m_message);
        return false;
    }
    bool cellError(const QString &message)
    {
        m_message = Tr::tr("cell %1: %2").arg(cellName(m_cellRow, m_column), message);
        m_xml.raiseError(m_message);
        return false;
    }

    const SheetContext &m_context;
    XmlPart &m_xml;
    PartStream &m_stream;
    Sheet *m_sheet;
    qint64 m_row = 0;
    qint64 m_column = 0;
    qint64 m_rowsRead = 0;
    qint64 m_cellRow = 0; // with m_column, the cell being read
    QString m_message;
    bool m_cancelled = false;
};

} // namespace

bool readSheet(Package &package, const SheetEntry &entry, const SheetContext &context, Sheet *sheet,
               QString *error)
{
    sheet->name = entry.name;
    std::unique_ptr<PartStream> stream = package.openPart(entry.partName, error);
    if (!stream) {
        *error = Tr::tr("sheet \"%1\": %2").arg(entry.name, *error);
        return false;
    }
    XmlPart xml(stream.get());
    SheetReader reader(context, xml, *stream, sheet);
    if (reader.read())
        return true;
    if (reader.cancelled())
        *error = Tr::tr("cancelled");
    else if (!reader.message().isEmpty() && stream->failure().isEmpty())
        *error = Tr::tr("sheet \"%1\", %2").arg(entry.name, reader.message());
    else
        *error = Tr::tr("sheet \"%1\": %2").arg(entry.name, xml.errorMessage());
    return false;
}

} // namespace Vigie::Xlsx
