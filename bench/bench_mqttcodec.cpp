// MQTT payload codecs: the cost and size of one DDATA of seed 000's 15-metric meter, encoded as
// Sparkplug B by alias (with datatypes, as Vigie sends by default, and without), as SCorp-io's
// JSON by ScorpioJson, and, for reference, the same JSON built with QJsonDocument (which cannot
// write an Int64 past 2^53 exactly). Also the size of the births.
#include "median.h"
#include "mqtt/scorpiojson.h"
#include "mqtt/sparkplugcodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string_view>

using namespace Vigie;

namespace {

constexpr qint64 Now = 1700000000000;

QList<Metric> seedMeter()
{
    const auto m = [](const char16_t *name, quint64 alias, MetricType type, QVariant value) {
        return Metric {{QString::fromUtf16(name), alias, type}, {std::move(value), Now, false}};
    };
    const auto i64 = [](qint64 v) { return QVariant::fromValue(v); };
    return {
        m(u"Énergie apparente/Phase 1", 1, MetricType::Int64, i64(123456789)),
        m(u"Énergie apparente/Phase 2", 2, MetricType::Int64, i64(123456790)),
        m(u"Énergie apparente/Phase 3", 3, MetricType::Int64, i64(123456791)),
        m(u"Énergie active/Phase 1", 4, MetricType::Int64, i64(98765432)),
        m(u"Énergie active/Phase 2", 5, MetricType::Int64, i64(98765433)),
        m(u"Énergie active/Phase 3", 6, MetricType::Int64, i64(98765434)),
        m(u"Intensité/Phase 1", 7, MetricType::Int32, i64(1520)),
        m(u"Intensité/Phase 2", 8, MetricType::Int32, i64(1498)),
        m(u"Intensité/Phase 3", 9, MetricType::Int32, i64(1510)),
        m(u"Tension/Phase 1", 10, MetricType::Int16, i64(231)),
        m(u"Tension/Phase 2", 11, MetricType::Int16, i64(229)),
        m(u"Tension/Phase 3", 12, MetricType::Int16, i64(230)),
        m(u"Force du signal radio DASH7", 13, MetricType::Int16, i64(80)),
        m(u"Bouton pressé", 14, MetricType::Boolean, false),
        m(u"État de la liaison Modbus - DASH7", 15, MetricType::Boolean, true),
    };
}

QByteArray withQJsonDocument(const QList<Metric> &metrics)
{
    QJsonArray array;
    for (const Metric &m : metrics) {
        QJsonObject o;
        o.insert(QLatin1String("name"), m.definition.name);
        o.insert(QLatin1String("dataType"), scorpioTypeName(m.definition.type));
        o.insert(QLatin1String("timestamp"), m.value.timestamp);
        o.insert(QLatin1String("value"), QJsonValue::fromVariant(m.value.value));
        array.append(o);
    }
    return QJsonDocument(QJsonObject {{QLatin1String("metrics"), array}})
        .toJson(QJsonDocument::Compact);
}

struct Variant
{
    const char *label;
    std::function<QByteArray()> encode;
    QList<double> nsPerMessage;
    qsizetype bytes = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int N = 100000;
    constexpr int Runs = 7;

    const QList<Metric> metrics = seedMeter();
    QList<MetricDefinition> definitions;
    for (const Metric &m : metrics)
        definitions.append(m.definition);
    SparkplugCodec sparkplug;
    SparkplugCodec sparkplugNoTypes;
    sparkplugNoTypes.setDataTypesInData(false);
    quint64 seq = 0;

    std::vector<Variant> variants = {
        {"Sparkplug B DDATA, by alias, with datatypes",
         [&] { return sparkplug.encodeData(Now, ++seq & 0xFF, metrics); }},
        {"Sparkplug B DDATA, by alias, no datatypes",
         [&] { return sparkplugNoTypes.encodeData(Now, ++seq & 0xFF, metrics); }},
        {"SCorp-io JSON DDATA (ScorpioJson)", [&] { return ScorpioJson::encodeData(metrics); }},
        {"SCorp-io JSON DDATA (QJsonDocument, reference)",
         [&] { return withQJsonDocument(metrics); }},
    };

    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString(); // a filter
    std::erase_if(variants, [&only](const Variant &v) {
        return !only.isEmpty() && !QString::fromUtf8(v.label).contains(only);
    });

    qsizetype sink = 0;
    for (Variant &v : variants) { // warm up, and the size of one message
        for (int i = 0; i < 1000; ++i)
            sink += v.encode().size();
        v.bytes = v.encode().size();
    }
    for (int run = 0; run < Runs; ++run) { // interleaved, so drift hits every variant alike
        for (Variant &v : variants) {
            // QJsonDocument is ~50 times slower: fewer messages keep the runs short.
            const int n =
                std::string_view(v.label).find("QJson") != std::string_view::npos ? N / 20 : N;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < n; ++i)
                sink += v.encode().size();
            v.nsPerMessage << double(timer.nsecsElapsed()) / n;
        }
    }

    std::printf("15-metric DDATA of seed 000's meter, median of %d runs:\n", Runs);
    for (const Variant &v : variants) {
        std::printf("  %-48s %8.0f ns/message %6lld bytes\n", v.label, median(v.nsPerMessage),
                    static_cast<long long>(v.bytes));
    }
    std::printf("births (sent once per connection):\n");
    std::printf("  %-48s %8s %16lld bytes\n", "Sparkplug B DBIRTH, names and aliases", "",
                static_cast<long long>(sparkplug.encodeDeviceBirth(Now, 1, metrics).size()));
    std::printf("  %-48s %8s %16lld bytes\n", "SCorp-io JSON DBIRTH", "",
                static_cast<long long>(ScorpioJson::encodeBirth(definitions).size()));
    return sink == 0 ? 1 : 0;
}
