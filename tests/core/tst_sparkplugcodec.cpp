// Tests of SparkplugCodec against an independent implementation: every payload Vigie encodes is
// decoded by Eclipse Tahu's JavaScript codec (npm sparkplug-payload 1.0.3, run under node by
// tests/peers/node/sparkplug_decode.js), and Vigie decodes the commands Tahu's encoder makes
// (sparkplug_encode.js). Also the exact bytes of small payloads, refused commands, the STATE
// message, topics and ids.

#include "mqtt/sparkplugcodec.h"
#include "tahucodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(Vigie::MetricType)
Q_DECLARE_METATYPE(Vigie::SparkplugMessageType)

using namespace Vigie;
using namespace Vigie::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1700000000000; // ms: 2023-11-14T22:13:20Z
constexpr qint64 MetricTime = 1699999990000;

// One value of one type: what Vigie is given, what Tahu's decoder must read, which oneof field
// carries it and with which raw number, and what Vigie's own decodeCommand gives back.
struct TypeCase
{
    const char *row;
    MetricType type;
    QVariant input;
    QJsonValue tahu; // Tahu's decoded value; 64-bit integers as decimal strings, NaN as "NaN"
    QString field; // protobufjs's name of the oneof field; empty: is_null, no field
    QJsonValue raw; // that field's value as protobufjs reads it
    QVariant command; // decodeCommand's value; invalid for a null metric
};

QVariant i64(qint64 v)
{
    return QVariant::fromValue(v);
}
QVariant u64(quint64 v)
{
    return QVariant::fromValue(v);
}

const QString accents = QStringLiteral(u"Énergie active/Phase 1 — \"cité\" \\ ✓ 😀");

QList<TypeCase> typeCases()
{
    const QJsonValue null(QJsonValue::Null);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const float fnan = std::numeric_limits<float>::quiet_NaN();
    const float finf = std::numeric_limits<float>::infinity();
    const QString i = QStringLiteral("intValue");
    const QString l = QStringLiteral("longValue");
    const QString f = QStringLiteral("floatValue");
    const QString d = QStringLiteral("doubleValue");
    const QString b = QStringLiteral("booleanValue");
    const QString s = QStringLiteral("stringValue");
    return {
        {"Int8 -128", MetricType::Int8, i64(-128), -128, i, 4294967168., i64(-128)},
        {"Int8 127", MetricType::Int8, i64(127), 127, i, 127, i64(127)},
        {"Int8 300 clamped", MetricType::Int8, 300, 127, i, 127, i64(127)},
        {"Int8 from double -2.6", MetricType::Int8, -2.6, -3, i, 4294967293., i64(-3)},
        {"Int16 -32768", MetricType::Int16, i64(-32768), -32768, i, 4294934528., i64(-32768)},
        {"Int16 -1", MetricType::Int16, i64(-1), -1, i, 4294967295., i64(-1)},
        {"Int32 min", MetricType::Int32, i64(-2147483648LL), -2147483648., i, 2147483648.,
         i64(-2147483648LL)},
        {"Int32 max", MetricType::Int32, i64(2147483647), 2147483647, i, 2147483647,
         i64(2147483647)},
        {"Int32 from string", MetricType::Int32, QStringLiteral(" -42 "), -42, i, 4294967254.,
         i64(-42)},
        {"Int64 -1", MetricType::Int64, i64(-1), "-1", l, "18446744073709551615", i64(-1)},
        {"Int64 min", MetricType::Int64, i64(std::numeric_limits<qint64>::min()),
         "-9223372036854775808", l, "9223372036854775808", i64(std::numeric_limits<qint64>::min())},
        {"Int64 2^53+1", MetricType::Int64, i64(9007199254740993), "9007199254740993", l,
         "9007199254740993", i64(9007199254740993)},
        {"UInt8 255", MetricType::UInt8, u64(255), 255, i, 255, u64(255)},
        {"UInt8 -5 clamped", MetricType::UInt8, i64(-5), 0, i, 0, u64(0)},
        {"UInt16 65535", MetricType::UInt16, 65535, 65535, i, 65535, u64(65535)},
        {"UInt32 max", MetricType::UInt32, u64(4294967295u), 4294967295., l, "4294967295",
         u64(4294967295u)},
        {"UInt32 2^31", MetricType::UInt32, u64(2147483648u), 2147483648., l, "2147483648",
         u64(2147483648u)},
        {"UInt64 max", MetricType::UInt64, u64(std::numeric_limits<quint64>::max()),
         "18446744073709551615", l, "18446744073709551615",
         u64(std::numeric_limits<quint64>::max())},
        {"UInt64 2^53+1", MetricType::UInt64, u64(9007199254740993u), "9007199254740993", l,
         "9007199254740993", u64(9007199254740993u)},
        {"Float 0.1", MetricType::Float, 0.1f, double(0.1f), f, double(0.1f), 0.1f},
        {"Float from double", MetricType::Float, 123.456, double(123.456f), f, double(123.456f),
         123.456f},
        {"Float -max", MetricType::Float, -std::numeric_limits<float>::max(),
         -double(std::numeric_limits<float>::max()), f, -double(std::numeric_limits<float>::max()),
         -std::numeric_limits<float>::max()},
        {"Float NaN", MetricType::Float, fnan, "NaN", f, "NaN", fnan},
        {"Float -infinity", MetricType::Float, -finf, "-Infinity", f, "-Infinity", -finf},
        {"Double 0.1", MetricType::Double, 0.1, 0.1, d, 0.1, 0.1},
        {"Double -1e300", MetricType::Double, -1e300, -1e300, d, -1e300, -1e300},
        {"Double smallest", MetricType::Double, 5e-324, 5e-324, d, 5e-324, 5e-324},
        {"Double NaN", MetricType::Double, nan, "NaN", d, "NaN", nan},
        {"Double from Int64", MetricType::Double, i64(-7), -7, d, -7, -7.0},
        {"Boolean true", MetricType::Boolean, true, true, b, true, true},
        {"Boolean false", MetricType::Boolean, false, false, b, false, false},
        {"Boolean from 2", MetricType::Boolean, 2, true, b, true, true},
        {"String accents", MetricType::String, accents, accents, s, accents, accents},
        {"String empty", MetricType::String, QString(), "", s, "", QString()},
        {"String from double", MetricType::String, 0.1, "0.1", s, "0.1", QStringLiteral("0.1")},
        {"Text", MetricType::Text, QStringLiteral("two\nlines\t\x01"), "two\nlines\t\x01", s,
         "two\nlines\t\x01", QStringLiteral("two\nlines\t\x01")},
        {"DateTime", MetricType::DateTime, i64(1700000000123), "1700000000123", l, "1700000000123",
         i64(1700000000123)},
        {"Int32 null", MetricType::Int32, QVariant(), null, {}, null, {}},
        {"Int64 null", MetricType::Int64, QVariant(), null, {}, null, {}},
        {"Boolean null", MetricType::Boolean, QVariant(), null, {}, null, {}},
        {"String null", MetricType::String, QVariant(), null, {}, null, {}},
        {"Double from text is null", MetricType::Double, QStringLiteral("abc"), null, {}, null, {}},
        {"Int16 NaN is null", MetricType::Int16, nan, null, {}, null, {}},
    };
}

// The metrics of typeCases(): alias 100 + i, a timestamp of their own (but the first, whose 0
// takes the message's), every third historical.
QList<Metric> caseMetrics()
{
    QList<Metric> metrics;
    const QList<TypeCase> cases = typeCases();
    for (int i = 0; i < cases.size(); ++i) {
        Metric m;
        m.definition.name = QStringLiteral("Case/") + QString::fromUtf8(cases[i].row);
        m.definition.alias = 100 + quint64(i);
        m.definition.type = cases[i].type;
        m.value.value = cases[i].input;
        m.value.timestamp = i == 0 ? 0 : MetricTime + i;
        m.value.historical = i % 3 == 1;
        metrics.append(m);
    }
    return metrics;
}

qint64 expectedTimestamp(int i)
{
    return i == 0 ? Now : MetricTime + i;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

// QVariant equality that takes NaN as equal to NaN and also compares the types.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.metaType().id() == QMetaType::Double && std::isnan(a.toDouble()))
        return std::isnan(b.toDouble());
    if (a.metaType().id() == QMetaType::Float && std::isnan(a.toFloat()))
        return std::isnan(b.toFloat());
    return a == b;
}

QString show(const QVariant &v)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(v.typeName()), v.toString());
}

} // namespace

class tst_SparkplugCodec : public QObject
{
    Q_OBJECT

private:
    // typeCases() encoded by Vigie as a DBIRTH, a DDATA and a DDATA without datatypes, as
    // Tahu decoded them.
    QJsonObject m_birth;
    QJsonObject m_data;
    QJsonObject m_dataWithoutTypes;
    // The two DDATA decoded back by decodeCommand (the second with the birth's types).
    QList<SparkplugCommandMetric> m_commands;
    QList<SparkplugCommandMetric> m_commandsByBirth;

    // Tahu's reading of each payload, in order (empty, with a warning, if node failed).
    QList<QJsonObject> tahuDecode(const QList<QByteArray> &payloads)
    {
        QString error;
        const QList<QJsonObject> decoded = decodeWithTahu(payloads, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return decoded;
    }

    QJsonObject tahuDecode(const QByteArray &payload)
    {
        const QList<QJsonObject> decoded = tahuDecode(QList<QByteArray> {payload});
        return decoded.size() == 1 ? decoded.first() : QJsonObject();
    }

    // Payloads Tahu's encoder made from `json` (one payload, or an array of them).
    QList<QByteArray> tahuEncode(const QByteArray &json)
    {
        QString error;
        const QList<QByteArray> payloads = encodeWithTahu(json, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return payloads;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = tahuUnavailable(); !why.isEmpty())
            QFAIL(qPrintable(why));
        const QList<Metric> metrics = caseMetrics();
        SparkplugCodec codec;
        const QByteArray birth = codec.encodeDeviceBirth(Now, 41, metrics);
        const QByteArray data = codec.encodeData(Now, 42, metrics);
        codec.setDataTypesInData(false);
        const QByteArray dataWithoutTypes = codec.encodeData(Now, 43, metrics);
        const QList<QJsonObject> decoded =
            tahuDecode(QList<QByteArray> {birth, data, dataWithoutTypes});
        QCOMPARE(decoded.size(), 3);
        m_birth = decoded[0];
        m_data = decoded[1];
        m_dataWithoutTypes = decoded[2];

        QString error;
        const auto commands = SparkplugCodec::decodeCommand(data, &error);
        QVERIFY2(commands, qPrintable(error));
        m_commands = *commands;
        const auto byBirth = SparkplugCodec::decodeCommand(
            dataWithoutTypes, &error,
            [&metrics](const QString &name, std::optional<quint64> alias) {
                if (!name.isEmpty() || !alias || *alias < 100
                    || *alias >= 100 + quint64(metrics.size()))
                    return MetricType::Unknown;
                return metrics[qsizetype(*alias - 100)].definition.type;
            });
        QVERIFY2(byBirth, qPrintable(error));
        m_commandsByBirth = *byBirth;
    }

    // Small payloads byte for byte, worked out by hand from the protobuf encoding.
    void exactBytes()
    {
        SparkplugCodec codec;
        // DDEATH: timestamp (field 1) 1, seq (field 3) 2.
        QCOMPARE(codec.encodeDeviceDeath(1, 2).toHex(), QByteArray("08011802"));
        // DDATA with an Int8 -1 by alias 5: the metric (field 2, 12 bytes) holds alias 5,
        // timestamp 1, datatype 1 and int_value (field 10) 0xFFFFFFFF, sign-extended.
        Metric m;
        m.definition = {QStringLiteral("ignored in data"), 5, MetricType::Int8};
        m.value = {i64(-1), 1, false};
        QCOMPARE(codec.encodeData(1, 7, {m}).toHex(),
                 QByteArray("0801" // timestamp 1
                            "120c" // a metric of 12 bytes:
                            "1005" //   alias 5
                            "1801" //   timestamp 1
                            "2001" //   datatype Int8
                            "50ffffffff0f" // int_value 0xFFFFFFFF
                            "1807")); // seq 7
        codec.setDataTypesInData(false);
        QCOMPARE(codec.encodeData(1, 7, {m}).toHex(),
                 QByteArray("0801"
                            "120a" // no datatype: 10 bytes
                            "1005"
                            "1801"
                            "50ffffffff0f"
                            "1807"));
        // A null value: is_null (field 7) and no value field.
        codec.setDataTypesInData(true);
        m.value.value = QVariant();
        QCOMPARE(codec.encodeData(1, 7, {m}).toHex(),
                 QByteArray("0801"
                            "1208"
                            "1005"
                            "1801"
                            "2001"
                            "3801" //   is_null true
                            "1807"));
        // The codec reuses its message: after a larger one (names, strings, nulls, history),
        // a small one is what a fresh codec makes of it, nothing of the larger one left over.
        m.value.value = i64(-1);
        SparkplugCodec fresh;
        const QByteArray expected = fresh.encodeData(1, 7, {m});
        QList<Metric> larger;
        for (int i = 0; i < 20; ++i)
            larger.append({{QStringLiteral("m%1").arg(i), quint64(i), MetricType::String},
                           {i % 3 ? QVariant(QStringLiteral("texte %1").arg(i)) : QVariant(),
                            1000 + i, i % 2 == 0}});
        QVERIFY(!codec.encodeDeviceBirth(2, 8, larger).isEmpty());
        QVERIFY(!codec.encodeData(2, 9, larger).isEmpty());
        QCOMPARE(codec.encodeData(1, 7, {m}).toHex(), expected.toHex());
    }

    void everyType_data()
    {
        QTest::addColumn<int>("index");
        const QList<TypeCase> cases = typeCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].row) << i;
    }
    void everyType()
    {
        QFETCH(int, index);
        const TypeCase c = typeCases().at(index);
        const Metric metric = caseMetrics().at(index);
        const bool null = c.field.isEmpty();
        const QString alias = QString::number(100 + index);
        const QString timestamp = QString::number(expectedTimestamp(index));

        // DBIRTH: name, alias, datatype, value, timestamp.
        QCOMPARE(m_birth.value("seq").toString(), "41");
        QCOMPARE(m_birth.value("timestamp").toString(), QString::number(Now));
        QJsonArray metrics = m_birth.value("metrics").toArray();
        QCOMPARE(metrics.size(), typeCases().size());
        QJsonObject m = metrics.at(index).toObject();
        QCOMPARE(m.value("name").toString(), metric.definition.name);
        QCOMPARE(m.value("alias").toString(), alias);
        QCOMPARE(m.value("timestamp").toString(), timestamp);
        QCOMPARE(m.value("datatype").toInt(), int(c.type));
        QCOMPARE(m.value("type").toString(), sparkplugTypeName(c.type));
        QCOMPARE(compact(m.value("value")), compact(c.tahu));
        QCOMPARE(m.value("field").toString(), c.field);
        QCOMPARE(compact(m.value("rawValue")), compact(c.raw));
        QCOMPARE(m.value("isNull").toBool(), null);

        // DDATA: no name, the alias, the same type and value, is_historical where set.
        QCOMPARE(m_data.value("seq").toString(), "42");
        metrics = m_data.value("metrics").toArray();
        QCOMPARE(metrics.size(), typeCases().size());
        m = metrics.at(index).toObject();
        QVERIFY2(!m.contains("name"), qPrintable(compact(m)));
        QCOMPARE(m.value("alias").toString(), alias);
        QCOMPARE(m.value("timestamp").toString(), timestamp);
        QCOMPARE(m.value("datatype").toInt(), int(c.type));
        QCOMPARE(compact(m.value("value")), compact(c.tahu));
        QCOMPARE(m.value("field").toString(), c.field);
        QCOMPARE(compact(m.value("rawValue")), compact(c.raw));
        QCOMPARE(m.contains("isHistorical"), metric.value.historical);
        QCOMPARE(m.value("isHistorical").toBool(), metric.value.historical);
        QCOMPARE(m.contains("isNull"), null);

        // Without datatypes: the same field and bits, but Tahu's decoder cannot give a value.
        metrics = m_dataWithoutTypes.value("metrics").toArray();
        m = metrics.at(index).toObject();
        QVERIFY2(!m.contains("datatype"), qPrintable(compact(m)));
        QCOMPARE(m.value("alias").toString(), alias);
        QCOMPARE(m.value("field").toString(), c.field);
        QCOMPARE(compact(m.value("rawValue")), compact(c.raw));
        QVERIFY(m.value("value").isNull());

        // Vigie's own decoder reads the DDATA back, with its datatype or with the birth's.
        for (const auto &commands : {m_commands, m_commandsByBirth}) {
            QCOMPARE(commands.size(), typeCases().size());
            const SparkplugCommandMetric &command = commands.at(index);
            QVERIFY(command.name.isEmpty());
            QCOMPARE(command.alias, std::optional<quint64>(100 + index));
            QCOMPARE(command.type, c.type);
            QCOMPARE(command.timestamp, std::optional<qint64>(expectedTimestamp(index)));
            QVERIFY2(sameValue(command.value, c.command),
                     qPrintable(show(command.value) + " != " + show(c.command)));
        }
    }

    void nodeBirth()
    {
        Metric power;
        power.definition = {QStringLiteral(u"Puissance/Phase 1"), 1, MetricType::Int32};
        power.value = {i64(-12), MetricTime, false};
        Metric running;
        running.definition = {QStringLiteral("Running"), 2, MetricType::Boolean};
        running.value = {true, 0, false};
        SparkplugCodec codec;
        const QJsonObject birth = tahuDecode(codec.encodeNodeBirth(Now, 7, {power, running}));
        QCOMPARE(birth.value("seq").toString(), "0");
        QCOMPARE(birth.value("timestamp").toString(), QString::number(Now));
        const QJsonArray metrics = birth.value("metrics").toArray();
        QCOMPARE(metrics.size(), 4);

        QJsonObject m = metrics[0].toObject();
        QCOMPARE(m.value("name").toString(), "bdSeq");
        QVERIFY(!m.contains("alias"));
        QCOMPARE(m.value("type").toString(), "Int64");
        QCOMPARE(m.value("value").toString(), "7");
        QCOMPARE(m.value("timestamp").toString(), QString::number(Now));

        m = metrics[1].toObject();
        QCOMPARE(m.value("name").toString(), "Node Control/Rebirth");
        QVERIFY(!m.contains("alias"));
        QCOMPARE(m.value("type").toString(), "Boolean");
        QCOMPARE(m.value("value"), QJsonValue(false));
        QCOMPARE(m.value("timestamp").toString(), QString::number(Now));

        m = metrics[2].toObject();
        QCOMPARE(m.value("name").toString(), QStringLiteral(u"Puissance/Phase 1"));
        QCOMPARE(m.value("alias").toString(), "1");
        QCOMPARE(m.value("type").toString(), "Int32");
        QCOMPARE(m.value("value"), QJsonValue(-12));
        QCOMPARE(m.value("timestamp").toString(), QString::number(MetricTime));

        m = metrics[3].toObject();
        QCOMPARE(m.value("name").toString(), "Running");
        QCOMPARE(m.value("alias").toString(), "2");
        QCOMPARE(m.value("value"), QJsonValue(true));
        QCOMPARE(m.value("timestamp").toString(), QString::number(Now));
    }

    void deaths()
    {
        SparkplugCodec codec;
        const QList<QJsonObject> decoded = tahuDecode(QList<QByteArray> {
            codec.encodeNodeDeath(200, Now), codec.encodeDeviceDeath(Now + 1, 255)});
        QCOMPARE(decoded.size(), 2);

        const QJsonObject nodeDeath = decoded[0];
        QVERIFY2(!nodeDeath.contains("seq"), qPrintable(compact(nodeDeath)));
        QCOMPARE(nodeDeath.value("timestamp").toString(), QString::number(Now));
        const QJsonArray metrics = nodeDeath.value("metrics").toArray();
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].toObject().value("name").toString(), "bdSeq");
        QCOMPARE(metrics[0].toObject().value("type").toString(), "Int64");
        QCOMPARE(metrics[0].toObject().value("value").toString(), "200");

        const QJsonObject deviceDeath = decoded[1];
        QCOMPARE(deviceDeath.value("seq").toString(), "255");
        QCOMPARE(deviceDeath.value("timestamp").toString(), QString::number(Now + 1));
        QCOMPARE(deviceDeath.value("metrics").toArray().size(), 0);
    }

    // NCMD and DCMD as a host application sends them, made by Tahu's encoder.
    void tahuCommands()
    {
        const QList<QByteArray> payloads = tahuEncode(R"([
            {"timestamp": 1700000000000, "seq": 0,
             "metrics": [{"name": "Node Control/Rebirth", "type": "Boolean", "value": true}]},
            {"timestamp": 1700000000000, "seq": 0,
             "metrics": [{"name": "Node Control/Rebirth", "type": "Boolean", "value": false}]},
            {"timestamp": 1700000000001,
             "metrics": [
                {"name": "Consigne/Int8", "type": "Int8", "value": -5},
                {"alias": 7, "type": "Int16", "value": -300, "timestamp": 1700000000002},
                {"name": "c/Int32", "type": "Int32", "value": -70000},
                {"name": "c/Int64", "type": "Int64", "value": "-9007199254740993"},
                {"name": "c/UInt8", "type": "UInt8", "value": 200},
                {"name": "c/UInt16", "type": "UInt16", "value": 65535},
                {"name": "c/UInt32", "type": "UInt32", "value": 4000000000},
                {"name": "c/UInt64", "type": "UInt64", "value": "18446744073709551615"},
                {"name": "c/Float", "type": "Float", "value": 1.5},
                {"name": "c/Double", "type": "Double", "value": -2.25e300},
                {"name": "c/Boolean", "type": "Boolean", "value": true},
                {"name": "Énergie/Nom «cité»", "type": "String", "value": "Marche/Arrêt ✓"},
                {"name": "c/DateTime", "type": "DateTime", "value": "1700000000123"},
                {"name": "c/Text", "type": "Text", "value": "a\nb"},
                {"name": "c/Null", "type": "Int32", "value": null}
             ]}
        ])");
        QCOMPARE(payloads.size(), 3);

        QString error;
        auto rebirth = SparkplugCodec::decodeCommand(payloads[0], &error);
        QVERIFY2(rebirth, qPrintable(error));
        QCOMPARE(rebirth->size(), 1);
        QCOMPARE(rebirth->first().name, SparkplugCodec::rebirthMetricName());
        QCOMPARE(rebirth->first().type, MetricType::Boolean);
        QVERIFY(SparkplugCodec::isRebirthRequest(*rebirth));
        const auto noRebirth = SparkplugCodec::decodeCommand(payloads[1], &error);
        QVERIFY2(noRebirth, qPrintable(error));
        QVERIFY(!SparkplugCodec::isRebirthRequest(*noRebirth));

        const auto command = SparkplugCodec::decodeCommand(payloads[2], &error);
        QVERIFY2(command, qPrintable(error));
        QVERIFY(!SparkplugCodec::isRebirthRequest(*command));
        const QList<std::pair<MetricType, QVariant>> expected = {
            {MetricType::Int8, i64(-5)},
            {MetricType::Int16, i64(-300)},
            {MetricType::Int32, i64(-70000)},
            {MetricType::Int64, i64(-9007199254740993)},
            {MetricType::UInt8, u64(200)},
            {MetricType::UInt16, u64(65535)},
            {MetricType::UInt32, u64(4000000000u)},
            {MetricType::UInt64, u64(std::numeric_limits<quint64>::max())},
            {MetricType::Float, 1.5f},
            {MetricType::Double, -2.25e300},
            {MetricType::Boolean, true},
            {MetricType::String, QStringLiteral(u"Marche/Arrêt ✓")},
            {MetricType::DateTime, i64(1700000000123)},
            {MetricType::Text, QStringLiteral("a\nb")},
            {MetricType::Int32, QVariant()},
        };
        QCOMPARE(command->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const SparkplugCommandMetric &m = command->at(i);
            QCOMPARE(m.type, expected[i].first);
            QVERIFY2(sameValue(m.value, expected[i].second),
                     qPrintable(QStringLiteral("metric %1: %2 != %3")
                                    .arg(i)
                                    .arg(show(m.value), show(expected[i].second))));
        }
        QCOMPARE(command->at(0).name, "Consigne/Int8");
        QCOMPARE(command->at(0).alias, std::nullopt);
        QCOMPARE(command->at(0).timestamp, std::nullopt);
        QVERIFY(command->at(1).name.isEmpty());
        QCOMPARE(command->at(1).alias, std::optional<quint64>(7));
        QCOMPARE(command->at(1).timestamp, std::optional<qint64>(1700000000002));
        QCOMPARE(command->at(11).name, QStringLiteral(u"Énergie/Nom «cité»"));
    }

    // Payloads a command decoder must refuse, and why.
    void refusedCommands_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QByteArray() << "holds no metric";
        QTest::newRow("text") << QByteArray("hello, world") << "does not parse";
        QTest::newRow("0xff bytes") << QByteArray(16, '\xff') << "does not parse";
        // A metric (field 2) announced as 10 bytes long, with 3 there.
        QTest::newRow("truncated") << QByteArray::fromHex("120a0a0178") << "does not parse";
        // {name "x", datatype Boolean, string_value "yes"}
        QTest::newRow("Boolean as a string") << QByteArray::fromHex("120a0a0178200b7a03796573")
                                             << "\"x\" is declared Boolean but carries a string";
        // {alias 3, datatype Int8, int_value 300}
        QTest::newRow("Int8 of 300")
            << QByteArray::fromHex("12071003200150ac02") << "with alias 3 is an Int8, but 300";
        // {alias 3, datatype UInt16, long_value 65536}
        QTest::newRow("UInt16 of 65536") << QByteArray::fromHex("1208100320065880800"
                                                                "4")
                                         << "is a UInt16, but its value 65536 is above 65535";
        // {name "x", datatype DataSet (16)}
        QTest::newRow("DataSet") << QByteArray::fromHex("12050a01782010") << "datatype 16";
        // {name "x", datatype Int32} and no value
        QTest::newRow("no value") << QByteArray::fromHex("12050a01782003") << "carries no value";
    }
    void refusedCommands()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, why);
        QString error;
        const auto metrics = SparkplugCodec::decodeCommand(payload, &error);
        QVERIFY(!metrics);
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // Int8 -1 as Tahu's Python library sends it (0xFF) and as the others do (0xFFFFFFFF).
    void narrowSignedForms_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("value");
        // {alias 1, datatype Int8, int_value ...}
        QTest::newRow("Int8 0xFF") << QByteArray::fromHex("12071001200150ff01") << qint64(-1);
        QTest::newRow("Int8 0xFFFFFFFF")
            << QByteArray::fromHex("120a1001200150ffffffff0f") << qint64(-1);
        QTest::newRow("Int8 0x80") << QByteArray::fromHex("120710012001508001") << qint64(-128);
        QTest::newRow("Int8 0x7F") << QByteArray::fromHex("120610012001507f") << qint64(127);
        // {alias 1, datatype Int16, int_value 0xFFFE}
        QTest::newRow("Int16 0xFFFE") << QByteArray::fromHex("12081001200250feff03") << qint64(-2);
        // {alias 1, datatype Int16, long_value 2^64-2}
        QTest::newRow("Int16 as long")
            << QByteArray::fromHex("120f1001200258feffffffffffffffff01") << qint64(-2);
    }
    void narrowSignedForms()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, value);
        QString error;
        const auto metrics = SparkplugCodec::decodeCommand(payload, &error);
        QVERIFY2(metrics, qPrintable(error));
        QCOMPARE(metrics->size(), 1);
        QCOMPARE(metrics->first().value, QVariant::fromValue(value));
    }

    void hostState_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("online");
        QTest::addColumn<qint64>("timestamp");
        QTest::newRow("online") << QByteArray(R"({"online":true,"timestamp":1700000000000})")
                                << true << true << qint64(1700000000000);
        QTest::newRow("offline") << QByteArray(R"({"timestamp":5,"online":false})") << true << false
                                 << qint64(5);
        QTest::newRow("no online")
            << QByteArray(R"({"timestamp":5})") << false << false << qint64(0);
        QTest::newRow("online as text")
            << QByteArray(R"({"online":"true","timestamp":5})") << false << false << qint64(0);
        QTest::newRow("no timestamp")
            << QByteArray(R"({"online":true})") << false << false << qint64(0);
        QTest::newRow("Sparkplug 2.2 text") << QByteArray("ONLINE") << false << false << qint64(0);
    }
    void hostState()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        QFETCH(bool, online);
        QFETCH(qint64, timestamp);
        QString error;
        const auto state = SparkplugCodec::decodeHostState(payload, &error);
        QCOMPARE(bool(state), valid);
        if (!valid) {
            QVERIFY2(error.contains("STATE"), qPrintable(error));
            return;
        }
        QCOMPARE(state->online, online);
        QCOMPARE(state->timestamp, timestamp);
    }

    void topics_data()
    {
        QTest::addColumn<SparkplugMessageType>("type");
        QTest::addColumn<QString>("topic");
        const auto row = [](SparkplugMessageType type, const QString &topic) {
            QTest::newRow(qPrintable(topic)) << type << topic;
        };
        row(SparkplugMessageType::NBirth, u"spBv1.0/Usine Nord/NBIRTH/Vigie-1"_s);
        row(SparkplugMessageType::NDeath, u"spBv1.0/Usine Nord/NDEATH/Vigie-1"_s);
        row(SparkplugMessageType::NData, u"spBv1.0/Usine Nord/NDATA/Vigie-1"_s);
        row(SparkplugMessageType::NCmd, u"spBv1.0/Usine Nord/NCMD/Vigie-1"_s);
        row(SparkplugMessageType::DBirth, u"spBv1.0/Usine Nord/DBIRTH/Vigie-1/Compteur é"_s);
        row(SparkplugMessageType::DDeath, u"spBv1.0/Usine Nord/DDEATH/Vigie-1/Compteur é"_s);
        row(SparkplugMessageType::DData, u"spBv1.0/Usine Nord/DDATA/Vigie-1/Compteur é"_s);
        row(SparkplugMessageType::DCmd, u"spBv1.0/Usine Nord/DCMD/Vigie-1/Compteur é"_s);
    }
    void topics()
    {
        QFETCH(SparkplugMessageType, type);
        QFETCH(QString, topic);
        const QString group = QStringLiteral("Usine Nord");
        const QString node = QStringLiteral("Vigie-1");
        const QString device = QStringLiteral(u"Compteur é");
        QCOMPARE(sparkplugTopic(type, group, node, device), topic);
        const auto parsed = parseSparkplugTopic(topic);
        QVERIFY(parsed);
        QCOMPARE(parsed->type, type);
        QCOMPARE(parsed->group, group);
        QCOMPARE(parsed->node, node);
        QCOMPARE(parsed->device, topic.count(u'/') == 4 ? device : QString());
        QVERIFY(topic.contains(u'/' + sparkplugMessageTypeName(type) + u'/'));
    }

    void otherTopics_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::newRow("STATE") << "spBv1.0/STATE/scada";
        QTest::newRow("device type without device") << "spBv1.0/g/DDATA/n";
        QTest::newRow("node type with device") << "spBv1.0/g/NDATA/n/d";
        QTest::newRow("other namespace") << "spAv1.0/g/NDATA/n";
        QTest::newRow("unknown type") << "spBv1.0/g/NFOO/n";
        QTest::newRow("empty level") << "spBv1.0//NDATA/n";
        QTest::newRow("too deep") << "spBv1.0/g/DDATA/n/d/e";
        QTest::newRow("empty") << "";
    }
    void otherTopics()
    {
        QFETCH(QString, topic);
        QCOMPARE(parseSparkplugTopic(topic), std::nullopt);
    }

    void stateTopic()
    {
        QCOMPARE(sparkplugStateTopic(QStringLiteral("scada-host")), "spBv1.0/STATE/scada-host");
    }

    void ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("why"); // empty: the id is fine
        QTest::newRow("plain") << "Vigie-1"
                               << "";
        QTest::newRow("spaces and accents") << u"Usine Nord é"_s << "";
        QTest::newRow("empty") << ""
                               << "is empty";
        QTest::newRow("slash") << "a/b"
                               << "contains \"/\"";
        QTest::newRow("plus") << "a+"
                              << "contains \"+\"";
        QTest::newRow("hash") << "#"
                              << "contains \"#\"";
        QTest::newRow("NUL") << QString(QChar(0)) << "NUL";
    }
    void ids()
    {
        QFETCH(QString, id);
        QFETCH(QString, why);
        const QString error = invalidSparkplugId(id);
        if (why.isEmpty())
            QCOMPARE(error, QString());
        else
            QVERIFY2(error.contains(why), qPrintable(error));
    }

    void typeNames()
    {
        const QStringList names = {"Unknown", "Int8",    "Int16",  "Int32",    "Int64",
                                   "UInt8",   "UInt16",  "UInt32", "UInt64",   "Float",
                                   "Double",  "Boolean", "String", "DateTime", "Text"};
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(sparkplugTypeName(MetricType(i)), names[i]);
    }
};

QTEST_GUILESS_MAIN(tst_SparkplugCodec)
#include "tst_sparkplugcodec.moc"
