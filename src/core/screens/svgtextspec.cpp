#include "svgtextspec.h"

#include "svgdocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace Vigie {

namespace {

constexpr int LayoutPixels = 100; // the size QtSvg lays text out at before scaling it

// A property as the element or the nearest ancestor declares it (they are inherited).
QString inherited(const SvgDocument &doc, int element, QStringView name)
{
    for (int e = element; e >= 0; e = doc.parent(e)) {
        const QString v = doc.property(e, name).trimmed();
        if (!v.isEmpty() && v != u"inherit")
            return v;
    }
    return {};
}

// A length in user units ("12", "12px"); none for other units or lists.
std::optional<qreal> userLength(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(px)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

std::optional<qreal> opacityOf(const QString &text)
{
    if (text.isEmpty())
        return 1.0;
    bool ok = false;
    const qreal v = text.toDouble(&ok);
    return ok ? std::optional<qreal>(std::clamp(v, 0.0, 1.0)) : std::nullopt;
}

bool isTextElement(const SvgDocument &doc, int e, QStringView name)
{
    return doc.isElement(e) && doc.localName(e) == name && doc.namespaceUri(e) == SvgNamespace;
}

} // namespace

std::optional<SvgTextSpec> SvgTextSpec::of(const SvgDocument &doc, int text,
                                           const QSvgRenderer &full)
{
    if (!isTextElement(doc, text, u"text") || !doc.styleElements().isEmpty())
        return std::nullopt;
    // One run: the text's own characters, or one tspan holding them all.
    int run = text;
    bool characters = false;
    for (int child : doc.children(text)) {
        if (doc.isElement(child)) {
            if (run != text || !isTextElement(doc, child, u"tspan"))
                return std::nullopt;
            run = child;
        } else if (!doc.text(child).trimmed().isEmpty()) {
            characters = true;
        }
    }
    if (characters && run != text)
        return std::nullopt; // characters beside a tspan: two runs
    if (run != text) {
        for (int child : doc.children(run)) {
            if (doc.isElement(child))
                return std::nullopt;
        }
    }
    // What QPainter would not draw as QtSvg does, anywhere from the run up.
    static const char *const refused[] = {
        "letter-spacing", "word-spacing",      "text-decoration",
        "font-variant",   "writing-mode",      "baseline-shift",
        "font",           "font-stretch",      "direction",
        "unicode-bidi",   "dominant-baseline", "alignment-baseline",
        "filter",         "clip-path",         "mask",
    };
    for (int e = run; e >= 0; e = doc.parent(e)) {
        if (doc.hasAttribute(e, u"class"))
            return std::nullopt;
        for (const char *name : refused) {
            const QString v = doc.property(e, QString::fromLatin1(name)).trimmed();
            if (!v.isEmpty() && v != u"normal" && v != u"none" && v != u"0")
                return std::nullopt;
        }
        // Group opacity would apply to the whole group, not to this text alone.
        if (e != run && e != text && !doc.property(e, u"opacity").trimmed().isEmpty()
            && doc.property(e, u"opacity").trimmed() != u"1")
            return std::nullopt;
    }
    for (const char *attribute : {"dx", "dy", "rotate", "textLength", "lengthAdjust"}) {
        if (doc.hasAttribute(run, QString::fromLatin1(attribute))
            || doc.hasAttribute(text, QString::fromLatin1(attribute)))
            return std::nullopt;
    }
    if (run != text && doc.hasAttribute(run, u"transform"))
        return std::nullopt;
    const QString stroke = inherited(doc, run, u"stroke");
    if (!stroke.isEmpty() && stroke != u"none")
        return std::nullopt;

    SvgTextSpec spec;
    // Position: the run's x and y, else the text's.
    const auto coordinate = [&](QStringView name) -> std::optional<qreal> {
        QString v = doc.attribute(run, name);
        if (v.isEmpty())
            v = doc.attribute(text, name);
        if (v.isEmpty())
            return 0.0;
        return userLength(v);
    };
    const auto x = coordinate(u"x");
    const auto y = coordinate(u"y");
    if (!x || !y)
        return std::nullopt;
    spec.position = QPointF(*x, *y);

    // Transforms: QtSvg gives those above an element (it keeps no tspan by id), so the text
    // must have none of its own.
    const QString textId = doc.renderId(text);
    if (!full.elementExists(textId) || doc.hasAttribute(text, u"transform"))
        return std::nullopt;
    spec.toDrawing = full.transformForElement(textId);

    const QString size = inherited(doc, run, u"font-size");
    const auto pixels = userLength(size.isEmpty() ? QStringLiteral("12") : size);
    if (!pixels || *pixels <= 0)
        return std::nullopt;
    spec.size = *pixels;
    QFont font;
    const QString family = inherited(doc, run, u"font-family");
    if (!family.isEmpty()) {
        QStringList families;
        for (QString f : family.split(QLatin1Char(','))) {
            f = f.trimmed();
            if (f.size() >= 2 && (f.front() == u'\'' || f.front() == u'"'))
                f = f.mid(1, f.size() - 2);
            if (!f.isEmpty())
                families.append(f);
        }
        font.setFamilies(families);
    }
    const QString weight = inherited(doc, run, u"font-weight");
    if (weight == u"bold" || weight == u"bolder")
        font.setWeight(QFont::Bold);
    else if (bool ok = false; !weight.isEmpty() && weight != u"normal") {
        const int w = weight.toInt(&ok);
        if (!ok)
            return std::nullopt;
        font.setWeight(QFont::Weight(std::clamp(w, 1, 1000)));
    }
    const QString style = inherited(doc, run, u"font-style");
    if (style == u"italic" || style == u"oblique")
        font.setStyle(QFont::StyleItalic);
    font.setPixelSize(LayoutPixels);
    spec.font = font;

    const QString anchor = inherited(doc, run, u"text-anchor");
    spec.anchor = anchor == u"middle" ? Qt::AlignHCenter
        : anchor == u"end"            ? Qt::AlignRight
                                      : Qt::AlignLeft;
    const QString fill = inherited(doc, run, u"fill");
    if (fill.isEmpty()) {
        spec.fill = Qt::black;
    } else if (fill != u"none") {
        spec.fill = QColor::fromString(fill);
        if (!spec.fill.isValid() || fill.startsWith(u"url"))
            return std::nullopt;
    }
    const auto fillOpacity = opacityOf(inherited(doc, run, u"fill-opacity"));
    const auto opacity = opacityOf(doc.property(text, u"opacity").trimmed());
    if (!fillOpacity || !opacity)
        return std::nullopt;
    spec.fillOpacity = *fillOpacity;
    spec.opacity = *opacity;
    spec.text = doc.textContent(text);
    return spec;
}

QRectF SvgTextSpec::bounds(const QString &text) const
{
    const QFontMetricsF metrics(font);
    const qreal scale = size / LayoutPixels;
    const qreal advance = metrics.horizontalAdvance(text) * scale;
    qreal left = position.x();
    if (anchor == Qt::AlignHCenter)
        left -= advance / 2;
    else if (anchor == Qt::AlignRight)
        left -= advance;
    const QRectF box(left, position.y() - metrics.ascent() * scale, advance,
                     (metrics.ascent() + metrics.descent()) * scale);
    return toDrawing.mapRect(box);
}

void SvgTextSpec::draw(QPainter *painter, const QTransform &toDevice, const QString &text,
                       const QColor &colour, qreal alpha) const
{
    if (!colour.isValid() || text.isEmpty())
        return;
    painter->save();
    painter->setTransform(toDrawing * toDevice, true);
    const qreal scale = size / LayoutPixels;
    painter->scale(scale, scale);
    painter->setFont(font);
    painter->setPen(colour);
    painter->setOpacity(painter->opacity() * alpha * fillOpacity);
    const QFontMetricsF metrics(font);
    qreal x = position.x() / scale;
    const qreal advance = metrics.horizontalAdvance(text);
    if (anchor == Qt::AlignHCenter)
        x -= advance / 2;
    else if (anchor == Qt::AlignRight)
        x -= advance;
    painter->drawText(QPointF(x, position.y() / scale), text);
    painter->restore();
}

} // namespace Vigie
