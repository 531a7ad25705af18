#pragma once

#include "model/project.h"
#include "spreadsheet/sheet.h"

namespace Vigie {

// The project as spreadsheets an engineer can read, sort and hand back to prepareImport(): the
// same project comes back (docs/import.md, "Export").
namespace ProjectExport {

// One sheet per level of the tree (Connections, Devices, Frames, Variables), each row naming its
// parents, then Calculated, Screens, Bindings and Actions, and a Project sheet with the name,
// description and the gateway and MQTT settings (as the project file writes those blocks).
[[nodiscard]] Workbook workbook(const Project &project);
// The tree in one sheet, for CSV: a row per variable with its connection's, device's and frame's
// fields, and a row for each connection, device or frame that has nothing below it.
[[nodiscard]] Sheet treeSheet(const Project &project);

} // namespace ProjectExport
} // namespace Vigie
