#pragma once

#include "svgunsupported.h"

#include <QList>

namespace Vigie {

class SvgDocument;

namespace SvgSupport {

// What the drawing uses that QtSvg 6.4 does not draw: looked for in what is drawn (outside
// <defs> and the other definition elements), in what <use> elements show and in the gradients
// painted, so the definitions Inkscape leaves unused are not reported. Document order.
[[nodiscard]] QList<SvgUnsupported> unsupportedFeatures(const SvgDocument &doc);

} // namespace SvgSupport
} // namespace Vigie
