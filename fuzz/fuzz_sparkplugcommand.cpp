// libFuzzer target for the payloads Vigie reads from the broker (./dev fuzz): any bytes are an
// NCMD or DCMD for SparkplugCodec::decodeCommand and a STATE message for decodeHostState. Anyone
// who can publish to the broker writes these bytes, so nothing may crash, hang or read out of
// bounds; a command that is taken must hold values within its metrics' types, and encoding
// those metrics again (as Sparkplug B data, and as SCorp-io JSON) must give them back.

#include "mqtt/scorpiojson.h"
#include "mqtt/sparkplugcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Vigie;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_sparkplugcommand: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// The value decodeCommand gives is of the QVariant type and within the range its type says.
void checkRange(const SparkplugCommandMetric &m)
{
    if (!m.value.isValid())
        return;
    const int id = m.value.metaType().id();
    const auto within = [&](qint64 low, qint64 high) {
        if (id != QMetaType::LongLong || m.value.toLongLong() < low || m.value.toLongLong() > high)
            fail("signed value out of its type", m.value.toString());
    };
    const auto below = [&](quint64 high) {
        if (id != QMetaType::ULongLong || m.value.toULongLong() > high)
            fail("unsigned value out of its type", m.value.toString());
    };
    switch (m.type) {
    case MetricType::Int8: within(-128, 127); break;
    case MetricType::Int16: within(-32768, 32767); break;
    case MetricType::Int32: within(-2147483648LL, 2147483647); break;
    case MetricType::Int64:
    case MetricType::DateTime:
        within(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        break;
    case MetricType::UInt8: below(0xFF); break;
    case MetricType::UInt16: below(0xFFFF); break;
    case MetricType::UInt32: below(0xFFFFFFFF); break;
    case MetricType::UInt64: below(std::numeric_limits<quint64>::max()); break;
    case MetricType::Float:
        if (id != QMetaType::Float)
            fail("Float not a float");
        break;
    case MetricType::Double:
        if (id != QMetaType::Double)
            fail("Double not a double");
        break;
    case MetricType::Boolean:
        if (id != QMetaType::Bool)
            fail("Boolean not a bool");
        break;
    case MetricType::String:
    case MetricType::Text:
        if (id != QMetaType::QString)
            fail("String not a QString");
        break;
    case MetricType::Unknown: break;
    }
}

bool same(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.metaType().id() == QMetaType::Float && std::isnan(a.toFloat()))
        return std::isnan(b.toFloat());
    if (a.metaType().id() == QMetaType::Double && std::isnan(a.toDouble()))
        return std::isnan(b.toDouble());
    return a == b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    (void)SparkplugCodec::decodeHostState(bytes, &error);

    error.clear();
    const auto metrics = SparkplugCodec::decodeCommand(bytes, &error);
    if (!metrics) {
        if (error.isEmpty())
            fail("refused without a reason");
        return 0;
    }
    if (metrics->isEmpty())
        fail("a command without metrics taken");

    // The typed metrics, encoded again by alias, decode to the same values.
    QList<Metric> typed;
    for (const SparkplugCommandMetric &m : *metrics) {
        checkRange(m);
        if (m.type == MetricType::Unknown)
            continue;
        typed.append({{m.name, quint64(typed.size()), m.type}, {m.value, 1, false}});
    }
    if (typed.isEmpty())
        return 0;
    SparkplugCodec codec;
    const auto again = SparkplugCodec::decodeCommand(codec.encodeData(1, 0, typed), &error);
    if (!again || again->size() != typed.size())
        fail("Vigie's own data refused:", error);
    for (int i = 0; i < typed.size(); ++i) {
        if (again->at(i).type != typed[i].definition.type
            || !same(again->at(i).value, typed[i].value.value)) {
            fail("a value changed on the way back:", typed[i].value.value.toString());
        }
    }

    // The same metrics as SCorp-io JSON: valid JSON, the names as they were.
    const QByteArray json = ScorpioJson::encodeData(typed, ScorpioJson::Historical::Mark);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        fail("SCorp-io JSON that does not parse:", parse.errorString());
    const QJsonArray array = document.object().value(QLatin1String("metrics")).toArray();
    if (array.size() != typed.size())
        fail("SCorp-io JSON lost metrics");
    for (int i = 0; i < typed.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        if (o.value(QLatin1String("name")).toString() != typed[i].definition.name)
            fail("SCorp-io JSON changed a name:", typed[i].definition.name);
        const QVariant &v = typed[i].value.value;
        if (v.metaType().id() == QMetaType::QString
            && o.value(QLatin1String("value")).toString() != v.toString()) {
            fail("SCorp-io JSON changed a string:", v.toString());
        }
    }
    return 0;
}
