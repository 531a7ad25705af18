#include "jsonwriter.h"

#include <QLocale>

namespace Vigie {

void JsonWriter::indent()
{
    m_out.append('\n');
    m_out.append(QByteArray(4 * m_levels.size(), ' '));
}

void JsonWriter::prefix(const QString &key)
{
    if (!m_levels.isEmpty()) {
        Level &level = m_levels.last();
        if (!level.empty)
            m_out.append(',');
        level.empty = false;
        indent();
        if (level.isObject) {
            m_out.append(quoted(key));
            m_out.append(": ");
        }
    }
}

void JsonWriter::open(const QString &key, char bracket)
{
    prefix(key);
    m_out.append(bracket);
    m_levels.append({bracket == '{', true});
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        indent();
    m_out.append(bracket);
    if (m_levels.isEmpty())
        m_out.append('\n');
}

void JsonWriter::beginObject(const QString &key)
{
    open(key, '{');
}
void JsonWriter::endObject()
{
    close('}');
}
void JsonWriter::beginArray(const QString &key)
{
    open(key, '[');
}
void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(const QString &key, const QString &v)
{
    prefix(key);
    m_out.append(quoted(v));
}

void JsonWriter::value(const QString &key, qint64 v)
{
    prefix(key);
    m_out.append(QByteArray::number(v));
}

void JsonWriter::value(const QString &key, double v)
{
    prefix(key);
    m_out.append(number(v));
}

void JsonWriter::value(const QString &key, bool v)
{
    prefix(key);
    m_out.append(v ? "true" : "false");
}

QByteArray JsonWriter::quoted(const QString &s)
{
    QByteArray out;
    appendQuoted(out, s);
    return out;
}

void JsonWriter::appendQuoted(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit (\u001f; a non-ASCII unit is 3 bytes of UTF-8 at most),
    // written through a pointer: no per-character bounds check.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *end = s + text.size();
    while (s != end) {
        char32_t c = *s++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case u'"': *p++ = '"'; break;
            case u'\\': *p++ = '\\'; break;
            case u'\b': *p++ = 'b'; break;
            case u'\f': *p++ = 'f'; break;
            case u'\n': *p++ = 'n'; break;
            case u'\r': *p++ = 'r'; break;
            case u'\t': *p++ = 't'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xF];
            }
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && s != end && *s >= 0xDC00 && *s <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (*s++ - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

// Shortest text that reads back to the same double; whole numbers print without ".0".
QByteArray JsonWriter::number(double v)
{
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace Vigie
