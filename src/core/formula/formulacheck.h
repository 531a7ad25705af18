#pragma once

#include "model/project.h"
#include "model/projectissue.h"

namespace Vigie {

// Compiles every formula of a project, as the station and the screens will, and reports what
// would not run, each at its field in the file:
// - calculated[i].formula, against every tag name of the project (variables, system tags and
//   calculated variables): syntax errors and unknown names with their line and column in the
//   formula, and that line with a caret under the place as the issue's excerpt; cycles between
//   calculated variables, naming the chain in the order values flow ("cycle: A → B → A");
// - screens[i].bindings[j].formula, against the tags and `eg.<element>.<attribute>` names
//   (any element and attribute here: the SVG file is checked elsewhere), the same way, cycles
//   between the bindings of a screen included ("cycle: fill of "a" → fill of "b" → …").
// Empty formulas are left to validateProject(). All are errors: the formula would not run.
[[nodiscard]] ProjectIssues checkFormulas(const Project &project);

} // namespace Vigie
