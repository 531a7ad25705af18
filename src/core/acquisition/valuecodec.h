#pragma once

#include "model/variable.h"

#include <QList>
#include <QVariant>

namespace Vigie {

// Turns the raw words of a frame into a variable's engineering value and back. One place for
// byte/word order, scaling and type ranges, shared by every driver: drivers move words, the
// core gives them meaning.
//
// Words are 16-bit registers, or one 0/1 word per bit in Coil and DiscreteInput frames.
// Engineering values are bool (Bool), QString (String), qint64 (integer types with no scaling),
// float (Float32, scaled or not: a Float32 source has float precision) or double (scaled
// integers, Float64).
namespace ValueCodec {

// Reads the variable at its offset in `frameWords`; on failure returns an invalid QVariant and
// says why in *error.
[[nodiscard]] QVariant decode(const Variable &variable, FrameType frameType,
                              const QList<quint16> &frameWords, QString *error = nullptr);

// The words to write at the variable's offset. For a Bool at a bit of a register,
// `currentRegister` is the register's present value, whose other bits are kept.
[[nodiscard]] QList<quint16> encode(const Variable &variable, FrameType frameType,
                                    const QVariant &engineeringValue, QString *error = nullptr,
                                    quint16 currentRegister = 0);

// Text of a value as an operator reads it: shortest exact form for numbers.
[[nodiscard]] QString format(const QVariant &value);

} // namespace ValueCodec
} // namespace Vigie
