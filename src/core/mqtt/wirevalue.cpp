#include "wirevalue.h"

#include "acquisition/valuecodec.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Vigie {

namespace {

// The source value as a number, before it is brought into the metric's type.
struct Number
{
    enum class Kind { None, Signed, Unsigned, Real } kind = Kind::None;
    qint64 i = 0;
    quint64 u = 0;
    double d = 0;
};

Number numberFromString(const QString &text)
{
    const QString s = text.trimmed();
    bool ok = false;
    if (const qint64 i = s.toLongLong(&ok); ok)
        return {Number::Kind::Signed, i};
    if (const quint64 u = s.toULongLong(&ok); ok)
        return {Number::Kind::Unsigned, 0, u};
    if (const double d = s.toDouble(&ok); ok)
        return {Number::Kind::Real, 0, 0, d};
    if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return {Number::Kind::Signed, 1};
    if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return {Number::Kind::Signed, 0};
    return {};
}

template<typename T> const T &stored(const QVariant &value)
{
    // The metaType was checked: read it in place, without QVariant's conversion machinery.
    return *static_cast<const T *>(value.constData());
}

Number numberOf(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool: return {Number::Kind::Signed, stored<bool>(value) ? 1 : 0};
    case QMetaType::Char: return {Number::Kind::Signed, stored<char>(value)};
    case QMetaType::SChar: return {Number::Kind::Signed, stored<signed char>(value)};
    case QMetaType::Short: return {Number::Kind::Signed, stored<short>(value)};
    case QMetaType::Int: return {Number::Kind::Signed, stored<int>(value)};
    case QMetaType::Long: return {Number::Kind::Signed, stored<long>(value)};
    case QMetaType::LongLong: return {Number::Kind::Signed, stored<qlonglong>(value)};
    case QMetaType::UChar: return {Number::Kind::Unsigned, 0, stored<uchar>(value)};
    case QMetaType::UShort: return {Number::Kind::Unsigned, 0, stored<ushort>(value)};
    case QMetaType::UInt: return {Number::Kind::Unsigned, 0, stored<uint>(value)};
    case QMetaType::ULong: return {Number::Kind::Unsigned, 0, stored<ulong>(value)};
    case QMetaType::ULongLong: return {Number::Kind::Unsigned, 0, stored<qulonglong>(value)};
    case QMetaType::Float: return {Number::Kind::Real, 0, 0, stored<float>(value)};
    case QMetaType::Double: return {Number::Kind::Real, 0, 0, stored<double>(value)};
    case QMetaType::QString: return numberFromString(stored<QString>(value));
    case QMetaType::QDateTime: {
        const QDateTime &t = stored<QDateTime>(value);
        return t.isValid() ? Number {Number::Kind::Signed, t.toMSecsSinceEpoch()} : Number {};
    }
    default: break;
    }
    bool ok = false;
    if (const double d = value.toDouble(&ok); ok)
        return {Number::Kind::Real, 0, 0, d};
    return {};
}

// [lowest, highest] of a signed type; NaN has no integer.
std::optional<qint64> toSigned(const Number &n, qint64 lowest, qint64 highest)
{
    switch (n.kind) {
    case Number::Kind::None: return std::nullopt;
    case Number::Kind::Signed: return std::clamp(n.i, lowest, highest);
    case Number::Kind::Unsigned: return n.u > quint64(highest) ? highest : qint64(n.u);
    case Number::Kind::Real:
        if (std::isnan(n.d))
            return std::nullopt;
        // Compared as doubles first: a double past 2^63 does not fit llround's result.
        if (n.d <= double(lowest))
            return lowest;
        if (n.d >= double(highest))
            return highest;
        return std::clamp(qint64(std::llround(n.d)), lowest, highest);
    }
    return std::nullopt;
}

std::optional<quint64> toUnsigned(const Number &n, quint64 highest)
{
    switch (n.kind) {
    case Number::Kind::None: return std::nullopt;
    case Number::Kind::Signed: return n.i < 0 ? 0 : std::min(quint64(n.i), highest);
    case Number::Kind::Unsigned: return std::min(n.u, highest);
    case Number::Kind::Real:
        if (std::isnan(n.d))
            return std::nullopt;
        if (n.d <= 0)
            return 0;
        if (n.d >= double(highest)) // 2^64 for UInt64's highest: the cast below would overflow
            return highest;
        return std::min(quint64(std::round(n.d)), highest);
    }
    return std::nullopt;
}

std::optional<double> toReal(const Number &n)
{
    switch (n.kind) {
    case Number::Kind::None: return std::nullopt;
    case Number::Kind::Signed: return double(n.i);
    case Number::Kind::Unsigned: return double(n.u);
    case Number::Kind::Real: return n.d;
    }
    return std::nullopt;
}

} // namespace

WireValue WireValue::from(const QVariant &value, MetricType type)
{
    WireValue w;
    // Only an invalid QVariant is "no value": a null QString is an empty String, not a null one.
    if (!value.isValid())
        return w;
    const auto setSigned = [&w](std::optional<qint64> v) {
        if (v) {
            w.m_kind = Kind::Signed;
            w.m_signed = *v;
        }
    };
    const auto setUnsigned = [&w](std::optional<quint64> v) {
        if (v) {
            w.m_kind = Kind::Unsigned;
            w.m_unsigned = *v;
        }
    };
    switch (type) {
    case MetricType::Unknown: break;
    case MetricType::Int8:
        setSigned(toSigned(numberOf(value), std::numeric_limits<qint8>::min(),
                           std::numeric_limits<qint8>::max()));
        break;
    case MetricType::Int16:
        setSigned(toSigned(numberOf(value), std::numeric_limits<qint16>::min(),
                           std::numeric_limits<qint16>::max()));
        break;
    case MetricType::Int32:
        setSigned(toSigned(numberOf(value), std::numeric_limits<qint32>::min(),
                           std::numeric_limits<qint32>::max()));
        break;
    case MetricType::Int64:
        setSigned(toSigned(numberOf(value), std::numeric_limits<qint64>::min(),
                           std::numeric_limits<qint64>::max()));
        break;
    case MetricType::UInt8: setUnsigned(toUnsigned(numberOf(value), 0xFF)); break;
    case MetricType::UInt16: setUnsigned(toUnsigned(numberOf(value), 0xFFFF)); break;
    case MetricType::UInt32: setUnsigned(toUnsigned(numberOf(value), 0xFFFFFFFF)); break;
    case MetricType::UInt64:
    case MetricType::DateTime:
        setUnsigned(toUnsigned(numberOf(value), std::numeric_limits<quint64>::max()));
        break;
    case MetricType::Float:
        if (const auto d = toReal(numberOf(value))) {
            w.m_kind = Kind::Float;
            w.m_float = float(*d); // a float through a double and back is exact
        }
        break;
    case MetricType::Double:
        if (const auto d = toReal(numberOf(value))) {
            w.m_kind = Kind::Double;
            w.m_double = *d;
        }
        break;
    case MetricType::Boolean:
        if (const Number n = numberOf(value); n.kind != Number::Kind::None) {
            if (n.kind == Number::Kind::Real && std::isnan(n.d))
                break;
            w.m_kind = Kind::Boolean;
            w.m_boolean = n.kind == Number::Kind::Real ? n.d != 0 : (n.i != 0 || n.u != 0);
        }
        break;
    case MetricType::String:
    case MetricType::Text:
        w.m_kind = Kind::String;
        w.m_string = ValueCodec::format(value); // the shortest exact text of a number
        break;
    }
    return w;
}

} // namespace Vigie
