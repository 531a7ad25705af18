#pragma once

#include <optional>

#include "model/variable.h"

#include <QVariant>

namespace Vigie {

// The fields of a variable that the bulk edit and the tag table change on several variables at
// once; each has a field key for merging repeated edits ("variable.unit").
enum class VariableField {
    Unit,
    Scale,
    ScaleOffset,
    Deadband,
    Decimals,
    Writable,
    Published,
    RemoteWrite,
    Description,
    ByteOrder,
    DataType,
    Min,
    Max,
};

namespace VariableFields {

[[nodiscard]] QString key(VariableField field);
// The field as the project file spells it ("scaleOffset"), for messages.
[[nodiscard]] QString name(VariableField field);
// The field whose name() this is ("scaleOffset"), as the bulk edit dialog names it.
[[nodiscard]] std::optional<VariableField> fieldNamed(const QString &name);
// The field's value as a QVariant: a string, double, int or bool; an optional field that is
// not set is a null QVariant; an enumeration is its file spelling.
[[nodiscard]] QVariant value(const Variable &variable, VariableField field);
// Sets the field from `value` (what value() gives, or the text an engineer typed: "1.5",
// "true", "Float32"; a null QVariant or an empty text clears an optional field). False, with
// a message naming the field and the value, when it does not fit, changing nothing.
bool setValue(Variable &variable, VariableField field, const QVariant &value,
              QString *errorMessage = nullptr);

} // namespace VariableFields
} // namespace Vigie
