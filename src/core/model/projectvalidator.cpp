#include "projectvalidator.h"

#include "acquisition/valuecodec.h"
#include "issuereporter.h"
#include "mqtt/mqttsettingscheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <array>
#include <cmath>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)
};

// Reports the second and later uses of a name, pointing at the first.
class NameRegistry
{
public:
    explicit NameRegistry(QString what)
        : m_what(std::move(what))
    {
    }
    void check(const IssueReporter &at, const QString &name)
    {
        if (name.trimmed().isEmpty()) {
            at.error(QStringLiteral("name"), Tr::tr("is empty: every %1 needs a name").arg(m_what));
            return;
        }
        if (name != name.trimmed()) {
            at.warning(QStringLiteral("name"),
                       Tr::tr("\"%1\" starts or ends with spaces, which are hard to see")
                           .arg(escapedText(name)));
        }
        const auto it = m_first.constFind(name);
        if (it != m_first.constEnd()) {
            at.error(QStringLiteral("name"),
                     Tr::tr("\"%1\" is already the name of %2").arg(escapedText(name), *it));
            return;
        }
        m_first.insert(name, at.path());
    }
    [[nodiscard]] bool contains(const QString &name) const { return m_first.contains(name); }

private:
    QString m_what;
    QHash<QString, QString> m_first; // name → the path of what holds it first
};

// How a value is shown, the same for an acquired and a calculated variable: decimals for
// numbers, on/off texts for a Bool.
void checkDisplayFields(const IssueReporter &at, DataType type, const std::optional<int> &decimals,
                        const QString &onText, const QString &offText)
{
    if (decimals) {
        if (!isNumeric(type))
            at.error(QStringLiteral("decimals"),
                     Tr::tr("is only for numbers, not a %1").arg(toString(type)));
        else
            checkRange(at, QStringLiteral("decimals"), *decimals, 0, 10);
    }
    if ((!onText.isEmpty() || !offText.isEmpty()) && type != DataType::Bool)
        at.error(onText.isEmpty() ? QStringLiteral("offText") : QStringLiteral("onText"),
                 Tr::tr("is only for a Bool, not a %1").arg(toString(type)));
}

void validateSimulation(const IssueReporter &at, const SimulationSpec &s)
{
    if (s.period < 100 && s.waveform != Waveform::Constant && s.waveform != Waveform::RandomWalk)
        at.error(QStringLiteral("period"), Tr::tr("%1 ms is below 100 ms").arg(s.period));
    if (!std::isfinite(s.amplitude))
        at.error(QStringLiteral("amplitude"), Tr::tr("is not a finite number"));
    if (!std::isfinite(s.offset))
        at.error(QStringLiteral("offset"), Tr::tr("is not a finite number"));
}

void validateVariable(const IssueReporter &at, const Variable &v, const Frame &frame,
                      const Connection &connection)
{
    const bool bitFrame = isBitFrame(frame.type);
    if (bitFrame && v.dataType != DataType::Bool) {
        at.error(QStringLiteral("dataType"),
                 Tr::tr("%1 cannot live in a %2 frame, which holds single bits: use Bool, or a "
                        "register frame")
                     .arg(toString(v.dataType), toString(frame.type)));
    }
    if (v.bit) {
        if (bitFrame)
            at.error(QStringLiteral("bit"),
                     Tr::tr("is only for a Bool in a register frame; a %1 "
                            "frame already addresses single bits")
                         .arg(toString(frame.type)));
        else if (v.dataType != DataType::Bool)
            at.error(QStringLiteral("bit"),
                     Tr::tr("is only for a Bool, not a %1").arg(toString(v.dataType)));
        else
            checkRange(at, QStringLiteral("bit"), *v.bit, 0, 15, Tr::tr("a register has 16 bits"));
    }
    // A Bool in a register frame without a bit reads the whole register as zero / non-zero.
    if (v.dataType == DataType::String) {
        if (v.length < 1 || v.length > Variable::MaxStringLength)
            at.error(QStringLiteral("length"),
                     Tr::tr("%1 is outside 1–%2 characters: a String needs "
                            "its length")
                         .arg(v.length)
                         .arg(Variable::MaxStringLength));
    } else if (v.length != 0) {
        at.error(QStringLiteral("length"),
                 Tr::tr("is only for a String, not a %1").arg(toString(v.dataType)));
    }

    // Sums in 64 bits: offsets, lengths and quantities come from the file and may be near 2^31.
    const qint64 width = v.width(frame.type);
    if (v.offset < 0) {
        at.error(QStringLiteral("offset"), Tr::tr("%1 is negative").arg(v.offset));
    } else if (v.offset + width > frame.quantity) {
        const QString unit = bitFrame ? Tr::tr("bits") : Tr::tr("registers");
        at.error(QStringLiteral("offset"),
                 Tr::tr("%1 + %2 %3 falls outside the frame, which holds %4 %3 (addresses %5–%6)")
                     .arg(v.offset)
                     .arg(width)
                     .arg(unit)
                     .arg(frame.quantity)
                     .arg(frame.startAddress)
                     .arg(qint64(frame.startAddress) + frame.quantity - 1));
    }

    if (!std::isfinite(v.scale) || v.scale == 0.0)
        at.error(QStringLiteral("scale"), Tr::tr("must be a non-zero number"));
    if (!std::isfinite(v.scaleOffset))
        at.error(QStringLiteral("scaleOffset"), Tr::tr("is not a finite number"));
    if ((v.dataType == DataType::Bool || v.dataType == DataType::String)
        && (v.scale != 1.0 || v.scaleOffset != 0.0)) {
        at.error(QStringLiteral("scale"),
                 Tr::tr("a %1 cannot be scaled").arg(toString(v.dataType)));
    }
    // JSON has no infinity or NaN: such a limit could be saved but never read back.
    if (v.min && !std::isfinite(*v.min))
        at.error(QStringLiteral("min"), Tr::tr("is not a finite number"));
    if (v.max && !std::isfinite(*v.max))
        at.error(QStringLiteral("max"), Tr::tr("is not a finite number"));
    if (v.min && v.max && *v.min > *v.max)
        at.error(QStringLiteral("min"), Tr::tr("%1 is above max %2").arg(*v.min).arg(*v.max));
    if (v.deadband < 0 || !std::isfinite(v.deadband))
        at.error(QStringLiteral("deadband"), Tr::tr("%1 is negative").arg(v.deadband));
    checkDisplayFields(at, v.dataType, v.decimals, v.onText, v.offText);

    if (v.writable) {
        if (isReadOnlyFrame(frame.type))
            at.error(QStringLiteral("writable"),
                     Tr::tr("a %1 frame cannot be written by Modbus").arg(toString(frame.type)));
        else if (!frame.isWritable)
            at.error(QStringLiteral("writable"),
                     Tr::tr("the frame \"%1\" is not writable (isWritable is false)")
                         .arg(escapedText(frame.name)));
    }
    // A command from the cloud writes through the same checks as an operator, so only what an
    // operator may write, and only what the cloud can see.
    if (v.remoteWrite && !v.writable)
        at.error(QStringLiteral("remoteWrite"),
                 Tr::tr("needs writable: the cloud may only write what an operator may write"));
    else if (v.remoteWrite && !v.published)
        at.error(QStringLiteral("remoteWrite"),
                 Tr::tr("needs published: the cloud can only command a metric it was given"));

    if (v.simulation) {
        if (connection.protocol != Protocol::Simulation)
            at.warning(QStringLiteral("simulation"),
                       Tr::tr("ignored: the connection is %1, not Simulation")
                           .arg(toString(connection.protocol)));
        else
            validateSimulation(at.child(QStringLiteral("simulation")), *v.simulation);
    }
}

void validateFrame(const IssueReporter &at, const Frame &f, const Device &device,
                   const Connection &connection, NameRegistry &variableNames)
{
    checkRange(at, QStringLiteral("startAddress"), f.startAddress, 0, 65535);
    const int limit = maxQuantity(f.type);
    if (f.quantity < 1) {
        at.error(QStringLiteral("quantity"), Tr::tr("%1 is less than 1").arg(f.quantity));
    } else if (f.quantity > limit) {
        at.error(QStringLiteral("quantity"),
                 Tr::tr("%1 is more than %2 %3 (the most one Modbus request reads)")
                     .arg(f.quantity)
                     .arg(limit)
                     .arg(isBitFrame(f.type) ? Tr::tr("bits") : Tr::tr("registers")));
    } else if (f.startAddress >= 0 && qint64(f.startAddress) + f.quantity > 65536) {
        at.error(QStringLiteral("quantity"),
                 Tr::tr("%1 from address %2 runs past the last address, 65535")
                     .arg(f.quantity)
                     .arg(f.startAddress));
    }
    if (f.scanTimeFactor < 1)
        at.error(QStringLiteral("scanTimeFactor"),
                 Tr::tr("%1 is less than 1").arg(f.scanTimeFactor));
    checkRange(at, QStringLiteral("interFrameDelay"), f.interFrameDelay, 0, 60000);
    if (f.minutesOffset) {
        const qint64 period = qint64(device.scanTime) * std::max(1, f.scanTimeFactor);
        if (period % 60000 != 0) {
            at.error(
                QStringLiteral("minutesOffset"),
                Tr::tr("needs a frame period in whole minutes, but scanTime × scanTimeFactor is "
                       "%1 ms")
                    .arg(period));
        } else {
            checkRange(
                at, QStringLiteral("minutesOffset"), *f.minutesOffset, 0, period / 60000 - 1,
                Tr::tr("the offset must fall within one period of %1 min").arg(period / 60000));
        }
    }
    if (!f.isReadable && !f.isWritable)
        at.warning(QStringLiteral("isReadable"),
                   Tr::tr("the frame is neither readable nor writable"));

    for (int i = 0; i < f.variables.size(); ++i) {
        const Variable &v = f.variables[i];
        const IssueReporter vat = at.item(i);
        variableNames.check(vat, v.name);
        validateVariable(vat, v, f, connection);
    }
    for (int i = 0; i < f.variables.size(); ++i) {
        const Variable &a = f.variables[i];
        for (int j = 0; j < i; ++j) {
            const Variable &b = f.variables[j];
            const bool overlap = a.offset < qint64(b.offset) + b.width(f.type)
                && b.offset < qint64(a.offset) + a.width(f.type);
            const bool distinctBits = a.bit && b.bit && *a.bit != *b.bit && a.offset == b.offset;
            if (overlap && !distinctBits) {
                at.item(i).warning(
                    QStringLiteral("offset"),
                    Tr::tr("overlaps \"%1\" in the same frame").arg(escapedText(b.name)));
                break;
            }
        }
    }
}

void validateDevice(const IssueReporter &at, const Device &d, const Connection &connection,
                    NameRegistry &variableNames)
{
    if (d.scanTime < 100)
        at.error(QStringLiteral("scanTime"),
                 Tr::tr("%1 ms is below 100 ms, the fastest scan Vigie "
                        "allows")
                     .arg(d.scanTime));
    if (connection.protocol == Protocol::ModbusRtu) {
        checkRange(at, QStringLiteral("stationAddress"), d.stationAddress, 0, 247,
                   Tr::tr("RTU slaves use 1–247, and 0 to write to all of them at once"));
        // Station 0 is the RTU broadcast: every slave obeys, none answers.
        const bool readsSomething = std::any_of(d.frames.cbegin(), d.frames.cend(),
                                                [](const Frame &f) { return f.isReadable; });
        if (d.stationAddress == 0 && readsSomething)
            at.error(QStringLiteral("stationAddress"),
                     Tr::tr("0 is the broadcast address, which no slave answers: its frames must "
                            "be write-only (isReadable: false)"));
    } else {
        checkRange(at, QStringLiteral("stationAddress"), d.stationAddress, 0, 255);
    }
    if (d.maskWrite && connection.protocol == Protocol::Simulation)
        at.warning(QStringLiteral("maskWrite"),
                   Tr::tr("ignored: Mask Write Register is a Modbus function, and the connection "
                          "is Simulation"));
    checkRange(at, QStringLiteral("maxRequestsInFlight"), d.maxRequestsInFlight, 1, 16);
    if (connection.protocol == Protocol::ModbusRtu && d.maxRequestsInFlight != 1)
        at.error(QStringLiteral("maxRequestsInFlight"),
                 Tr::tr("a serial bus carries one request at a time: use 1"));

    NameRegistry frameNames(Tr::tr("frame"));
    for (int i = 0; i < d.frames.size(); ++i) {
        const IssueReporter fat = at.item(i);
        frameNames.check(fat, d.frames[i].name);
        validateFrame(fat, d.frames[i], d, connection, variableNames);
    }
}

void validateConnection(const IssueReporter &at, const Connection &c, NameRegistry &variableNames)
{
    if (c.protocol == Protocol::ModbusTcp) {
        const IssueReporter tcp = at.child(QStringLiteral("tcp"));
        if (c.tcp.host.trimmed().isEmpty())
            tcp.error(QStringLiteral("host"), Tr::tr("is empty"));
        checkRange(tcp, QStringLiteral("port"), c.tcp.port, 1, 65535);
    }
    if (c.protocol == Protocol::ModbusRtu) {
        const IssueReporter serial = at.child(QStringLiteral("serial"));
        if (c.serial.port.trimmed().isEmpty())
            serial.error(QStringLiteral("port"), Tr::tr("is empty"));
        checkRange(serial, QStringLiteral("baudRate"), c.serial.baudRate, 50, 4000000);
        checkRange(serial, QStringLiteral("dataBits"), c.serial.dataBits, 5, 8);
        checkRange(serial, QStringLiteral("stopBits"), c.serial.stopBits, 1, 2);
    }
    checkRange(at, QStringLiteral("timeout"), c.timeout, 10, 600000, Tr::tr("milliseconds"));
    checkRange(at, QStringLiteral("retries"), c.retries, 0, 10);

    NameRegistry deviceNames(Tr::tr("device"));
    for (int i = 0; i < c.devices.size(); ++i) {
        const IssueReporter dat = at.item(i);
        deviceNames.check(dat, c.devices[i].name);
        validateDevice(dat, c.devices[i], c, variableNames);
    }
}

// The addresses one gateway.map entry occupies in its table, once its tag and place are valid.
struct ServedSpan
{
    qint64 first = 0;
    qint64 end = 0; // one past the last address
    int index = 0; // in Gateway::map
};

void validateGatewayMapping(const IssueReporter &at, const GatewayMapping &m, const Gateway &g,
                            const Variable *v)
{
    if (m.tag.isEmpty())
        at.error(QStringLiteral("tag"), Tr::tr("is empty: name the variable to serve"));
    else if (!v)
        at.error(QStringLiteral("tag"),
                 Tr::tr("no variable is named \"%1\" (the gateway serves project variables)")
                     .arg(escapedText(m.tag)));
    // Bools are served as bits, numbers and text as registers. A Bool taken from a bit of a
    // device's register is a bit here too: packing served Bools into registers would make a
    // client's register write a read-modify-write of several tags.
    if (v && v->dataType == DataType::Bool && !isBitFrame(m.table)) {
        at.error(QStringLiteral("table"),
                 Tr::tr("a Bool is served as one bit: use Coil or DiscreteInput, not %1")
                     .arg(toString(m.table)));
    } else if (v && v->dataType != DataType::Bool && isBitFrame(m.table)) {
        at.error(QStringLiteral("table"),
                 Tr::tr("a %1 needs registers: use HoldingRegister or InputRegister, not %2")
                     .arg(toString(v->dataType), toString(m.table)));
    }
    if (m.address < 0 || m.address > 65535) {
        checkRange(at, QStringLiteral("address"), m.address, 0, 65535);
    } else if (v) {
        const qint64 width = v->width(m.table);
        if (m.address + width > 65536)
            at.error(QStringLiteral("address"),
                     Tr::tr("%1 + %2 %3 runs past the last address, 65535")
                         .arg(m.address)
                         .arg(width)
                         .arg(isBitFrame(m.table) ? Tr::tr("bits") : Tr::tr("registers")));
    }
    if (m.writable) {
        if (!g.allowWrites)
            at.error(QStringLiteral("writable"),
                     Tr::tr("the gateway takes no writes (allowWrites is false)"));
        if (isReadOnlyFrame(m.table))
            at.error(QStringLiteral("writable"),
                     Tr::tr("Modbus has no write to a %1: use Coil or HoldingRegister")
                         .arg(toString(m.table)));
        if (v && !v->writable)
            at.error(QStringLiteral("writable"),
                     Tr::tr("the variable \"%1\" is not writable").arg(escapedText(v->name)));
    }
}

// The acquired variables by name; the first one of a name when several have it (the others
// are reported by the NameRegistry).
QHash<QString, const Variable *> variablesByName(const Project &project)
{
    QHash<QString, const Variable *> variables;
    for (const VariablePath &p : project.variablePaths()) {
        const Variable &v = project.variable(p);
        if (!variables.contains(v.name))
            variables.insert(v.name, &v);
    }
    return variables;
}

// The gateway block: where the server listens and what each entry of its map serves.
void validateGateway(const IssueReporter &root, const Gateway &g,
                     const QHash<QString, const Variable *> &variables,
                     const ListIndices &listIndices)
{
    const IssueReporter at = root.child(QStringLiteral("gateway"));
    if (g.listenAddress.trimmed().isEmpty()) {
        at.error(QStringLiteral("listenAddress"),
                 Tr::tr("is empty: give an IP address, such as 127.0.0.1 (this machine only) or "
                        "0.0.0.0 (every interface)"));
    } else if (QHostAddress address; !address.setAddress(g.listenAddress)) {
        at.error(QStringLiteral("listenAddress"),
                 Tr::tr("\"%1\" is not an IP address, such as 127.0.0.1 (this machine only), "
                        "0.0.0.0 (every interface) or one of this machine's addresses")
                     .arg(escapedText(g.listenAddress)));
    }
    checkRange(at, QStringLiteral("port"), g.port, 1, 65535);
    checkRange(at, QStringLiteral("unitId"), g.unitId, 0, 255);
    if (g.badValue && !std::isfinite(*g.badValue))
        at.error(QStringLiteral("badValue"), Tr::tr("is not a finite number"));

    // Entries whose place is valid, by table, for the overlap check; the first entry the
    // substitute does not fit, for the badValue check.
    std::array<QList<ServedSpan>, 4> spans; // by FrameType
    QString badValueProblem;
    int badValueMisfits = 0;
    const auto place = [&listIndices](int i) {
        return placeInFile(listIndices, QStringLiteral("gateway.map"), i);
    };
    for (int i = 0; i < g.map.size(); ++i) {
        const GatewayMapping &m = g.map[i];
        const IssueReporter mat = at.element(QStringLiteral("map"), place(i));
        const Variable *v = variables.value(m.tag);
        validateGatewayMapping(mat, m, g, v);
        if (!v || (v->dataType == DataType::Bool) != isBitFrame(m.table))
            continue;
        const qint64 width = v->width(m.table);
        if (m.address < 0 || m.address + width > 65536)
            continue;
        spans[std::size_t(m.table)].append({m.address, m.address + width, i});
        if (g.badValue && std::isfinite(*g.badValue)) {
            Variable served = *v;
            served.byteOrder = m.byteOrder;
            QString why;
            if (ValueCodec::encode(served, m.table, *g.badValue, &why).isEmpty()
                && badValueMisfits++ == 0) {
                badValueProblem = Tr::tr("%1 cannot be served as %2 (\"%3\", a %4): %5")
                                      .arg(ValueCodec::format(*g.badValue), mat.path(),
                                           escapedText(v->name), toString(v->dataType), why);
            }
        }
    }
    if (badValueMisfits > 1)
        badValueProblem += Tr::tr(" (and %n more)", nullptr, badValueMisfits - 1);
    if (badValueMisfits > 0)
        at.error(QStringLiteral("badValue"), badValueProblem);

    // Two values cannot share an address. Sorted by address, each entry is checked against the
    // one that reaches furthest among those before it.
    for (QList<ServedSpan> &list : spans) {
        std::sort(list.begin(), list.end(), [](const ServedSpan &a, const ServedSpan &b) {
            return a.first != b.first ? a.first < b.first : a.index < b.index;
        });
        const ServedSpan *reach = nullptr;
        for (const ServedSpan &span : list) {
            if (reach && span.first < reach->end) {
                const ServedSpan &later = span.index > reach->index ? span : *reach;
                const ServedSpan &earlier = span.index > reach->index ? *reach : span;
                const GatewayMapping &other = g.map[earlier.index];
                at.element(QStringLiteral("map"), place(later.index))
                    .error(QStringLiteral("address"),
                           Tr::tr("overlaps %1 (\"%2\", addresses %3–%4) in the %5 table")
                               .arg(at.element(QStringLiteral("map"), place(earlier.index)).path(),
                                    escapedText(other.tag))
                               .arg(earlier.first)
                               .arg(earlier.end - 1)
                               .arg(toString(other.table)));
            }
            if (!reach || span.end > reach->end)
                reach = &span;
        }
    }
}

void validateCalculated(const IssueReporter &root, const Project &project,
                        const ListIndices &listIndices, NameRegistry &variableNames)
{
    const QString list = QStringLiteral("calculated");
    for (int i = 0; i < project.calculated.size(); ++i) {
        const CalculatedVariable &v = project.calculated[i];
        const IssueReporter at = root.element(list, placeInFile(listIndices, list, i));
        variableNames.check(at, v.name);
        if (v.formula.trimmed().isEmpty())
            at.error(QStringLiteral("formula"),
                     Tr::tr("is empty: a calculated variable needs a formula"));
        if (v.deadband < 0 || !std::isfinite(v.deadband))
            at.error(QStringLiteral("deadband"), Tr::tr("%1 is negative").arg(v.deadband));
        checkDisplayFields(at, v.dataType, v.decimals, v.onText, v.offText);
    }
}

// What a screen action may target: a tag for write, toggle and faceplate (writable for the
// first two, a Bool for a toggle), a screen for openScreen.
void validateAction(const IssueReporter &at, const ScreenAction &a, const Project &project,
                    const QHash<QString, const Variable *> &variables,
                    const NameRegistry &variableNames)
{
    if (a.element.trimmed().isEmpty())
        at.error(QStringLiteral("element"), Tr::tr("is empty: give the id of an SVG element"));
    if (a.kind == ScreenActionKind::OpenScreen) {
        if (!project.screen(a.target))
            at.error(QStringLiteral("target"),
                     Tr::tr("no screen is named \"%1\"").arg(escapedText(a.target)));
        return;
    }
    const Variable *v = variables.value(a.target);
    if (!v) {
        if (!variableNames.contains(a.target))
            at.error(QStringLiteral("target"),
                     Tr::tr("no variable is named \"%1\"").arg(escapedText(a.target)));
        else if (a.kind != ScreenActionKind::Faceplate)
            at.error(QStringLiteral("target"),
                     Tr::tr("\"%1\" is a calculated variable: it cannot be written")
                         .arg(escapedText(a.target)));
        return;
    }
    if (a.kind == ScreenActionKind::Faceplate)
        return;
    if (!v->writable)
        at.error(QStringLiteral("target"),
                 Tr::tr("the variable \"%1\" is not writable").arg(escapedText(v->name)));
    else if (a.kind == ScreenActionKind::Toggle && v->dataType != DataType::Bool)
        at.error(QStringLiteral("target"),
                 Tr::tr("\"%1\" is a %2: only a Bool can be toggled (use write)")
                     .arg(escapedText(v->name), toString(v->dataType)));
}

void validateScreens(const IssueReporter &root, const Project &project,
                     const QHash<QString, const Variable *> &variables,
                     const ListIndices &listIndices, const NameRegistry &variableNames)
{
    NameRegistry screenNames(Tr::tr("screen"));
    const QString list = QStringLiteral("screens");
    for (int i = 0; i < project.screens.size(); ++i) {
        const Screen &s = project.screens[i];
        const IssueReporter at = root.element(list, placeInFile(listIndices, list, i));
        screenNames.check(at, s.name);
        if (s.file.trimmed().isEmpty())
            at.error(QStringLiteral("file"),
                     Tr::tr("is empty: give the SVG file, relative to the project file"));
        if (!s.parent.isEmpty()) {
            if (s.parent == s.name) {
                at.error(QStringLiteral("parent"), Tr::tr("a screen cannot be its own parent"));
            } else if (!project.screen(s.parent)) {
                at.error(QStringLiteral("parent"),
                         Tr::tr("no screen is named \"%1\"").arg(escapedText(s.parent)));
            } else {
                // Up the parents: coming back to this screen is a loop.
                const Screen *up = project.screen(s.parent);
                for (int steps = 0; up && steps < project.screens.size(); ++steps) {
                    if (up->name == s.name) {
                        at.error(QStringLiteral("parent"),
                                 Tr::tr("\"%1\" leads back to this screen: parents must form a "
                                        "tree")
                                     .arg(escapedText(s.parent)));
                        break;
                    }
                    up = up->parent.isEmpty() ? nullptr : project.screen(up->parent);
                }
            }
        }
        const QString bindingsList = childPath(at.path(), QStringLiteral("bindings"));
        QHash<QPair<QString, int>, int> bound; // (element, attribute) → file index
        for (int b = 0; b < s.bindings.size(); ++b) {
            const ScreenBinding &binding = s.bindings[b];
            const int place = placeInFile(listIndices, bindingsList, b);
            const IssueReporter bat = at.element(QStringLiteral("bindings"), place);
            if (binding.element.trimmed().isEmpty())
                bat.error(QStringLiteral("element"),
                          Tr::tr("is empty: give the id of an SVG element"));
            if (binding.formula.trimmed().isEmpty())
                bat.error(QStringLiteral("formula"), Tr::tr("is empty: a binding needs a formula"));
            if ((binding.centerX || binding.centerY)
                && binding.attribute != BindingAttribute::Rotate) {
                bat.error(binding.centerX ? QStringLiteral("centerX") : QStringLiteral("centerY"),
                          Tr::tr("is only for a rotate binding, not %1")
                              .arg(toString(binding.attribute)));
            }
            for (const auto &c : {binding.centerX, binding.centerY}) {
                if (c && !std::isfinite(*c))
                    bat.error(c == binding.centerX ? QStringLiteral("centerX")
                                                   : QStringLiteral("centerY"),
                              Tr::tr("is not a finite number"));
            }
            const auto key = qMakePair(binding.element, int(binding.attribute));
            if (const auto it = bound.constFind(key); it != bound.constEnd()) {
                bat.error(QStringLiteral("attribute"),
                          Tr::tr("%1 of \"%2\" is already bound by %3: one formula per attribute")
                              .arg(toString(binding.attribute), escapedText(binding.element),
                                   at.element(QStringLiteral("bindings"), *it).path()));
            } else {
                bound.insert(key, place);
            }
        }
        const QString actionsList = childPath(at.path(), QStringLiteral("actions"));
        QHash<QString, int> clicked; // element → file index
        for (int a = 0; a < s.actions.size(); ++a) {
            const ScreenAction &action = s.actions[a];
            const int place = placeInFile(listIndices, actionsList, a);
            const IssueReporter aat = at.element(QStringLiteral("actions"), place);
            validateAction(aat, action, project, variables, variableNames);
            if (const auto it = clicked.constFind(action.element); it != clicked.constEnd()) {
                aat.error(QStringLiteral("element"),
                          Tr::tr("\"%1\" already has an action (%2): one action per element")
                              .arg(escapedText(action.element),
                                   at.element(QStringLiteral("actions"), *it).path()));
            } else {
                clicked.insert(action.element, place);
            }
        }
    }
}

} // namespace

ProjectIssues validateProject(const Project &project, const FileIndices &fileIndices,
                              const ListIndices &listIndices)
{
    ProjectIssues issues;
    const IssueReporter root(issues, fileIndices, NodePath {});
    NameRegistry connectionNames(Tr::tr("connection"));
    NameRegistry variableNames(Tr::tr("variable"));
    for (int i = 0; i < project.connections.size(); ++i) {
        const IssueReporter cat = root.item(i);
        connectionNames.check(cat, project.connections[i].name);
        validateConnection(cat, project.connections[i], variableNames);
    }
    // Built only for the blocks that look variables up by name.
    const QHash<QString, const Variable *> variables = project.gateway || !project.screens.isEmpty()
        ? variablesByName(project)
        : QHash<QString, const Variable *>();
    if (project.gateway)
        validateGateway(root, *project.gateway, variables, listIndices);
    validateCalculated(root, project, listIndices, variableNames);
    validateScreens(root, project, variables, listIndices, variableNames);
    issues.append(validateMqtt(project, listIndices));
    return issues;
}

} // namespace Vigie
