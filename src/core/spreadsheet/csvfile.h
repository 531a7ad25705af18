#pragma once

#include "sheet.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <optional>

// CSV files as grids of text: tag lists as engineers export them from Excel (French Excel writes
// Windows-1252 with ';'), and the project tree exported for them.
namespace Vigie::CsvFile {

struct Format
{
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = u','; // ',', ';' or '\t'
};

// Detects the encoding (a UTF-8 BOM; else valid UTF-8; else Windows-1252) and the delimiter (';',
// ',' or tab: the one that splits the first lines, outside quotes, most consistently), parses
// RFC 4180 fields (doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or CR), and
// gives every cell as a QString, an empty field as an invalid QVariant. Sheet::lines holds each
// record's first physical line when a quoted line break made them differ. The sheet is named
// after the file's base name. Errors (nullopt and a message naming the file and the line): a file
// that cannot be read, a quoted field never closed, a NUL byte (a binary file).
std::optional<Sheet> read(const QString &fileName, QString *errorMessage,
                          Format *detected = nullptr, const ReadProgress &progress = {});
// The same from bytes already in memory; the sheet has no name, and messages start at "line".
std::optional<Sheet> parse(const QByteArray &data, QString *errorMessage,
                           Format *detected = nullptr);

// UTF-8 with a BOM (so that Excel shows accents right), CRLF, quotes only where a field needs
// them; numbers in shortest round-trip form with '.', booleans as "true"/"false", dates in ISO
// 8601, and the other values as their toString().
QByteArray serialize(const Sheet &sheet, QChar delimiter = u',');
// serialize() written atomically (QSaveFile).
bool write(const Sheet &sheet, const QString &fileName, QString *errorMessage,
           QChar delimiter = u',');

} // namespace Vigie::CsvFile
