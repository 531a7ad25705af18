#include "svgdocumentreader.h"

#include "svgserializer.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Screens)
};

// The offset of the first byte that does not belong to a valid UTF-8 sequence (overlong
// forms, surrogates and values above U+10FFFF included); -1 if there is none.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size()) {
        const uchar b = uchar(data[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t value = 0;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            value = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            value = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            value = b & 0x07;
        } else {
            return i;
        }
        if (i + length > data.size())
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar c = uchar(data[i + k]);
            if ((c & 0xc0) != 0x80)
                return i;
            value = (value << 6) | (c & 0x3f);
        }
        static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (value < smallest[length] || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

// How the file says it is encoded: its BOM, else its XML declaration, else UTF-8; nullopt
// for an encoding QStringConverter does not know.
std::optional<QStringConverter::Encoding> encodingOf(const QByteArray &data)
{
    if (const auto fromBom = QStringConverter::encodingForData(data, u'<'))
        return fromBom;
    if (!data.startsWith("<?xml"))
        return QStringConverter::Utf8;
    const QByteArray declaration = data.left(qMax(data.indexOf("?>"), qsizetype(0)));
    const qsizetype key = declaration.indexOf("encoding");
    const qsizetype equals = key < 0 ? -1 : declaration.indexOf('=', key);
    if (equals < 0)
        return QStringConverter::Utf8;
    auto isQuoteOrSpace = [](char c) { return c == ' ' || c == '"' || c == '\''; };
    qsizetype begin = equals + 1;
    while (begin < declaration.size() && isQuoteOrSpace(declaration[begin]))
        ++begin;
    qsizetype end = begin;
    while (end < declaration.size() && !isQuoteOrSpace(declaration[end]))
        ++end;
    return QStringConverter::encodingForName(declaration.sliced(begin, end - begin).constData());
}

// 1-based line and column of a character offset, counting \n, \r\n and \r as line breaks.
class LineIndex
{
public:
    explicit LineIndex(QStringView text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
                m_starts.push_back(i + 1);
        }
    }

    [[nodiscard]] std::pair<int, int> position(qsizetype offset) const
    {
        const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const qsizetype line = next - m_starts.begin(); // >= 1: m_starts[0] == 0 <= offset
        return {int(line), int(offset - m_starts[line - 1] + 1)};
    }

private:
    std::vector<qsizetype> m_starts;
};

} // namespace

SvgDocument SvgDocumentReader::read(const QByteArray &data, const QString &fileName)
{
    using Node = SvgDocument::Node;
    SvgDocument doc;
    doc.m_fileName = fileName;
    std::vector<Node> &nodes = doc.m_nodes;

    auto fail = [&doc](const QString &message, int line, int column) {
        doc.m_errorString = message;
        doc.m_errorLine = line;
        doc.m_errorColumn = column;
    };

    // Decoded here rather than by the reader, which would place elements and bad bytes less
    // precisely. An encoding unknown here is left to the reader, which then reports it.
    std::optional<QString> text;
    const std::optional<QStringConverter::Encoding> encoding = encodingOf(data);
    if (encoding == QStringConverter::Utf8) {
        if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
            const QString before = QString::fromUtf8(data.first(bad));
            const auto [line, column] = LineIndex(before).position(before.size());
            fail(Tr::tr("byte 0x%1 is not UTF-8: save the drawing as UTF-8, or declare its "
                        "encoding in the XML declaration")
                     .arg(uchar(data[bad]), 2, 16, QLatin1Char('0')),
                 line, column);
            return doc;
        }
    }
    if (encoding) {
        QStringDecoder decoder(*encoding);
        text = decoder(data);
        if (decoder.hasError())
            text.reset();
    }
    const LineIndex lines(text ? QStringView(*text) : QStringView());
    QXmlStreamReader reader;
    if (text)
        reader.addData(*text);
    else
        reader.addData(data);
    // Where the token just read started: the reader knows where it ended, and no '<' can occur
    // inside a start tag (not even in an attribute value), so the last '<' before its end is
    // its own. Without the decoded text, where it ended.
    qint64 previousEnd = 0;
    auto tokenStart = [&](bool isTag) -> std::pair<int, int> {
        const qint64 end = reader.characterOffset();
        if (text && end > 0 && end <= text->size()) {
            const qsizetype at = isTag ? text->lastIndexOf(u'<', end - 1) : previousEnd;
            if (at >= 0 && at < text->size() && (!isTag || text->at(end - 1) == u'>'))
                return lines.position(at);
        }
        return {int(reader.lineNumber()), int(reader.columnNumber()) + 1};
    };

    QList<int> open; // the elements being read, outermost first
    while (!reader.atEnd() && doc.m_errorString.isEmpty()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const auto [line, column] = tokenStart(true);
            if (open.size() >= SvgDocument::MaxDepth) {
                fail(Tr::tr("elements are nested more than %1 levels deep")
                         .arg(SvgDocument::MaxDepth),
                     line, column);
                break;
            }
            Node node;
            node.kind = SvgDocument::NodeKind::Element;
            node.parent = open.isEmpty() ? -1 : open.last();
            node.line = line;
            node.column = column;
            node.namespaceUri = reader.namespaceUri().toString();
            node.localName = reader.name().toString();
            node.qualifiedName = reader.qualifiedName().toString();
            // as written: not the defaults a DTD would add
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                if (!a.isDefault())
                    node.attributes.append(a);
            }
            node.namespaceDeclarations = reader.namespaceDeclarations();
            for (const QXmlStreamAttribute &a : std::as_const(node.attributes)) {
                if (a.namespaceUri().isEmpty() && a.name() == u"id")
                    node.id = a.value().toString();
            }
            if (nodes.empty() && (node.localName != u"svg" || node.namespaceUri != SvgNamespace)) {
                fail(node.localName == u"svg"
                         ? Tr::tr("the root element <svg> is not in the SVG namespace (add "
                                  "xmlns=\"http://www.w3.org/2000/svg\")")
                         : Tr::tr("the root element is <%1>, not an SVG <svg>")
                               .arg(node.qualifiedName),
                     line, column);
                break;
            }
            const int index = int(nodes.size());
            if (node.parent >= 0)
                nodes[node.parent].children.append(index);
            nodes.push_back(std::move(node));
            open.append(index);
            ++doc.m_elementCount;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty())
                nodes[open.takeLast()].subtreeEnd = int(nodes.size());
            break;
        case QXmlStreamReader::Characters: {
            if (open.isEmpty())
                break;
            const auto kind =
                reader.isCDATA() ? SvgDocument::NodeKind::CData : SvgDocument::NodeKind::Text;
            // The reader may cut one run of text in several tokens: keep one node.
            Node &last = nodes.back();
            if (last.kind == kind && last.parent == open.last()) {
                last.text += reader.text();
                break;
            }
            const auto [line, column] = tokenStart(false);
            Node node;
            node.kind = kind;
            node.parent = open.last();
            node.line = line;
            node.column = column;
            node.text = reader.text().toString();
            const int index = int(nodes.size());
            node.subtreeEnd = index + 1;
            nodes[node.parent].children.append(index);
            nodes.push_back(std::move(node));
            break;
        }
        default: // comments, processing instructions, the DTD: not kept
            break;
        }
        previousEnd = reader.characterOffset();
    }

    if (doc.m_errorString.isEmpty() && reader.hasError())
        // the column of the last character read (the reader counts characters read)
        fail(reader.errorString(), int(reader.lineNumber()), qMax(1, int(reader.columnNumber())));
    if (!doc.m_errorString.isEmpty()) {
        nodes.clear();
        doc.m_elementCount = 0;
        return doc;
    }
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (!nodes[i].id.isEmpty() && !doc.m_ids.contains(nodes[i].id))
            doc.m_ids.insert(nodes[i].id, i);
        if (nodes[i].kind == SvgDocument::NodeKind::Element && nodes[i].localName == u"style"
            && nodes[i].namespaceUri == SvgNamespace)
            doc.m_styleElements.append(i);
    }
    doc.m_templates = std::make_shared<SvgTemplateCache>();
    return doc;
}

} // namespace Vigie
