#pragma once

#include "model/enums.h"

#include <QVariant>

#include <optional>

namespace Vigie {

// Cells read as the values of a project's fields, the way people fill a spreadsheet: numbers
// with a decimal point or a decimal comma ("12,5" from a French CSV), yes/no in three languages
// and as R/RW, the Modbus tables by name or as 4x/3x/0x/1x, addresses written 40001-style.
// Each reader gives the value, or none with *why saying what is wrong with the cell in plain
// words ("\"abc\" is not a number"); the importer adds the sheet, row and column.
namespace CellValues {

// Any cell as text: numbers in their shortest exact form ("12.5", "101"), booleans as
// true/false, dates in ISO 8601.
[[nodiscard]] QString text(const QVariant &cell);
[[nodiscard]] bool isEmpty(const QVariant &cell);

[[nodiscard]] std::optional<double> number(const QVariant &cell, QString *why);
// A whole number (12, "12", "12.0"), within [min, max].
[[nodiscard]] std::optional<int> integer(const QVariant &cell, qint64 min, qint64 max,
                                         QString *why);
// yes/no, oui/non, sí/no, true/false, vrai/faux, 1/0, x; R (read only) / RW, W, L/E.
[[nodiscard]] std::optional<bool> boolean(const QVariant &cell, QString *why);

// Enumerations by their file spelling or their usual words: "REAL" and "Float" are Float32,
// "DINT" Int32, "WORD" UInt16, "Holding" and "4x" HoldingRegister, "Bobine" Coil…
[[nodiscard]] std::optional<DataType> dataType(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<FrameType> table(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<ByteOrder> byteOrder(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<Protocol> protocol(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<Parity> parity(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<ScanType> scanType(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<Waveform> waveform(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<BindingAttribute> bindingAttribute(const QVariant &cell, QString *why);
[[nodiscard]] std::optional<ScreenActionKind> actionKind(const QVariant &cell, QString *why);

// A Modbus address as a sheet gives it. With a table known (a Table column), the number is the
// protocol's 0-based address: 0–65535. Without, it must say its table, Modicon-style: 5 digits
// (00001–09999 coils, 10001–19999 discrete inputs, 30001–39999 input registers, 40001–49999
// holding registers) or 6 (400001–465536…), 1-based, so 40001 is holding register 0; "4x0001"
// and "4x1" are read the same way. Either form may end in ".N" for bit N of a register
// ("40010.3", "9.15").
struct SheetAddress
{
    std::optional<FrameType> table; // from the address itself
    int address = 0; // 0-based
    std::optional<int> bit;
};
[[nodiscard]] std::optional<SheetAddress> address(const QVariant &cell, bool tableGiven,
                                                  QString *why);

} // namespace CellValues
} // namespace Vigie
