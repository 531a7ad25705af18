#include "projectfile.h"

#include "jsonobjectreader.h"
#include "jsonprescan.h"
#include "jsonwriter.h"
#include "projectvalidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace Vigie::ProjectFile {

namespace {

using Need = JsonObjectReader::Need;

// What reading gathers besides the project: the issues, and where nodes sit in the file.
struct Reading
{
    ProjectIssues &issues;
    FileIndices fileIndices;
    ListIndices listIndices; // lists outside the tree with an element that was not read
};

SimulationSpec readSimulation(const QJsonObject &o, const NodePath &node, const QString &field,
                              Reading &in)
{
    JsonObjectReader r(o, node, field, in.issues);
    SimulationSpec s;
    s.waveform = r.enumeration<Waveform>(QStringLiteral("waveform"), s.waveform, Need::Required);
    s.period = r.integer(QStringLiteral("period"), int(s.period));
    s.amplitude = r.number(QStringLiteral("amplitude"), s.amplitude);
    s.offset = r.number(QStringLiteral("offset"), s.offset);
    r.reportUnknownKeys();
    return s;
}

Variable readVariable(const QJsonObject &o, const NodePath &node, Reading &in)
{
    JsonObjectReader r(o, node, {}, in.issues);
    Variable v;
    v.name = r.string(QStringLiteral("name"), {}, Need::Required);
    v.description = r.string(QStringLiteral("description"));
    v.unit = r.string(QStringLiteral("unit"));
    v.dataType = r.enumeration<DataType>(QStringLiteral("dataType"), v.dataType, Need::Required);
    v.offset = r.integer(QStringLiteral("offset"), 0, Need::Required);
    v.bit = r.optionalInteger(QStringLiteral("bit"));
    v.length = r.integer(QStringLiteral("length"), 0);
    v.byteOrder = r.enumeration<ByteOrder>(QStringLiteral("byteOrder"), v.byteOrder);
    v.scale = r.number(QStringLiteral("scale"), v.scale);
    v.scaleOffset = r.number(QStringLiteral("scaleOffset"), v.scaleOffset);
    v.min = r.optionalNumber(QStringLiteral("min"));
    v.max = r.optionalNumber(QStringLiteral("max"));
    v.deadband = r.number(QStringLiteral("deadband"), v.deadband);
    v.decimals = r.optionalInteger(QStringLiteral("decimals"));
    v.onText = r.string(QStringLiteral("onText"));
    v.offText = r.string(QStringLiteral("offText"));
    v.writable = r.boolean(QStringLiteral("writable"), v.writable);
    v.published = r.boolean(QStringLiteral("published"), v.published);
    v.remoteWrite = r.boolean(QStringLiteral("remoteWrite"), v.remoteWrite);
    if (const auto sim = r.object(QStringLiteral("simulation")))
        v.simulation = readSimulation(*sim, node, r.fieldOf(QStringLiteral("simulation")), in);
    r.reportUnknownKeys();
    return v;
}

// Reads the list of child nodes (connections, devices, frames or variables) of the node `r`
// reads, each with `readOne`, reporting elements that are not objects.
template<typename T, typename ReadOne>
QList<T> readList(JsonObjectReader &r, const QString &key, Reading &in, ReadOne readOne)
{
    Q_ASSERT(r.fieldOf(key) == key); // child lists belong to nodes, not to blocks inside them
    QList<T> items;
    QList<int> fileIndices;
    const QJsonArray array = r.array(key);
    for (int i = 0; i < array.size(); ++i) {
        const NodePath item = r.node().child(i);
        if (!array[i].isObject()) {
            in.issues.append(ProjectIssue::at(ProjectIssue::Severity::Error, item, {},
                                              JsonObjectReader::tr("%1 is not an object")
                                                  .arg(JsonObjectReader::describe(array[i]))));
            continue;
        }
        fileIndices.append(i);
        items.append(readOne(array[i].toObject(), item, in));
    }
    if (fileIndices.size() != array.size())
        in.fileIndices.insert(r.node(), fileIndices);
    return items;
}

Frame readFrame(const QJsonObject &o, const NodePath &node, Reading &in)
{
    JsonObjectReader r(o, node, {}, in.issues);
    Frame f;
    f.name = r.string(QStringLiteral("name"), {}, Need::Required);
    f.description = r.string(QStringLiteral("description"));
    f.type = r.enumeration<FrameType>(QStringLiteral("type"), f.type, Need::Required);
    f.startAddress = r.integer(QStringLiteral("startAddress"), 0, Need::Required);
    f.quantity = r.integer(QStringLiteral("quantity"), 1, Need::Required);
    f.isReadable = r.boolean(QStringLiteral("isReadable"), f.isReadable);
    f.isWritable = r.boolean(QStringLiteral("isWritable"), f.isWritable);
    f.scanTimeFactor = r.optionalInteger(QStringLiteral("scanTimeFactor")).value_or(1);
    f.minutesOffset = r.optionalInteger(QStringLiteral("minutesOffset"));
    f.interFrameDelay = r.integer(QStringLiteral("interFrameDelay"), f.interFrameDelay);
    f.variables = readList<Variable>(r, QStringLiteral("variables"), in, readVariable);
    r.reportUnknownKeys();
    return f;
}

Device readDevice(const QJsonObject &o, const NodePath &node, Reading &in)
{
    JsonObjectReader r(o, node, {}, in.issues);
    Device d;
    d.name = r.string(QStringLiteral("name"), {}, Need::Required);
    d.description = r.string(QStringLiteral("description"));
    d.scanTime = r.integer(QStringLiteral("scanTime"), d.scanTime, Need::Required);
    d.scanType = r.enumeration<ScanType>(QStringLiteral("scanType"), d.scanType);
    d.stationAddress = r.integer(QStringLiteral("stationAddress"), d.stationAddress);
    d.maxRequestsInFlight = r.integer(QStringLiteral("maxRequestsInFlight"), d.maxRequestsInFlight);
    d.maskWrite = r.boolean(QStringLiteral("maskWrite"), d.maskWrite);
    d.frames = readList<Frame>(r, QStringLiteral("frames"), in, readFrame);
    r.reportUnknownKeys();
    return d;
}

Connection readConnection(const QJsonObject &o, const NodePath &node, Reading &in)
{
    JsonObjectReader r(o, node, {}, in.issues);
    Connection c;
    c.name = r.string(QStringLiteral("name"), {}, Need::Required);
    c.description = r.string(QStringLiteral("description"));
    c.protocol = r.enumeration<Protocol>(QStringLiteral("protocol"), c.protocol, Need::Required);
    c.timeout = r.integer(QStringLiteral("timeout"), c.timeout);
    c.retries = r.integer(QStringLiteral("retries"), c.retries);
    if (const auto tcp = r.object(QStringLiteral("tcp"))) {
        JsonObjectReader t(*tcp, node, r.fieldOf(QStringLiteral("tcp")), in.issues);
        c.tcp.host = t.string(QStringLiteral("host"), {}, Need::Required);
        c.tcp.port = t.integer(QStringLiteral("port"), c.tcp.port);
        t.reportUnknownKeys();
    } else if (c.protocol == Protocol::ModbusTcp) {
        r.error(QStringLiteral("tcp"),
                JsonObjectReader::tr("is missing: a ModbusTcp connection needs a host"));
    }
    if (const auto serial = r.object(QStringLiteral("serial"))) {
        JsonObjectReader s(*serial, node, r.fieldOf(QStringLiteral("serial")), in.issues);
        c.serial.port = s.string(QStringLiteral("port"), {}, Need::Required);
        c.serial.baudRate = s.integer(QStringLiteral("baudRate"), c.serial.baudRate);
        c.serial.parity = s.enumeration<Parity>(QStringLiteral("parity"), c.serial.parity);
        c.serial.dataBits = s.integer(QStringLiteral("dataBits"), c.serial.dataBits);
        c.serial.stopBits = s.integer(QStringLiteral("stopBits"), c.serial.stopBits);
        s.reportUnknownKeys();
    } else if (c.protocol == Protocol::ModbusRtu) {
        r.error(QStringLiteral("serial"),
                JsonObjectReader::tr("is missing: a ModbusRtu connection needs a serial port"));
    }
    c.devices = readList<Device>(r, QStringLiteral("devices"), in, readDevice);
    r.reportUnknownKeys();
    return c;
}

// Reads a list that is a field, not a list of tree nodes ("gateway.map", "calculated",
// "screens[1].bindings"), each element with `readOne(object, field, in)`, reporting elements
// that are not objects and noting where the ones read sit in the file.
template<typename T, typename ReadOne>
QList<T> readFieldList(JsonObjectReader &r, const QString &key, Reading &in, ReadOne readOne)
{
    QList<T> items;
    const QJsonArray array = r.array(key);
    QList<int> fileIndices;
    const QString listField = r.fieldOf(key);
    for (int i = 0; i < array.size(); ++i) {
        const QString field = indexPath(listField, i);
        if (!array[i].isObject()) {
            in.issues.append(ProjectIssue::at(ProjectIssue::Severity::Error, r.node(), field,
                                              JsonObjectReader::tr("%1 is not an object")
                                                  .arg(JsonObjectReader::describe(array[i]))));
            continue;
        }
        fileIndices.append(i);
        items.append(readOne(array[i].toObject(), field, in));
    }
    if (fileIndices.size() != array.size())
        in.listIndices.insert(listField, fileIndices);
    return items;
}

CalculatedVariable readCalculated(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    CalculatedVariable v;
    v.name = r.string(QStringLiteral("name"), {}, Need::Required);
    v.description = r.string(QStringLiteral("description"));
    v.unit = r.string(QStringLiteral("unit"));
    v.formula = r.string(QStringLiteral("formula"), {}, Need::Required);
    v.dataType = r.enumeration<DataType>(QStringLiteral("dataType"), v.dataType);
    v.decimals = r.optionalInteger(QStringLiteral("decimals"));
    v.onText = r.string(QStringLiteral("onText"));
    v.offText = r.string(QStringLiteral("offText"));
    v.deadband = r.number(QStringLiteral("deadband"), v.deadband);
    v.published = r.boolean(QStringLiteral("published"), v.published);
    r.reportUnknownKeys();
    return v;
}

ScreenBinding readBinding(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    ScreenBinding b;
    b.element = r.string(QStringLiteral("element"), {}, Need::Required);
    b.attribute =
        r.enumeration<BindingAttribute>(QStringLiteral("attribute"), b.attribute, Need::Required);
    b.formula = r.string(QStringLiteral("formula"), {}, Need::Required);
    b.centerX = r.optionalNumber(QStringLiteral("centerX"));
    b.centerY = r.optionalNumber(QStringLiteral("centerY"));
    r.reportUnknownKeys();
    return b;
}

ScreenAction readAction(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    ScreenAction a;
    a.element = r.string(QStringLiteral("element"), {}, Need::Required);
    a.kind = r.enumeration<ScreenActionKind>(QStringLiteral("action"), a.kind, Need::Required);
    a.target = r.string(QStringLiteral("target"), {}, Need::Required);
    r.reportUnknownKeys();
    return a;
}

// Screens, like the gateway, are fields of the project: "screens[1].bindings[4].formula".
Screen readScreen(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    Screen s;
    s.name = r.string(QStringLiteral("name"), {}, Need::Required);
    s.description = r.string(QStringLiteral("description"));
    s.file = r.string(QStringLiteral("file"), {}, Need::Required);
    s.parent = r.string(QStringLiteral("parent"));
    s.bindings = readFieldList<ScreenBinding>(r, QStringLiteral("bindings"), in, readBinding);
    s.actions = readFieldList<ScreenAction>(r, QStringLiteral("actions"), in, readAction);
    r.reportUnknownKeys();
    return s;
}

GatewayMapping readGatewayMapping(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    GatewayMapping m;
    m.tag = r.string(QStringLiteral("tag"), {}, Need::Required);
    m.table = r.enumeration<FrameType>(QStringLiteral("table"), m.table, Need::Required);
    m.address = r.integer(QStringLiteral("address"), m.address, Need::Required);
    m.byteOrder = r.enumeration<ByteOrder>(QStringLiteral("byteOrder"), m.byteOrder);
    m.writable = r.boolean(QStringLiteral("writable"), m.writable);
    r.reportUnknownKeys();
    return m;
}

// The gateway block is not a node of the tree: it and its map entries are fields of the
// project ("gateway.map[2].address"), so its issues carry the project's node, {}.
Gateway readGateway(const QJsonObject &o, Reading &in)
{
    JsonObjectReader r(o, {}, QStringLiteral("gateway"), in.issues);
    Gateway g;
    g.listenAddress = r.string(QStringLiteral("listenAddress"), g.listenAddress);
    g.port = r.integer(QStringLiteral("port"), g.port);
    g.unitId = r.integer(QStringLiteral("unitId"), g.unitId);
    g.allowWrites = r.boolean(QStringLiteral("allowWrites"), g.allowWrites);
    g.badValue = r.optionalNumber(QStringLiteral("badValue"));
    g.map = readFieldList<GatewayMapping>(r, QStringLiteral("map"), in, readGatewayMapping);
    r.reportUnknownKeys();
    return g;
}

MqttDeviceMapping readMqttDevice(const QJsonObject &o, const QString &field, Reading &in)
{
    JsonObjectReader r(o, {}, field, in.issues);
    MqttDeviceMapping m;
    m.connection = r.string(QStringLiteral("connection"), {}, Need::Required);
    m.device = r.string(QStringLiteral("device"), {}, Need::Required);
    m.publishAs = r.string(QStringLiteral("publishAs"), {}, Need::Required);
    r.reportUnknownKeys();
    return m;
}

// The mqtt block, like the gateway, is a field of the project: "mqtt.devices[1].publishAs".
MqttSettings readMqtt(const QJsonObject &o, Reading &in)
{
    JsonObjectReader r(o, {}, QStringLiteral("mqtt"), in.issues);
    MqttSettings m;
    m.broker = r.string(QStringLiteral("broker"), {}, Need::Required);
    m.clientId = r.string(QStringLiteral("clientId"));
    m.protocol = r.enumeration<MqttProtocol>(QStringLiteral("protocol"), m.protocol);
    m.keepAlive = r.integer(QStringLiteral("keepAlive"), m.keepAlive);
    m.secret = r.string(QStringLiteral("secret"));
    m.caFile = r.string(QStringLiteral("caFile"));
    m.certFile = r.string(QStringLiteral("certFile"));
    m.keyFile = r.string(QStringLiteral("keyFile"));
    m.verifyCertificate = r.boolean(QStringLiteral("verifyCertificate"), m.verifyCertificate);
    m.mode = r.enumeration<MqttMode>(QStringLiteral("mode"), m.mode);
    m.groupId = r.string(QStringLiteral("groupId"));
    m.edgeNodeId = r.string(QStringLiteral("edgeNodeId"));
    m.devices = readFieldList<MqttDeviceMapping>(r, QStringLiteral("devices"), in, readMqttDevice);
    m.qos = r.integer(QStringLiteral("qos"), m.qos);
    m.onChange = r.boolean(QStringLiteral("onChange"), m.onChange);
    m.period = r.integer(QStringLiteral("period"), m.period);
    m.birthTopic = r.string(QStringLiteral("birthTopic"), m.birthTopic);
    m.dataTopic = r.string(QStringLiteral("dataTopic"), m.dataTopic);
    m.primaryHost = r.string(QStringLiteral("primaryHost"));
    if (const auto queue = r.object(QStringLiteral("queue"))) {
        JsonObjectReader q(*queue, {}, QStringLiteral("mqtt.queue"), in.issues);
        m.queue.file = q.string(QStringLiteral("file"));
        m.queue.maxMegabytes = q.integer(QStringLiteral("maxMegabytes"), m.queue.maxMegabytes);
        m.queue.maxAgeHours = q.integer(QStringLiteral("maxAgeHours"), m.queue.maxAgeHours);
        m.queue.replayRate = q.integer(QStringLiteral("replayRate"), m.queue.replayRate);
        q.reportUnknownKeys();
    }
    r.reportUnknownKeys();
    return m;
}

// An error about the file's text at a byte offset: no node, no field, its line and column
// (1-based, counting characters, not UTF-8 continuation bytes) in the issue and its message.
ProjectIssue syntaxError(const QByteArray &data, qsizetype offset, const QString &what)
{
    const TextPosition at = textPosition(data, offset);
    ProjectIssue issue =
        ProjectIssue::at(ProjectIssue::Severity::Error, {}, {},
                         JsonObjectReader::tr("not valid JSON at line %1, column %2: %3")
                             .arg(QString::number(at.line), QString::number(at.column), what));
    issue.line = at.line;
    issue.column = at.column;
    return issue;
}

// The file must hold one object. If its top-level value is anything else, says what it is, at
// the place it starts; nothing if it starts with '{', or with a byte the pre-scan or the parser
// describes better (a control character, a byte beyond ASCII).
std::optional<ProjectIssue> notAnObject(const QByteArray &json)
{
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < json.size()
           && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
        ++i;
    }
    const TextPosition at = textPosition(json, i);
    const QString line = QString::number(at.line);
    const QString column = QString::number(at.column);
    QString message;
    if (i == json.size()) {
        message = JsonObjectReader::tr(
                      "the file is empty at line %1, column %2: it must hold one JSON object "
                      "({ … })")
                      .arg(line, column);
    } else {
        const QByteArrayView rest = QByteArrayView(json).sliced(i);
        const char c = rest.front();
        QString found;
        if (c == '{')
            return std::nullopt;
        if (c == '[')
            found = JsonObjectReader::tr("a list");
        else if (c == '-' || (c >= '0' && c <= '9'))
            found = JsonObjectReader::tr("a number");
        else if (c == '"')
            found = JsonObjectReader::tr("text");
        else if (rest.startsWith("true"))
            found = QStringLiteral("true");
        else if (rest.startsWith("false"))
            found = QStringLiteral("false");
        else if (rest.startsWith("null"))
            found = QStringLiteral("null");
        if (!found.isEmpty()) {
            message = JsonObjectReader::tr("the file must hold one JSON object ({ … }), but it "
                                           "holds %1 at line %2, column %3")
                          .arg(found, line, column);
        } else if (c > ' ' && c < 0x7F) {
            message = JsonObjectReader::tr("the file must hold one JSON object ({ … }), but it "
                                           "starts with \"%1\" at line %2, column %3")
                          .arg(QString(QLatin1Char(c)), line, column);
        } else {
            return std::nullopt;
        }
    }
    ProjectIssue issue = ProjectIssue::at(ProjectIssue::Severity::Error, {}, {}, message);
    issue.line = at.line;
    issue.column = at.column;
    return issue;
}

void writeVariable(JsonWriter &w, const Variable &v)
{
    w.beginObject();
    w.value(QStringLiteral("name"), v.name);
    if (!v.description.isEmpty())
        w.value(QStringLiteral("description"), v.description);
    if (!v.unit.isEmpty())
        w.value(QStringLiteral("unit"), v.unit);
    w.value(QStringLiteral("dataType"), toString(v.dataType));
    w.value(QStringLiteral("offset"), v.offset);
    if (v.bit)
        w.value(QStringLiteral("bit"), *v.bit);
    if (v.length != 0)
        w.value(QStringLiteral("length"), v.length);
    if (v.byteOrder != ByteOrder::ABCD)
        w.value(QStringLiteral("byteOrder"), toString(v.byteOrder));
    if (v.scale != 1.0)
        w.value(QStringLiteral("scale"), v.scale);
    if (v.scaleOffset != 0.0)
        w.value(QStringLiteral("scaleOffset"), v.scaleOffset);
    if (v.min)
        w.value(QStringLiteral("min"), *v.min);
    if (v.max)
        w.value(QStringLiteral("max"), *v.max);
    if (v.deadband != 0.0)
        w.value(QStringLiteral("deadband"), v.deadband);
    if (v.decimals)
        w.value(QStringLiteral("decimals"), *v.decimals);
    if (!v.onText.isEmpty())
        w.value(QStringLiteral("onText"), v.onText);
    if (!v.offText.isEmpty())
        w.value(QStringLiteral("offText"), v.offText);
    if (v.writable)
        w.value(QStringLiteral("writable"), true);
    if (v.published)
        w.value(QStringLiteral("published"), true);
    if (v.remoteWrite)
        w.value(QStringLiteral("remoteWrite"), true);
    if (v.simulation) {
        w.beginObject(QStringLiteral("simulation"));
        w.value(QStringLiteral("waveform"), toString(v.simulation->waveform));
        w.value(QStringLiteral("period"), v.simulation->period);
        w.value(QStringLiteral("amplitude"), v.simulation->amplitude);
        w.value(QStringLiteral("offset"), v.simulation->offset);
        w.endObject();
    }
    w.endObject();
}

void writeFrame(JsonWriter &w, const Frame &f)
{
    w.beginObject();
    w.value(QStringLiteral("name"), f.name);
    if (!f.description.isEmpty())
        w.value(QStringLiteral("description"), f.description);
    w.value(QStringLiteral("type"), toString(f.type));
    w.value(QStringLiteral("startAddress"), f.startAddress);
    w.value(QStringLiteral("quantity"), f.quantity);
    w.value(QStringLiteral("isReadable"), f.isReadable);
    w.value(QStringLiteral("isWritable"), f.isWritable);
    if (f.scanTimeFactor != 1)
        w.value(QStringLiteral("scanTimeFactor"), f.scanTimeFactor);
    if (f.minutesOffset)
        w.value(QStringLiteral("minutesOffset"), *f.minutesOffset);
    if (f.interFrameDelay != 0)
        w.value(QStringLiteral("interFrameDelay"), f.interFrameDelay);
    w.beginArray(QStringLiteral("variables"));
    for (const auto &v : f.variables)
        writeVariable(w, v);
    w.endArray();
    w.endObject();
}

void writeDevice(JsonWriter &w, const Device &d)
{
    w.beginObject();
    w.value(QStringLiteral("name"), d.name);
    if (!d.description.isEmpty())
        w.value(QStringLiteral("description"), d.description);
    w.value(QStringLiteral("scanTime"), d.scanTime);
    w.value(QStringLiteral("scanType"), toString(d.scanType));
    w.value(QStringLiteral("stationAddress"), d.stationAddress);
    if (d.maxRequestsInFlight != 1)
        w.value(QStringLiteral("maxRequestsInFlight"), d.maxRequestsInFlight);
    if (d.maskWrite)
        w.value(QStringLiteral("maskWrite"), true);
    w.beginArray(QStringLiteral("frames"));
    for (const auto &f : d.frames)
        writeFrame(w, f);
    w.endArray();
    w.endObject();
}

void writeGateway(JsonWriter &w, const Gateway &g)
{
    // Where the server listens and whether it takes writes are always written: a reader of the
    // file should not have to know the defaults to see what the station exposes.
    w.beginObject(QStringLiteral("gateway"));
    w.value(QStringLiteral("listenAddress"), g.listenAddress);
    w.value(QStringLiteral("port"), g.port);
    w.value(QStringLiteral("unitId"), g.unitId);
    w.value(QStringLiteral("allowWrites"), g.allowWrites);
    if (g.badValue)
        w.value(QStringLiteral("badValue"), *g.badValue);
    w.beginArray(QStringLiteral("map"));
    for (const GatewayMapping &m : g.map) {
        w.beginObject();
        w.value(QStringLiteral("tag"), m.tag);
        w.value(QStringLiteral("table"), toString(m.table));
        w.value(QStringLiteral("address"), m.address);
        if (m.byteOrder != ByteOrder::ABCD)
            w.value(QStringLiteral("byteOrder"), toString(m.byteOrder));
        if (m.writable)
            w.value(QStringLiteral("writable"), true);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeMqtt(JsonWriter &w, const MqttSettings &m)
{
    // The broker, the mode and the ids are always written; the rest only when not the default.
    const MqttSettings defaults;
    w.beginObject(QStringLiteral("mqtt"));
    w.value(QStringLiteral("broker"), m.broker);
    if (!m.clientId.isEmpty())
        w.value(QStringLiteral("clientId"), m.clientId);
    if (m.protocol != defaults.protocol)
        w.value(QStringLiteral("protocol"), toString(m.protocol));
    if (m.keepAlive != defaults.keepAlive)
        w.value(QStringLiteral("keepAlive"), m.keepAlive);
    if (!m.secret.isEmpty())
        w.value(QStringLiteral("secret"), m.secret);
    if (!m.caFile.isEmpty())
        w.value(QStringLiteral("caFile"), m.caFile);
    if (!m.certFile.isEmpty())
        w.value(QStringLiteral("certFile"), m.certFile);
    if (!m.keyFile.isEmpty())
        w.value(QStringLiteral("keyFile"), m.keyFile);
    if (m.verifyCertificate != defaults.verifyCertificate)
        w.value(QStringLiteral("verifyCertificate"), m.verifyCertificate);
    w.value(QStringLiteral("mode"), toString(m.mode));
    w.value(QStringLiteral("groupId"), m.groupId);
    w.value(QStringLiteral("edgeNodeId"), m.edgeNodeId);
    if (!m.devices.isEmpty()) {
        w.beginArray(QStringLiteral("devices"));
        for (const MqttDeviceMapping &d : m.devices) {
            w.beginObject();
            w.value(QStringLiteral("connection"), d.connection);
            w.value(QStringLiteral("device"), d.device);
            w.value(QStringLiteral("publishAs"), d.publishAs);
            w.endObject();
        }
        w.endArray();
    }
    if (m.qos != defaults.qos)
        w.value(QStringLiteral("qos"), m.qos);
    if (m.onChange != defaults.onChange)
        w.value(QStringLiteral("onChange"), m.onChange);
    if (m.period != defaults.period)
        w.value(QStringLiteral("period"), m.period);
    if (m.birthTopic != defaults.birthTopic)
        w.value(QStringLiteral("birthTopic"), m.birthTopic);
    if (m.dataTopic != defaults.dataTopic)
        w.value(QStringLiteral("dataTopic"), m.dataTopic);
    if (!m.primaryHost.isEmpty())
        w.value(QStringLiteral("primaryHost"), m.primaryHost);
    if (m.queue != defaults.queue) {
        w.beginObject(QStringLiteral("queue"));
        if (!m.queue.file.isEmpty())
            w.value(QStringLiteral("file"), m.queue.file);
        w.value(QStringLiteral("maxMegabytes"), m.queue.maxMegabytes);
        w.value(QStringLiteral("maxAgeHours"), m.queue.maxAgeHours);
        w.value(QStringLiteral("replayRate"), m.queue.replayRate);
        w.endObject();
    }
    w.endObject();
}

void writeCalculated(JsonWriter &w, const CalculatedVariable &v)
{
    w.beginObject();
    w.value(QStringLiteral("name"), v.name);
    if (!v.description.isEmpty())
        w.value(QStringLiteral("description"), v.description);
    if (!v.unit.isEmpty())
        w.value(QStringLiteral("unit"), v.unit);
    w.value(QStringLiteral("formula"), v.formula);
    w.value(QStringLiteral("dataType"), toString(v.dataType));
    if (v.decimals)
        w.value(QStringLiteral("decimals"), *v.decimals);
    if (!v.onText.isEmpty())
        w.value(QStringLiteral("onText"), v.onText);
    if (!v.offText.isEmpty())
        w.value(QStringLiteral("offText"), v.offText);
    if (v.deadband != 0.0)
        w.value(QStringLiteral("deadband"), v.deadband);
    if (v.published)
        w.value(QStringLiteral("published"), true);
    w.endObject();
}

void writeScreen(JsonWriter &w, const Screen &s)
{
    w.beginObject();
    w.value(QStringLiteral("name"), s.name);
    if (!s.description.isEmpty())
        w.value(QStringLiteral("description"), s.description);
    w.value(QStringLiteral("file"), s.file);
    if (!s.parent.isEmpty())
        w.value(QStringLiteral("parent"), s.parent);
    w.beginArray(QStringLiteral("bindings"));
    for (const ScreenBinding &b : s.bindings) {
        w.beginObject();
        w.value(QStringLiteral("element"), b.element);
        w.value(QStringLiteral("attribute"), toString(b.attribute));
        w.value(QStringLiteral("formula"), b.formula);
        if (b.centerX)
            w.value(QStringLiteral("centerX"), *b.centerX);
        if (b.centerY)
            w.value(QStringLiteral("centerY"), *b.centerY);
        w.endObject();
    }
    w.endArray();
    w.beginArray(QStringLiteral("actions"));
    for (const ScreenAction &a : s.actions) {
        w.beginObject();
        w.value(QStringLiteral("element"), a.element);
        w.value(QStringLiteral("action"), toString(a.kind));
        w.value(QStringLiteral("target"), a.target);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeConnection(JsonWriter &w, const Connection &c)
{
    w.beginObject();
    w.value(QStringLiteral("name"), c.name);
    if (!c.description.isEmpty())
        w.value(QStringLiteral("description"), c.description);
    w.value(QStringLiteral("protocol"), toString(c.protocol));
    if (c.protocol == Protocol::ModbusTcp) {
        w.beginObject(QStringLiteral("tcp"));
        w.value(QStringLiteral("host"), c.tcp.host);
        w.value(QStringLiteral("port"), c.tcp.port);
        w.endObject();
    }
    if (c.protocol == Protocol::ModbusRtu) {
        w.beginObject(QStringLiteral("serial"));
        w.value(QStringLiteral("port"), c.serial.port);
        w.value(QStringLiteral("baudRate"), c.serial.baudRate);
        w.value(QStringLiteral("parity"), toString(c.serial.parity));
        w.value(QStringLiteral("dataBits"), c.serial.dataBits);
        w.value(QStringLiteral("stopBits"), c.serial.stopBits);
        w.endObject();
    }
    w.value(QStringLiteral("timeout"), c.timeout);
    w.value(QStringLiteral("retries"), c.retries);
    w.beginArray(QStringLiteral("devices"));
    for (const auto &d : c.devices)
        writeDevice(w, d);
    w.endArray();
    w.endObject();
}

} // namespace

ProjectLoadResult parse(const QByteArray &json)
{
    ProjectLoadResult result;
    if (auto issue = notAnObject(json)) {
        result.issues.append(*issue);
        return result;
    }
    // QJsonDocument lets raw control characters, unknown escapes, lone surrogates and duplicate
    // keys through: the pre-scan finds them. Of its first fatal problem and the parser's error,
    // the earlier one is reported, alone: nothing after it can be trusted.
    const JsonPrescan scan = prescanJson(json);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError;
    if (scan.fatal && (parsed || scan.fatal->offset <= parseError.offset)) {
        result.issues.append(syntaxError(json, scan.fatal->offset, scan.fatal->what));
        return result;
    }
    if (!parsed) {
        result.issues.append(syntaxError(json, parseError.offset, parseError.errorString()));
        return result;
    }
    Q_ASSERT(doc.isObject()); // it starts with '{' and parsed

    result.issues.append(scan.issues);
    Reading in {result.issues, {}};
    JsonObjectReader r(doc.object(), {}, {}, result.issues);
    const int version = r.integer(QStringLiteral("formatVersion"), 0, Need::Required);
    if (version > Project::FormatVersion) {
        r.error(QStringLiteral("formatVersion"),
                JsonObjectReader::tr("%1 is newer than this Vigie "
                                     "reads (%2): open it with a "
                                     "newer Vigie")
                    .arg(version)
                    .arg(Project::FormatVersion));
        return result;
    }
    if (version < 1 && doc.object().contains(QStringLiteral("formatVersion"))) {
        r.error(QStringLiteral("formatVersion"),
                JsonObjectReader::tr("%1 is not a format version (1 is the first)").arg(version));
    }
    Project &p = result.project;
    p.name = r.string(QStringLiteral("name"));
    p.description = r.string(QStringLiteral("description"));
    if (const auto gateway = r.object(QStringLiteral("gateway")))
        p.gateway = readGateway(*gateway, in);
    if (const auto mqtt = r.object(QStringLiteral("mqtt")))
        p.mqtt = readMqtt(*mqtt, in);
    p.connections = readList<Connection>(r, QStringLiteral("connections"), in, readConnection);
    p.calculated =
        readFieldList<CalculatedVariable>(r, QStringLiteral("calculated"), in, readCalculated);
    p.screens = readFieldList<Screen>(r, QStringLiteral("screens"), in, readScreen);
    r.reportUnknownKeys();

    result.issues.append(validateProject(p, in.fileIndices, in.listIndices));
    return result;
}

ProjectLoadResult load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ProjectLoadResult result;
        result.issues.append(ProjectIssue::at(ProjectIssue::Severity::Error, {}, {},
                                              JsonObjectReader::tr("cannot open %1: %2")
                                                  .arg(visibleText(fileName), file.errorString())));
        return result;
    }
    return parse(file.readAll());
}

QByteArray serialize(const Project &project)
{
    JsonWriter w;
    w.beginObject();
    w.value(QStringLiteral("formatVersion"), Project::FormatVersion);
    w.value(QStringLiteral("name"), project.name);
    if (!project.description.isEmpty())
        w.value(QStringLiteral("description"), project.description);
    if (project.gateway)
        writeGateway(w, *project.gateway);
    if (project.mqtt)
        writeMqtt(w, *project.mqtt);
    w.beginArray(QStringLiteral("connections"));
    for (const auto &c : project.connections)
        writeConnection(w, c);
    w.endArray();
    if (!project.calculated.isEmpty()) {
        w.beginArray(QStringLiteral("calculated"));
        for (const auto &v : project.calculated)
            writeCalculated(w, v);
        w.endArray();
    }
    if (!project.screens.isEmpty()) {
        w.beginArray(QStringLiteral("screens"));
        for (const auto &s : project.screens)
            writeScreen(w, s);
        w.endArray();
    }
    w.endObject();
    return w.data();
}

bool save(const Project &project, const QString &fileName, QString *errorMessage)
{
    QSaveFile file(fileName);
    const QByteArray data = serialize(project);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorMessage) {
            *errorMessage =
                JsonObjectReader::tr("cannot save %1: %2").arg(fileName, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace Vigie::ProjectFile
