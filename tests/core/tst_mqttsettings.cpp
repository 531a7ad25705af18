// The mqtt block of a project: what the validator refuses, with its place and reason, what is
// published (devices, metrics, aliases, types) and where the queue goes.

#include "mqtt/mqttpublication.h"
#include "mqtt/mqttservice.h"
#include "mqtt/mqttsettingscheck.h"
#include "projecttestdata.h"

using namespace Vigie;

namespace {

// The base project with a valid Sparkplug block and two published variables.
QJsonObject baseMqtt()
{
    return QJsonObject {
        {"broker", "mqtt://127.0.0.1:1883"}, {"groupId", "Usine"}, {"edgeNodeId", "Passerelle-1"}};
}

Patch published()
{
    return {{"mqtt", baseMqtt()},
            {"connections[0].devices[0].frames[0].variables[0].published", true},
            {"connections[0].devices[0].frames[2].variables[0].published", true}};
}

Patch with(Patch patch, const Patch &more)
{
    patch.append(more);
    return patch;
}

} // namespace

class tst_MqttSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseIsValid()
    {
        const ProjectLoadResult result =
            ProjectFile::parse(json(patched(baseObject(), published())));
        QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
        QVERIFY(result.project.mqtt);
        QCOMPARE(effectiveClientId(*result.project.mqtt), QStringLiteral("vigie-Passerelle-1"));
    }

    void nothingPublishedIsAWarning()
    {
        const ProjectLoadResult result =
            ProjectFile::parse(json(patched(baseObject(), {{"mqtt", baseMqtt()}})));
        QVERIFY(result.ok());
        QVERIFY2(hasIssue(result.issues, ProjectIssue::Severity::Warning, "mqtt",
                          "no variable is published"),
                 qPrintable(listing(result.issues)));
    }

    void badSettings_data()
    {
        QTest::addColumn<Patch>("patch");
        QTest::addColumn<ProjectIssue::Severity>("severity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const auto E = ProjectIssue::Severity::Error;
        const auto W = ProjectIssue::Severity::Warning;
        const Patch base = published();

        QTest::newRow("broker without scheme")
            << with(base, {{"mqtt.broker", "127.0.0.1:1883"}}) << E << "mqtt.broker"
            << "";
        QTest::newRow("broker http")
            << with(base, {{"mqtt.broker", "http://host"}}) << E << "mqtt.broker"
            << "http";
        QTest::newRow("broker port")
            << with(base, {{"mqtt.broker", "mqtt://host:70000"}}) << E << "mqtt.broker"
            << "70000";
        QTest::newRow("broker missing")
            << with(base, {{"mqtt.broker", Remove}}) << E << "mqtt.broker"
            << "missing";
        QTest::newRow("mode unknown")
            << with(base, {{"mqtt.mode", "sparkplugA"}}) << E << "mqtt.mode"
            << "sparkplugB, scorpioJson";
        QTest::newRow("protocol 4") << with(base, {{"mqtt.protocol", "4"}}) << E << "mqtt.protocol"
                                    << "3.1.1, 5";
        QTest::newRow("keepAlive 2") << with(base, {{"mqtt.keepAlive", 2}}) << E << "mqtt.keepAlive"
                                     << "5–65535";
        QTest::newRow("qos 2") << with(base, {{"mqtt.qos", 2}}) << E << "mqtt.qos"
                               << "0 or 1";
        QTest::newRow("period 50") << with(base, {{"mqtt.period", 50}}) << E << "mqtt.period"
                                   << "100–86400000";
        QTest::newRow("nothing would be published")
            << with(base, {{"mqtt.onChange", false}}) << E << "mqtt.onChange"
            << "nothing would ever be published";
        QTest::newRow("group id with slash")
            << with(base, {{"mqtt.groupId", "Usine/Nord"}}) << E << "mqtt.groupId"
            << "/";
        QTest::newRow("edge node id missing")
            << with(base, {{"mqtt.edgeNodeId", Remove}}) << E << "mqtt.edgeNodeId"
            << "";
        QTest::newRow("primary host with wildcard")
            << with(base, {{"mqtt.primaryHost", "scada+1"}}) << E << "mqtt.primaryHost"
            << "+";
        QTest::newRow("secret with line break")
            << with(base, {{"mqtt.secret", "a\nb"}}) << E << "mqtt.secret"
            << "line break";
        QTest::newRow("certificate without key")
            << with(base, {{"mqtt.broker", "mqtts://host"}, {"mqtt.certFile", "c.pem"}}) << E
            << "mqtt.keyFile"
            << "both certFile and keyFile";
        QTest::newRow("TLS file without TLS")
            << with(base, {{"mqtt.caFile", "ca.pem"}}) << W << "mqtt.caFile"
            << "mqtts://";
        QTest::newRow("certificate not verified")
            << with(base, {{"mqtt.broker", "mqtts://host"}, {"mqtt.verifyCertificate", false}}) << W
            << "mqtt.verifyCertificate"
            << "not checked";
        QTest::newRow("long client id")
            << with(base, {{"mqtt.clientId", "a-client-id-of-thirty-bytes!!"}}) << W
            << "mqtt.clientId"
            << "23 bytes";
        QTest::newRow("queue too big")
            << with(base, {{"mqtt.queue", QJsonObject {{"maxMegabytes", 0}}}}) << E
            << "mqtt.queue.maxMegabytes"
            << "1–100000";
        QTest::newRow("queue age")
            << with(base, {{"mqtt.queue", QJsonObject {{"maxAgeHours", -1}}}}) << E
            << "mqtt.queue.maxAgeHours"
            << "1–87600";
        QTest::newRow("queue unknown field")
            << with(base, {{"mqtt.queue", QJsonObject {{"maxMB", 5}}}}) << W << "mqtt.queue.maxMB"
            << "unknown";
        QTest::newRow("mapping to an unknown connection")
            << with(base,
                    {{"mqtt.devices",
                      QJsonArray {QJsonObject {
                          {"connection", "nope"}, {"device", "dev1"}, {"publishAs", "d"}}}}})
            << E << "mqtt.devices[0].connection"
            << "no connection is named \"nope\"";
        QTest::newRow("mapping to an unknown device")
            << with(base,
                    {{"mqtt.devices",
                      QJsonArray {QJsonObject {
                          {"connection", "plc"}, {"device", "dev9"}, {"publishAs", "d"}}}}})
            << E << "mqtt.devices[0].device"
            << "has no device \"dev9\"";
        QTest::newRow("mapping to a wildcard id")
            << with(base,
                    {{"mqtt.devices",
                      QJsonArray {QJsonObject {
                          {"connection", "plc"}, {"device", "dev1"}, {"publishAs", "d#"}}}}})
            << E << "mqtt.devices[0].publishAs"
            << "#";
        QTest::newRow("a device mapped twice") << with(
            base,
            {{"mqtt.devices",
              QJsonArray {
                  QJsonObject {{"connection", "plc"}, {"device", "dev1"}, {"publishAs", "a"}},
                  QJsonObject {{"connection", "plc"}, {"device", "dev1"}, {"publishAs", "b"}}}}})
                                               << E << "mqtt.devices[1].device"
                                               << "mapped twice";
        QTest::newRow("device name with a slash")
            << with(base, {{"connections[0].devices[0].name", "Armoire 1/API"}}) << E
            << "mqtt.devices"
            << "map it to another name";
        QTest::newRow("two devices under one id")
            << with(base,
                    {{"connections[0].devices[1]", device("second", "counter")},
                     {"connections[0].devices[1].frames[0].variables[0].published", true},
                     {"mqtt.devices",
                      QJsonArray {QJsonObject {
                          {"connection", "plc"}, {"device", "second"}, {"publishAs", "dev1"}}}}})
            << E << "mqtt.devices"
            << "would both be published as \"dev1\"";
        QTest::newRow("remote write of a read-only variable")
            << with(base, {{"connections[0].devices[0].frames[2].variables[0].remoteWrite", true}})
            << E << "connections[0].devices[0].frames[2].variables[0].remoteWrite"
            << "needs writable";
        QTest::newRow("remote write of an unpublished variable")
            << with(base,
                    {{"connections[0].devices[0].frames[0].variables[0].published", false},
                     {"connections[0].devices[0].frames[0].variables[0].remoteWrite", true}})
            << E << "connections[0].devices[0].frames[0].variables[0].remoteWrite"
            << "needs published";
        QTest::newRow("json topics the same") << with(base,
                                                      {{"mqtt.mode", "scorpioJson"},
                                                       {"mqtt.birthTopic", "site/{device}"},
                                                       {"mqtt.dataTopic", "site/{device}"}})
                                              << E << "mqtt.dataTopic"
                                              << "same as birthTopic";
        QTest::newRow("json topic with wildcard")
            << with(base, {{"mqtt.mode", "scorpioJson"}, {"mqtt.dataTopic", "site/+/{device}"}})
            << E << "mqtt.dataTopic"
            << "+";
        QTest::newRow("json topic with unknown placeholder")
            << with(base, {{"mqtt.mode", "scorpioJson"}, {"mqtt.birthTopic", "{site}/{device}"}})
            << E << "mqtt.birthTopic"
            << "{site}";
    }

    void badSettings()
    {
        QFETCH(Patch, patch);
        QFETCH(ProjectIssue::Severity, severity);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
        QVERIFY2(hasIssue(result.issues, severity, path, fragment),
                 qPrintable(QStringLiteral("expected an issue at %1 containing \"%2\"; got:\n%3")
                                .arg(path, fragment, listing(result.issues))));
        QCOMPARE(result.ok(), severity == ProjectIssue::Severity::Warning);
    }

    // What the every-field project of tst_projectfile cannot set without a warning.
    void uncheckedCertificateRoundTrip()
    {
        const Patch patch =
            with(published(),
                 {{"mqtt.broker", "mqtts://broker.example"}, {"mqtt.verifyCertificate", false}});
        const ProjectLoadResult first = ProjectFile::parse(json(patched(baseObject(), patch)));
        QVERIFY(first.ok());
        QVERIFY(!first.project.mqtt->verifyCertificate);
        const QByteArray text = ProjectFile::serialize(first.project);
        QVERIFY(text.contains("\"verifyCertificate\": false"));
        const ProjectLoadResult second = ProjectFile::parse(text);
        QCOMPARE(second.project, first.project);
        QCOMPARE(ProjectFile::serialize(second.project), text);
    }

    // JSON mode needs no Sparkplug ids when its topics do not use them.
    void jsonModeWithoutIds()
    {
        const Patch patch = with(published(),
                                 {{"mqtt.mode", "scorpioJson"},
                                  {"mqtt.groupId", Remove},
                                  {"mqtt.edgeNodeId", Remove},
                                  {"mqtt.clientId", "site-1"},
                                  {"mqtt.birthTopic", "scorpio/DBIRTH/{device}"},
                                  {"mqtt.dataTopic", "scorpio/DDATA/{device}"}});
        const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
        QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    }

    void metricTypes_data()
    {
        QTest::addColumn<DataType>("type");
        QTest::addColumn<double>("scale");
        QTest::addColumn<MetricType>("metric");
        QTest::newRow("Bool") << DataType::Bool << 1.0 << MetricType::Boolean;
        QTest::newRow("Int16") << DataType::Int16 << 1.0 << MetricType::Int16;
        QTest::newRow("UInt16") << DataType::UInt16 << 1.0 << MetricType::UInt16;
        QTest::newRow("Int32") << DataType::Int32 << 1.0 << MetricType::Int32;
        QTest::newRow("UInt32") << DataType::UInt32 << 1.0 << MetricType::UInt32;
        QTest::newRow("Int64") << DataType::Int64 << 1.0 << MetricType::Int64;
        QTest::newRow("Float32") << DataType::Float32 << 1.0 << MetricType::Float;
        QTest::newRow("Float64") << DataType::Float64 << 1.0 << MetricType::Double;
        QTest::newRow("String") << DataType::String << 1.0 << MetricType::String;
        QTest::newRow("scaled Int16") << DataType::Int16 << 0.1 << MetricType::Double;
        QTest::newRow("scaled Float32") << DataType::Float32 << 2.0 << MetricType::Double;
        QTest::newRow("scaled Bool stays Boolean") << DataType::Bool << 2.0 << MetricType::Boolean;
    }

    void metricTypes()
    {
        QFETCH(DataType, type);
        QFETCH(double, scale);
        QFETCH(MetricType, metric);
        QCOMPARE(metricTypeFor(type, scale), metric);
    }

    // Devices with published variables, in tree order, under their published ids; aliases
    // from 1 across the node, calculated variables first.
    void publication()
    {
        Patch patch =
            with(published(),
                 {{"connections[0].devices[1]", device("second", "counter")},
                  {"connections[0].devices[1].frames[0].variables[0].published", true},
                  {"connections[0].devices[2]", device("quiet", "idle")},
                  {"calculated", baseCalculated()},
                  {"calculated[1].published", true},
                  {"mqtt.devices",
                   QJsonArray {QJsonObject {
                       {"connection", "plc"}, {"device", "second"}, {"publishAs", "compteur"}}}}});
        const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
        QVERIFY2(result.ok(), qPrintable(listing(result.issues)));
        const TagCatalog catalog = TagCatalog::fromProject(result.project);
        const MqttPublication p = MqttPublication::build(result.project, catalog);

        QCOMPARE(p.nodeMetrics().size(), 1);
        QCOMPARE(p.nodeMetrics()[0].definition,
                 (MetricDefinition {"alarm", 1, MetricType::Boolean}));
        QCOMPARE(p.devices().size(), 2); // "quiet" publishes nothing
        QCOMPARE(p.devices()[0].id, QStringLiteral("dev1"));
        QCOMPARE(p.devices()[0].metrics.size(), 2);
        QCOMPARE(p.devices()[0].metrics[0].definition,
                 (MetricDefinition {"setpoint", 2, MetricType::Float}));
        QCOMPARE(p.devices()[0].metrics[1].definition,
                 (MetricDefinition {"temperature", 3, MetricType::Double}));
        QCOMPARE(p.devices()[1].id, QStringLiteral("compteur"));
        QCOMPARE(p.devices()[1].metrics[0].definition,
                 (MetricDefinition {"counter", 4, MetricType::UInt16}));
        QCOMPARE(p.devices()[1].online, catalog.systemTag({0, 1}, SystemTag::DeviceOnline));
        QCOMPARE(p.metricCount(), 4);
        QCOMPARE(p.deviceIndex("compteur"), 1);
        QCOMPARE(p.deviceIndex("second"), -1);

        const TagId temperature = catalog.idOf("temperature");
        const auto place = p.place(temperature);
        QVERIFY(place);
        QCOMPARE(place->device, 0);
        QCOMPARE(p.metric(*place).tag, temperature);
        QVERIFY(!p.place(catalog.idOf("pump")));
        QCOMPARE(p.find(0, quint64(3))->tag, temperature);
        QCOMPARE(p.find(0, QStringLiteral("setpoint"))->definition.alias, quint64(2));
        QVERIFY(!p.find(1, QStringLiteral("setpoint")));
        QCOMPARE(p.find(-1, QStringLiteral("alarm"))->definition.alias, quint64(1));
    }

    void remoteWriteNeedsWritable()
    {
        const Patch patch = with(
            published(), {{"connections[0].devices[0].frames[0].variables[0].remoteWrite", true}});
        const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
        QVERIFY2(result.ok(), qPrintable(listing(result.issues)));
        const MqttPublication p =
            MqttPublication::build(result.project, TagCatalog::fromProject(result.project));
        QVERIFY(p.devices()[0].metrics[0].remoteWrite);
        QVERIFY(!p.devices()[0].metrics[1].remoteWrite);
    }

    void queueFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("projectFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << ""
                                 << "/sites/usine/usine.vigie.json"
                                 << "/sites/usine/usine.outbox.sqlite";
        QTest::newRow("plain json") << ""
                                    << "/sites/a.json"
                                    << "/sites/a.outbox.sqlite";
        QTest::newRow("relative") << "queue/q.sqlite"
                                  << "/sites/usine/usine.vigie.json"
                                  << "/sites/usine/queue/q.sqlite";
        QTest::newRow("absolute") << "/var/lib/vigie/q.sqlite"
                                  << "/sites/usine/usine.vigie.json"
                                  << "/var/lib/vigie/q.sqlite";
    }

    void queueFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, projectFile);
        QFETCH(QString, expected);
        MqttSettings s;
        s.queue.file = file;
        QCOMPARE(MqttService::queueFileFor(s, projectFile), expected);
    }
};

QTEST_GUILESS_MAIN(tst_MqttSettings)
#include "tst_mqttsettings.moc"
