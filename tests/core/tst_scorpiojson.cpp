// Tests of ScorpioJson: SCorp-io's DBIRTH and DDATA bodies as seed 000 shows them (its 15
// metrics, parsed and compared with the seed's own JSON), the exact text of numbers, strings
// and nulls, the historical flag, and the topic templates.

#include "mqtt/scorpiojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Vigie::MetricType)

using namespace Vigie;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1700000000000;

// The meter of seed 000, with a Vigie type behind each of SCorp-io's dataTypes.
const QList<MetricDefinition> seedMeter = {
    {u"Énergie apparente/Phase 1"_s, 1, MetricType::Int64},
    {u"Énergie apparente/Phase 2"_s, 2, MetricType::UInt32},
    {u"Énergie apparente/Phase 3"_s, 3, MetricType::UInt64},
    {u"Énergie active/Phase 1"_s, 4, MetricType::Int64},
    {u"Énergie active/Phase 2"_s, 5, MetricType::UInt32},
    {u"Énergie active/Phase 3"_s, 6, MetricType::DateTime},
    {u"Intensité/Phase 1"_s, 7, MetricType::Int32},
    {u"Intensité/Phase 2"_s, 8, MetricType::UInt16},
    {u"Intensité/Phase 3"_s, 9, MetricType::Int32},
    {u"Tension/Phase 1"_s, 10, MetricType::Int16},
    {u"Tension/Phase 2"_s, 11, MetricType::UInt8},
    {u"Tension/Phase 3"_s, 12, MetricType::Int8},
    {u"Force du signal radio DASH7"_s, 13, MetricType::Int16},
    {u"Bouton pressé"_s, 14, MetricType::Boolean},
    {u"État de la liaison Modbus - DASH7"_s, 15, MetricType::Boolean},
};

// Seed 000's DBIRTH, as the seed prints it but for the comma after its last metric.
const char *seedBirth = R"({
   "metrics" : [
     { "name":"Énergie apparente/Phase 1",         "dataType":"Long"},
     { "name":"Énergie apparente/Phase 2",         "dataType":"Long"},
     { "name":"Énergie apparente/Phase 3",         "dataType":"Long"},
     { "name":"Énergie active/Phase 1",            "dataType":"Long"},
     { "name":"Énergie active/Phase 2",            "dataType":"Long"},
     { "name":"Énergie active/Phase 3",            "dataType":"Long"},
     { "name":"Intensité/Phase 1",                 "dataType":"Integer"},
     { "name":"Intensité/Phase 2",                 "dataType":"Integer"},
     { "name":"Intensité/Phase 3",                 "dataType":"Integer"},
     { "name":"Tension/Phase 1",                   "dataType":"Short"},
     { "name":"Tension/Phase 2",                   "dataType":"Short"},
     { "name":"Tension/Phase 3",                   "dataType":"Short"},
     { "name":"Force du signal radio DASH7",       "dataType":"Short"},
     { "name":"Bouton pressé",                     "dataType":"Boolean"},
     { "name":"État de la liaison Modbus - DASH7", "dataType":"Boolean"}
   ]
})";

// Seed 000's DDATA (14 of the 15 metrics: the seed leaves "Bouton pressé" out), with
// 1700000000000 for its `timestamp`, true for its `True` and without the last comma.
const char *seedData = R"({
       "metrics" : [
         { "name":"Énergie apparente/Phase 1",         "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Énergie apparente/Phase 2",         "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Énergie apparente/Phase 3",         "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Énergie active/Phase 1",            "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Énergie active/Phase 2",            "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Énergie active/Phase 3",            "dataType":"Long",    "timestamp":1700000000000, "value":0},
         { "name":"Intensité/Phase 1",                 "dataType":"Integer", "timestamp":1700000000000, "value":0},
         { "name":"Intensité/Phase 2",                 "dataType":"Integer", "timestamp":1700000000000, "value":0},
         { "name":"Intensité/Phase 3",                 "dataType":"Integer", "timestamp":1700000000000, "value":0},
         { "name":"Tension/Phase 1",                   "dataType":"Short",   "timestamp":1700000000000, "value":0},
         { "name":"Tension/Phase 2",                   "dataType":"Short",   "timestamp":1700000000000, "value":0},
         { "name":"Tension/Phase 3",                   "dataType":"Short",   "timestamp":1700000000000, "value":0},
         { "name":"Force du signal radio DASH7",       "dataType":"Short",   "timestamp":1700000000000, "value":80},
         { "name":"État de la liaison Modbus - DASH7", "dataType":"Boolean", "timestamp":1700000000000, "value":true}
       ]
     })";

Metric metric(const MetricDefinition &definition, const QVariant &value, qint64 timestamp = Now,
              bool historical = false)
{
    return {definition, {value, timestamp, historical}};
}

// The DDATA of one metric named "m".
QByteArray one(MetricType type, const QVariant &value)
{
    return ScorpioJson::encodeData({metric({u"m"_s, 1, type}, value)});
}

QByteArray oneText(const QByteArray &dataType, const QByteArray &value)
{
    return R"({"metrics":[{"name":"m","dataType":")" + dataType
        + R"(","timestamp":1700000000000,"value":)" + value + "}]}";
}

} // namespace

class tst_ScorpioJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedBirthShape()
    {
        const QByteArray birth = ScorpioJson::encodeBirth(seedMeter);
        QJsonParseError error;
        const QJsonDocument ours = QJsonDocument::fromJson(birth, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonDocument seed = QJsonDocument::fromJson(seedBirth, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(ours, seed);
        QCOMPARE(ours.object().value("metrics").toArray().size(), 15);
        // Names go out in UTF-8 as they are: no \u00c9, no \/.
        QVERIFY(birth.contains(R"({"name":"Énergie apparente/Phase 1","dataType":"Long"})"));
        QVERIFY(
            birth.contains(R"({"name":"État de la liaison Modbus - DASH7","dataType":"Boolean"})"));
        QVERIFY(!birth.contains('\\'));
        QVERIFY(birth.startsWith("{\"metrics\":[{\"name\":\""));
        QVERIFY(birth.endsWith("}]}"));
        QCOMPARE(ScorpioJson::encodeBirth({}), QByteArray(R"({"metrics":[]})"));
    }

    void seedDataShape()
    {
        QList<Metric> metrics;
        for (const MetricDefinition &d : seedMeter) {
            if (d.name == u"Bouton pressé"_s)
                continue;
            QVariant value = d.type == MetricType::Boolean ? QVariant(true) : QVariant(0);
            if (d.name == u"Force du signal radio DASH7"_s)
                value = 80;
            metrics.append(metric(d, value));
        }
        const QByteArray data = ScorpioJson::encodeData(metrics);
        QJsonParseError error;
        const QJsonDocument ours = QJsonDocument::fromJson(data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonDocument seed = QJsonDocument::fromJson(seedData, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(ours, seed);
        QVERIFY(data.contains(
            R"({"name":"Tension/Phase 3","dataType":"Short","timestamp":1700000000000,"value":0})"));
        QVERIFY(data.contains(R"("value":80})"));
        QVERIFY(data.contains(R"("value":true})"));
    }

    // Each metric keeps its own timestamp, in ms, as an exact integer.
    void timestamps()
    {
        const MetricDefinition d {u"m"_s, 1, MetricType::Int32};
        const QByteArray data = ScorpioJson::encodeData(
            {metric(d, 1, 1699999999999), metric(d, 2, 0), metric(d, 3, -1)});
        QCOMPARE(
            data,
            QByteArray(R"({"metrics":[)"
                       R"({"name":"m","dataType":"Integer","timestamp":1699999999999,"value":1},)"
                       R"({"name":"m","dataType":"Integer","timestamp":0,"value":2},)"
                       R"({"name":"m","dataType":"Integer","timestamp":-1,"value":3}]})"));
    }

    void values_data()
    {
        QTest::addColumn<MetricType>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("dataType");
        QTest::addColumn<QByteArray>("text");
        const auto i64 = [](qint64 v) { return QVariant::fromValue(v); };
        const auto u64 = [](quint64 v) { return QVariant::fromValue(v); };
        const auto row = [](const char *name, MetricType type, const QVariant &value,
                            const QByteArray &dataType, const QByteArray &text) {
            QTest::newRow(name) << type << value << dataType << text;
        };
        const double inf = std::numeric_limits<double>::infinity();
        row("Int64 2^53+1", MetricType::Int64, i64(9007199254740993), "Long",
            QByteArray("9007199254740993"));
        row("Int64 min", MetricType::Int64, i64(std::numeric_limits<qint64>::min()), "Long",
            QByteArray("-9223372036854775808"));
        row("Int64 max", MetricType::Int64, i64(std::numeric_limits<qint64>::max()), "Long",
            QByteArray("9223372036854775807"));
        row("UInt64 max", MetricType::UInt64, u64(std::numeric_limits<quint64>::max()), "Long",
            QByteArray("18446744073709551615"));
        row("UInt32 max", MetricType::UInt32, u64(4294967295u), "Long", QByteArray("4294967295"));
        row("DateTime", MetricType::DateTime, i64(1700000000123), "Long",
            QByteArray("1700000000123"));
        row("Int32 min", MetricType::Int32, i64(-2147483648LL), "Integer",
            QByteArray("-2147483648"));
        row("UInt16 max", MetricType::UInt16, 65535, "Integer", QByteArray("65535"));
        row("Int16 -32768", MetricType::Int16, -32768, "Short", QByteArray("-32768"));
        row("Int8 -128", MetricType::Int8, -128, "Short", QByteArray("-128"));
        row("Int8 300 clamped", MetricType::Int8, 300, "Short", QByteArray("127"));
        row("UInt8 255", MetricType::UInt8, 255u, "Short", QByteArray("255"));
        row("Int32 from double", MetricType::Int32, 2.5, "Integer", QByteArray("3"));
        row("Double 0.1", MetricType::Double, 0.1, "Double", QByteArray("0.1"));
        row("Double 1/3", MetricType::Double, 1.0 / 3, "Double", QByteArray("0.3333333333333333"));
        row("Double 1e300", MetricType::Double, 1e300, "Double", QByteArray("1e+300"));
        row("Double 5e-324", MetricType::Double, 5e-324, "Double", QByteArray("5e-324"));
        row("Double -0", MetricType::Double, -0.0, "Double", QByteArray("-0"));
        row("Double 2^53+1 from Int64", MetricType::Double, i64(9007199254740993), "Double",
            QByteArray("9007199254740992"));
        row("Double NaN", MetricType::Double, std::numeric_limits<double>::quiet_NaN(), "Double",
            QByteArray("null"));
        row("Double infinity", MetricType::Double, inf, "Double", QByteArray("null"));
        row("Float 0.1", MetricType::Float, 0.1f, "Float", QByteArray("0.1"));
        row("Float 123.456 from double", MetricType::Float, 123.456, "Float",
            QByteArray("123.456"));
        row("Float -infinity", MetricType::Float, -std::numeric_limits<float>::infinity(), "Float",
            QByteArray("null"));
        row("Boolean true", MetricType::Boolean, true, "Boolean", QByteArray("true"));
        row("Boolean false", MetricType::Boolean, false, "Boolean", QByteArray("false"));
        row("String", MetricType::String, QVariant(u"Marche/Arrêt"_s), "String",
            QByteArray(R"("Marche/Arrêt")"));
        row("Text", MetricType::Text, QVariant(u"a\"b"_s), "String", QByteArray("\"a\\\"b\""));
        row("String from Float", MetricType::String, 0.1f, "String", QByteArray(R"("0.1")"));
        row("Int64 null", MetricType::Int64, QVariant(), "Long", QByteArray("null"));
        row("Boolean null", MetricType::Boolean, QVariant(), "Boolean", QByteArray("null"));
        row("String null", MetricType::String, QVariant(), "String", QByteArray("null"));
        row("Integer from text is null", MetricType::Int32, QVariant(u"high"_s), "Integer",
            QByteArray("null"));
    }
    void values()
    {
        QFETCH(MetricType, type);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, dataType);
        QFETCH(QByteArray, text);
        const QByteArray json = one(type, value);
        QCOMPARE(json, oneText(dataType, text));
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text"); // the JSON string, quotes included
        QTest::addColumn<bool>("readsBack"); // QJsonDocument gives `name` back
        QTest::newRow("quote") << u"a\"b"_s << QByteArray("\"a\\\"b\"") << true;
        QTest::newRow("backslash") << u"C:\\temp"_s << QByteArray("\"C:\\\\temp\"") << true;
        QTest::newRow("newline, tab, CR")
            << u"a\nb\tc\rd"_s << QByteArray("\"a\\nb\\tc\\rd\"") << true;
        QTest::newRow("backspace, form feed") << u"\b\f"_s << QByteArray("\"\\b\\f\"") << true;
        QTest::newRow("control 0x01, 0x1f")
            << u"\x01-\x1f"_s << QByteArray("\"\\u0001-\\u001f\"") << true;
        QTest::newRow("NUL") << QString(QChar(0)) << QByteArray("\"\\u0000\"") << true;
        QTest::newRow("DEL as is") << u"\x7f"_s << QByteArray("\"\x7f\"") << true;
        QTest::newRow("slash as is") << u"a/b"_s << QByteArray(R"("a/b")") << true;
        QTest::newRow("accents as UTF-8")
            << u"Énergie é à ç"_s << QByteArray(R"("Énergie é à ç")") << true;
        QTest::newRow("U+2028 as is") << u"a\u2028b"_s
                                      << QByteArray("\"a\xe2\x80\xa8"
                                                    "b\"")
                                      << true;
        QTest::newRow("emoji, a surrogate pair")
            << u"😀"_s << QByteArray("\"\xf0\x9f\x98\x80\"") << true;
        QTest::newRow("lone surrogate")
            << QString(QChar(0xD800)) + u"x"_s << QByteArray("\"\xef\xbf\xbdx\"") << false;
        QTest::newRow("empty") << QString() << QByteArray(R"("")") << true;
        // Six bytes out for each character in: more than the writer sets aside for a name.
        QTest::newRow("300 control characters")
            << QString(300, QChar(1)) << "\"" + QByteArray("\\u0001").repeated(300) + "\"" << true;
        QTest::newRow("3000 accents")
            << QString(3000, QChar(0xE9)) << "\"" + QByteArray("\xc3\xa9").repeated(3000) + "\""
            << true;
    }
    void escaping()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        QFETCH(bool, readsBack);
        const QByteArray birth = ScorpioJson::encodeBirth({{name, 1, MetricType::String}});
        QCOMPARE(birth,
                 QByteArray(R"({"metrics":[{"name":)" + text + R"(,"dataType":"String"}]})"));
        const QByteArray data = one(MetricType::String, name);
        QCOMPARE(data, oneText("String", text));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString back =
            parsed.object().value("metrics").toArray().at(0).toObject().value("value").toString();
        if (readsBack)
            QCOMPARE(back, name);
        else
            QCOMPARE(back, QString(QChar(QChar::ReplacementCharacter)) + u"x"_s);
    }

    void historical()
    {
        const MetricDefinition d {u"m"_s, 1, MetricType::Int32};
        const QList<Metric> metrics = {metric(d, 1, Now, true), metric(d, 2, Now, false)};
        const QByteArray marked = ScorpioJson::encodeData(metrics, ScorpioJson::Historical::Mark);
        QCOMPARE(
            marked,
            QByteArray(
                R"({"metrics":[)"
                R"({"name":"m","dataType":"Integer","timestamp":1700000000000,"value":1,"historical":true},)"
                R"({"name":"m","dataType":"Integer","timestamp":1700000000000,"value":2}]})"));
        const QByteArray plain = ScorpioJson::encodeData(metrics);
        QVERIFY(!plain.contains("historical"));
    }

    void typeNames_data()
    {
        QTest::addColumn<MetricType>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("Unknown") << MetricType::Unknown << "";
        QTest::newRow("Int8") << MetricType::Int8 << "Short";
        QTest::newRow("Int16") << MetricType::Int16 << "Short";
        QTest::newRow("Int32") << MetricType::Int32 << "Integer";
        QTest::newRow("Int64") << MetricType::Int64 << "Long";
        QTest::newRow("UInt8") << MetricType::UInt8 << "Short";
        QTest::newRow("UInt16") << MetricType::UInt16 << "Integer";
        QTest::newRow("UInt32") << MetricType::UInt32 << "Long";
        QTest::newRow("UInt64") << MetricType::UInt64 << "Long";
        QTest::newRow("Float") << MetricType::Float << "Float";
        QTest::newRow("Double") << MetricType::Double << "Double";
        QTest::newRow("Boolean") << MetricType::Boolean << "Boolean";
        QTest::newRow("String") << MetricType::String << "String";
        QTest::newRow("DateTime") << MetricType::DateTime << "Long";
        QTest::newRow("Text") << MetricType::Text << "String";
    }
    void typeNames()
    {
        QFETCH(MetricType, type);
        QFETCH(QString, name);
        QCOMPARE(scorpioTypeName(type), name);
    }

    void topicTemplates_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("why"); // empty: the template is fine
        QTest::addColumn<QString>(
            "topic"); // for group "Usine", node "Vigie-1", device "Compteur é", DDATA
        QTest::newRow("every placeholder") << "scorpio/{group}/{type}/{node}/{device}"
                                           << "" << u"scorpio/Usine/DDATA/Vigie-1/Compteur é"_s;
        QTest::newRow("type and device") << "{type}/{device}"
                                         << "" << u"DDATA/Compteur é"_s;
        QTest::newRow("twice") << "{device}/{type}/{device}"
                               << "" << u"Compteur é/DDATA/Compteur é"_s;
        QTest::newRow("empty") << ""
                               << "is empty"
                               << "";
        QTest::newRow("spaces") << "  "
                                << "is empty"
                                << "";
        QTest::newRow("no type") << "scorpio/DBIRTH/{device}"
                                 << "" << u"scorpio/DBIRTH/Compteur é"_s;
        QTest::newRow("unknown placeholder") << "{type}/{site}"
                                             << "{site}, which Vigie does not know"
                                             << "";
        QTest::newRow("unclosed") << "{type}/{device"
                                  << "at character 8 and does not close it"
                                  << "";
        QTest::newRow("nested") << "{type}/{dev{ice}"
                                << "at character 8 and does not close it"
                                << "";
        QTest::newRow("stray close") << "{type}/device}"
                                     << "\"}\" at character 14"
                                     << "";
        QTest::newRow("plus") << "{type}/+/x"
                              << "contains \"+\", an MQTT wildcard"
                              << "";
        QTest::newRow("hash") << "{type}/#"
                              << "contains \"#\", an MQTT wildcard"
                              << "";
        QTest::newRow("NUL") << u"{type}\0"_s << "NUL"
                             << "";
    }
    void topicTemplates()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, why);
        QFETCH(QString, topic);
        const QString error = invalidTopicTemplate(pattern);
        if (!why.isEmpty()) {
            QVERIFY2(error.contains(why), qPrintable(error));
            return;
        }
        QCOMPARE(error, QString());
        const QHash<QString, QString> fields = {{u"group"_s, u"Usine"_s},
                                                {u"node"_s, u"Vigie-1"_s},
                                                {u"device"_s, u"Compteur é"_s},
                                                {u"type"_s, u"DDATA"_s}};
        QCOMPARE(expandTopic(pattern, fields), topic);
    }

    void expandWithoutValues()
    {
        QCOMPARE(expandTopic(u"a/{type}/{device}/b"_s, {{u"type"_s, u"DBIRTH"_s}}),
                 u"a/DBIRTH//b"_s);
        QCOMPARE(expandTopic(u"no placeholder"_s, {}), u"no placeholder"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ScorpioJson)
#include "tst_scorpiojson.moc"
