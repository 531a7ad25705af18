#include "projectissue.h"

#include <algorithm>

namespace Vigie {

namespace {

// The names of the child lists, by the depth of the node that holds them.
const QLatin1String ChildListKeys[] = {QLatin1String("connections"), QLatin1String("devices"),
                                       QLatin1String("frames"), QLatin1String("variables")};

// A character that must not reach a listing as it is: it breaks or forges a line, or reorders
// the text around it on a terminal (Unicode's bidirectional controls).
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C
        || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

// A UTF-16 unit to escape at `i`: a control, or half of a surrogate pair without its other half.
bool needsEscape(const QString &text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (QChar::isLowSurrogate(c))
        return i == 0 || !text[i - 1].isHighSurrogate();
    return isControl(c);
}

void appendEscape(QString &out, char16_t c)
{
    switch (c) {
    case '\b': out += QLatin1String("\\b"); break;
    case '\f': out += QLatin1String("\\f"); break;
    case '\n': out += QLatin1String("\\n"); break;
    case '\r': out += QLatin1String("\\r"); break;
    case '\t': out += QLatin1String("\\t"); break;
    default:
        out += QLatin1String("\\u") + QString::number(uint(c), 16).rightJustified(4, u'0');
        break;
    }
}

// Copies `text` to `out`, escaping what needsEscape() says and, for a JSON string, quotes and
// backslashes.
void appendEscaped(QString &out, const QString &text, bool jsonString)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (needsEscape(text, i))
            appendEscape(out, c.unicode());
        else if (jsonString && (c == u'"' || c == u'\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
}

bool isPlainKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
}

} // namespace

ProjectIssue ProjectIssue::at(Severity severity, const NodePath &node, const QString &field,
                              const QString &message)
{
    ProjectIssue issue;
    issue.severity = severity;
    issue.path = issuePath(node, field);
    issue.message = message;
    issue.node = node;
    issue.field = field;
    return issue;
}

QString ProjectIssue::toString() const
{
    // path and message are visible text already when the reader or validator made them; this
    // holds for issues made anywhere else too.
    return visibleText(path.isEmpty() ? message : path + QLatin1String(": ") + message);
}

QString nodePathText(const NodePath &node)
{
    QString text;
    for (int level = 0; level < node.depth(); ++level)
        text = indexPath(childPath(text, ChildListKeys[level]), node.index(level));
    return text;
}

QLatin1String childListKey(int depth)
{
    return depth >= 0 && depth < 4 ? ChildListKeys[depth] : QLatin1String();
}

QString issuePath(const NodePath &node, const QString &field)
{
    const QString nodeText = nodePathText(node);
    if (field.isEmpty())
        return nodeText;
    if (nodeText.isEmpty() || field.startsWith(QLatin1Char('[')))
        return nodeText + field;
    return nodeText + QLatin1Char('.') + field;
}

QString childPath(const QString &path, const QString &key)
{
    if (!isPlainKey(key))
        return path + QLatin1Char('[') + quotedText(key) + QLatin1Char(']');
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString visibleText(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text, i))
        ++i;
    if (i == text.size())
        return text;
    QString out = text.left(i);
    appendEscaped(out, text.mid(i), false);
    return out;
}

QString escapedText(const QString &text)
{
    QString out;
    appendEscaped(out, text, true);
    return out;
}

QString quotedText(const QString &text)
{
    return QLatin1Char('"') + escapedText(text) + QLatin1Char('"');
}

} // namespace Vigie
