#pragma once

#include "formulasample.h"
#include "model/enums.h"

namespace Vigie {

// A formula's result as the value of a calculated tag of `type`, held as acquisition holds
// that type (qint64 for the integer types, float for Float32, double, bool, QString), so
// views, history and publishing see no difference between a calculated tag and a read one:
// - integer types: the number rounded half away from zero (as ROUND), and it must fit;
// - Float32, Float64: the number; a Float32 beyond ±3.4e38 does not fit;
// - Bool: a number is true when non-zero; the texts TRUE/FALSE/VRAI/FAUX are read as such;
// - String: the result as the formula language writes it (12.5, TRUE, the text itself).
// A text reads as a number when it is one ("12.5"), as everywhere in the language. A result
// that does not convert is Bad, saying why; a Bad result stays Bad with its reason. Quality,
// reason and timestamp are otherwise the result's.
[[nodiscard]] TagValue calculatedValue(const FormulaSample &result, DataType type);

} // namespace Vigie
