#pragma once

#include <QString>

namespace Vigie {

// Something a screen's drawing uses that QtSvg 6.4 will not draw as the editor showed it, and
// where: found when a screen is loaded or checked, shown to the engineer as a warning issue.
struct SvgUnsupported
{
    enum class Feature {
        Marker, // marker-start/-mid/-end: not drawn
        ClipPath, // clip-path: the element is drawn unclipped
        Mask, // mask: drawn unmasked
        Filter, // filter (blur, shadow…): drawn without it
        Pattern, // fill or stroke with a <pattern>: not painted
        Symbol, // <use> of a <symbol>: nothing drawn
        ForeignObject, // <foreignObject>: not drawn
        TextPath, // <textPath>: the text is not drawn
        TextLayout, // tspan x, y, dx, dy: ignored, Inkscape's lines are run together on one
        FlowedText, // Inkscape's <flowRoot>: its frame drawn black, no text
        NestedSvg, // an inner <svg>: its position, size and viewBox are ignored
        Colour, // var(), rgba(), hsl(), hsla(): drawn black
        PlainHref, // a gradient inheriting through href (not xlink:href): not resolved
    };

    int element = -1; // node index in the SvgDocument
    QString elementId; // may be empty
    int line = 0; // 1-based
    int column = 0;
    Feature feature = Feature::Marker;
    QString message; // translated, plain words
};

} // namespace Vigie
