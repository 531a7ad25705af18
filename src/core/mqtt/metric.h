#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Vigie {

// Sparkplug B's metric data types, numbered as the specification numbers them (the protobuf
// `datatype` field carries these values). SCorp-io's JSON mode names them: see
// scorpioTypeName().
enum class MetricType : quint32 {
    Unknown = 0,
    Int8 = 1,
    Int16 = 2,
    Int32 = 3,
    Int64 = 4,
    UInt8 = 5,
    UInt16 = 6,
    UInt32 = 7,
    UInt64 = 8,
    Float = 9,
    Double = 10,
    Boolean = 11,
    String = 12,
    DateTime = 13,
    Text = 14,
};

// What a birth certificate declares of one metric: its name, the alias that data messages
// use instead of the name, and its type.
struct MetricDefinition
{
    QString name; // UTF-8 on the wire; may hold spaces, accents and '/' ("Énergie active/Phase 1")
    quint64 alias = 0;
    MetricType type = MetricType::Unknown;
    friend bool operator==(const MetricDefinition &, const MetricDefinition &) = default;
};

// One value of a metric. An invalid QVariant is a metric without a value (Sparkplug's
// is_null), as when its tag is Bad.
struct MetricValue
{
    QVariant value; // bool, qint64, quint64, double, float or QString, as the type needs
    qint64 timestamp = 0; // ms since the Unix epoch (UTC)
    bool historical = false; // sent late, from the store-and-forward queue
    friend bool operator==(const MetricValue &, const MetricValue &) = default;
};

// A metric with its value, as a birth or a data message carries it.
struct Metric
{
    MetricDefinition definition;
    MetricValue value;
    friend bool operator==(const Metric &, const Metric &) = default;
};

} // namespace Vigie
