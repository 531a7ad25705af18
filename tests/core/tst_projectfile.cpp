// Tests of ProjectFile: reading (shape and validation issues at JSON paths), canonical writing,
// and atomic saving.

#include "model/projectfile.h"
#include "model/projectvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Vigie;

// One change to a JSON document: the value at a path ("a.b[2].c") becomes this value;
// an undefined value removes the field; an index one past the end appends.
using Patch = QList<std::pair<QString, QJsonValue>>;
Q_DECLARE_METATYPE(Patch)
Q_DECLARE_METATYPE(Vigie::ProjectIssue::Severity)
Q_DECLARE_METATYPE(Vigie::NodePath)

namespace {

const QJsonValue Remove(QJsonValue::Undefined);

// A small valid project: one Modbus TCP device with a holding-register, a coil and an
// input-register frame. Every bad-file row below changes one thing in it.
const char BaseProject[] = R"({
    "formatVersion": 1,
    "name": "Test",
    "connections": [
        {
            "name": "plc",
            "protocol": "ModbusTcp",
            "tcp": { "host": "127.0.0.1", "port": 502 },
            "devices": [
                {
                    "name": "dev1",
                    "scanTime": 1000,
                    "stationAddress": 1,
                    "frames": [
                        {
                            "name": "hr", "type": "HoldingRegister",
                            "startAddress": 0, "quantity": 10, "isWritable": true,
                            "variables": [
                                { "name": "setpoint", "dataType": "Float32", "offset": 0,
                                  "writable": true },
                                { "name": "running", "dataType": "Bool", "offset": 2, "bit": 3 }
                            ]
                        },
                        {
                            "name": "coils", "type": "Coil", "startAddress": 0, "quantity": 16,
                            "variables": [ { "name": "pump", "dataType": "Bool", "offset": 0 } ]
                        },
                        {
                            "name": "ir", "type": "InputRegister", "startAddress": 100,
                            "quantity": 4,
                            "variables": [ { "name": "temperature", "dataType": "Int16",
                                             "offset": 0, "scale": 0.1 } ]
                        }
                    ]
                }
            ]
        }
    ]
})";

QJsonObject baseObject()
{
    return QJsonDocument::fromJson(QByteArray(BaseProject)).object();
}

// A second device for the base connection, with one frame holding one variable.
QJsonObject device(const QString &name, const QString &variableName)
{
    return QJsonObject {
        {"name", name},
        {"scanTime", 1000},
        {"frames",
         QJsonArray {QJsonObject {
             {"name", "hr"},
             {"type", "HoldingRegister"},
             {"startAddress", 0},
             {"quantity", 2},
             {"variables",
              QJsonArray {
                  QJsonObject {{"name", variableName}, {"dataType", "UInt16"}, {"offset", 0}}}},
         }}},
    };
}

QJsonValue setAt(const QJsonValue &node, const QStringList &tokens, int i, const QJsonValue &value)
{
    if (i == tokens.size())
        return value;
    const QString &token = tokens[i];
    if (token.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = token.mid(1, token.size() - 2).toInt();
        if (index < array.size()) {
            const QJsonValue child = setAt(array[index], tokens, i + 1, value);
            if (child.isUndefined())
                array.removeAt(index);
            else
                array[index] = child;
        } else {
            Q_ASSERT(index == array.size());
            array.append(setAt(QJsonValue(), tokens, i + 1, value));
        }
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = setAt(object.value(token), tokens, i + 1, value);
    if (child.isUndefined())
        object.remove(token);
    else
        object.insert(token, child);
    return object;
}

QJsonObject patched(QJsonObject object, const Patch &patch)
{
    static const QRegularExpression tokenRe(QStringLiteral("[^.\\[\\]]+|\\[\\d+\\]"));
    for (const auto &[path, value] : patch) {
        QStringList tokens;
        for (auto it = tokenRe.globalMatch(path); it.hasNext();)
            tokens << it.next().captured();
        object = setAt(object, tokens, 0, value).toObject();
    }
    return object;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QString listing(const ProjectIssues &issues)
{
    QStringList lines;
    for (const ProjectIssue &i : issues)
        lines << (i.isError() ? QStringLiteral("error ") : QStringLiteral("warning "))
                + i.toString();
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(QLatin1Char('\n'));
}

bool hasIssue(const ProjectIssues &issues, ProjectIssue::Severity severity, const QString &path,
              const QString &fragment = {})
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ProjectIssue &i) {
        return i.severity == severity && i.path == path && i.message.contains(fragment);
    });
}

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
    Variable alarm;
    alarm.name = QStringLiteral("Défaut pompe");
    alarm.dataType = DataType::Bool;
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
    return p;
}

} // namespace

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseProjectIsValid();
    void badFile_data();
    void badFile();
    void hugeNumbers_data();
    void hugeNumbers();
    void syntaxErrorHasLineAndColumn();
    void issueLocation_data();
    void issueLocation();
    void issueLocationsAgreeWithPaths();
    void skippedElementKeepsLaterPlaces();
    void strictStrings_data();
    void strictStrings();
    void duplicateKeys_data();
    void duplicateKeys();
    void leadingByteOrderMark();
    void blankKeys_data();
    void blankKeys();
    void notAnObject_data();
    void notAnObject();
    void allProblemsAtOnce();
    void controlCharactersAreEscaped_data();
    void controlCharactersAreEscaped();
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
    QTest::newRow("RTU station address 0")
        << Patch {{"connections[0].protocol", "ModbusRtu"},
                  {"connections[0].tcp", Remove},
                  {"connections[0].serial", QJsonObject {{"port", "/dev/ttyS0"}}},
                  {"connections[0].devices[0].stationAddress", 0}}
        << "connections[0].devices[0].stationAddress"
        << "RTU slaves use 1";
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

void tst_ProjectFile::syntaxErrorHasLineAndColumn()
{
    // A missing comma at the end of line 3: the parser stops on line 4.
    const QByteArray text = "{\n    \"formatVersion\": 1,\n    \"name\": \"Usine\"\n"
                            "    \"connections\": []\n}\n";
    const ProjectLoadResult result = ProjectFile::parse(text);
    QCOMPARE(result.issues.size(), 1);
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(issue.isError());
    QVERIFY(issue.path.isEmpty());
    QCOMPARE(issue.node, NodePath {});
    QVERIFY(issue.field.isEmpty());
    QCOMPARE(issue.line, 4);
    QVERIFY(issue.column > 0);
    const QString place = QStringLiteral("line 4, column %1").arg(issue.column);
    QVERIFY2(issue.message.contains(place), qPrintable(issue.message));
}

void tst_ProjectFile::issueLocation_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<QString>("field");

    const QJsonObject simulated {
        {"name", "sim"},
        {"protocol", "Simulation"},
        {"devices",
         QJsonArray {QJsonObject {
             {"name", "d"},
             {"scanTime", 1000},
             {"frames",
              QJsonArray {QJsonObject {
                  {"name", "f"},
                  {"type", "HoldingRegister"},
                  {"startAddress", 0},
                  {"quantity", 1},
                  {"variables",
                   QJsonArray {QJsonObject {
                       {"name", "wave"},
                       {"dataType", "Int16"},
                       {"offset", 0},
                       {"simulation", QJsonObject {{"waveform", "Sine"}, {"period", 50}}}}}}}}}}}}};

    QTest::newRow("frame quantity")
        << Patch {{"connections[0].devices[0].frames[2].quantity", 300}}
        << "connections[0].devices[0].frames[2].quantity" << NodePath {0, 0, 2} << "quantity";
    QTest::newRow("tcp port, read as text")
        << Patch {{"connections[0].tcp.port", "502"}} << "connections[0].tcp.port" << NodePath {0}
        << "tcp.port";
    QTest::newRow("tcp port, out of range")
        << Patch {{"connections[0].tcp.port", 0}} << "connections[0].tcp.port" << NodePath {0}
        << "tcp.port";
    QTest::newRow("tcp block missing")
        << Patch {{"connections[0].tcp", Remove}} << "connections[0].tcp" << NodePath {0} << "tcp";
    QTest::newRow("unknown key in the tcp block")
        << Patch {{"connections[0].tcp.adress", "x"}} << "connections[0].tcp.adress" << NodePath {0}
        << "tcp.adress";
    QTest::newRow("simulation period")
        << Patch {{"connections[1]", simulated}}
        << "connections[1].devices[0].frames[0].variables[0].simulation.period"
        << NodePath {1, 0, 0, 0} << "simulation.period";
    QTest::newRow("duplicate variable name")
        << Patch {{"connections[0].devices[0].frames[1].variables[0].name", "setpoint"}}
        << "connections[0].devices[0].frames[1].variables[0].name" << NodePath {0, 0, 1, 0}
        << "name";
    QTest::newRow("device scanTime")
        << Patch {{"connections[0].devices[0].scanTime", 5}} << "connections[0].devices[0].scanTime"
        << NodePath {0, 0} << "scanTime";
    QTest::newRow("a frame that is not an object")
        << Patch {{"connections[0].devices[0].frames[3]", 5}}
        << "connections[0].devices[0].frames[3]" << NodePath {0, 0, 3} << "";
    QTest::newRow("devices is not a list") << Patch {{"connections[0].devices", 5}}
                                           << "connections[0].devices" << NodePath {0} << "devices";
    QTest::newRow("connections is not a list")
        << Patch {{"connections", 5}} << "connections" << NodePath {} << "connections";
    QTest::newRow("formatVersion")
        << Patch {{"formatVersion", 0}} << "formatVersion" << NodePath {} << "formatVersion";
    QTest::newRow("unknown key at the top")
        << Patch {{"colour", "blue"}} << "colour" << NodePath {} << "colour";
}

void tst_ProjectFile::issueLocation()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(QString, field);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto it = std::find_if(result.issues.cbegin(), result.issues.cend(),
                                 [&](const ProjectIssue &i) { return i.path == path; });
    QVERIFY2(it != result.issues.cend(), qPrintable(listing(result.issues)));
    QCOMPARE(it->node, node);
    QCOMPARE(it->field, field);
    QCOMPARE(it->line, 0); // only syntax errors have a line
}

// The path text of a node and a field, rebuilt here independently of the model's own helpers.
static QString rebuiltPath(const NodePath &node, const QString &field)
{
    static const char *const lists[] = {"connections", "devices", "frames", "variables"};
    QString path;
    for (int level = 0; level < node.depth(); ++level) {
        path += QStringLiteral("%1%2[%3]")
                    .arg(level == 0 ? "" : ".", lists[level])
                    .arg(node.index(level));
    }
    if (field.isEmpty())
        return path;
    if (path.isEmpty() || field.startsWith(QLatin1Char('[')))
        return path + field;
    return path + QLatin1Char('.') + field;
}

void tst_ProjectFile::issueLocationsAgreeWithPaths()
{
    // Problems at every level, found by reading and by validation, in nodes and in blocks.
    const QJsonObject rtu {{"name", "bus"},
                           {"protocol", "ModbusRtu"},
                           {"serial", QJsonObject {{"parity", "odd"}, {"baudRate", 10}}},
                           {"timeout", 1},
                           {"devices",
                            QJsonArray {QJsonObject {{"name", "m"},
                                                     {"scanTime", 100},
                                                     {"stationAddress", 0},
                                                     {"maxRequestsInFlight", 2},
                                                     {"frames", QJsonArray {7}}}}}};
    const Patch patch {
        {"formatVersion", 0},
        {"colour", "blue"},
        {"connections[0].tcp.port", "five hundred two"},
        {"connections[0].tcp.adress", "10.0.0.1"},
        {"connections[0].retries", 99},
        {"connections[0].devices[0].scanTime", 50},
        {"connections[0].devices[0].scantime", 500},
        {"connections[0].devices[0].frames[0].quantity", 300},
        {"connections[0].devices[0].frames[0].minutesOffset", 3},
        {"connections[0].devices[0].frames[0].variables[0].offset", 200},
        {"connections[0].devices[0].frames[0].variables[1].bit", 16},
        {"connections[0].devices[0].frames[0].variables[2]", "not an object"},
        {"connections[0].devices[0].frames[1].variables[0].dataType", "Float32"},
        {"connections[0].devices[0].frames[1].variables[0].name", "setpoint"},
        {"connections[0].devices[0].frames[2].variables[0].simulation",
         QJsonObject {{"waveform", "Sine"}, {"period", 50}, {"extra", 1}}},
        {"connections[0].devices[1]", device("dev1", "running")},
        {"connections[1]", rtu},
        {"connections[2]", QJsonObject {{"name", "x"}, {"protocol", "Modbus"}, {"devices", 5}}},
        {"connections[3]", 12},
    };
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY2(result.issues.size() >= 25, qPrintable(listing(result.issues)));

    QSet<int> depths;
    for (const ProjectIssue &issue : result.issues) {
        QCOMPARE(rebuiltPath(issue.node, issue.field), issue.path);
        // The node is the deepest one the path names: a field never starts with a child list.
        static const char *const lists[] = {"connections[", "devices[", "frames[", "variables["};
        if (issue.node.depth() < 4)
            QVERIFY2(!issue.field.startsWith(QLatin1String(lists[issue.node.depth()])),
                     qPrintable(issue.path));
        QCOMPARE(issue.line, 0);
        QVERIFY2(!issue.path.isEmpty(), qPrintable(issue.message)); // every issue has a place
        depths.insert(issue.node.depth());
    }
    // The file has problems at every depth, and in blocks within nodes.
    QCOMPARE(depths, (QSet<int> {0, 1, 2, 3, 4}));
    QVERIFY(std::any_of(result.issues.cbegin(), result.issues.cend(),
                        [](const ProjectIssue &i) { return i.field.contains(QLatin1Char('.')); }));
}

void tst_ProjectFile::skippedElementKeepsLaterPlaces()
{
    // The first frame is not an object and is not read: the checks of the frames after it must
    // still name their places in the file, not their places in the shorter list read.
    const Patch patch {{"connections[0].devices[0].frames[0]", 5},
                       {"connections[0].devices[0].frames[2].quantity", 300},
                       {"connections[0].devices[0].frames[2].variables[0].name", "pump"}};
    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    const auto E = ProjectIssue::Severity::Error;
    QVERIFY2(hasIssue(result.issues, E, QStringLiteral("connections[0].devices[0].frames[0]"),
                      QStringLiteral("5 is not an object")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E,
                      QStringLiteral("connections[0].devices[0].frames[2].quantity"),
                      QStringLiteral("300 is more than 125")),
             qPrintable(listing(result.issues)));
    QVERIFY2(hasIssue(result.issues, E,
                      QStringLiteral("connections[0].devices[0].frames[2].variables[0].name"),
                      QStringLiteral("\"pump\" is already the name of "
                                     "connections[0].devices[0].frames[1].variables[0]")),
             qPrintable(listing(result.issues)));
    for (const ProjectIssue &issue : result.issues) {
        if (issue.path.contains(QLatin1String("frames[2]")))
            QCOMPARE(issue.node.frame, 2);
    }
    QCOMPARE(result.issues.size(), 3);
}

// A small file whose project name is `name`, given as the bytes between its quotes: the name's
// first character is at line 3, column 14.
static QByteArray withName(const QByteArray &name)
{
    return "{\n    \"formatVersion\": 1,\n    \"name\": \"" + name + "\"\n}\n";
}

void tst_ProjectFile::strictStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // What QJsonDocument::fromJson accepts (FIELD_NOTES, "Qt JSON") and the reader must not.
    QTest::newRow("raw tab") << withName("a\tb") << 3 << 15
                             << R"(raw control character U+0009 in a string: write it as \t)";
    QTest::newRow("raw NUL") << withName(QByteArray("a\0b", 3)) << 3 << 15
                             << R"(raw control character U+0000 in a string: write it as \u0000)";
    QTest::newRow("raw newline") << withName("a\nb") << 3 << 15
                                 << R"(raw control character U+000A in a string: write it as \n)";
    QTest::newRow("raw escape character")
        << withName("\x1b[31m") << 3 << 14
        << R"(raw control character U+001B in a string: write it as \u001b)";
    QTest::newRow("invalid escape \\h")
        << withName(R"(a\hb)") << 3 << 15 << R"("\h" is not a JSON escape)";
    QTest::newRow("invalid escape \\x41")
        << withName(R"(\x41)") << 3 << 14 << R"("\x" is not a JSON escape)";
    QTest::newRow("backslash before an accented letter")
        << withName("\\\xc3\xa9") << 3 << 14 << "a backslash followed by U+00E9";
    QTest::newRow("\\u with three hex digits")
        << withName(R"(\u12)") << 3 << 14 << "four hexadecimal digits";
    QTest::newRow("\\u with a non-hex digit")
        << withName(R"(\u12g4)") << 3 << 14 << "four hexadecimal digits";
    QTest::newRow("lone high surrogate")
        << withName(R"(x\ud800)") << 3 << 15 << R"(lone surrogate \ud800)";
    QTest::newRow("high surrogate before a letter")
        << withName(R"(\uD83Dx)") << 3 << 14 << R"(lone surrogate \uD83D)";
    QTest::newRow("high surrogate before another escape")
        << withName(R"(\ud800\u0041)") << 3 << 14 << R"(lone surrogate \ud800)";
    QTest::newRow("two high surrogates")
        << withName(R"(\ud800\ud800)") << 3 << 14 << R"(lone surrogate \ud800)";
    QTest::newRow("lone low surrogate")
        << withName(R"(\udc00)") << 3 << 14 << R"(lone surrogate \udc00)";
    QTest::newRow("surrogates in the wrong order")
        << withName(R"(\udc00\ud800)") << 3 << 14 << R"(lone surrogate \udc00)";
    QTest::newRow("lone surrogate in a key")
        << QByteArray("{\n  \"formatVersion\": 1,\n  \"\\ud800\": 2\n}") << 3 << 4
        << R"(lone surrogate \ud800)";
    QTest::newRow("invalid UTF-8 byte 0xFF")
        << withName("ab\xff") << 3 << 16 << "invalid UTF-8 (byte 0xFF)";
    QTest::newRow("overlong UTF-8 for '/'")
        << withName("\xc0\xaf") << 3 << 14 << "invalid UTF-8 (byte 0xC0)";
    QTest::newRow("UTF-8 of a surrogate")
        << withName("\xed\xa0\x80") << 3 << 14 << "invalid UTF-8 (byte 0xED)";
    QTest::newRow("UTF-8 past U+10FFFF")
        << withName("\xf4\x90\x80\x80") << 3 << 14 << "invalid UTF-8 (byte 0xF4)";
    QTest::newRow("truncated UTF-8 sequence")
        << withName("x\xe2\x82") << 3 << 15 << "invalid UTF-8 (byte 0xE2)";
    QTest::newRow("stray continuation byte")
        << withName("\x80") << 3 << 14 << "invalid UTF-8 (byte 0x80)";
    QTest::newRow("invalid UTF-8 outside strings")
        << QByteArray("{\n    \"formatVersion\": 1\xfe\n}") << 2 << 23
        << "invalid UTF-8 (byte 0xFE)";
    // The scan skips plain text eight bytes at a time: a problem at any alignment is found.
    for (const int plain : {7, 8, 9, 15, 16, 17, 31}) {
        const QByteArray run(plain, 'a');
        QTest::addRow("raw tab after %d plain bytes", plain)
            << withName(run + "\tb") << 3 << 14 + plain << "U+0009";
        QTest::addRow("invalid escape after %d plain bytes", plain)
            << withName(run + "\\q") << 3 << 14 + plain << R"("\q" is not a JSON escape)";
        QTest::addRow("byte 0xFF after %d plain bytes", plain)
            << withName(run + "\xff") << 3 << 14 + plain << "invalid UTF-8 (byte 0xFF)";
    }
    QTest::newRow("invalid UTF-8 after 17 spaces of indentation")
        << QByteArray("{\n" + QByteArray(17, ' ') + "\xfe\"formatVersion\": 1}") << 2 << 18
        << "invalid UTF-8 (byte 0xFE)";
    // Columns count characters, not bytes: "é" and "€" are one column each.
    QTest::newRow("tab after multi-byte characters")
        << withName("\xc3\xa9\xe2\x82\xac\t") << 3 << 16 << "U+0009";
}

void tst_ProjectFile::strictStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY2(result.issues.size() == 1, qPrintable(listing(result.issues)));
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(issue.isError());
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    const QString place = QStringLiteral("line %1, column %2").arg(line).arg(column);
    QVERIFY2(issue.message.contains(place), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
    QVERIFY(issue.path.isEmpty());
    QCOMPARE(issue.node, NodePath {});
    QVERIFY(issue.field.isEmpty());
}

void tst_ProjectFile::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("name twice at the top")
        << QByteArray("{\n    \"name\": \"a\",\n    \"formatVersion\": 1,\n    \"name\": \"b\"\n}")
        << "name" << NodePath {} << "name" << 4 << 5
        << R"(duplicate key "name" at line 4, column 5 (first at line 2, column 5))";
    QTest::newRow("same key written with an escape")
        << QByteArray("{\"formatVersion\": 1, \"name\": \"a\", \"n\\u0061me\": \"b\"}") << "name"
        << NodePath {} << "name" << 1 << 35
        << R"(duplicate key "name" at line 1, column 35 (first at line 1, column 22))";
    QTest::newRow("scanTime twice in a device")
        << QByteArray(BaseProject)
               .replace("\"scanTime\": 1000,", "\"scanTime\": 1000, \"scanTime\": 50,")
        << "connections[0].devices[0].scanTime" << NodePath {0, 0} << "scanTime" << 12 << 39
        << R"(duplicate key "scanTime" at line 12, column 39 (first at line 12, column 21))";
    QTest::newRow("port twice in the tcp block")
        << QByteArray(BaseProject).replace("\"port\": 502", "\"port\": 502, \"port\": 503")
        << "connections[0].tcp.port" << NodePath {0} << "tcp.port" << 8 << 56
        << R"(duplicate key "port" at line 8, column 56 (first at line 8, column 43))";
    QTest::newRow("offset twice in a variable")
        << QByteArray(BaseProject).replace("\"offset\": 2,", "\"offset\": 2, \"offset\": 3,")
        << "connections[0].devices[0].frames[0].variables[1].offset" << NodePath {0, 0, 0, 1}
        << "offset" << 21 << 87 << R"(duplicate key "offset" at line 21, column 87)";
    QByteArray many = "{\"formatVersion\": 1";
    for (int i = 0; i < 40; ++i)
        many += ", \"k" + QByteArray::number(i) + "\": 0";
    many += ", \"k33\": 1}";
    QTest::newRow("one duplicate among 40 keys")
        << many << "k33" << NodePath {} << "k33" << 1 << int(many.lastIndexOf("\"k33\"")) + 1
        << R"(duplicate key "k33")";
    QTest::newRow("key holding a newline, twice")
        << QByteArray("{\"formatVersion\": 1, \"x\\ny\": 1, \"x\\ny\": 2}") << R"(["x\ny"])"
        << NodePath {} << R"(["x\ny"])" << 1 << 33 << R"(duplicate key "x\ny")";
}

void tst_ProjectFile::duplicateKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY(!result.ok());
    const auto it =
        std::find_if(result.issues.cbegin(), result.issues.cend(), [&](const ProjectIssue &i) {
            return i.message.contains(QLatin1String("duplicate key"));
        });
    QVERIFY2(it != result.issues.cend(), qPrintable(listing(result.issues)));
    QVERIFY(it->isError());
    QCOMPARE(it->path, path);
    QCOMPARE(it->node, node);
    QCOMPARE(it->field, field);
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QVERIFY2(it->message.contains(fragment), qPrintable(it->message));
}

void tst_ProjectFile::leadingByteOrderMark()
{
    // A UTF-8 byte order mark, as some Windows editors write, is accepted and takes no column.
    const ProjectLoadResult valid = ProjectFile::parse("\xef\xbb\xbf" + QByteArray(BaseProject));
    QVERIFY2(valid.issues.isEmpty(), qPrintable(listing(valid.issues)));
    const ProjectLoadResult tab = ProjectFile::parse("\xef\xbb\xbf{\"name\": \"\t\"}");
    QCOMPARE(tab.issues.size(), 1);
    QCOMPARE(tab.issues.first().line, 1);
    QCOMPARE(tab.issues.first().column, 11);
}

void tst_ProjectFile::blankKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NodePath>("node");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty key at the top")
        << QByteArray("{\n    \"formatVersion\": 1,\n    \"\": 1\n}") << R"([""])" << NodePath {}
        << 3 << 5 << "a key with an empty name at line 3, column 5, ignored";
    QTest::newRow("key of one space at the top")
        << QByteArray("{\n    \"formatVersion\": 1,\n    \" \": 2\n}") << R"([" "])" << NodePath {}
        << 3 << 5 << R"(a key made only of spaces (" ") at line 3, column 5, ignored)";
    QTest::newRow("key of an escaped tab in a device")
        << QByteArray(BaseProject).replace("\"scanTime\": 1000,", "\"scanTime\": 1000, \"\\t\": 0,")
        << R"(connections[0].devices[0]["\t"])" << NodePath {0, 0} << 12 << 39
        << R"(a key made only of spaces ("\t") at line 12, column 39)";
    QTest::newRow("key of a no-break space in a variable")
        << QByteArray(BaseProject).replace("\"offset\": 2,", "\"offset\": 2, \"\xc2\xa0\": 0,")
        << "connections[0].devices[0].frames[0].variables[1][\"\u00a0\"]" << NodePath {0, 0, 0, 1}
        << 21 << 87 << "a key made only of spaces";
}

void tst_ProjectFile::blankKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(NodePath, node);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    // Reported once, with its place, and ignored like an unknown field: a warning.
    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY2(result.issues.size() == 1, qPrintable(listing(result.issues)));
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(!issue.isError());
    QCOMPARE(issue.path, path);
    QCOMPARE(issue.node, node);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
}

void tst_ProjectFile::notAnObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line"); // where the top-level value starts
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << 1 << 1
                            << "must hold one JSON object ({ … }), but it holds a list";
    QTest::newRow("a list after blank lines")
        << QByteArray("\n\n  [ {\"formatVersion\": 1} ]") << 3 << 3 << "but it holds a list";
    QTest::newRow("a list holding a raw tab")
        << QByteArray("[\"\t\"]") << 1 << 1 << "but it holds a list";
    QTest::newRow("a number") << QByteArray("42\n") << 1 << 1 << "but it holds a number";
    QTest::newRow("a negative number") << QByteArray(" -1") << 1 << 2 << "but it holds a number";
    QTest::newRow("text") << QByteArray("\"project\"") << 1 << 1 << "but it holds text";
    QTest::newRow("true") << QByteArray("true") << 1 << 1 << "but it holds true";
    QTest::newRow("false") << QByteArray("\tfalse") << 1 << 2 << "but it holds false";
    QTest::newRow("null") << QByteArray("null") << 1 << 1 << "but it holds null";
    QTest::newRow("a list after a byte order mark")
        << QByteArray("\xef\xbb\xbf[]") << 1 << 1 << "but it holds a list";
    QTest::newRow("an empty file") << QByteArray() << 1 << 1 << "the file is empty";
    QTest::newRow("a blank file") << QByteArray("  \r\n\t") << 2 << 2 << "the file is empty";
    QTest::newRow("a stray word") << QByteArray("project {}") << 1 << 1
                                  << R"(but it starts with "p")";
}

void tst_ProjectFile::notAnObject()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(text);
    QVERIFY2(result.issues.size() == 1, qPrintable(listing(result.issues)));
    const ProjectIssue &issue = result.issues.first();
    QVERIFY(issue.isError());
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    const QString place = QStringLiteral("line %1, column %2").arg(line).arg(column);
    QVERIFY2(issue.message.contains(place), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(fragment), qPrintable(issue.message));
    QCOMPARE(issue.node, NodePath {});
    QVERIFY(issue.field.isEmpty());
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

// A character that would break or forge a line of `vigie-runtime --check` (or reorder it on a
// terminal): C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides.
static bool isInvisibleControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 || u == 0x061C
        || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

void tst_ProjectFile::controlCharactersAreEscaped_data()
{
    QTest::addColumn<Patch>("patch");
    QTest::addColumn<QString>("path"); // as listed: control characters escaped
    QTest::addColumn<QString>("fragment");

    const QString v0 = "connections[0].devices[0].frames[0].variables[0]";
    const QString v1 = "connections[0].devices[0].frames[0].variables[1]";
    QTest::newRow("duplicate variable name holding a newline")
        << Patch {{v0 + ".name", "a\nb"}, {v1 + ".name", "a\nb"}} << v1 + ".name"
        << R"("a\nb" is already the name of connections[0].devices[0].frames[0].variables[0])";
    QTest::newRow("name with CR LF and spaces around")
        << Patch {{v0 + ".name", " a\r\nb "}} << v0 + ".name"
        << R"(" a\r\nb " starts or ends with spaces)";
    QTest::newRow("unknown key holding a newline")
        << Patch {{"connections[0].devices[0].x\ny", 1}} << R"(connections[0].devices[0]["x\ny"])"
        << "unknown field";
    QTest::newRow("unknown key at the top holding a terminal reset (ESC c)") << Patch {{"\x1b"
                                                                                        "c",
                                                                                        1}}
                                                                             << R"(["\u001bc"])"
                                                                             << "unknown field";
    QTest::newRow("unknown key in a block holding a NUL")
        << Patch {{"connections[0].tcp." + QString(QChar(0)) + "p", 1}}
        << R"(connections[0].tcp["\u0000p"])"
        << "unknown field";
    QTest::newRow("enumeration value holding a tab")
        << Patch {{v0 + ".dataType", "Float\t32"}} << v0 + ".dataType"
        << R"("Float\t32" is not one of)";
    QTest::newRow("frame name holding a newline, named by a variable")
        << Patch {{"connections[0].devices[0].frames[0].isWritable", false},
                  {"connections[0].devices[0].frames[0].name", "hr\nerror: forged"}}
        << v0 + ".writable"
        << R"(the frame "hr\nerror: forged" is not writable)";
    QTest::newRow("overlapped variable named with a line separator")
        << Patch {{v0 + ".name", QString(QString("set") + QChar(0x2028) + "point")},
                  {v1 + ".offset", 0}}
        << v1 + ".offset"
        << R"(overlaps "set\u2028point")";
    QTest::newRow("duplicate device name holding a right-to-left override")
        << Patch {{"connections[0].devices[1]",
                   device(QString("dev") + QChar(0x202E) + "1", "other")},
                  {"connections[0].devices[0].name", QString(QString("dev") + QChar(0x202E) + "1")}}
        << "connections[0].devices[1].name"
        << R"("dev\u202e1" is already the name)";
    QTest::newRow("text value holding DEL and a C1 control")
        << Patch {{"connections[0].devices[0].scanTime", QString(QString("1\x7f") + QChar(0x85))}}
        << "connections[0].devices[0].scanTime"
        << R"("1\u007f\u0085" is not a whole number)";
}

void tst_ProjectFile::controlCharactersAreEscaped()
{
    QFETCH(Patch, patch);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    const ProjectLoadResult result = ProjectFile::parse(json(patched(baseObject(), patch)));
    QVERIFY(!result.issues.isEmpty());
    for (const ProjectIssue &issue : result.issues) {
        for (const QString &text : {issue.toString(), issue.path, issue.field, issue.message}) {
            QVERIFY2(std::none_of(text.cbegin(), text.cend(), isInvisibleControl),
                     qPrintable(QString(text).replace(QLatin1Char('\n'), QLatin1String("⏎"))));
        }
    }
    QVERIFY2(std::any_of(result.issues.cbegin(), result.issues.cend(),
                         [&](const ProjectIssue &i) {
                             return i.path == path && i.message.contains(fragment)
                                 && i.toString().startsWith(path + QLatin1String(": "));
                         }),
             qPrintable(QStringLiteral("expected an issue at %1 containing %2; got:\n%3")
                            .arg(path, fragment, listing(result.issues))
                            .replace(QLatin1Char('\n'), QLatin1String("⏎\n"))));
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
