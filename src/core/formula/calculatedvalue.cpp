#include "calculatedvalue.h"

#include "model/projectissue.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <optional>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

struct IntegerRange
{
    double low;
    double high;
    const char *text;
};

// The doubles that round into each integer type (for Int64, the largest double below 2^63).
IntegerRange integerRange(DataType type)
{
    switch (type) {
    case DataType::Int16: return {-32768.0, 32767.0, "-32768 to 32767"};
    case DataType::UInt16: return {0.0, 65535.0, "0 to 65535"};
    case DataType::Int32: return {-2147483648.0, 2147483647.0, "-2147483648 to 2147483647"};
    case DataType::UInt32: return {0.0, 4294967295.0, "0 to 4294967295"};
    default:
        return {-9.2233720368547758e18, 9.2233720368547748e18,
                "-9223372036854775808 to 9223372036854775807"};
    }
}

// The result as a number, or an empty optional with *why set.
std::optional<double> toNumber(const FormulaValue &v, DataType type, QString *why)
{
    const auto x = v.toNumber(); // a text as the language reads it
    if (x && (!v.isText() || std::isfinite(*x)))
        return x;
    *why = Tr::tr("the result is the text \"%1\", not a number for a %2")
               .arg(escapedText(v.text), toString(type));
    return std::nullopt;
}

std::optional<bool> toBool(const FormulaValue &v, QString *why)
{
    const auto b = v.toBool();
    if (!b)
        *why = Tr::tr("the result is the text \"%1\", not TRUE or FALSE for a Bool")
                   .arg(escapedText(v.text));
    return b;
}

QVariant convert(const FormulaValue &v, DataType type, QString *why)
{
    if (type == DataType::String)
        return v.toDisplayString();
    if (type == DataType::Bool) {
        const auto b = toBool(v, why);
        return b ? QVariant(*b) : QVariant();
    }
    const auto x = toNumber(v, type, why);
    if (!x)
        return {};
    if (type == DataType::Float64)
        return *x;
    if (type == DataType::Float32) {
        if (std::abs(*x) > double(std::numeric_limits<float>::max())) {
            *why = Tr::tr("the result %1 does not fit a Float32 (beyond ±3.4e38)")
                       .arg(FormulaValue::fromNumber(*x).toDisplayString());
            return {};
        }
        return QVariant::fromValue(float(*x));
    }
    const IntegerRange range = integerRange(type);
    const double rounded = std::round(*x); // half away from zero, as ROUND
    if (rounded < range.low || rounded > range.high) {
        *why = Tr::tr("the result %1 does not fit a %2 (%3)")
                   .arg(FormulaValue::fromNumber(*x).toDisplayString(), toString(type),
                        QLatin1String(range.text));
        return {};
    }
    return QVariant::fromValue(qint64(rounded));
}

} // namespace

TagValue calculatedValue(const FormulaSample &result, DataType type)
{
    TagValue out {{}, result.quality, result.reason, result.timestamp};
    if (result.quality == Quality::Bad)
        return out;
    QString why;
    out.value = convert(result.value, type, &why);
    if (!out.value.isValid()) {
        out.quality = Quality::Bad;
        out.reason = why;
    }
    return out;
}

} // namespace Vigie
