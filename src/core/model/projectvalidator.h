#pragma once

#include "project.h"
#include "projectissue.h"

namespace Vigie {

// Checks what the JSON shape cannot: names, ranges, Modbus limits, variables that fall outside
// their frame or do not fit its type, scan times. Each issue carries the JSON path of the field.
[[nodiscard]] ProjectIssues validateProject(const Project &project);

} // namespace Vigie
