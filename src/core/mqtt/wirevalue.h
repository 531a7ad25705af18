#pragma once

#include "metric.h"

namespace Vigie {

// A metric's value in the one representation its MetricType is sent in, for both payload
// formats. Tags hand values as whatever QVariant their source gives (a Float32 register's
// float, an Int16's qint64, a formula's double, a string read over HTTP); Sparkplug B and
// SCorp-io's JSON need exactly one form per type, and both must turn the same QVariant into
// the same number. Integers are clamped to their type's range (a UInt8 metric given 300 sends
// 255, not 44) and doubles are rounded to the nearest integer; a value that cannot be had in
// the metric's type (an invalid QVariant, NaN for an integer, "abc" for a Double) is Null.
class WireValue
{
public:
    enum class Kind : quint8 {
        Null,
        Signed, // Int8, Int16, Int32, Int64: signed()
        Unsigned, // UInt8, UInt16, UInt32, UInt64, DateTime (ms since the epoch): unsignedValue()
        Float, // floatValue()
        Double, // doubleValue()
        Boolean, // boolean()
        String, // String, Text: string()
    };

    // `value` as a metric of `type` sends it.
    [[nodiscard]] static WireValue from(const QVariant &value, MetricType type);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNull() const { return m_kind == Kind::Null; }
    [[nodiscard]] qint64 signedValue() const { return m_signed; }
    [[nodiscard]] quint64 unsignedValue() const { return m_unsigned; }
    [[nodiscard]] float floatValue() const { return m_float; }
    [[nodiscard]] double doubleValue() const { return m_double; }
    [[nodiscard]] bool boolean() const { return m_boolean; }
    [[nodiscard]] const QString &string() const { return m_string; }

private:
    Kind m_kind = Kind::Null;
    union {
        qint64 m_signed = 0;
        quint64 m_unsigned;
        float m_float;
        double m_double;
        bool m_boolean;
    };
    QString m_string;
};

} // namespace Vigie
