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
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append(
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

// Shortest text that reads back to the same double; whole numbers print without ".0".
QByteArray JsonWriter::number(double v)
{
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace Vigie
