#include "svgsupport.h"

#include "svgdocument.h"
#include "svgstyle.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Vigie::SvgSupport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Screens)
};

using Feature = SvgUnsupported::Feature;

constexpr QStringView XLinkNamespace = u"http://www.w3.org/1999/xlink";

// Elements whose content is not drawn where it stands: only when something refers to it.
bool definesOnly(QStringView name)
{
    static constexpr QStringView names[] = {
        u"defs",   u"symbol", u"marker",         u"pattern",        u"clipPath",
        u"mask",   u"filter", u"linearGradient", u"radialGradient", u"style",
        u"script", u"title",  u"desc",           u"metadata",
    };
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

class Scanner
{
public:
    explicit Scanner(const SvgDocument &doc)
        : m_doc(doc)
    {
    }

    QList<SvgUnsupported> run()
    {
        scanDrawn(m_doc.root());
        for (int n : m_doc.styleElements())
            checkStyleSheet(n);
        std::stable_sort(
            m_found.begin(), m_found.end(),
            [](const SvgUnsupported &a, const SvgUnsupported &b) { return a.element < b.element; });
        return m_found;
    }

private:
    // Walks what is drawn from `top` down, skipping definitions and foreign markup.
    void scanDrawn(int top)
    {
        const int end = m_doc.subtreeEnd(top);
        for (int n = top; n < end;) {
            if (!m_doc.isElement(n)) {
                ++n;
                continue;
            }
            const QString &name = m_doc.localName(n);
            if (m_doc.namespaceUri(n) != SvgNamespace || (n != top && definesOnly(name))) {
                n = m_doc.subtreeEnd(n);
                continue;
            }
            if (name == u"foreignObject") {
                if (!isSwitchAlternative(n))
                    report(n, Feature::ForeignObject,
                           Tr::tr("%1 is a foreignObject: QtSvg 6.4 does not draw foreign content")
                               .arg(label(n)));
                n = m_doc.subtreeEnd(n);
                continue;
            }
            if (name == u"flowRoot") {
                report(
                    n, Feature::FlowedText,
                    Tr::tr("%1 is flowed text (flowRoot): QtSvg 6.4 draws its frame in black and "
                           "not its text; in Inkscape, use Text > Convert to Text")
                        .arg(label(n)));
                n = m_doc.subtreeEnd(n);
                continue;
            }
            if (name == u"textPath") {
                report(n, Feature::TextPath,
                       Tr::tr("%1 puts text on a path: QtSvg 6.4 does not draw text on a path")
                           .arg(label(n)));
                n = m_doc.subtreeEnd(n);
                continue;
            }
            if (name == u"svg" && n != m_doc.root()) {
                report(n, Feature::NestedSvg,
                       Tr::tr("%1 is an svg inside the drawing: QtSvg 6.4 ignores its position, "
                              "size and viewBox")
                           .arg(label(n)));
            }
            if (name == u"text")
                checkTextLayout(n);
            checkProperties(n);
            if (name == u"use")
                checkUse(n);
            ++n;
        }
    }

    void checkProperties(int n)
    {
        static constexpr QStringView markers[] = {u"marker-start", u"marker-mid", u"marker-end",
                                                  u"marker"};
        for (QStringView property : markers) {
            if (const QString target = reference(n, property); !target.isEmpty()) {
                report(n, Feature::Marker,
                       Tr::tr("%1 uses the marker \"%2\": QtSvg 6.4 does not draw markers")
                           .arg(label(n), target));
                break; // one report per element is enough
            }
        }
        if (const QString target = reference(n, u"clip-path"); !target.isEmpty()) {
            report(n, Feature::ClipPath,
                   Tr::tr("%1 is clipped by \"%2\": QtSvg 6.4 ignores clip paths and draws it "
                          "whole")
                       .arg(label(n), target));
        }
        if (const QString target = reference(n, u"mask"); !target.isEmpty()) {
            report(n, Feature::Mask,
                   Tr::tr("%1 uses the mask \"%2\": QtSvg 6.4 ignores masks and draws it unmasked")
                       .arg(label(n), target));
        }
        if (const QString target = reference(n, u"filter"); !target.isEmpty()) {
            report(n, Feature::Filter,
                   Tr::tr("%1 uses the filter \"%2\": QtSvg 6.4 ignores filters (blur, "
                          "shadow…) and draws it without")
                       .arg(label(n), target));
        }
        for (QStringView paint : {QStringView(u"fill"), QStringView(u"stroke")})
            checkPaint(n, paint);
    }

    void checkPaint(int n, QStringView property)
    {
        const QString value = m_doc.property(n, property);
        if (value.isEmpty())
            return;
        if (const QString target = reference(n, property); !target.isEmpty()) {
            const int server = m_doc.elementById(target);
            const QString &kind = m_doc.localName(server);
            if (kind == u"pattern") {
                report(n, Feature::Pattern,
                       Tr::tr("the %1 of %2 is the pattern \"%3\": QtSvg 6.4 does not paint "
                              "patterns")
                           .arg(property, label(n), target));
            } else if (kind == u"linearGradient" || kind == u"radialGradient") {
                checkGradient(server);
            }
        }
        if (const QStringView colour = SvgStyle::unsupportedColour(value); !colour.isNull()) {
            report(n, Feature::Colour,
                   property == u"stroke"
                       ? Tr::tr("the stroke of %1 is \"%2\": QtSvg 6.4 does not draw this colour "
                                "(use #rrggbb and stroke-opacity)")
                             .arg(label(n), colour)
                       : Tr::tr("the %1 of %2 is \"%3\": QtSvg 6.4 draws this colour black (use "
                                "#rrggbb and an opacity)")
                             .arg(property, label(n), colour));
        }
    }

    // The stops of a painted gradient and of those it inherits from (xlink:href).
    void checkGradient(int gradient)
    {
        while (gradient >= 0 && !m_gradientsChecked.contains(gradient)) {
            m_gradientsChecked.insert(gradient);
            for (int child : m_doc.children(gradient)) {
                if (m_doc.localName(child) != u"stop")
                    continue;
                const QString colour = m_doc.property(child, u"stop-color");
                const QStringView bad = SvgStyle::unsupportedColour(colour);
                if (!bad.isNull()) {
                    report(child, Feature::Colour,
                           Tr::tr("the stop-color of %1 is \"%2\": QtSvg 6.4 draws this colour "
                                  "black (use #rrggbb and stop-opacity)")
                               .arg(label(child), bad));
                }
            }
            int next = -1;
            for (const QXmlStreamAttribute &a : m_doc.attributes(gradient)) {
                if (a.name() != u"href")
                    continue;
                const QStringView id = SvgStyle::fragmentReference(a.value());
                if (a.namespaceUri() == XLinkNamespace) {
                    next = m_doc.elementById(id.toString());
                } else if (a.namespaceUri().isEmpty() && !id.isEmpty()) {
                    report(gradient, Feature::PlainHref,
                           Tr::tr("gradient %1 inherits from \"%2\" through href: QtSvg 6.4 only "
                                  "follows xlink:href")
                               .arg(label(gradient), id));
                }
            }
            gradient = next;
        }
    }

    // QtSvg 6.4 ignores the position of a tspan: Inkscape's second line (a tspan with its own
    // x and y) is drawn on the first. A first tspan placed where the text is does no harm.
    void checkTextLayout(int text)
    {
        bool contentBefore = false;
        for (int n = text + 1; n < m_doc.subtreeEnd(text); ++n) {
            if (!m_doc.isElement(n)) {
                contentBefore = contentBefore || !m_doc.text(n).trimmed().isEmpty();
                continue;
            }
            if (m_doc.localName(n) != u"tspan")
                continue;
            const bool shifts = m_doc.hasAttribute(n, u"dx") || m_doc.hasAttribute(n, u"dy");
            const bool placed = m_doc.hasAttribute(n, u"x") || m_doc.hasAttribute(n, u"y");
            const bool whereTextIs = m_doc.attribute(n, u"x") == m_doc.attribute(text, u"x")
                && m_doc.attribute(n, u"y") == m_doc.attribute(text, u"y");
            if (shifts || (placed && (contentBefore || !whereTextIs))) {
                report(text, Feature::TextLayout,
                       Tr::tr("%1 places lines or parts with tspan positions: QtSvg 6.4 ignores "
                              "them and runs the text together on one line")
                           .arg(label(text)));
                return;
            }
        }
    }

    // A <use> draws its target as if it stood there: look into it (once).
    void checkUse(int use)
    {
        int target = -1;
        QString targetId;
        for (const QXmlStreamAttribute &a : m_doc.attributes(use)) {
            if (a.name() == u"href"
                && (a.namespaceUri() == XLinkNamespace || a.namespaceUri().isEmpty())) {
                targetId = SvgStyle::fragmentReference(a.value()).toString();
                target = m_doc.elementById(targetId);
            }
        }
        if (target < 0)
            return;
        if (m_doc.localName(target) == u"symbol") {
            report(use, Feature::Symbol,
                   Tr::tr("%1 shows the symbol \"%2\": QtSvg 6.4 does not draw symbols")
                       .arg(label(use), targetId));
            return;
        }
        if (m_useTargets.contains(target) || m_doc.isAncestor(target, use))
            return;
        m_useTargets.insert(target);
        scanDrawn(target);
    }

    void checkStyleSheet(int style)
    {
        const QString sheet = m_doc.textContent(style);
        const QStringView colour = SvgStyle::unsupportedColour(sheet);
        if (!colour.isNull()) {
            report(style, Feature::Colour,
                   Tr::tr("the style sheet %1 uses the colour \"%2\": QtSvg 6.4 does not "
                          "understand it (use #rrggbb and an opacity)")
                       .arg(label(style), colour));
        }
    }

    // The id in the url(#id) the element gives a property; empty for none.
    QString reference(int n, QStringView property) const
    {
        const QString value = m_doc.property(n, property);
        const QList<QStringView> ids = SvgStyle::urlReferences(value);
        return ids.isEmpty() ? QString() : ids.first().toString();
    }

    // A switch alternative QtSvg skips like every viewer does (Illustrator's private data).
    bool isSwitchAlternative(int n) const
    {
        return m_doc.localName(m_doc.parent(n)) == u"switch"
            && (m_doc.hasAttribute(n, u"requiredExtensions")
                || m_doc.hasAttribute(n, u"requiredFeatures")
                || m_doc.hasAttribute(n, u"systemLanguage"));
    }

    QString label(int n) const
    {
        const QString &id = m_doc.id(n);
        return id.isEmpty() ? Tr::tr("a %1 element").arg(m_doc.localName(n))
                            : Tr::tr("element \"%1\"").arg(id);
    }

    void report(int n, Feature feature, const QString &message)
    {
        const auto key = std::pair(n, int(feature));
        if (m_reported.contains(key))
            return;
        m_reported.insert(key);
        m_found.append({n, m_doc.id(n), m_doc.line(n), m_doc.column(n), feature, message});
    }

    const SvgDocument &m_doc;
    QList<SvgUnsupported> m_found;
    QSet<std::pair<int, int>> m_reported; // (element, feature)
    QSet<int> m_useTargets;
    QSet<int> m_gradientsChecked;
};

} // namespace

QList<SvgUnsupported> unsupportedFeatures(const SvgDocument &doc)
{
    if (!doc.isValid())
        return {};
    return Scanner(doc).run();
}

} // namespace Vigie::SvgSupport
