#include "frameplanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <limits>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FramePlanner)
};

constexpr int LastAddress = 65535;

// Why an input cannot be placed, in the words of the validator's rule it would break; empty
// when it can. The first problem only: the engineer fixes the row and imports again.
QString problemOf(const AddressedVariable &in)
{
    const Variable &v = in.variable;
    const bool bitTable = isBitFrame(in.table);
    if (in.address < 0 || in.address > LastAddress)
        return Tr::tr("address %1 is outside 0–%2").arg(in.address).arg(LastAddress);
    if (bitTable && v.dataType != DataType::Bool)
        return Tr::tr("a %1 cannot live in the %2 table, which holds single bits: use Bool, or a "
                      "register table")
            .arg(toString(v.dataType), toString(in.table));
    if (v.bit) {
        if (bitTable)
            return Tr::tr("a bit number is only for a Bool in a register table; the %1 table "
                          "already addresses single bits")
                .arg(toString(in.table));
        if (v.dataType != DataType::Bool)
            return Tr::tr("a bit number is only for a Bool, not a %1").arg(toString(v.dataType));
        if (*v.bit < 0 || *v.bit > 15)
            return Tr::tr("bit %1 is outside 0–15: a register has 16 bits").arg(*v.bit);
    }
    if (v.dataType == DataType::String) {
        if (v.length < 1 || v.length > Variable::MaxStringLength)
            return Tr::tr("a String needs its length, 1–%1 characters (it is %2)")
                .arg(Variable::MaxStringLength)
                .arg(v.length);
    } else if (v.length != 0) {
        return Tr::tr("a length is only for a String, not a %1").arg(toString(v.dataType));
    }
    // The length is checked above, so the width is at most 125 and the sum cannot overflow.
    const int width = v.width(in.table);
    if (in.address + width - 1 > LastAddress)
        return Tr::tr("a %1 at address %2 takes %3 registers and runs past the last address, %4")
            .arg(toString(v.dataType))
            .arg(in.address)
            .arg(width)
            .arg(LastAddress);
    if (v.writable && isReadOnlyFrame(in.table))
        return Tr::tr("is writable, but the %1 table cannot be written by Modbus")
            .arg(toString(in.table));
    return {};
}

// Not translated: a frame name is data saved in the project, and a re-plan on a French desktop
// must name the same frames as on an English one.
QString frameName(FrameType table, int start, int quantity)
{
    return QStringLiteral("%1 %2–%3").arg(toString(table)).arg(start).arg(start + quantity - 1);
}

struct Item
{
    int input;
    int address;
    int width;
    int bit; // -1: none, so the whole register sorts before its bits
};

} // namespace

int FramePlan::leftOutCount() const
{
    return int(std::count_if(inputs.cbegin(), inputs.cend(),
                             [](const PlannedInput &p) { return !p.isPlaced(); }));
}

FramePlan planFrames(const QList<AddressedVariable> &inputs, const FramePlanOptions &options)
{
    FramePlan plan;
    plan.inputs.resize(inputs.size());

    constexpr std::array tables {FrameType::Coil, FrameType::DiscreteInput,
                                 FrameType::HoldingRegister, FrameType::InputRegister};
    std::array<QList<Item>, tables.size()> byTable;
    for (int i = 0; i < inputs.size(); ++i) {
        const AddressedVariable &in = inputs[i];
        QString problem = problemOf(in);
        if (!problem.isEmpty()) {
            plan.inputs[i].problem = std::move(problem);
            continue;
        }
        byTable[int(in.table)].append(
            Item {i, in.address, in.variable.width(in.table), in.variable.bit.value_or(-1)});
    }

    const int maxGap = std::max(0, options.maxGap);
    for (const FrameType table : tables) {
        QList<Item> &items = byTable[int(table)];
        // By address, then bit, then input order: the order of the frames and of the variables
        // in each, so the same inputs always give the same plan.
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return std::tie(a.address, a.bit, a.input) < std::tie(b.address, b.bit, b.input);
        });
        const int limit = std::clamp(isBitFrame(table) ? options.maxBits : options.maxRegisters, 1,
                                     maxQuantity(table));

        qsizetype first = 0; // the frame being grown holds items[first, i)
        int start = 0;
        int end = 0; // one past the last address read
        const auto close = [&](qsizetype last) {
            if (first == last)
                return;
            Frame frame;
            frame.type = table;
            frame.startAddress = start;
            frame.quantity = end - start;
            frame.name = frameName(table, start, frame.quantity);
            const int index = int(plan.frames.size());
            frame.variables.reserve(last - first);
            for (qsizetype k = first; k < last; ++k) {
                const Item &item = items[k];
                Variable v = inputs[item.input].variable;
                v.offset = item.address - start;
                frame.isWritable = frame.isWritable || v.writable;
                frame.variables.append(std::move(v));
                plan.inputs[item.input].frame = index;
                plan.inputs[item.input].offset = item.address - start;
            }
            plan.frames.append(std::move(frame));
        };
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Item &item = items[i];
            const int itemEnd = item.address + item.width;
            // An item overlapping the frame (an alias, a bit of a register already read) has a
            // negative gap and joins it if the frame can grow to hold all of it; a value that
            // would cross the limit starts the next frame whole, never split.
            const bool joins = i > first && item.address - end <= maxGap
                && std::max(end, itemEnd) - start <= limit;
            if (joins) {
                end = std::max(end, itemEnd);
                continue;
            }
            close(i);
            first = i;
            start = item.address;
            end = itemEnd;
        }
        close(items.size());
    }
    return plan;
}

namespace {

// How a frame is polled, which a re-plan must not change for any variable.
struct Polling
{
    int scanTimeFactor = 1;
    std::optional<int> minutesOffset;
    int interFrameDelay = 0;
    bool isReadable = true;

    friend bool operator==(const Polling &, const Polling &) = default;

    static Polling of(const Frame &f)
    {
        return Polling {f.scanTimeFactor, f.minutesOffset, f.interFrameDelay, f.isReadable};
    }
    void applyTo(Frame &f) const
    {
        f.scanTimeFactor = scanTimeFactor;
        f.minutesOffset = minutesOffset;
        f.interFrameDelay = interFrameDelay;
        f.isReadable = isReadable;
    }
};

struct Group
{
    Polling polling;
    QList<AddressedVariable> inputs;
    QList<std::pair<int, int>> origins; // (frame, variable) in the old device, per input
};

} // namespace

DeviceReplan replanDevice(const Device &device, const FramePlanOptions &options)
{
    // Few distinct pollings in a device (often one): a linear search is enough.
    QList<Group> groups;
    for (int f = 0; f < device.frames.size(); ++f) {
        const Frame &frame = device.frames[f];
        const Polling polling = Polling::of(frame);
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group &g) { return g.polling == polling; });
        if (group == groups.end()) {
            groups.append(Group {polling, {}, {}});
            group = groups.end() - 1;
        }
        for (int v = 0; v < frame.variables.size(); ++v) {
            // In 64 bits, then held in an int: a broken file's offset near 2^31 must give an
            // out-of-range address to report, not wrap round to a plausible one.
            const qint64 address = qint64(frame.startAddress) + frame.variables[v].offset;
            const int clamped = int(std::clamp<qint64>(address, std::numeric_limits<int>::min(),
                                                       std::numeric_limits<int>::max()));
            group->inputs.append(AddressedVariable {frame.type, clamped, frame.variables[v]});
            group->origins.append({f, v});
        }
    }

    DeviceReplan result;
    result.device = device;
    result.device.frames.clear();
    QList<std::pair<int, Frame>> planned; // (group, frame)
    for (int g = 0; g < groups.size(); ++g) {
        const Group &group = groups[g];
        FramePlan plan = planFrames(group.inputs, options);
        for (int i = 0; i < plan.inputs.size(); ++i) {
            if (plan.inputs[i].isPlaced())
                continue;
            const auto [f, v] = group.origins[i];
            result.leftOut.append(
                LeftOutVariable {f, v, group.inputs[i].variable.name, plan.inputs[i].problem});
        }
        for (Frame &frame : plan.frames) {
            group.polling.applyTo(frame);
            planned.append({g, std::move(frame)});
        }
    }
    // One order for the whole device, as planFrames gives for one group: by table, then address;
    // groups in the order their first frame had in the old device.
    std::stable_sort(planned.begin(), planned.end(), [](const auto &a, const auto &b) {
        return std::tuple(int(a.second.type), a.second.startAddress, a.first)
            < std::tuple(int(b.second.type), b.second.startAddress, b.first);
    });
    QHash<QString, int> uses;
    for (auto &[group, frame] : planned) {
        const int n = ++uses[frame.name];
        if (n > 1)
            frame.name += QStringLiteral(" (%1)").arg(n);
        result.device.frames.append(std::move(frame));
    }
    return result;
}

} // namespace Vigie
