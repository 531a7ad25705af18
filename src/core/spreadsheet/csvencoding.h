#pragma once

#include "csvfile.h"

#include <QByteArrayView>
#include <QString>

namespace Vigie::Csv {

// The text of a CSV file's bytes and the encoding they were in: UTF-8 after a BOM (which is
// dropped), else UTF-8 if the bytes are valid UTF-8, else Windows-1252, which French Excel writes
// ("CSV (séparateur : point-virgule)").
QString decode(QByteArrayView data, CsvFile::Format::Encoding *encoding);

// Windows-1252: Latin-1, but for the 0x80–0x9F row (€, curly quotes, œ, Š...); its five unused
// codes map to the C1 controls of the same number, as Windows does.
QString fromWindows1252(QByteArrayView data);

} // namespace Vigie::Csv
