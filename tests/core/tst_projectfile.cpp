// Tests of ProjectFile: reading (shape and validation issues at JSON paths), canonical writing,
// and atomic saving. The file's text (syntax, strings, keys) is tested in tst_projectsyntax, the
// places and escaping of issues in tst_projectissues.

#include "model/projectfile.h"
#include "model/projectvalidator.h"
#include "projecttestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <limits>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Vigie;

namespace {

// A project that uses every field the format has, each away from its default.
Project canonicalProject()
{
    Project p;
    p.name = QStringLiteral("Station d'épuration");
    p.description = QStringLiteral("Two lines\nof \"description\"");

    Connection sim;
    sim.name = QStringLiteral("Simulateur");
    sim.description = QStringLiteral("built-in");
    sim.protocol = Protocol::Simulation;
    sim.timeout = 500;
    sim.retries = 0;
    Device simDevice;
    simDevice.name = QStringLiteral("Cuve 1");
    simDevice.scanTime = 250;
    Frame simFrame;
    simFrame.name = QStringLiteral("mesures");
    simFrame.type = FrameType::InputRegister;
    simFrame.quantity = 8;
    Variable level;
    level.name = QStringLiteral("Cuve 1/Niveau");
    level.unit = QStringLiteral("m³");
    level.dataType = DataType::Float32;
    level.offset = 0;
    level.min = 0;
    level.max = 4.5;
    level.deadband = 0.01;
    level.decimals = 1;
    level.simulation = SimulationSpec {Waveform::Sine, 30000, 1.5, 2.25};
    Variable counter;
    counter.name = QStringLiteral("Compteur");
    counter.dataType = DataType::UInt32;
    counter.offset = 2;
    counter.simulation = SimulationSpec {Waveform::Counter, 1000, 1, 0};
    simFrame.variables = {level, counter};
    simDevice.frames = {simFrame};
    sim.devices = {simDevice};

    Connection tcp;
    tcp.name = QStringLiteral("Automate");
    tcp.protocol = Protocol::ModbusTcp;
    tcp.tcp = {QStringLiteral("192.168.1.10"), 5020};
    tcp.timeout = 2000;
    tcp.retries = 2;
    Device plc;
    plc.name = QStringLiteral("API");
    plc.description = QStringLiteral("Schneider M221");
    plc.scanTime = 60000;
    plc.scanType = ScanType::FixedDelay;
    plc.stationAddress = 0;
    plc.maxRequestsInFlight = 4;
    plc.maskWrite = true;
    Frame hr;
    hr.name = QStringLiteral("consignes");
    hr.description = QStringLiteral("setpoints");
    hr.type = FrameType::HoldingRegister;
    hr.startAddress = 40000;
    hr.quantity = 125;
    hr.isWritable = true;
    hr.scanTimeFactor = 60;
    hr.minutesOffset = 5;
    hr.interFrameDelay = 20;
    Variable setpoint;
    setpoint.name = QStringLiteral("Consigne débit");
    setpoint.description = QStringLiteral("flow setpoint");
    setpoint.unit = QStringLiteral("m³/h");
    setpoint.dataType = DataType::Int32;
    setpoint.offset = 10;
    setpoint.byteOrder = ByteOrder::CDAB;
    setpoint.scale = 0.1;
    setpoint.scaleOffset = -3.5;
    setpoint.min = -100;
    setpoint.max = 1e6;
    setpoint.writable = true;
    setpoint.published = true;
    setpoint.remoteWrite = true;
    Variable alarm;
    alarm.name = QStringLiteral("Défaut pompe");
    alarm.dataType = DataType::Bool;
    alarm.onText = QStringLiteral("Défaut");
    alarm.offText = QStringLiteral("Normal");
    alarm.offset = 12;
    alarm.bit = 15;
    Variable label;
    label.name = QStringLiteral("Libellé");
    label.dataType = DataType::String;
    label.offset = 20;
    label.length = 17;
    label.byteOrder = ByteOrder::BADC;
    Variable energy;
    energy.name = QStringLiteral("Énergie");
    energy.dataType = DataType::Float64;
    energy.offset = 30;
    energy.byteOrder = ByteOrder::DCBA;
    energy.scale = 1e-3;
    hr.variables = {setpoint, alarm, label, energy};
    Frame coils;
    coils.name = QStringLiteral("sorties");
    coils.type = FrameType::Coil;
    coils.quantity = 2000;
    coils.isReadable = false;
    coils.isWritable = true;
    Variable start;
    start.name = QStringLiteral("Marche");
    start.dataType = DataType::Bool;
    start.offset = 1999;
    start.writable = true;
    coils.variables = {start};
    plc.frames = {hr, coils};
    tcp.devices = {plc};

    Connection rtu;
    rtu.name = QStringLiteral("Bus RS-485");
    rtu.protocol = Protocol::ModbusRtu;
    rtu.serial = {QStringLiteral("/dev/ttyUSB0"), 9600, Parity::None, 8, 2};
    Device meter;
    meter.name = QStringLiteral("Compteur");
    meter.stationAddress = 247;
    Frame di;
    di.name = QStringLiteral("entrées");
    di.type = FrameType::DiscreteInput;
    di.startAddress = 65535;
    di.quantity = 1;
    Variable door;
    door.name = QStringLiteral("Porte ouverte");
    door.dataType = DataType::Bool;
    di.variables = {door};
    meter.frames = {di};
    rtu.devices = {meter};

    p.connections = {sim, tcp, rtu};

    Gateway gateway;
    gateway.listenAddress = QStringLiteral("0.0.0.0");
    gateway.port = 1502;
    gateway.unitId = 17;
    gateway.allowWrites = true;
    gateway.badValue = 0;
    gateway.map = {
        {QStringLiteral("Cuve 1/Niveau"), FrameType::InputRegister, 0, ByteOrder::CDAB, false},
        {QStringLiteral("Consigne débit"), FrameType::HoldingRegister, 100, ByteOrder::ABCD, true},
        {QStringLiteral("Libellé"), FrameType::HoldingRegister, 102, ByteOrder::BADC, false},
        {QStringLiteral("Marche"), FrameType::Coil, 65535, ByteOrder::ABCD, true},
        {QStringLiteral("Défaut pompe"), FrameType::DiscreteInput, 7, ByteOrder::ABCD, false},
    };
    p.gateway = gateway;

    MqttSettings mqtt;
    mqtt.broker = QStringLiteral("mqtts://scorpio.example.com:8883");
    mqtt.clientId = QStringLiteral("vigie-usine-1");
    mqtt.protocol = MqttProtocol::V5;
    mqtt.keepAlive = 45;
    mqtt.secret = QStringLiteral("scorpio/usine-1");
    mqtt.caFile = QStringLiteral("certs/ca.pem");
    mqtt.certFile = QStringLiteral("certs/vigie.pem");
    mqtt.keyFile = QStringLiteral("certs/vigie.key");
    mqtt.mode = MqttMode::SparkplugB; // primaryHost is a Sparkplug setting (a warning otherwise)
    mqtt.groupId = QStringLiteral("Usine");
    mqtt.edgeNodeId = QStringLiteral("Passerelle-1");
    mqtt.devices = {
        {QStringLiteral("Automate"), QStringLiteral("API"), QStringLiteral("automate")}};
    mqtt.qos = 1;
    mqtt.onChange = false;
    mqtt.period = 60000;
    mqtt.birthTopic = QStringLiteral("scorpio/{group}/DBIRTH/{node}/{device}");
    mqtt.dataTopic = QStringLiteral("scorpio/{group}/DDATA/{node}/{device}");
    mqtt.primaryHost = QStringLiteral("scada-central");
    mqtt.queue = {QStringLiteral("outbox/usine.sqlite"), 500, 24, 2000};
    p.mqtt = mqtt;

    CalculatedVariable flow;
    flow.name = QStringLiteral("Débit total");
    flow.description = QStringLiteral("Somme des deux pompes");
    flow.unit = QStringLiteral("m³/h");
    flow.formula = QStringLiteral("[Consigne débit] * 2 + [Cuve 1/Niveau]");
    flow.decimals = 1;
    flow.deadband = 0.5;
    flow.published = true;
    CalculatedVariable fault;
    fault.name = QStringLiteral("Défaut général");
    fault.formula = QStringLiteral("OU([Défaut pompe]; NON([Porte ouverte].good))");
    fault.dataType = DataType::Bool;
    fault.onText = QStringLiteral("Défaut");
    fault.offText = QStringLiteral("OK");
    p.calculated = {flow, fault};

    Screen main;
    main.name = QStringLiteral("Vue générale");
    main.description = QStringLiteral("Le procédé");
    main.file = QStringLiteral("screens/procédé.svg");
    main.bindings = {
        {QStringLiteral("pompe"),
         BindingAttribute::Fill,
         QStringLiteral("SI(Marche; \"#2e7d32\"; \"gray\")"),
         {},
         {}},
        {QStringLiteral("vanne"), BindingAttribute::Rotate, QStringLiteral("[Cuve 1/Niveau]"), 12.5,
         -3.0},
        {QStringLiteral("texte"),
         BindingAttribute::Text,
         QStringLiteral("FORMAT([Débit total], 1)"),
         {},
         {}},
    };
    main.actions = {
        {QStringLiteral("pompe"), ScreenActionKind::Toggle, QStringLiteral("Marche")},
        {QStringLiteral("consigne"), ScreenActionKind::Write, QStringLiteral("Consigne débit")},
        {QStringLiteral("détail"), ScreenActionKind::OpenScreen, QStringLiteral("Détail")},
    };
    Screen detail;
    detail.name = QStringLiteral("Détail");
    detail.file = QStringLiteral("screens/détail.svg");
    detail.parent = main.name;
    detail.actions = {
        {QStringLiteral("t"), ScreenActionKind::Faceplate, QStringLiteral("Défaut général")}};
    p.screens = {main, detail};
    return p;
}

} // namespace

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseProjectIsValid();
    void baseGatewayIsValid();
    void baseScreensAndCalculatedAreValid();
    void gatewayDefaultsAndCanonicalForm();
    void gatewayBadValueNotFinite();
    void badFile_data();
    void badFile();
    void hugeNumbers_data();
    void hugeNumbers();
    void allProblemsAtOnce();
    void unknownFieldIsAWarning_data();
    void unknownFieldIsAWarning();
    void canonicalRoundTrip();
    void nonFiniteNumbersAreErrors_data();
    void nonFiniteNumbersAreErrors();
    void demoProjectRoundTrip();
    void namesSurviveRoundTrip_data();
    void namesSurviveRoundTrip();
    void saveAndLoad();
    void saveIntoMissingDirectory();
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void failedSaveKeepsOldFile_diskFull();
    void loadMissingFile();
};

void tst_ProjectFile::baseProjectIsValid()
{
    // Every bad-file row relies on the unchanged base having no issue at all.
    const ProjectLoadResult result = ProjectFile::parse(QByteArray(BaseProject));
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QCOMPARE(result.project.connections.size(), 1);
    QCOMPARE(result.project.connections[0].devices[0].frames.size(), 3);
}

void tst_ProjectFile::baseScreensAndCalculatedAreValid()
{
    // The calculated and screens rows rely on these lists having no issue at all.
    const ProjectLoadResult result = ProjectFile::parse(
        json(patched(baseObject(), screensPatch() + Patch {{"calculated", baseCalculated()}})));
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QCOMPARE(result.project.calculated.size(), 2);
    QVERIFY(result.project.calculated[1].dataType == DataType::Bool);
    QCOMPARE(result.project.screens.size(), 2);
    const Screen &process = result.project.screens[0];
    QCOMPARE(process.bindings.size(), 2);
    QVERIFY(process.bindings[1].attribute == BindingAttribute::Rotate);
    QCOMPARE(process.bindings[1].centerY, 20.0);
    QVERIFY(process.actions[2].kind == ScreenActionKind::OpenScreen);
    QCOMPARE(result.project.screens[1].parent, QStringLiteral("Process"));
}

void tst_ProjectFile::baseGatewayIsValid()
{
    // Every gateway row relies on the base gateway having no issue at all: the same address in
    // four tables is four different places, and a Bool read from a register bit is served as a
    // discrete input.
    const ProjectLoadResult result =
        ProjectFile::parse(json(patched(baseObject(), {{"gateway", baseGateway()}})));
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QVERIFY(result.project.gateway);
    const Gateway &g = *result.project.gateway;
    QCOMPARE(g.port, 1502);
    QVERIFY(g.allowWrites);
    QCOMPARE(g.map.size(), 4);
    QCOMPARE(g.map[0].tag, QStringLiteral("setpoint"));
    QCOMPARE(toString(g.map[0].table), QStringLiteral("HoldingRegister"));
    QVERIFY(g.map[0].writable);
    QCOMPARE(toString(g.map[3].table), QStringLiteral("DiscreteInput"));
    QCOMPARE(g.map[3].address, 5);

    // Without the block, there is no gateway.
    QVERIFY(!ProjectFile::parse(QByteArray(BaseProject)).project.gateway);
}

void tst_ProjectFile::gatewayDefaultsAndCanonicalForm()
{
    const QJsonObject minimal {
        {"map",
         QJsonArray {
             QJsonObject {{"tag", "setpoint"}, {"table", "HoldingRegister"}, {"address", 0}}}}};
    const ProjectLoadResult result =
        ProjectFile::parse(json(patched(baseObject(), {{"gateway", minimal}})));
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QVERIFY(result.project.gateway);
    const Gateway &g = *result.project.gateway;
    QCOMPARE(g.listenAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(g.port, 502);
    QCOMPARE(g.unitId, 1);
    QCOMPARE(g.allowWrites, false);
    QVERIFY(!g.badValue);
    QCOMPARE(toString(g.map[0].byteOrder), QStringLiteral("ABCD"));
    QCOMPARE(g.map[0].writable, false);

    // Written at the top, after the project's name, with where it listens and whether it takes
    // writes spelt out; the defaults of each entry left out.
    const QByteArray bytes = ProjectFile::serialize(result.project);
    const QByteArray block = "    \"name\": \"Test\",\n"
                             "    \"gateway\": {\n"
                             "        \"listenAddress\": \"127.0.0.1\",\n"
                             "        \"port\": 502,\n"
                             "        \"unitId\": 1,\n"
                             "        \"allowWrites\": false,\n"
                             "        \"map\": [\n"
                             "            {\n"
                             "                \"tag\": \"setpoint\",\n"
                             "                \"table\": \"HoldingRegister\",\n"
                             "                \"address\": 0\n"
                             "            }\n"
                             "        ]\n"
                             "    },\n"
                             "    \"connections\": [\n";
    QVERIFY2(bytes.contains(block), bytes.constData());
    const ProjectLoadResult again = ProjectFile::parse(bytes);
    QVERIFY(again.project == result.project);
    QCOMPARE(ProjectFile::serialize(again.project), bytes);
}

void tst_ProjectFile::gatewayBadValueNotFinite()
{
    // Not from a file (JSON has no NaN), but an editor could set it: it could be saved and never
    // read back.
    Project project =
        ProjectFile::parse(json(patched(baseObject(), {{"gateway", baseGateway()}}))).project;
    QVERIFY(project.gateway);
    project.gateway->badValue = std::numeric_limits<double>::quiet_NaN();
    const ProjectIssues issues = validateProject(project);
    QVERIFY2(hasIssue(issues, ProjectIssue::Severity::Error, QStringLiteral("gateway.badValue"),
                      QStringLiteral("not a finite number")),
             qPrintable(listing(issues)));
}

void tst_ProjectFile::badFile_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    // Shorthands are avoided on purpose: each row shows the full JSON path a user would see.
    QTest::newRow("quantity 300 on a HoldingRegister frame")
        << Patch {{"connections[0].devices[0].frames[0].quantity", 300}}
        << "connections[0].devices[0].frames[0].quantity"
        << "more than 125";
    QTest::newRow("quantity 2001 on a Coil frame")
        << Patch {{"connections[0].devices[0].frames[1].quantity", 2001}}
        << "connections[0].devices[0].frames[1].quantity"
        << "more than 2000";
    QTest::newRow("quantity 0") << Patch {{"connections[0].devices[0].frames[1].quantity", 0}}
                                << "connections[0].devices[0].frames[1].quantity"
                                << "less than 1";
    QTest::newRow("frame runs past address 65535")
        << Patch {{"connections[0].devices[0].frames[0].startAddress", 65530}}
        << "connections[0].devices[0].frames[0].quantity"
        << "65535";
    QTest::newRow("scanTime 50") << Patch {{"connections[0].devices[0].scanTime", 50}}
                                 << "connections[0].devices[0].scanTime"
                                 << "below 100 ms";
    QTest::newRow("duplicate variable name across two devices")
        << Patch {{"connections[0].devices[1]", device("dev2", "setpoint")}}
        << "connections[0].devices[1].frames[0].variables[0].name"
        << "\"setpoint\" is already the name of connections[0].devices[0].frames[0].variables[0]";
    QTest::newRow("duplicate device name in one connection")
        << Patch {{"connections[0].devices[1]", device("dev1", "other")}}
        << "connections[0].devices[1].name"
        << "\"dev1\" is already the name";
    QTest::newRow("duplicate frame name in one device")
        << Patch {{"connections[0].devices[0].frames[1].name", "hr"}}
        << "connections[0].devices[0].frames[1].name"
        << "already the name";
    QTest::newRow("empty variable name")
        << Patch {{"connections[0].devices[0].frames[1].variables[0].name", "  "}}
        << "connections[0].devices[0].frames[1].variables[0].name"
        << "is empty";
    QTest::newRow("Float32 variable in a Coil frame")
        << Patch {{"connections[0].devices[0].frames[1].variables[0].dataType", "Float32"}}
        << "connections[0].devices[0].frames[1].variables[0].dataType"
        << "cannot live in a Coil frame";
    QTest::newRow("variable offset past the end of its frame")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].offset", 9}}
        << "connections[0].devices[0].frames[0].variables[0].offset"
        << "falls outside the frame";
    QTest::newRow("negative variable offset")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].offset", -1}}
        << "connections[0].devices[0].frames[2].variables[0].offset"
        << "negative";
    QTest::newRow("startAddress 70000")
        << Patch {{"connections[0].devices[0].frames[0].startAddress", 70000}}
        << "connections[0].devices[0].frames[0].startAddress"
        << "70000 is outside 0";
    QTest::newRow("stationAddress 300") << Patch {{"connections[0].devices[0].stationAddress", 300}}
                                        << "connections[0].devices[0].stationAddress"
                                        << "300 is outside 0";
    QTest::newRow("minutesOffset with a 1 s period")
        << Patch {{"connections[0].devices[0].frames[0].minutesOffset", 0}}
        << "connections[0].devices[0].frames[0].minutesOffset"
        << "whole minutes";
    QTest::newRow("minutesOffset with a 90 s period")
        << Patch {{"connections[0].devices[0].scanTime", 30000},
                  {"connections[0].devices[0].frames[0].scanTimeFactor", 3},
                  {"connections[0].devices[0].frames[0].minutesOffset", 0}}
        << "connections[0].devices[0].frames[0].minutesOffset"
        << "90000 ms";
    QTest::newRow("minutesOffset 60 in a 60 min period")
        << Patch {{"connections[0].devices[0].scanTime", 60000},
                  {"connections[0].devices[0].frames[0].scanTimeFactor", 60},
                  {"connections[0].devices[0].frames[0].minutesOffset", 60}}
        << "connections[0].devices[0].frames[0].minutesOffset"
        << "within one period";
    QTest::newRow("scanTimeFactor 0")
        << Patch {{"connections[0].devices[0].frames[0].scanTimeFactor", 0}}
        << "connections[0].devices[0].frames[0].scanTimeFactor"
        << "less than 1";
    QTest::newRow("writable variable in an InputRegister frame")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].writable", true}}
        << "connections[0].devices[0].frames[2].variables[0].writable"
        << "InputRegister frame cannot be written";
    QTest::newRow("writable variable in a frame with isWritable false")
        << Patch {{"connections[0].devices[0].frames[0].isWritable", false}}
        << "connections[0].devices[0].frames[0].variables[0].writable"
        << "isWritable is false";
    QTest::newRow("min > max")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].min", 10},
                  {"connections[0].devices[0].frames[0].variables[0].max", 5}}
        << "connections[0].devices[0].frames[0].variables[0].min"
        << "above max";
    QTest::newRow("bit 16") << Patch {{"connections[0].devices[0].frames[0].variables[1].bit", 16}}
                            << "connections[0].devices[0].frames[0].variables[1].bit"
                            << "16 is outside 0";
    QTest::newRow("bit on a Float32")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].bit", 1}}
        << "connections[0].devices[0].frames[0].variables[0].bit"
        << "only for a Bool";
    QTest::newRow("String without length")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]",
                   QJsonObject {{"name", "label"}, {"dataType", "String"}, {"offset", 4}}}}
        << "connections[0].devices[0].frames[0].variables[2].length"
        << "String needs";
    QTest::newRow("decimals on a Bool")
        << Patch {{"connections[0].devices[0].frames[1].variables[0].decimals", 2}}
        << "connections[0].devices[0].frames[1].variables[0].decimals"
        << "is only for numbers, not a Bool";
    QTest::newRow("11 decimals")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].decimals", 11}}
        << "connections[0].devices[0].frames[2].variables[0].decimals"
        << "11 is outside 0–10";
    QTest::newRow("onText on a number")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].onText", "Marche"}}
        << "connections[0].devices[0].frames[2].variables[0].onText"
        << "is only for a Bool, not a";
    QTest::newRow("negative deadband")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].deadband", -1}}
        << "connections[0].devices[0].frames[2].variables[0].deadband"
        << "negative";
    QTest::newRow("scale 0") << Patch {{"connections[0].devices[0].frames[2].variables[0].scale",
                                        0}}
                             << "connections[0].devices[0].frames[2].variables[0].scale"
                             << "non-zero";
    QTest::newRow("quantity \"ten\"")
        << Patch {{"connections[0].devices[0].frames[0].quantity", "ten"}}
        << "connections[0].devices[0].frames[0].quantity"
        << "\"ten\" is not a whole number";
    QTest::newRow("quantity 2.5") << Patch {{"connections[0].devices[0].frames[0].quantity", 2.5}}
                                  << "connections[0].devices[0].frames[0].quantity"
                                  << "2.5 is not a whole number";
    QTest::newRow("isWritable \"yes\"")
        << Patch {{"connections[0].devices[0].frames[0].isWritable", "yes"}}
        << "connections[0].devices[0].frames[0].isWritable"
        << "not true or false";
    QTest::newRow("scale as text")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].scale", "0.1"}}
        << "connections[0].devices[0].frames[2].variables[0].scale"
        << "is not a number";
    QTest::newRow("name as a number")
        << Patch {{"connections[0].devices[0].name", 12}} << "connections[0].devices[0].name"
        << "12 is not text";
    QTest::newRow("unknown enum: type Register")
        << Patch {{"connections[0].devices[0].frames[0].type", "Register"}}
        << "connections[0].devices[0].frames[0].type"
        << "\"Register\" is not one of Coil, DiscreteInput, HoldingRegister, InputRegister";
    QTest::newRow("unknown enum: byteOrder abcd")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].byteOrder", "abcd"}}
        << "connections[0].devices[0].frames[0].variables[0].byteOrder"
        << "is not one of";
    QTest::newRow("missing required field: frame name")
        << Patch {{"connections[0].devices[0].frames[0].name", Remove}}
        << "connections[0].devices[0].frames[0].name"
        << "is missing";
    QTest::newRow("missing required field: variable dataType")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].dataType", Remove}}
        << "connections[0].devices[0].frames[0].variables[0].dataType"
        << "is missing";
    QTest::newRow("missing required field: formatVersion")
        << Patch {{"formatVersion", Remove}} << "formatVersion"
        << "is missing";
    QTest::newRow("formatVersion 2") << Patch {{"formatVersion", 2}} << "formatVersion"
                                     << "newer";
    QTest::newRow("formatVersion 0") << Patch {{"formatVersion", 0}} << "formatVersion"
                                     << "not a format version";
    QTest::newRow("ModbusTcp without tcp block")
        << Patch {{"connections[0].tcp", Remove}} << "connections[0].tcp"
        << "ModbusTcp connection needs a host";
    QTest::newRow("ModbusRtu without serial block")
        << Patch {{"connections[0].protocol", "ModbusRtu"}, {"connections[0].tcp", Remove}}
        << "connections[0].serial"
        << "is missing";
    QTest::newRow("tcp port 70000")
        << Patch {{"connections[0].tcp.port", 70000}} << "connections[0].tcp.port"
        << "70000 is outside 1";
    QTest::newRow("tcp block without host")
        << Patch {{"connections[0].tcp.host", Remove}} << "connections[0].tcp.host"
        << "is missing";
    QTest::newRow("devices is not a list")
        << Patch {{"connections[0].devices", "dev1"}} << "connections[0].devices"
        << "is not a list";
    QTest::newRow("a frame that is not an object")
        << Patch {{"connections[0].devices[0].frames[3]", 5}}
        << "connections[0].devices[0].frames[3]"
        << "5 is not an object";
    QTest::newRow("RTU broadcast (station 0) with readable frames")
        << Patch {{"connections[0].protocol", "ModbusRtu"},
                  {"connections[0].tcp", Remove},
                  {"connections[0].serial", QJsonObject {{"port", "/dev/ttyS0"}}},
                  {"connections[0].devices[0].stationAddress", 0}}
        << "connections[0].devices[0].stationAddress"
        << "0 is the broadcast address, which no slave answers";
    QTest::newRow("RTU station address 248")
        << Patch {{"connections[0].protocol", "ModbusRtu"},
                  {"connections[0].tcp", Remove},
                  {"connections[0].serial", QJsonObject {{"port", "/dev/ttyS0"}}},
                  {"connections[0].devices[0].stationAddress", 248}}
        << "connections[0].devices[0].stationAddress"
        << "248 is outside 0–247: RTU slaves use 1–247";

    // The gateway: each row patches the valid base gateway in, then changes one thing.
    const QJsonValue G = baseGateway();
    QTest::newRow("gateway: not an object") << Patch {{"gateway", 5}} << "gateway"
                                            << "5 is not an object";
    QTest::newRow("gateway: unknown tag")
        << Patch {{"gateway", G}, {"gateway.map[1].tag", "nope"}} << "gateway.map[1].tag"
        << "no variable is named \"nope\"";
    QTest::newRow("gateway: a system tag is not served (yet)")
        << Patch {{"gateway", G}, {"gateway.map[1].tag", "plc/$online"}} << "gateway.map[1].tag"
        << "no variable is named \"plc/$online\"";
    QTest::newRow("gateway: empty tag")
        << Patch {{"gateway", G}, {"gateway.map[1].tag", ""}} << "gateway.map[1].tag"
        << "is empty";
    QTest::newRow("gateway: missing tag")
        << Patch {{"gateway", G}, {"gateway.map[1].tag", Remove}} << "gateway.map[1].tag"
        << "is missing";
    QTest::newRow("gateway: missing table")
        << Patch {{"gateway", G}, {"gateway.map[1].table", Remove}} << "gateway.map[1].table"
        << "is missing";
    QTest::newRow("gateway: missing address")
        << Patch {{"gateway", G}, {"gateway.map[1].address", Remove}} << "gateway.map[1].address"
        << "is missing";
    QTest::newRow("gateway: unknown table")
        << Patch {{"gateway", G}, {"gateway.map[1].table", "Register"}} << "gateway.map[1].table"
        << "\"Register\" is not one of Coil, DiscreteInput, HoldingRegister, InputRegister";
    QTest::newRow("gateway: unknown byteOrder")
        << Patch {{"gateway", G}, {"gateway.map[0].byteOrder", "cdab"}}
        << "gateway.map[0].byteOrder"
        << "is not one of";
    QTest::newRow("gateway: a Bool in a register table")
        << Patch {{"gateway", G}, {"gateway.map[2].table", "HoldingRegister"}}
        << "gateway.map[2].table"
        << "a Bool is served as one bit: use Coil or DiscreteInput, not HoldingRegister";
    QTest::newRow("gateway: a Bool from a register bit in a register table")
        << Patch {{"gateway", G}, {"gateway.map[3].table", "InputRegister"}}
        << "gateway.map[3].table"
        << "a Bool is served as one bit";
    QTest::newRow("gateway: a Float32 in a bit table")
        << Patch {{"gateway", G}, {"gateway.map[0].table", "Coil"}} << "gateway.map[0].table"
        << "a Float32 needs registers: use HoldingRegister or InputRegister, not Coil";
    QTest::newRow("gateway: two values overlap in one table")
        << Patch {{"gateway", G},
                  {"gateway.map[4]",
                   QJsonObject {
                       {"tag", "temperature"}, {"table", "HoldingRegister"}, {"address", 1}}}}
        << "gateway.map[4].address"
        << "overlaps gateway.map[0] (\"setpoint\", addresses 0–1) in the HoldingRegister table";
    QTest::newRow("gateway: an earlier entry overlaps a later one at a lower address")
        << Patch {{"gateway", G},
                  {"gateway.map[0].address", 5},
                  {"gateway.map[4]",
                   QJsonObject {{"tag", "setpoint"}, {"table", "HoldingRegister"}, {"address", 4}}}}
        << "gateway.map[4].address"
        << "overlaps gateway.map[0] (\"setpoint\", addresses 5–6)";
    QTest::newRow("gateway: two bits at one coil")
        << Patch {{"gateway", G}, {"gateway.map[3].table", "Coil"}, {"gateway.map[3].address", 0}}
        << "gateway.map[3].address"
        << "overlaps gateway.map[2] (\"pump\", addresses 0–0) in the Coil table";
    QTest::newRow("gateway: a Float32 at 65535 runs past the last address")
        << Patch {{"gateway", G}, {"gateway.map[0].address", 65535}} << "gateway.map[0].address"
        << "65535 + 2 registers runs past the last address, 65535";
    QTest::newRow("gateway: address 70000")
        << Patch {{"gateway", G}, {"gateway.map[1].address", 70000}} << "gateway.map[1].address"
        << "70000 is outside 0–65535";
    QTest::newRow("gateway: negative address")
        << Patch {{"gateway", G}, {"gateway.map[1].address", -1}} << "gateway.map[1].address"
        << "-1 is outside 0–65535";
    QTest::newRow("gateway: writable without allowWrites")
        << Patch {{"gateway", G}, {"gateway.allowWrites", false}} << "gateway.map[0].writable"
        << "the gateway takes no writes (allowWrites is false)";
    QTest::newRow("gateway: writable mapping of a read-only variable")
        << Patch {{"gateway", G}, {"gateway.map[2].writable", true}} << "gateway.map[2].writable"
        << "the variable \"pump\" is not writable";
    QTest::newRow("gateway: writable in an InputRegister table")
        << Patch {{"gateway", G}, {"gateway.map[1].writable", true}} << "gateway.map[1].writable"
        << "Modbus has no write to a InputRegister: use Coil or HoldingRegister";
    QTest::newRow("gateway: writable in a DiscreteInput table")
        << Patch {{"gateway", G}, {"gateway.map[3].writable", true}} << "gateway.map[3].writable"
        << "Modbus has no write to a DiscreteInput";
    QTest::newRow("gateway: port 0")
        << Patch {{"gateway", G}, {"gateway.port", 0}} << "gateway.port"
        << "0 is outside 1–65535";
    QTest::newRow("gateway: port 65536")
        << Patch {{"gateway", G}, {"gateway.port", 65536}} << "gateway.port"
        << "65536 is outside 1–65535";
    QTest::newRow("gateway: port as text")
        << Patch {{"gateway", G}, {"gateway.port", "502"}} << "gateway.port"
        << "\"502\" is not a whole number";
    QTest::newRow("gateway: unitId 256")
        << Patch {{"gateway", G}, {"gateway.unitId", 256}} << "gateway.unitId"
        << "256 is outside 0–255";
    QTest::newRow("gateway: unitId -1")
        << Patch {{"gateway", G}, {"gateway.unitId", -1}} << "gateway.unitId"
        << "-1 is outside 0–255";
    QTest::newRow("gateway: listenAddress a host name")
        << Patch {{"gateway", G}, {"gateway.listenAddress", "plc.local"}} << "gateway.listenAddress"
        << "\"plc.local\" is not an IP address";
    QTest::newRow("gateway: listenAddress empty")
        << Patch {{"gateway", G}, {"gateway.listenAddress", ""}} << "gateway.listenAddress"
        << "is empty";
    QTest::newRow("gateway: allowWrites as text")
        << Patch {{"gateway", G}, {"gateway.allowWrites", "yes"}} << "gateway.allowWrites"
        << "not true or false";
    QTest::newRow("gateway: map is not a list")
        << Patch {{"gateway", G}, {"gateway.map", 3}} << "gateway.map"
        << "is not a list";
    QTest::newRow("gateway: a map entry that is not an object")
        << Patch {{"gateway", G}, {"gateway.map[1]", "temperature"}} << "gateway.map[1]"
        << "\"temperature\" is not an object";
    QTest::newRow("gateway: badValue 2 is no Bool")
        << Patch {{"gateway", G}, {"gateway.badValue", 2}} << "gateway.badValue"
        << "2 cannot be served as gateway.map[2] (\"pump\", a Bool): 2 is not on/off (true, "
           "false, 1 or 0) (and 1 more)";
    QTest::newRow("gateway: badValue too large for a scaled Int16")
        << Patch {{"gateway", G}, {"gateway.badValue", 1e6}} << "gateway.badValue"
        << "1e+06 cannot be served as gateway.map[1] (\"temperature\", a Int16): 1e+06 does not "
           "fit a Int16";
    QTest::newRow("gateway: badValue as text")
        << Patch {{"gateway", G}, {"gateway.badValue", "-1"}} << "gateway.badValue"
        << "is not a number";

    // Calculated variables and screens: each row patches the valid base lists in.
    const QJsonValue C = baseCalculated();
    const Patch SP = screensPatch();
    QTest::newRow("calculated: name of an acquired variable")
        << Patch {{"calculated", C}, {"calculated[0].name", "pump"}} << "calculated[0].name"
        << "\"pump\" is already the name of connections[0].devices[0].frames[1].variables[0]";
    QTest::newRow("calculated: two with one name")
        << Patch {{"calculated", C}, {"calculated[1].name", "temperature °F"}}
        << "calculated[1].name"
        << "\"temperature °F\" is already the name of calculated[0]";
    QTest::newRow("calculated: missing formula")
        << Patch {{"calculated", C}, {"calculated[0].formula", Remove}} << "calculated[0].formula"
        << "is missing";
    QTest::newRow("calculated: blank formula")
        << Patch {{"calculated", C}, {"calculated[0].formula", "  "}} << "calculated[0].formula"
        << "is empty";
    QTest::newRow("calculated: decimals on a Bool")
        << Patch {{"calculated", C}, {"calculated[1].decimals", 2}} << "calculated[1].decimals"
        << "is only for numbers, not a Bool";
    QTest::newRow("calculated: onText on a number")
        << Patch {{"calculated", C}, {"calculated[0].onText", "x"}} << "calculated[0].onText"
        << "is only for a Bool, not a Float64";
    QTest::newRow("calculated: not an object")
        << Patch {{"calculated", C}, {"calculated[1]", 3}} << "calculated[1]"
        << "3 is not an object";
    QTest::newRow("screens: two with one name")
        << SP + Patch {{"screens[1].name", "Process"}} << "screens[1].name"
        << "\"Process\" is already the name of screens[0]";
    QTest::newRow("screens: missing file")
        << SP + Patch {{"screens[1].file", Remove}} << "screens[1].file"
        << "is missing";
    QTest::newRow("screens: unknown parent")
        << SP + Patch {{"screens[1].parent", "Nope"}} << "screens[1].parent"
        << "no screen is named \"Nope\"";
    QTest::newRow("screens: its own parent")
        << SP + Patch {{"screens[1].parent", "Detail"}} << "screens[1].parent"
        << "a screen cannot be its own parent";
    QTest::newRow("screens: parents in a loop")
        << SP + Patch {{"screens[0].parent", "Detail"}} << "screens[0].parent"
        << "\"Detail\" leads back to this screen: parents must form a tree";
    QTest::newRow("screens: unknown attribute")
        << SP + Patch {{"screens[0].bindings[0].attribute", "colour"}}
        << "screens[0].bindings[0].attribute"
        << "\"colour\" is not one of fill, stroke, opacity, visible, text, rotate";
    QTest::newRow("screens: one attribute bound twice")
        << SP
            + Patch {{"screens[0].bindings[1].element", "pump"},
                     {"screens[0].bindings[1].attribute", "fill"},
                     {"screens[0].bindings[1].centerX", Remove},
                     {"screens[0].bindings[1].centerY", Remove}}
        << "screens[0].bindings[1].attribute"
        << "fill of \"pump\" is already bound by screens[0].bindings[0]: one formula per attribute";
    QTest::newRow("screens: a centre for a fill")
        << SP + Patch {{"screens[0].bindings[0].centerX", 3}} << "screens[0].bindings[0].centerX"
        << "is only for a rotate binding, not fill";
    QTest::newRow("screens: empty formula")
        << SP + Patch {{"screens[0].bindings[0].formula", ""}} << "screens[0].bindings[0].formula"
        << "is empty: a binding needs a formula";
    QTest::newRow("screens: a binding that is not an object")
        << SP + Patch {{"screens[0].bindings[0]", "pump"}} << "screens[0].bindings[0]"
        << "\"pump\" is not an object";
    QTest::newRow("screens: open an unknown screen")
        << SP + Patch {{"screens[0].actions[2].target", "Ailleurs"}}
        << "screens[0].actions[2].target"
        << "no screen is named \"Ailleurs\"";
    QTest::newRow("screens: write to an unknown tag")
        << SP + Patch {{"screens[0].actions[1].target", "nope"}} << "screens[0].actions[1].target"
        << "no variable is named \"nope\"";
    QTest::newRow("screens: write to a read-only tag")
        << SP + Patch {{"screens[0].actions[1].target", "temperature"}}
        << "screens[0].actions[1].target"
        << "the variable \"temperature\" is not writable";
    QTest::newRow("screens: toggle a number")
        << SP + Patch {{"screens[0].actions[0].target", "setpoint"}}
        << "screens[0].actions[0].target"
        << "\"setpoint\" is a Float32: only a Bool can be toggled (use write)";
    QTest::newRow("screens: write a calculated variable")
        << SP + Patch {{"calculated", C}, {"screens[0].actions[1].target", "alarm"}}
        << "screens[0].actions[1].target"
        << "\"alarm\" is a calculated variable: it cannot be written";
    QTest::newRow("screens: two actions on one element")
        << SP + Patch {{"screens[0].actions[1].element", "pump"}} << "screens[0].actions[1].element"
        << "\"pump\" already has an action (screens[0].actions[0]): one action per element";
    QTest::newRow("screens: unknown action")
        << SP + Patch {{"screens[0].actions[1].action", "click"}} << "screens[0].actions[1].action"
        << "\"click\" is not one of openScreen, write, toggle, faceplate";
}

void tst_ProjectFile::badFile()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY2(hasIssue(result.issues, ProjectIssue::Severity::Error, path, fragment),
             qPrintable(QStringLiteral("expected an error at %1 containing \"%2\"; got:\n%3")
                            .arg(path, fragment, listing(result.issues))));
    QVERIFY(!result.ok());
}

void tst_ProjectFile::hugeNumbers_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<ProjectIssue::Severity>("severity");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    // Whole numbers near ±2^31 are valid JSON integers: the checks must not overflow on them
    // (offset + width, startAddress + quantity, length + 1), or such a file passes and crashes
    // later in the codec.
    const int Max = std::numeric_limits<int>::max();
    const int Min = std::numeric_limits<int>::min();
    const auto E = ProjectIssue::Severity::Error;
    const auto W = ProjectIssue::Severity::Warning;
    const QJsonObject longString {
        {"name", "label"}, {"dataType", "String"}, {"offset", 4}, {"length", Max}};

    QTest::newRow("Bool at offset INT_MAX in a one-coil frame")
        << Patch {{"connections[0].devices[0].frames[1].quantity", 1},
                  {"connections[0].devices[0].frames[1].variables[0].offset", Max}}
        << E << "connections[0].devices[0].frames[1].variables[0].offset"
        << "2147483647 + 1 bits falls outside the frame, which holds 1 bits";
    QTest::newRow("Float32 at offset INT_MAX-1")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].offset", Max - 1}} << E
        << "connections[0].devices[0].frames[0].variables[0].offset"
        << "2147483646 + 2 registers falls outside the frame";
    QTest::newRow("Int16 at offset INT_MAX")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].offset", Max}} << E
        << "connections[0].devices[0].frames[2].variables[0].offset"
        << "2147483647 + 1 registers falls outside the frame, which holds 4 registers "
           "(addresses 100–103)";
    QTest::newRow("offset INT_MIN")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].offset", Min}} << E
        << "connections[0].devices[0].frames[2].variables[0].offset"
        << "-2147483648 is negative";
    QTest::newRow("startAddress INT_MAX")
        << Patch {{"connections[0].devices[0].frames[0].startAddress", Max}} << E
        << "connections[0].devices[0].frames[0].startAddress"
        << "2147483647 is outside 0–65535";
    QTest::newRow("startAddress INT_MAX-1: the frame runs past 65535")
        << Patch {{"connections[0].devices[0].frames[0].startAddress", Max - 1}} << E
        << "connections[0].devices[0].frames[0].quantity"
        << "10 from address 2147483646 runs past the last address";
    QTest::newRow("startAddress INT_MIN")
        << Patch {{"connections[0].devices[0].frames[0].startAddress", Min}} << E
        << "connections[0].devices[0].frames[0].startAddress"
        << "-2147483648 is outside 0–65535";
    QTest::newRow("quantity INT_MAX")
        << Patch {{"connections[0].devices[0].frames[0].quantity", Max}} << E
        << "connections[0].devices[0].frames[0].quantity"
        << "2147483647 is more than 125 registers";
    QTest::newRow("quantity INT_MAX on a Coil frame")
        << Patch {{"connections[0].devices[0].frames[1].quantity", Max}} << E
        << "connections[0].devices[0].frames[1].quantity"
        << "2147483647 is more than 2000 bits";
    QTest::newRow("quantity INT_MIN")
        << Patch {{"connections[0].devices[0].frames[0].quantity", Min}} << E
        << "connections[0].devices[0].frames[0].quantity"
        << "-2147483648 is less than 1";
    QTest::newRow("String length INT_MAX")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]", longString}} << E
        << "connections[0].devices[0].frames[0].variables[2].length"
        << "2147483647 is outside 1–250 characters";
    QTest::newRow("String length INT_MAX falls outside its frame")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]", longString}} << E
        << "connections[0].devices[0].frames[0].variables[2].offset"
        << "4 + 1073741824 registers falls outside the frame";
    QTest::newRow("String length INT_MAX-1 falls outside its frame")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]", longString},
                  {"connections[0].devices[0].frames[0].variables[2].length", Max - 1}}
        << E << "connections[0].devices[0].frames[0].variables[2].offset"
        << "4 + 1073741823 registers falls outside the frame";
    QTest::newRow("String length INT_MIN")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]", longString},
                  {"connections[0].devices[0].frames[0].variables[2].length", Min}}
        << E << "connections[0].devices[0].frames[0].variables[2].length"
        << "-2147483648 is outside 1–250 characters";
    QTest::newRow("two variables at offset INT_MAX-1 overlap")
        << Patch {{"connections[0].devices[0].frames[0].variables[0].offset", Max - 1},
                  {"connections[0].devices[0].frames[0].variables[1].offset", Max - 1}}
        << W << "connections[0].devices[0].frames[0].variables[1].offset"
        << "overlaps \"setpoint\"";
    QTest::newRow("minutesOffset INT_MAX with scanTimeFactor INT_MAX")
        << Patch {{"connections[0].devices[0].scanTime", 60000},
                  {"connections[0].devices[0].frames[0].scanTimeFactor", Max},
                  {"connections[0].devices[0].frames[0].minutesOffset", Max}}
        << E << "connections[0].devices[0].frames[0].minutesOffset"
        << "2147483647 is outside 0–2147483646";
    QTest::newRow("tcp port INT_MIN")
        << Patch {{"connections[0].tcp.port", Min}} << E << "connections[0].tcp.port"
        << "-2147483648 is outside 1–65535";
    QTest::newRow("gateway address INT_MAX")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[0].address", Max}} << E
        << "gateway.map[0].address"
        << "2147483647 is outside 0–65535";
    QTest::newRow("gateway address INT_MIN")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[0].address", Min}} << E
        << "gateway.map[0].address"
        << "-2147483648 is outside 0–65535";
    QTest::newRow("gateway String at 65535 runs past the last address")
        << Patch {{"connections[0].devices[0].frames[0].variables[2]",
                   QJsonObject {
                       {"name", "label"}, {"dataType", "String"}, {"offset", 4}, {"length", 10}}},
                  {"gateway", baseGateway()},
                  {"gateway.map[4]",
                   QJsonObject {
                       {"tag", "label"}, {"table", "HoldingRegister"}, {"address", 65535}}}}
        << E << "gateway.map[4].address"
        << "65535 + 5 registers runs past the last address, 65535";
    QTest::newRow("gateway port INT_MAX")
        << Patch {{"gateway", baseGateway()}, {"gateway.port", Max}} << E << "gateway.port"
        << "2147483647 is outside 1–65535";
    QTest::newRow("gateway unitId INT_MIN")
        << Patch {{"gateway", baseGateway()}, {"gateway.unitId", Min}} << E << "gateway.unitId"
        << "-2147483648 is outside 0–255";
}

void tst_ProjectFile::hugeNumbers()
{
    QFETCH(Patch, patch);
    QFETCH(ProjectIssue::Severity, severity);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY2(hasIssue(result.issues, severity, path, fragment),
             qPrintable(QStringLiteral("expected an issue at %1 containing \"%2\"; got:\n%3")
                            .arg(path, fragment, listing(result.issues))));
    QVERIFY(!result.ok());
}

void tst_ProjectFile::allProblemsAtOnce()
{
    // Three independent mistakes in three places, one of shape and two of meaning: neither
    // reading nor validation may stop at the first.
    const Patch patch {{"connections[0].tcp.port", "five hundred two"},
                       {"connections[0].devices[0].scanTime", 50},
                       {"connections[0].devices[0].frames[1].variables[0].dataType", "Float32"}};
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));

    ProjectIssues errors;
    std::copy_if(result.issues.cbegin(), result.issues.cend(), std::back_inserter(errors),
                 [](const ProjectIssue &i) { return i.isError(); });
    QVERIFY2(errors.size() == 3, qPrintable(listing(result.issues)));
    const auto E = ProjectIssue::Severity::Error;
    QVERIFY(hasIssue(errors, E, QStringLiteral("connections[0].tcp.port")));
    QVERIFY(hasIssue(errors, E, QStringLiteral("connections[0].devices[0].scanTime")));
    QVERIFY(hasIssue(errors, E,
                     QStringLiteral("connections[0].devices[0].frames[1].variables[0].dataType")));
}

void tst_ProjectFile::unknownFieldIsAWarning_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path");

    QTest::newRow("at the top") << Patch {{"colour", "blue"}} << "colour";
    QTest::newRow("misspelt scanTime in a device")
        << Patch {{"connections[0].devices[0].scantime", 500}}
        << "connections[0].devices[0].scantime";
    QTest::newRow("in a variable")
        << Patch {{"connections[0].devices[0].frames[2].variables[0].scal", 2}}
        << "connections[0].devices[0].frames[2].variables[0].scal";
    QTest::newRow("in the tcp block")
        << Patch {{"connections[0].tcp.adress", "10.0.0.1"}} << "connections[0].tcp.adress";
    QTest::newRow("in the gateway block")
        << Patch {{"gateway", baseGateway()}, {"gateway.listen", "0.0.0.0"}} << "gateway.listen";
    QTest::newRow("in a gateway map entry")
        << Patch {{"gateway", baseGateway()}, {"gateway.map[2].adress", 4}}
        << "gateway.map[2].adress";
}

void tst_ProjectFile::unknownFieldIsAWarning()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY2(
        hasIssue(result.issues, ProjectIssue::Severity::Warning, path, QStringLiteral("unknown")),
        qPrintable(listing(result.issues)));
    QVERIFY2(result.ok(), qPrintable(listing(result.issues)));
    QCOMPARE(result.issues.size(), 1);
}

void tst_ProjectFile::canonicalRoundTrip()
{
    const Project project = canonicalProject();
    const QByteArray first = ProjectFile::serialize(project);
    const ProjectLoadResult result = ProjectFile::parse(first);
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QVERIFY(result.project == project);
    const QByteArray second = ProjectFile::serialize(result.project);
    QCOMPARE(second, first);

    // The canonical form: name first, four-space indentation, raw UTF-8, a final newline.
    QVERIFY(
        first.startsWith("{\n    \"formatVersion\": 1,\n    \"name\": \"Station d'épuration\""));
    QVERIFY(first.endsWith("}\n"));
    QVERIFY(first.contains("\"unit\": \"m³/h\""));
}

void tst_ProjectFile::nonFiniteNumbersAreErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");

    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("scale NaN") << "scale" << nan;
    QTest::newRow("scaleOffset +inf") << "scaleOffset" << inf;
    QTest::newRow("deadband NaN") << "deadband" << nan;
    // JSON cannot hold inf or nan: a limit like that could be saved but never opened again.
    QTest::newRow("max +inf") << "max" << inf;
    QTest::newRow("min -inf") << "min" << -inf;
    QTest::newRow("min NaN") << "min" << nan;
}

void tst_ProjectFile::nonFiniteNumbersAreErrors()
{
    QFETCH(QString, field);
    QFETCH(double, value);

    // Such values cannot come from a file, but an editor can produce them ("inf" is a number
    // to QString::toDouble); the validator must catch them before they are saved.
    Project project = ProjectFile::parse(QByteArray(BaseProject)).project;
    Variable &v = project.connections[0].devices[0].frames[2].variables[0];
    if (field == QLatin1String("scale"))
        v.scale = value;
    else if (field == QLatin1String("scaleOffset"))
        v.scaleOffset = value;
    else if (field == QLatin1String("deadband"))
        v.deadband = value;
    else if (field == QLatin1String("min"))
        v.min = value;
    else
        v.max = value;
    const QString path =
        QStringLiteral("connections[0].devices[0].frames[2].variables[0].") + field;

    const ProjectIssues issues = validateProject(project);
    QVERIFY2(hasIssue(issues, ProjectIssue::Severity::Error, path), qPrintable(listing(issues)));
}

void tst_ProjectFile::demoProjectRoundTrip()
{
    const QString fileName = QStringLiteral(VIGIE_SOURCE_DIR "/examples/demo/demo.vigie.json");
    // The demo ships with the sources: a missing demo is a failure, not a reason to skip.
    QFile file(fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())));
    const QByteArray bytes = file.readAll();

    const ProjectLoadResult result = ProjectFile::load(fileName);
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QVERIFY(!result.project.connections.isEmpty());
    QCOMPARE(ProjectFile::serialize(result.project), bytes);
}

void tst_ProjectFile::namesSurviveRoundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("accents") << QStringLiteral("Température cuve n°2 (Évry)");
    QTest::newRow("slash") << QStringLiteral("Station/Pompe 1/Marche");
    QTest::newRow("quotes and backslash") << QStringLiteral("dit \"P1\" \\ secours");
    QTest::newRow("non-Latin") << QStringLiteral("ポンプ 1 · насос");
    QTest::newRow("emoji (outside the BMP)") << QStringLiteral("Alarme 🔥");
}

void tst_ProjectFile::namesSurviveRoundTrip()
{
    QFETCH(QString, name);

    Project project;
    project.name = name;
    Connection c;
    c.name = name;
    Device d;
    d.name = name;
    Frame f;
    f.name = name;
    f.quantity = 2;
    Variable v;
    v.name = name;
    v.description = name;
    v.unit = name;
    f.variables = {v};
    d.frames = {f};
    c.devices = {d};
    project.connections = {c};

    const QByteArray bytes = ProjectFile::serialize(project);
    // Raw UTF-8, no \u escapes and no escaped '/': the file stays readable in an editor.
    QVERIFY(!bytes.contains("\\u"));
    QVERIFY(!bytes.contains("\\/"));
    const ProjectLoadResult result = ProjectFile::parse(bytes);
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QCOMPARE(result.project.name, name);
    QCOMPARE(result.project.connections[0].name, name);
    QCOMPARE(result.project.connections[0].devices[0].name, name);
    QCOMPARE(result.project.connections[0].devices[0].frames[0].name, name);
    const Variable &read = result.project.connections[0].devices[0].frames[0].variables[0];
    QCOMPARE(read.name, name);
    QCOMPARE(read.unit, name);
    QVERIFY(result.project == project);
    QCOMPARE(ProjectFile::serialize(result.project), bytes);
}

void tst_ProjectFile::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("usine.vigie.json"));
    const Project project = canonicalProject();

    QString error;
    QVERIFY2(ProjectFile::save(project, fileName, &error), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ProjectFile::serialize(project));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("usine.vigie.json")});

    const ProjectLoadResult result = ProjectFile::load(fileName);
    QVERIFY2(result.issues.isEmpty(), qPrintable(listing(result.issues)));
    QVERIFY(result.project == project);

    // Saving again replaces the file.
    Project renamed = project;
    renamed.name = QStringLiteral("Autre nom");
    QVERIFY2(ProjectFile::save(renamed, fileName, &error), qPrintable(error));
    QCOMPARE(ProjectFile::load(fileName).project.name, QStringLiteral("Autre nom"));
}

void tst_ProjectFile::saveIntoMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no/such/dir"));
    const QString fileName = missing + QStringLiteral("/p.vigie.json");

    QString error;
    QVERIFY(!ProjectFile::save(canonicalProject(), fileName, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_ProjectFile::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("target"); // relative to a fresh directory holding old.vigie.json
    QTest::addColumn<bool>("isDirectory"); // target is an existing directory

    // Two saves that fail for every user, root included (CI runs as root, and a read-only
    // directory does not stop root).
    QTest::newRow("parent is a regular file") << "old.vigie.json/p.vigie.json" << false;
    QTest::newRow("target is an existing directory") << "p.vigie.json" << true;
}

void tst_ProjectFile::failedSaveKeepsOldFile()
{
    QFETCH(QString, target);
    QFETCH(bool, isDirectory);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project old;
    old.name = QStringLiteral("old");
    const QString oldFile = dir.filePath(QStringLiteral("old.vigie.json"));
    QVERIFY(ProjectFile::save(old, oldFile));
    const QByteArray before = ProjectFile::serialize(old);
    const QString fileName = dir.filePath(target);
    if (isDirectory) {
        QVERIFY(QDir(dir.path()).mkdir(target));
        QFile inside(fileName + QStringLiteral("/keep.txt"));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        QCOMPARE(inside.write("kept"), qint64(4));
    }
    const QStringList entries =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    QString error;
    QVERIFY(!ProjectFile::save(canonicalProject(), fileName, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));

    // Everything that was there is intact, and nothing (no temporary file) was added.
    QFile oldRead(oldFile);
    QVERIFY(oldRead.open(QIODevice::ReadOnly));
    QCOMPARE(oldRead.readAll(), before);
    if (isDirectory) {
        QVERIFY(QFileInfo(fileName).isDir());
        QFile inside(fileName + QStringLiteral("/keep.txt"));
        QVERIFY(inside.open(QIODevice::ReadOnly));
        QCOMPARE(inside.readAll(), QByteArray("kept"));
        QCOMPARE(QDir(fileName).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("keep.txt")});
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             entries);
}

void tst_ProjectFile::failedSaveKeepsOldFile_diskFull()
{
#ifndef Q_OS_UNIX
    QSKIP("uses RLIMIT_FSIZE to make writes fail");
#else
    // A file size limit makes the write fail for every user, root included, as a full disk would.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("p.vigie.json"));
    Project old;
    old.name = QStringLiteral("old");
    QVERIFY(ProjectFile::save(old, fileName));
    const QByteArray before = ProjectFile::serialize(old);

    Project big = canonicalProject();
    big.description = QString(200000, QLatin1Char('x'));

    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = ProjectFile::save(big, fileName, &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("p.vigie.json")});
#endif
}

void tst_ProjectFile::loadMissingFile()
{
    const ProjectLoadResult result = ProjectFile::load(QStringLiteral("/nonexistent/x.vigie.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.first().message.contains(QLatin1String("/nonexistent/x.vigie.json")));
}

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
