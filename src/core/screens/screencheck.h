#pragma once

#include "model/project.h"
#include "model/projectissue.h"

namespace Vigie {

// What only the screens' SVG files can tell: a file that is missing or not SVG (with its line
// and column), bindings and actions naming an element the drawing lacks, formulas reading
// `eg.<element>.…` of a missing element (errors), and features QtSvg 6.4 does not draw, naming
// the element and its line (warnings: the screen opens, without them). Files are relative to
// `projectDir`. Formula syntax and tag names are checkFormulas()'s.
[[nodiscard]] ProjectIssues checkScreens(const Project &project, const QString &projectDir);

} // namespace Vigie
