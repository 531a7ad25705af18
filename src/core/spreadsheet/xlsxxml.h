#pragma once

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace Vigie::Xlsx {

class PartStream;

// QXmlStreamReader over one part of the package, guarded for hostile files: no DTD (no part of a
// workbook has one; entity tricks need one), no nesting deeper than any real part, and a message
// that names the part and the XML line, or the stream's own reason when it ended early (a limit,
// damaged data).
class XmlPart
{
public:
    explicit XmlPart(PartStream *stream);

    // The next token; false at the end of the document or on an error (see failed()).
    bool next();
    [[nodiscard]] bool isStart() const { return m_xml.isStartElement(); }
    [[nodiscard]] bool isStart(QStringView localName) const
    {
        return m_xml.isStartElement() && m_xml.name() == localName;
    }
    [[nodiscard]] bool isEnd(QStringView localName) const
    {
        return m_xml.isEndElement() && m_xml.name() == localName;
    }
    // The depth of the current element: 1 for the root.
    [[nodiscard]] int depth() const { return m_depth; }
    [[nodiscard]] QStringView attribute(QStringView localName) const;
    // An attribute in any namespace other than none (r:id, whatever the prefix or its URI).
    [[nodiscard]] QStringView namespacedAttribute(QStringView localName) const;
    // The text of the current element, which may hold no element (an error); moves to its end.
    QString readText();
    // Skips the current element and everything in it.
    void skipElement();

    // Stops the reading with a message of the caller's about the content.
    void raiseError(const QString &message);
    [[nodiscard]] bool failed() const;
    // "part xl/worksheets/sheet1.xml, line 7: ..." or the stream's failure.
    [[nodiscard]] QString errorMessage() const;
    [[nodiscard]] qint64 lineNumber() const { return m_xml.lineNumber(); }
    [[nodiscard]] QXmlStreamReader &reader() { return m_xml; }

private:
    PartStream *m_stream;
    QXmlStreamReader m_xml;
    int m_depth = 0;
    QString m_error;
};

// Excel's escapes of characters XML cannot carry: "_x0001_" is U+0001, and "_x005F_" an
// underscore that keeps the text after it from reading as an escape.
QString decodeEscapes(const QString &text);
// The reverse: control characters other than tab and line feed (a parser would turn a carriage
// return into a line feed), U+FFFE, U+FFFF and lone
// surrogates as _xHHHH_, and the underscore of any text that would read as an escape as _x005F_.
QString encodeEscapes(const QString &text);

} // namespace Vigie::Xlsx
