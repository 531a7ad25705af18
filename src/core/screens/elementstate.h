#pragma once

#include <QString>

#include <optional>

namespace Vigie {

// What a screen's bindings make of one SVG element at a moment: each field is set by the
// binding of that attribute (none: as drawn in the file). The renderer turns it into SVG
// overrides and transforms; nothing here knows about painting.
struct ElementState
{
    QString fill; // a colour ("#2e7d32", "red"); empty: as drawn
    QString stroke;
    std::optional<double> opacity; // 0–1
    bool visible = true; // shown; as drawn (display, visibility) until a binding says
    std::optional<QString> text; // replaces the element's text
    double rotate = 0.0; // degrees, clockwise, about (centerX, centerY)
    std::optional<double> centerX; // in the element's own coordinates; none: its bounds' centre
    std::optional<double> centerY;
    double translateX = 0.0; // in the element's own coordinates
    double translateY = 0.0;
    std::optional<double> barHeight; // 0–1 of the drawn height, from the bottom edge up
    std::optional<double> barWidth; // 0–1 of the drawn width, from the left edge
    bool blink = false; // shown and hidden in turn while true

    // One of its bindings has no trustworthy result (an input Bad or Stale, a runtime error, a
    // value of the wrong kind): the element shows the bad-quality look, keeping its last state.
    bool bad = false;
    QString reason; // why, for a tooltip: "fill: input [Niveau] is Bad: no reply…"

    friend bool operator==(const ElementState &, const ElementState &) = default;
};

} // namespace Vigie
