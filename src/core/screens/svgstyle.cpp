#include "svgstyle.h"

namespace Vigie::SvgStyle {

namespace {

// Splits at ';' outside quotes and parentheses, calling `f(part, begin)` for each part.
template<typename F> void forEachPart(QStringView style, F f)
{
    qsizetype begin = 0;
    int depth = 0;
    char16_t quote = 0;
    for (qsizetype i = 0; i < style.size(); ++i) {
        const char16_t c = style[i].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        switch (c) {
        case u'"':
        case u'\'': quote = c; break;
        case u'(': ++depth; break;
        case u')': depth = qMax(0, depth - 1); break;
        case u';':
            if (depth == 0) {
                f(style.sliced(begin, i - begin), begin);
                begin = i + 1;
            }
            break;
        default: break;
        }
    }
    f(style.sliced(begin), begin);
}

bool splitDeclaration(QStringView part, Declaration *out, qsizetype *valueOffset = nullptr)
{
    const qsizetype colon = part.indexOf(u':');
    if (colon < 0)
        return false;
    out->name = part.first(colon).trimmed();
    if (out->name.isEmpty())
        return false;
    const QStringView rawValue = part.sliced(colon + 1);
    out->value = rawValue.trimmed();
    if (valueOffset) {
        // where the trimmed value starts within `part`
        qsizetype lead = 0;
        while (lead < rawValue.size() && rawValue[lead].isSpace())
            ++lead;
        *valueOffset = colon + 1 + lead;
    }
    return true;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

QList<Declaration> parse(QStringView style)
{
    QList<Declaration> result;
    forEachPart(style, [&](QStringView part, qsizetype) {
        Declaration d;
        if (splitDeclaration(part, &d))
            result.append(d);
    });
    return result;
}

std::optional<QStringView> value(QStringView style, QStringView name)
{
    std::optional<QStringView> found;
    forEachPart(style, [&](QStringView part, qsizetype) {
        Declaration d;
        if (splitDeclaration(part, &d) && d.name == name)
            found = d.value;
    });
    return found;
}

QString replaceValues(QStringView style, const QMap<QString, QString> &values)
{
    QString result;
    result.reserve(style.size() + 16);
    qsizetype copied = 0;
    forEachPart(style, [&](QStringView part, qsizetype begin) {
        Declaration d;
        qsizetype valueOffset = 0;
        if (!splitDeclaration(part, &d, &valueOffset))
            return;
        const auto it = values.constFind(d.name.toString());
        if (it == values.constEnd())
            return;
        // keep what precedes the value (name, colon, spaces), swap the value itself
        const qsizetype valueBegin = begin + valueOffset;
        result += style.sliced(copied, valueBegin - copied);
        result += *it;
        copied = valueBegin + d.value.size();
    });
    result += style.sliced(copied);
    return result;
}

QList<QStringView> urlReferences(QStringView text)
{
    QList<QStringView> ids;
    qsizetype from = 0;
    while (true) {
        const qsizetype url = text.indexOf(u"url(", from, Qt::CaseInsensitive);
        if (url < 0)
            break;
        qsizetype i = url + 4;
        while (i < text.size() && (text[i].isSpace() || text[i] == u'"' || text[i] == u'\''))
            ++i;
        from = i;
        if (i >= text.size() || text[i] != u'#')
            continue;
        const qsizetype begin = i + 1;
        qsizetype end = begin;
        while (end < text.size() && text[end] != u')' && text[end] != u'"' && text[end] != u'\''
               && !text[end].isSpace())
            ++end;
        if (end > begin)
            ids.append(text.sliced(begin, end - begin));
        from = end;
    }
    return ids;
}

QStringView fragmentReference(QStringView href)
{
    const QStringView h = href.trimmed();
    if (h.size() < 2 || h[0] != u'#')
        return {};
    return h.sliced(1);
}

QStringView unsupportedColour(QStringView value)
{
    static constexpr QStringView functions[] = {u"var(", u"rgba(", u"hsla(", u"hsl("};
    for (QStringView f : functions) {
        const qsizetype at = value.indexOf(f, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const qsizetype close = value.indexOf(u')', at);
        return value.sliced(at, close < 0 ? value.size() - at : close + 1 - at);
    }
    // #rgba and #rrggbbaa: QtSvg 6.4 knows only #rgb and #rrggbb. Not the #id of a url(#id).
    const qsizetype url = value.indexOf(u"url(", 0, Qt::CaseInsensitive);
    const qsizetype afterUrl = url < 0 ? 0 : value.indexOf(u')', url) + 1;
    if (url >= 0 && afterUrl == 0)
        return {};
    for (qsizetype at = value.indexOf(u'#', afterUrl); at >= 0; at = value.indexOf(u'#', at + 1)) {
        qsizetype end = at + 1;
        while (end < value.size() && isHexDigit(value[end]))
            ++end;
        const qsizetype digits = end - at - 1;
        const bool delimited = end == value.size() || !value[end].isLetterOrNumber();
        if ((digits == 4 || digits == 8) && delimited)
            return value.sliced(at, end - at);
    }
    return {};
}

} // namespace Vigie::SvgStyle
