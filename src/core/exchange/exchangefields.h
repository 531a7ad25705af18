#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Vigie {

// What a sheet of a spreadsheet holds, by its rows: the levels of the project tree the exporter
// writes one sheet each, and the parts of the project beside the tree. A sheet of tags as an
// electrician keeps it is a Variables sheet: one row per variable, its connection, device and
// frame (if any) named in columns of their own.
enum class SheetKind {
    Project, // "Field | Value" rows: the project's name, description and settings
    Connections,
    Devices,
    Frames,
    Variables,
    Calculated,
    Screens,
    Bindings,
    Actions,
};

// A column of a sheet, by what it means. The level of a field is the node it sets; the sheet's
// own level decides what the plain words mean ("Name" is a device's name in the Devices sheet,
// a variable's in the Variables sheet).
enum class ExchangeField {
    // connection
    ConnectionName,
    ConnectionDescription,
    Protocol,
    Host,
    Port,
    SerialPort,
    BaudRate,
    Parity,
    DataBits,
    StopBits,
    Timeout,
    Retries,
    // device
    DeviceName,
    DeviceDescription,
    ScanTime,
    ScanType,
    StationAddress,
    MaxRequestsInFlight,
    MaskWrite,
    // frame
    FrameName,
    FrameDescription,
    Table,
    StartAddress,
    Quantity,
    FrameReadable,
    FrameWritable,
    ScanTimeFactor,
    MinutesOffset,
    InterFrameDelay,
    // variable (Name, Description, Unit, DataType, Decimals, OnText, OffText, Deadband and
    // Published serve calculated variables too; Name and Description screens)
    Name,
    Description,
    Unit,
    DataType,
    Address,
    Offset,
    Bit,
    Length,
    ByteOrder,
    Scale,
    ScaleOffset,
    Min,
    Max,
    Deadband,
    Decimals,
    OnText,
    OffText,
    Writable,
    Published,
    RemoteWrite,
    Waveform,
    SimulationPeriod,
    Amplitude,
    SimulationOffset,
    // calculated variables, screens, bindings, actions
    Formula,
    File,
    ParentScreen,
    Screen,
    Element,
    Attribute,
    CenterX,
    CenterY,
    ActionKind,
    Target,
    // the Project sheet
    Key,
    Value,
};

namespace ExchangeFields {

// The sheet kind a tab name announces, in English, French or Spanish ("Trames" → Frames);
// none for another name ("Feuil1"), whose kind is then guessed from its headers.
[[nodiscard]] std::optional<SheetKind> kindOfSheetName(const QString &sheetName);
// The tab name the exporter gives a kind ("Variables").
[[nodiscard]] QString sheetName(SheetKind kind);

// The field a header means in a sheet of that kind, by its words in English, French or Spanish
// and their usual synonyms (docs/import.md lists them); none for a header it does not know.
// Case, accents, spaces, punctuation and a unit in parentheses do not count:
// "Échelle", "echelle" and "ÉCHELLE (x)" are one header.
[[nodiscard]] std::optional<ExchangeField> fieldForHeader(const QString &header, SheetKind kind);
// The fields a sheet of that kind may hold, in the order the exporter writes them.
[[nodiscard]] QList<ExchangeField> fieldsOf(SheetKind kind);
// The header the exporter writes ("Scale offset", "Frame"), in English, so that a file is the
// same on every desktop.
[[nodiscard]] QString header(ExchangeField field, SheetKind kind);

// The key a command line or a remembered mapping names a field by ("scale", "device",
// "frame.writable"). The plain keys name, description, writable and readable mean the sheet's
// own level; "ignore" is none.
[[nodiscard]] QString key(ExchangeField field, SheetKind kind);
// A key back to its field in a sheet of that kind. Sets *ignore for "ignore"; none otherwise
// for a key it does not know.
[[nodiscard]] std::optional<ExchangeField> fieldForKey(const QString &key, SheetKind kind,
                                                       bool *ignore = nullptr);
// Every key, for "expected one of" messages.
[[nodiscard]] QStringList keys(SheetKind kind);

// The level of the tree a field sets: 1 connection, 2 device, 3 frame, 4 variable; 0 for the
// fields beside the tree.
[[nodiscard]] int levelOf(ExchangeField field);
// The level of the tree a sheet's rows are at: 1 connection … 4 variable (a Variables row may
// also stand for a node above, when it names no variable); 0 for the sheets beside the tree.
[[nodiscard]] int levelOf(SheetKind kind);

// A column as a spreadsheet names it: 0 → "A", 25 → "Z", 26 → "AA".
[[nodiscard]] QString columnName(int column);

// Text as headers, sheet names and word cells are compared: lower case, without accents, without
// anything in parentheses or brackets, letters and digits only ("N° de bit (0-15)" → "ndebit").
[[nodiscard]] QString normalized(const QString &text);

} // namespace ExchangeFields
} // namespace Vigie
