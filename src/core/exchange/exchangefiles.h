#pragma once

#include "model/project.h"
#include "spreadsheet/sheet.h"

#include <optional>

namespace Vigie {

// Spreadsheet files by their extension, for the importers and exporters: .xlsx through QuaZip,
// .csv (and .txt, .tsv) as one sheet.

// False with a message naming the file on failure; a CSV file is a workbook of one sheet.
[[nodiscard]] std::optional<Workbook>
readSpreadsheet(const QString &fileName, QString *errorMessage, const ReadProgress &progress = {});
// .xlsx: ProjectExport::workbook(), every part of the project; .csv: treeSheet(), the tree.
// Atomic; false with a message naming the file on failure.
bool writeSpreadsheet(const Project &project, const QString &fileName, QString *errorMessage);

} // namespace Vigie
