#pragma once

#include <QtGlobal>

#include <cmath>

// The numeric cores of the formula language's operators and built-ins, and their domains,
// shared by FormulaProgram's general loop and its fast path so that both compute exactly the
// same thing. Internal to src/core/formula.
//
// The domain checks are written so that NaN fails them: converting NaN, or a number past an
// integer's range, to that integer is undefined behaviour, and a device may well send a NaN.
namespace Vigie::FormulaNumeric {

// Outcomes of a comparison, as bits: an operator is the set of outcomes that make it TRUE.
enum Outcome : quint8 { Less = 1, Same = 2, Greater = 4 };

// NaN compares as Same, as it always has (neither less nor greater).
inline Outcome compare(double x, double y)
{
    return x < y ? Less : (x > y ? Greater : Same);
}

inline double floorMod(double x, double y)
{
    return x - y * std::floor(x / y); // the sign of y, as Excel's MOD
}

inline double roundTo(double x, double digits)
{
    const double scale = std::pow(10.0, std::trunc(digits));
    return std::round(x * scale) / scale; // half away from zero, as Excel
}

inline bool isBitNumber(double n)
{
    return n >= 0 && n <= 63;
}

inline bool fitsIn64Bits(double x)
{
    return x >= -0x1p63 && x < 0x1p63;
}

// Bit n of the integer part of x; isBitNumber(n) and fitsIn64Bits(x).
inline bool bit(double x, double n)
{
    return (qint64(x) >> int(n)) & 1;
}

// floor(x) is between 1 and count - 1: CHOOSE's index.
inline bool isChoice(double x, int count)
{
    return x >= 1 && x < count;
}

inline bool isBlinkPeriod(double periodMs)
{
    return periodMs >= 1;
}

inline bool blinkOn(qint64 nowMs, double periodMs)
{
    // A period past 64 bits is longer than any clock: its first half lasts forever.
    return periodMs >= 0x1p63 || (nowMs / qint64(periodMs)) % 2 == 0;
}

} // namespace Vigie::FormulaNumeric
