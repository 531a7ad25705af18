#include "xlsxxml.h"

#include "xlsxpackage.h"

#include <QCoreApplication>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

// A worksheet nests about six deep (worksheet, sheetData, row, c, is, r, t); the parser keeps a
// record for every open element, so a bomb of nested tags must stop early.
constexpr int MaxDepth = 64;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Whether text[i] starts "_xHHHH_".
bool isEscapeAt(QStringView text, qsizetype i)
{
    if (i + 7 > text.size() || text[i] != u'_' || text[i + 1] != u'x' || text[i + 6] != u'_')
        return false;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        if (!isHexDigit(text[k]))
            return false;
    }
    return true;
}

// Characters XML 1.0 cannot hold, and the carriage return, which a parser turns into a line feed.
bool xmlCannotCarry(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

XmlPart::XmlPart(PartStream *stream)
    : m_stream(stream)
    , m_xml(stream)
{
}

bool XmlPart::next()
{
    if (failed())
        return false;
    switch (m_xml.readNext()) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > MaxDepth) {
            raiseError(Tr::tr("elements nest more than %1 deep").arg(MaxDepth));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement: --m_depth; return true;
    case QXmlStreamReader::DTD:
        raiseError(Tr::tr("a document type declaration (DTD), which no workbook part has"));
        return false;
    case QXmlStreamReader::EndDocument:
        // The parser stops at the root's end; the rest of the part is read so that its
        // checksum is checked.
        m_stream->drain();
        return false;
    case QXmlStreamReader::Invalid: return false;
    default: return true;
    }
}

QStringView XmlPart::attribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.name() == localName && a.namespaceUri().isEmpty())
            return a.value();
    }
    return {};
}

QStringView XmlPart::namespacedAttribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.name() == localName && !a.namespaceUri().isEmpty())
            return a.value();
    }
    return {};
}

QString XmlPart::readText()
{
    QString text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    if (m_xml.isEndElement())
        --m_depth;
    return text;
}

void XmlPart::skipElement()
{
    const int depth = m_depth;
    while (m_depth >= depth && next()) { }
}

bool XmlPart::failed() const
{
    return !m_error.isEmpty() || m_xml.hasError() || !m_stream->failure().isEmpty();
}

void XmlPart::raiseError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString XmlPart::errorMessage() const
{
    if (!m_stream->failure().isEmpty())
        return m_stream->failure();
    const QString what = m_error.isEmpty() ? m_xml.errorString() : m_error;
    return Tr::tr("part %1, line %2: %3")
        .arg(m_stream->partName())
        .arg(m_xml.lineNumber())
        .arg(what);
}

QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1StringView("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (isEscapeAt(text, i)) {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 7;
        } else {
            out += text[i++];
        }
    }
    return out;
}

QString encodeEscapes(const QString &text)
{
    // Whether text[i] must be written as an escape; a valid surrogate pair passes whole.
    const auto mustEscape = [&text](qsizetype i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c))
            return !(i + 1 < text.size() && text[i + 1].isLowSurrogate());
        if (QChar::isLowSurrogate(c))
            return !(i > 0 && text[i - 1].isHighSurrogate());
        return xmlCannotCarry(c) || (c == u'_' && isEscapeAt(text, i));
    };
    qsizetype first = 0;
    while (first < text.size() && !mustEscape(first))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        if (mustEscape(i)) {
            out += QLatin1StringView("_x")
                + QString::number(text[i].unicode(), 16).toUpper().rightJustified(4, u'0') + u'_';
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace Vigie::Xlsx
