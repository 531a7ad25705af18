#pragma once

#include "model/variable.h"

#include <QStringList>
#include <QVariant>

namespace Vigie {

// One field of a variable set on many variables at once, by its key: the bulk edit dialog and
// the editor's bulk command speak of fields by the key the project file spells them with
// ("scaleOffset", "remoteWrite"), so a message, an undo command and a file agree on one name.
//
// Values travel as QVariant: a text, a number (double or int), a bool, an enumeration by its
// file spelling ("Float32", "CDAB"); a null QVariant clears an optional field (min, max,
// decimals). Texts are also accepted for numbers ("1.5", C locale: the dialog converts what
// the user typed in their own locale before it gets here) and for bools ("true", "false").

// The fields a bulk edit may set, in the order a user is offered them: unit, description,
// scale, scaleOffset, deadband, decimals, min, max, byteOrder, dataType, writable, published,
// remoteWrite. Names, offsets and bits are not among them: they are one variable's own.
[[nodiscard]] QStringList bulkEditableFields();

// What a field holds, so an editor can offer the right widget.
enum class VariableFieldKind {
    Text, // unit, description
    Number, // scale, scaleOffset, deadband
    OptionalNumber, // min, max
    OptionalInteger, // decimals
    Choice, // byteOrder, dataType: one of variableFieldChoices()
    Flag, // writable, published, remoteWrite
};

// The kind of a field of bulkEditableFields(); Text for any other key.
[[nodiscard]] VariableFieldKind variableFieldKind(const QString &fieldKey);
// The spellings a Choice field accepts ("ABCD", "CDAB"…); empty for the other kinds.
[[nodiscard]] QStringList variableFieldChoices(const QString &fieldKey);

// The field's current value in the form withField() takes: a QString, double, int or bool; an
// unset optional field is a null QVariant; a choice is its spelling. Null for an unknown key.
[[nodiscard]] QVariant variableField(const Variable &variable, const QString &fieldKey);

// Why `value` cannot be given to the field, in plain words naming both ("scale: \"abc\" is
// not a number"); empty when it can. Only the value's form is checked here: whether it suits
// the variable (a scale of 0, decimals on a String) is the project validator's to say.
[[nodiscard]] QString checkVariableField(const QString &fieldKey, const QVariant &value);

// A copy of `variable` with the field set to `value`; the variable unchanged when
// checkVariableField() refuses the key or the value. A new dataType drops what only the old
// type had: the length unless String, the bit and the on/off texts unless Bool.
[[nodiscard]] Variable withField(const Variable &variable, const QString &fieldKey,
                                 const QVariant &value);

} // namespace Vigie
