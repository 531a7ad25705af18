// Tests of the frame planner: frames proposed from absolute addresses (gaps, the per-request
// limits, values never split, bits and aliases), inputs it must leave out and why, the re-plan of
// a device, the validator on what it plans, invariants on random address sets, and its speed.

#include "document/frameplanner.h"
#include "model/projectvalidator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Vigie;

using Inputs = QList<AddressedVariable>;
Q_DECLARE_METATYPE(Inputs)

namespace {

// One input in a line: "<table> <address> <type>[.bit|/length] [w]", the table as HR, IR, C or
// DI, e.g. "HR 10 Bool.3", "HR 0 String/10 w". Names are v0, v1… in input order.
AddressedVariable in(const QString &line, int index)
{
    const QStringList parts = line.split(QLatin1Char(' '));
    static const QHash<QString, FrameType> tables {{"HR", FrameType::HoldingRegister},
                                                   {"IR", FrameType::InputRegister},
                                                   {"C", FrameType::Coil},
                                                   {"DI", FrameType::DiscreteInput}};
    AddressedVariable a;
    a.table = tables.value(parts.at(0));
    a.address = parts.at(1).toInt();
    QString type = parts.at(2);
    if (const int dot = type.indexOf(QLatin1Char('.')); dot >= 0) {
        a.variable.bit = type.mid(dot + 1).toInt();
        type.truncate(dot);
    }
    if (const int slash = type.indexOf(QLatin1Char('/')); slash >= 0) {
        a.variable.length = type.mid(slash + 1).toInt();
        type.truncate(slash);
    }
    a.variable.dataType = *enumFromString<DataType>(type);
    a.variable.writable = parts.size() > 3 && parts.at(3) == "w";
    a.variable.name = QStringLiteral("v%1").arg(index);
    return a;
}

Inputs ins(const QStringList &lines)
{
    Inputs result;
    for (const QString &line : lines)
        result.append(in(line, int(result.size())));
    return result;
}

// Where each input went, as "frame:offset", "-" when left out: "0:0 0:11 -".
QString placements(const FramePlan &plan)
{
    QStringList parts;
    for (const PlannedInput &p : plan.inputs)
        parts.append(p.isPlaced() ? QStringLiteral("%1:%2").arg(p.frame).arg(p.offset) : "-");
    return parts.join(QLatin1Char(' '));
}

QStringList frameNames(const QList<Frame> &frames)
{
    QStringList names;
    for (const Frame &f : frames)
        names.append(f.name);
    return names;
}

Project projectWith(const Device &device)
{
    Connection c;
    c.name = "plc";
    c.protocol = Protocol::ModbusTcp;
    c.devices = {device};
    Project p;
    p.name = "planned";
    p.connections = {c};
    return p;
}

// The validator's issues about a device; aliases and duplicates overlap on purpose, and only
// those warnings are allowed when `allowOverlaps`.
QStringList validatorProblems(const Device &device, bool allowOverlaps)
{
    QStringList problems;
    for (const ProjectIssue &issue : validateProject(projectWith(device))) {
        if (allowOverlaps && !issue.isError() && issue.message.startsWith("overlaps"))
            continue;
        problems.append(issue.toString());
    }
    return problems;
}

// Holds for every plan: each placed input is in a frame of its table at its address, whole, and
// the frames of a table are ordered, disjoint and within the limits.
void checkInvariants(const Inputs &inputs, const FramePlan &plan, const FramePlanOptions &options)
{
    QCOMPARE(plan.inputs.size(), inputs.size());
    qsizetype variables = 0;
    for (int i = 0; i < plan.frames.size(); ++i) {
        const Frame &f = plan.frames[i];
        variables += f.variables.size();
        QVERIFY2(!f.variables.isEmpty(), qPrintable(f.name));
        const int limit = isBitFrame(f.type) ? options.maxBits : options.maxRegisters;
        QVERIFY2(f.quantity >= 1 && f.quantity <= std::min(limit, maxQuantity(f.type)),
                 qPrintable(f.name));
        QVERIFY(f.startAddress >= 0 && f.startAddress + f.quantity <= 65536);
        if (i > 0) {
            const Frame &before = plan.frames[i - 1];
            QVERIFY(int(before.type) <= int(f.type));
            if (before.type != f.type)
                continue;
            QVERIFY2(before.startAddress < f.startAddress,
                     qPrintable(QString(before.name + " / " + f.name)));
            // Frames overlap only where values do: the first value of this frame is an alias
            // of one in the frame before, too wide to be read with it.
            if (f.startAddress < before.startAddress + before.quantity) {
                const Variable &first = f.variables.first();
                QCOMPARE(first.offset, 0);
                const int firstEnd = f.startAddress + first.width(f.type);
                QVERIFY2(std::any_of(before.variables.cbegin(), before.variables.cend(),
                                     [&](const Variable &x) {
                                         const int a = before.startAddress + x.offset;
                                         return a < firstEnd
                                             && f.startAddress < a + x.width(before.type);
                                     }),
                         qPrintable(QString(before.name + " / " + f.name)));
            }
        }
    }
    QCOMPARE(variables, inputs.size() - plan.leftOutCount());
    for (int i = 0; i < inputs.size(); ++i) {
        const PlannedInput &p = plan.inputs[i];
        if (!p.isPlaced()) {
            QVERIFY(!p.problem.isEmpty());
            continue;
        }
        QVERIFY(p.problem.isEmpty());
        const Frame &f = plan.frames.at(p.frame);
        QVERIFY(f.type == inputs[i].table);
        QCOMPARE(f.startAddress + p.offset, inputs[i].address);
        QVERIFY(p.offset + inputs[i].variable.width(f.type) <= f.quantity);
        const auto v =
            std::find_if(f.variables.cbegin(), f.variables.cend(),
                         [&](const Variable &x) { return x.name == inputs[i].variable.name; });
        QVERIFY(v != f.variables.cend());
        QCOMPARE(v->offset, p.offset);
    }
}

// Bools, whole registers and the wider types at random addresses of every table, some sharing
// an address: what a careless spreadsheet holds.
Inputs randomInputs(int count, quint32 seed, int addressSpan)
{
    QRandomGenerator random(seed);
    Inputs inputs;
    inputs.reserve(count);
    constexpr DataType registerTypes[] = {DataType::Bool,    DataType::Int16,   DataType::UInt16,
                                          DataType::Int32,   DataType::UInt32,  DataType::Int64,
                                          DataType::Float32, DataType::Float64, DataType::String};
    for (int i = 0; i < count; ++i) {
        AddressedVariable a;
        a.table = FrameType(random.bounded(4));
        a.address = random.bounded(addressSpan);
        a.variable.name = QStringLiteral("r%1").arg(i);
        if (isBitFrame(a.table)) {
            a.variable.dataType = DataType::Bool;
        } else {
            a.variable.dataType = registerTypes[random.bounded(int(std::size(registerTypes)))];
            if (a.variable.dataType == DataType::Bool && random.bounded(2))
                a.variable.bit = random.bounded(16);
            if (a.variable.dataType == DataType::String)
                a.variable.length = 1 + random.bounded(Variable::MaxStringLength);
        }
        inputs.append(a);
    }
    return inputs;
}

} // namespace

class tst_FramePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void plannedFramesPassTheValidator_data() { plan_data(); }
    void plannedFramesPassTheValidator();
    void badInput_data();
    void badInput();
    void writableFrames();
    void limitsFromOptions();
    void randomAddressSets_data();
    void randomAddressSets();
    void replanKeepsAddresses();
    void replanKeepsPollingApart();
    void replanReportsWhatItLeavesOut();
    void tenThousandVariables();
};

void tst_FramePlanner::plan_data()
{
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<int>("maxGap");
    QTest::addColumn<QStringList>("frames");
    QTest::addColumn<QString>("placements");
    QTest::addColumn<bool>("overlaps"); // aliases on purpose: the validator warns of them

    QTest::newRow("nothing") << Inputs {} << 10 << QStringList {} << "" << false;
    QTest::newRow("gap of 10 joins") << ins({"HR 0 UInt16", "HR 11 UInt16"}) << 10
                                     << QStringList {"HoldingRegister 0–11"} << "0:0 0:11" << false;
    QTest::newRow("gap of 11 splits")
        << ins({"HR 0 UInt16", "HR 12 UInt16"}) << 10
        << QStringList {"HoldingRegister 0–0", "HoldingRegister 12–12"} << "0:0 1:0" << false;
    QTest::newRow("gap measured from the end of a wide value")
        << ins({"HR 0 Float64", "HR 14 UInt16", "HR 26 Int16"}) << 10
        << QStringList {"HoldingRegister 0–14", "HoldingRegister 26–26"} << "0:0 0:14 1:0" << false;
    QTest::newRow("no gap allowed")
        << ins({"HR 0 UInt16", "HR 1 UInt16", "HR 3 UInt16"}) << 0
        << QStringList {"HoldingRegister 0–1", "HoldingRegister 3–3"} << "0:0 0:1 1:0" << false;
    QTest::newRow("inputs in any order")
        << ins({"HR 50 UInt16", "HR 0 UInt16", "HR 20 UInt16"}) << 10
        << QStringList {"HoldingRegister 0–0", "HoldingRegister 20–20", "HoldingRegister 50–50"}
        << "2:0 0:0 1:0" << false;
    QTest::newRow("exactly 125 registers")
        << ins({"HR 0 UInt16", "HR 124 UInt16"}) << 200 << QStringList {"HoldingRegister 0–124"}
        << "0:0 0:124" << false;
    QTest::newRow("126 registers take two frames")
        << ins({"HR 0 UInt16", "HR 125 UInt16"}) << 200
        << QStringList {"HoldingRegister 0–0", "HoldingRegister 125–125"} << "0:0 1:0" << false;
    QTest::newRow("Float64 at 121 fits")
        << ins({"HR 0 UInt16", "HR 121 Float64"}) << 200 << QStringList {"HoldingRegister 0–124"}
        << "0:0 0:121" << false;
    QTest::newRow("Float64 at 123 is not split")
        << ins({"HR 0 UInt16", "HR 123 Float64"}) << 200
        << QStringList {"HoldingRegister 0–0", "HoldingRegister 123–126"} << "0:0 1:0" << false;
    QTest::newRow("String of 250 characters fills a frame")
        << ins({"HR 0 String/250", "HR 125 UInt16"}) << 10
        << QStringList {"HoldingRegister 0–124", "HoldingRegister 125–125"} << "0:0 1:0" << false;
    QTest::newRow("String of 9 characters takes 5 registers")
        << ins({"HR 100 String/9"}) << 10 << QStringList {"HoldingRegister 100–104"} << "0:0"
        << false;
    QTest::newRow("the last addresses")
        << ins({"HR 65534 Float32", "C 65535 Bool"}) << 10
        << QStringList {"Coil 65535–65535", "HoldingRegister 65534–65535"} << "1:0 0:0" << false;
    {
        QStringList coils;
        for (int a = 0; a < 2000; ++a)
            coils.append(QStringLiteral("C %1 Bool").arg(a));
        QStringList expected;
        for (int a = 0; a < 2000; ++a)
            expected.append(QStringLiteral("0:%1").arg(a));
        QTest::newRow("2000 coils")
            << ins(coils) << 10 << QStringList {"Coil 0–1999"} << expected.join(' ') << false;
        coils.append("C 2000 Bool");
        expected.append("1:0");
        QTest::newRow("2001 coils")
            << ins(coils) << 10 << QStringList {"Coil 0–1999", "Coil 2000–2000"}
            << expected.join(' ') << false;
    }
    QTest::newRow("mixed tables, by table then address")
        << ins({"IR 5 Int16", "C 3 Bool", "HR 7 Float32", "DI 0 Bool", "HR 0 UInt16", "C 40 Bool"})
        << 10
        << QStringList {"Coil 3–3", "Coil 40–40", "DiscreteInput 0–0", "HoldingRegister 0–8",
                        "InputRegister 5–5"}
        << "4:0 0:0 3:7 2:0 3:0 1:0" << false;
    QTest::newRow("same address in two tables")
        << ins({"HR 10 UInt16", "IR 10 UInt16", "C 10 Bool", "DI 10 Bool"}) << 10
        << QStringList {"Coil 10–10", "DiscreteInput 10–10", "HoldingRegister 10–10",
                        "InputRegister 10–10"}
        << "2:0 3:0 0:0 1:0" << false;
    QTest::newRow("bits of one register")
        << ins({"HR 10 Bool.3", "HR 10 Bool.0", "HR 10 Bool.15", "HR 11 UInt16"}) << 10
        << QStringList {"HoldingRegister 10–11"} << "0:0 0:0 0:0 0:1" << false;
    QTest::newRow("a register bit stays in a register frame")
        << ins({"IR 3 Bool.7", "C 3 Bool"}) << 10 << QStringList {"Coil 3–3", "InputRegister 3–3"}
        << "1:0 0:0" << false;
    QTest::newRow("aliases") << ins(
        {"HR 10 Float32", "HR 10 UInt16", "HR 11 UInt16", "HR 10 Bool.2"})
                             << 10 << QStringList {"HoldingRegister 10–11"} << "0:0 0:0 0:1 0:0"
                             << true;
    QTest::newRow("an alias inside a wide value")
        << ins({"HR 0 Float64", "HR 2 UInt16"}) << 0 << QStringList {"HoldingRegister 0–3"}
        << "0:0 0:2" << true;
    QTest::newRow("a wide alias past the limit overlaps the frame before")
        << ins({"HR 0 String/20", "HR 5 String/250"}) << 10
        << QStringList {"HoldingRegister 0–9", "HoldingRegister 5–129"} << "0:0 1:0" << true;
    QTest::newRow("duplicates") << ins({"HR 5 UInt16", "HR 5 UInt16", "C 1 Bool", "C 1 Bool"}) << 10
                                << QStringList {"Coil 1–1", "HoldingRegister 5–5"}
                                << "1:0 1:0 0:0 0:0" << true;
}

void tst_FramePlanner::plan()
{
    QFETCH(Inputs, inputs);
    QFETCH(int, maxGap);
    QFETCH(QStringList, frames);
    QFETCH(QString, placements);

    FramePlanOptions options;
    options.maxGap = maxGap;
    const FramePlan plan = planFrames(inputs, options);
    QCOMPARE(frameNames(plan.frames), frames);
    QCOMPARE(::placements(plan), placements);
    QCOMPARE(plan.leftOutCount(), 0);
    checkInvariants(inputs, plan, options);
    // The same inputs give the same plan, whatever their order.
    Inputs reversed(inputs.crbegin(), inputs.crend());
    QCOMPARE(frameNames(planFrames(reversed, options).frames), frames);
}

void tst_FramePlanner::plannedFramesPassTheValidator()
{
    QFETCH(Inputs, inputs);
    QFETCH(int, maxGap);
    QFETCH(bool, overlaps);

    FramePlanOptions options;
    options.maxGap = maxGap;
    Device device;
    device.name = "d";
    device.frames = planFrames(inputs, options).frames;
    QCOMPARE(validatorProblems(device, overlaps), QStringList());
}

void tst_FramePlanner::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");

    QTest::newRow("negative address") << "HR -1 UInt16"
                                      << "address -1 is outside 0–65535";
    QTest::newRow("address past 65535") << "C 65536 Bool"
                                        << "address 65536 is outside 0–65535";
    QTest::newRow("Float32 at the last address")
        << "HR 65535 Float32"
        << "a Float32 at address 65535 takes 2 registers and runs past the last address, 65535";
    QTest::newRow("String past the last address")
        << "IR 65533 String/9"
        << "a String at address 65533 takes 5 registers and runs past the last address, 65535";
    QTest::newRow("Int16 in the coils")
        << "C 0 Int16"
        << "a Int16 cannot live in the Coil table, which holds single bits: use Bool, or a "
           "register table";
    QTest::newRow("Float32 in the discrete inputs")
        << "DI 0 Float32"
        << "a Float32 cannot live in the DiscreteInput table, which holds single bits: use Bool, "
           "or a register table";
    QTest::newRow("bit 16") << "HR 0 Bool.16"
                            << "bit 16 is outside 0–15: a register has 16 bits";
    QTest::newRow("bit -1") << "HR 0 Bool.-1"
                            << "bit -1 is outside 0–15: a register has 16 bits";
    QTest::newRow("bit of an Int16") << "HR 0 Int16.3"
                                     << "a bit number is only for a Bool, not a Int16";
    QTest::newRow("bit in the coils")
        << "C 0 Bool.3"
        << "a bit number is only for a Bool in a register table; the Coil table already addresses "
           "single bits";
    QTest::newRow("String without a length")
        << "HR 0 String"
        << "a String needs its length, 1–250 characters (it is 0)";
    QTest::newRow("String too long") << "HR 0 String/251"
                                     << "a String needs its length, 1–250 characters (it is 251)";
    QTest::newRow("length of a UInt16") << "HR 0 UInt16/4"
                                        << "a length is only for a String, not a UInt16";
    QTest::newRow("writable input register")
        << "IR 0 UInt16 w"
        << "is writable, but the InputRegister table cannot be written by Modbus";
    QTest::newRow("writable discrete input")
        << "DI 0 Bool w"
        << "is writable, but the DiscreteInput table cannot be written by Modbus";
}

void tst_FramePlanner::badInput()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);

    // Between two good inputs: the bad one is left out, the others are planned as without it.
    const Inputs inputs = ins({"HR 10 UInt16", input, "C 10 Bool"});
    const FramePlan plan = planFrames(inputs);
    QCOMPARE(plan.leftOutCount(), 1);
    QCOMPARE(plan.inputs[1].frame, -1);
    QCOMPARE(plan.inputs[1].problem, problem);
    QCOMPARE(frameNames(plan.frames), QStringList({"Coil 10–10", "HoldingRegister 10–10"}));
    checkInvariants(inputs, plan, {});
}

void tst_FramePlanner::writableFrames()
{
    // A frame is writable when one of its variables is, so the validator accepts the write.
    const FramePlan plan =
        planFrames(ins({"HR 0 UInt16 w", "HR 1 UInt16", "HR 100 UInt16", "C 0 Bool w"}));
    QCOMPARE(frameNames(plan.frames),
             QStringList({"Coil 0–0", "HoldingRegister 0–1", "HoldingRegister 100–100"}));
    QVERIFY(plan.frames[0].isWritable);
    QVERIFY(plan.frames[1].isWritable);
    QVERIFY(!plan.frames[2].isWritable);
    for (const Frame &f : plan.frames)
        QVERIFY(f.isReadable);
}

void tst_FramePlanner::limitsFromOptions()
{
    // A PLC that answers 100 registers at most; limits above the protocol's are clamped.
    FramePlanOptions options;
    options.maxGap = 1000;
    options.maxRegisters = 100;
    options.maxBits = 5000;
    const Inputs inputs =
        ins({"HR 0 UInt16", "HR 99 UInt16", "HR 100 UInt16", "C 0 Bool", "C 2500 Bool"});
    const FramePlan plan = planFrames(inputs, options);
    QCOMPARE(frameNames(plan.frames),
             QStringList({"Coil 0–0", "Coil 2500–2500", "HoldingRegister 0–99",
                          "HoldingRegister 100–100"}));
    checkInvariants(inputs, plan, options);
}

void tst_FramePlanner::randomAddressSets_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("span");
    QTest::addColumn<int>("maxGap");

    QTest::newRow("dense, no gap") << 1u << 3000 << 500 << 0;
    QTest::newRow("dense, gap 10") << 2u << 3000 << 500 << 10;
    QTest::newRow("sparse, gap 10") << 3u << 2000 << 65536 << 10;
    QTest::newRow("sparse, gap 2000") << 4u << 2000 << 65536 << 2000;
    QTest::newRow("near the top, gap 50") << 5u << 500 << 65536 << 50;
}

void tst_FramePlanner::randomAddressSets()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, span);
    QFETCH(int, maxGap);

    Inputs inputs = randomInputs(count, seed, span);
    if (QTest::currentDataTag() == QByteArray("near the top, gap 50")) {
        for (AddressedVariable &a : inputs)
            a.address = 65536 - 1 - (a.address % 300);
    }
    FramePlanOptions options;
    options.maxGap = maxGap;
    const FramePlan plan = planFrames(inputs, options);
    checkInvariants(inputs, plan, options);
    // Only values running past 65535 are left out of these inputs.
    for (const PlannedInput &p : plan.inputs)
        QVERIFY2(p.isPlaced() || p.problem.contains("runs past"), qPrintable(p.problem));
    Device device;
    device.name = "d";
    device.frames = plan.frames;
    QCOMPARE(validatorProblems(device, true), QStringList());
}

namespace {

struct Place
{
    FrameType table;
    int address;
    std::optional<int> bit;
    friend bool operator==(const Place &, const Place &) = default;
};

QHash<QString, Place> placesByName(const Device &device)
{
    QHash<QString, Place> places;
    for (const Frame &f : device.frames)
        for (const Variable &v : f.variables)
            places.insert(v.name, Place {f.type, f.startAddress + v.offset, v.bit});
    return places;
}

Frame frame(const QString &name, FrameType type, int start, int quantity,
            const QList<std::tuple<QString, DataType, int>> &variables)
{
    Frame f;
    f.name = name;
    f.type = type;
    f.startAddress = start;
    f.quantity = quantity;
    for (const auto &[vname, dataType, offset] : variables) {
        Variable v;
        v.name = vname;
        v.dataType = dataType;
        v.offset = offset;
        f.variables.append(v);
    }
    return f;
}

} // namespace

void tst_FramePlanner::replanKeepsAddresses()
{
    // A device as an engineer grew it: one frame per few variables, a wasteful one, frames out
    // of order, a bit of a register, a unit and a scale that must survive the move.
    Device device;
    device.name = "pump station";
    device.scanTime = 500;
    device.stationAddress = 7;
    device.frames = {
        frame("levels", FrameType::InputRegister, 100, 20,
              {{"level", DataType::Float32, 0}, {"flow", DataType::Float32, 18}}),
        frame("setpoints", FrameType::HoldingRegister, 0, 2, {{"sp1", DataType::Int16, 0}}),
        frame("more setpoints", FrameType::HoldingRegister, 4, 4, {{"sp2", DataType::Float64, 0}}),
        frame("status", FrameType::HoldingRegister, 200, 1, {{"running", DataType::Bool, 0}}),
        frame("pumps", FrameType::Coil, 10, 100,
              {{"p1", DataType::Bool, 0}, {"p2", DataType::Bool, 99}}),
        frame("empty", FrameType::HoldingRegister, 300, 10, {}),
    };
    device.frames[3].variables[0].bit = 5;
    device.frames[0].variables[0].unit = "m";
    device.frames[0].variables[0].scale = 0.01;
    device.frames[1].isWritable = true;
    device.frames[1].variables[0].writable = true;
    QCOMPARE(validatorProblems(device, false), QStringList());

    const DeviceReplan replan = replanDevice(device);
    QVERIFY(replan.leftOut.isEmpty());
    QCOMPARE(
        frameNames(replan.device.frames),
        QStringList({"Coil 10–10", "Coil 109–109", "HoldingRegister 0–7", "HoldingRegister 200–200",
                     "InputRegister 100–101", "InputRegister 118–119"}));
    QCOMPARE(placesByName(replan.device), placesByName(device));
    QCOMPARE(replan.device.name, device.name);
    QCOMPARE(replan.device.scanTime, device.scanTime);
    QCOMPARE(replan.device.stationAddress, device.stationAddress);
    const Variable &level = replan.device.frames[4].variables[0];
    QCOMPARE(level.name, "level");
    QCOMPARE(level.unit, "m");
    QCOMPARE(level.scale, 0.01);
    QVERIFY(replan.device.frames[2].isWritable);
    QCOMPARE(validatorProblems(replan.device, false), QStringList());
    // A second re-plan changes nothing.
    QCOMPARE(replanDevice(replan.device).device, replan.device);
}

void tst_FramePlanner::replanKeepsPollingApart()
{
    // The same registers read every scan and every tenth: two groups, never merged.
    Device device;
    device.name = "d";
    device.frames = {
        frame("fast", FrameType::HoldingRegister, 0, 1, {{"a", DataType::UInt16, 0}}),
        frame("slow", FrameType::HoldingRegister, 0, 3,
              {{"b", DataType::UInt16, 0}, {"c", DataType::UInt16, 2}}),
        frame("fast too", FrameType::HoldingRegister, 5, 1, {{"d", DataType::UInt16, 0}}),
    };
    device.frames[1].scanTimeFactor = 10;
    device.frames[1].interFrameDelay = 20;

    const DeviceReplan replan = replanDevice(device);
    QVERIFY(replan.leftOut.isEmpty());
    QCOMPARE(frameNames(replan.device.frames),
             QStringList({"HoldingRegister 0–5", "HoldingRegister 0–2"}));
    QCOMPARE(replan.device.frames[0].scanTimeFactor, 1);
    QCOMPARE(replan.device.frames[1].scanTimeFactor, 10);
    QCOMPARE(replan.device.frames[1].interFrameDelay, 20);
    QCOMPARE(placesByName(replan.device), placesByName(device));
    QCOMPARE(validatorProblems(replan.device, true), QStringList());

    // Two groups covering the same addresses: the second frame's name gets a number.
    device.frames[2].startAddress = 2;
    device.frames[0].quantity = 3;
    device.frames[0].variables.append(device.frames[1].variables[1]);
    device.frames[0].variables.last().name = "e";
    const DeviceReplan same = replanDevice(device);
    QCOMPARE(frameNames(same.device.frames),
             QStringList({"HoldingRegister 0–2", "HoldingRegister 0–2 (2)"}));
    QCOMPARE(same.device.frames[1].scanTimeFactor, 10);
    QCOMPARE(validatorProblems(same.device, true), QStringList());
}

void tst_FramePlanner::replanReportsWhatItLeavesOut()
{
    // A device read from a broken file: a variable past its frame's last address, one with a
    // negative offset below address 0, a Float32 in a coil frame. The rest is planned.
    Device device;
    device.name = "d";
    device.frames = {
        frame("hr", FrameType::HoldingRegister, 65530, 6,
              {{"ok", DataType::UInt16, 0},
               {"past", DataType::Float32, 5},
               {"below", DataType::UInt16, -65531}}),
        frame("coils", FrameType::Coil, 0, 1, {{"float", DataType::Float32, 0}}),
    };
    const DeviceReplan replan = replanDevice(device);
    QCOMPARE(frameNames(replan.device.frames), QStringList({"HoldingRegister 65530–65530"}));
    QCOMPARE(replan.leftOut.size(), 3);
    QCOMPARE(replan.leftOut[0].name, "past");
    QCOMPARE(replan.leftOut[0].frame, 0);
    QCOMPARE(replan.leftOut[0].variable, 1);
    QVERIFY2(replan.leftOut[0].problem.contains("runs past the last address"),
             qPrintable(replan.leftOut[0].problem));
    QCOMPARE(replan.leftOut[1].name, "below");
    QCOMPARE(replan.leftOut[1].problem, "address -1 is outside 0–65535");
    QCOMPARE(replan.leftOut[2].name, "float");
    QCOMPARE(replan.leftOut[2].frame, 1);
    QCOMPARE(replan.leftOut[2].variable, 0);

    // An offset near 2^31 must not wrap round to a plausible address.
    device.frames = {frame("hr", FrameType::HoldingRegister, 65535, 1,
                           {{"huge", DataType::UInt16, std::numeric_limits<int>::max()}})};
    const DeviceReplan huge = replanDevice(device);
    QVERIFY(huge.device.frames.isEmpty());
    QCOMPARE(huge.leftOut.size(), 1);
    QCOMPARE(huge.leftOut[0].problem, "address 2147483647 is outside 0–65535");
}

void tst_FramePlanner::tenThousandVariables()
{
    // A large import: 10,000 variables over the four tables of one device.
    const Inputs inputs = randomInputs(10000, 42, 20000);
    QElapsedTimer timer;
    timer.start();
    const FramePlan plan = planFrames(inputs);
    const qint64 planMs = timer.elapsed();
    timer.restart();
    Device device;
    device.name = "d";
    device.frames = plan.frames;
    const DeviceReplan replan = replanDevice(device);
    const qint64 replanMs = timer.elapsed();
    qInfo("planned 10,000 variables into %lld frames in %lld ms; re-planned them in %lld ms",
          qint64(plan.frames.size()), planMs, replanMs);
    QCOMPARE(plan.leftOutCount(), 0);
    QVERIFY(replan.leftOut.isEmpty());
    QCOMPARE(replan.device, device);
    // Generous: the plan takes milliseconds; a loaded CI machine must not fail it.
    QVERIFY2(planMs < 1000, qPrintable(QString::number(planMs)));
    QVERIFY2(replanMs < 1000, qPrintable(QString::number(replanMs)));
    checkInvariants(inputs, plan, {});
}

QTEST_GUILESS_MAIN(tst_FramePlanner)
#include "tst_frameplanner.moc"
