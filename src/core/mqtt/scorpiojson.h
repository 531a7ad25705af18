#pragma once

#include "metric.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Vigie {

// SCorp-io's JSON variant of Sparkplug's device birth and data (seed 000): a DBIRTH declares
// each metric's name and type, {"metrics":[{"name":"Tension/Phase 1","dataType":"Short"},...]},
// and each DDATA gives values, {"metrics":[{"name":...,"dataType":...,"timestamp":<ms>,
// "value":...},...]}. The text is written here rather than by QJsonDocument, which goes through
// double: an Int64 or UInt64 past 2^53 is written exactly, digit for digit. Doubles and floats
// get their shortest round-trip text ("0.1"), non-finite ones (NaN, infinities, which JSON
// lacks) and values without a value are "value":null. Names and strings are UTF-8 as they are:
// accents and '/' are not escaped, quotes, backslashes and control characters are.
class ScorpioJson
{
public:
    // Vigie's extension: "historical":true on the metrics that come late from the
    // store-and-forward queue (MetricValue::historical), so that SCorp-io can tell them from
    // live values. SCorp-io's documentation has no such key: Mark only for a platform that
    // takes it.
    enum class Historical : quint8 { Omit, Mark };

    // The DBIRTH body: every metric's name and dataType, in the order given.
    [[nodiscard]] static QByteArray encodeBirth(const QList<MetricDefinition> &metrics);
    // The DDATA body: name, dataType, timestamp (ms) and value of every metric.
    [[nodiscard]] static QByteArray encodeData(const QList<Metric> &metrics,
                                               Historical historical = Historical::Omit);
};

// SCorp-io's dataType for a metric type: "Long" for Int64, UInt32, UInt64 and DateTime,
// "Integer" for Int32 and UInt16, "Short" for Int16, Int8 and UInt8, "Boolean", "Float",
// "Double", and "String" for String and Text (empty for Unknown).
[[nodiscard]] QString scorpioTypeName(MetricType type);

// The topic a SCorp-io message goes to: `pattern` with {group}, {node}, {device} and {type}
// (DBIRTH or DDATA) replaced by their values in `fields` (keyed "group", "node", "device",
// "type"); a placeholder without a value becomes empty. Check the pattern with
// invalidTopicTemplate() first, and the values with invalidSparkplugId().
[[nodiscard]] QString expandTopic(const QString &pattern, const QHash<QString, QString> &fields);
// Why `pattern` cannot be a SCorp-io topic template (empty, a placeholder Vigie does not know
// or left open, an MQTT wildcard '+' or '#', a NUL), or an empty string if it can. Births and
// data have a template each; that they differ is the project validator's check.
[[nodiscard]] QString invalidTopicTemplate(const QString &pattern);

} // namespace Vigie
