#pragma once

#include "model/device.h"

#include <QList>
#include <QString>

namespace Vigie {

// One variable as an import gives it: a Modbus table and an absolute address, rather than a
// frame and an offset. The variable's own offset is ignored: the planner gives it.
struct AddressedVariable
{
    FrameType table = FrameType::HoldingRegister;
    int address = 0; // 0–65535; the first register of a multi-register value
    Variable variable; // dataType, bit, length, and every field the planner copies as is
};

struct FramePlanOptions
{
    // Unused addresses a frame may read across to save a request: reading a few registers for
    // nothing costs less on the wire than a second request with its header and turnaround.
    int maxGap = 10;
    // Some PLCs answer fewer than the protocol's 125 registers or 2000 bits per request; larger
    // values are clamped to those limits, smaller than 1 to 1.
    int maxRegisters = 125;
    int maxBits = 2000;
};

// Where one input went: a frame and an offset in it, or why it was left out.
struct PlannedInput
{
    int frame = -1; // index in FramePlan::frames; -1: left out
    int offset = 0; // registers (or bits) from the frame's start address
    QString problem; // plain words, translated; empty when placed

    [[nodiscard]] bool isPlaced() const { return frame >= 0; }
};

struct FramePlan
{
    // By table (Coil, DiscreteInput, HoldingRegister, InputRegister), then start address; each
    // frame's variables by offset, then bit, then input order. Named "HoldingRegister 0–24".
    QList<Frame> frames;
    QList<PlannedInput> inputs; // one per input, in input order

    [[nodiscard]] int leftOutCount() const;
};

// Proposes the frames that read a device's variables given by absolute address, for an import
// and for "re-plan frames". Per table, addresses are coalesced while the unused addresses between
// two neighbours are at most `maxGap` and the frame stays within the per-request limit; a
// multi-register value is never split (it starts a new frame instead), a Bool taken from a bit
// of a register stays in a register frame, and several variables may share an address (bits of
// one register, or aliases; frames of a table overlap only where an alias is too wide to be read
// with the value it overlaps). An input that cannot be placed (address outside 0–65535, a value
// running past 65535, a non-Bool in a bit table, a bit outside 0–15, a String without a length,
// a writable variable in a read-only table…) is left out with its reason; the rest is planned.
// Frames are readable, and writable when one of their variables is; other frame fields keep
// their defaults. The frames pass validateProject() as far as addresses go: variable names and
// fields the planner does not place (scale, limits) remain the caller's to check.
[[nodiscard]] FramePlan planFrames(const QList<AddressedVariable> &inputs,
                                   const FramePlanOptions &options = {});

// A variable of the old device that a re-plan had to leave out, by its old place.
struct LeftOutVariable
{
    int frame = 0; // index in the old device's frames
    int variable = 0; // index in that frame's variables
    QString name;
    QString problem;
};

struct DeviceReplan
{
    Device device; // the old device's fields with the new frames
    QList<LeftOutVariable> leftOut; // empty for a device that passes the validator
};

// Plans a device's frames again from its variables, each taken back to its absolute address
// (start address + offset), for the editor's "re-plan frames" action, which previews the result
// and applies it as one undoable command. Frames that differ in how they are polled
// (scanTimeFactor, minutesOffset, interFrameDelay, isReadable) are planned apart, so a re-plan
// never moves a slow variable into a fast frame; the new frames carry those fields over. Frames
// without variables are dropped. Frame names are the planner's, with " (2)"… when two groups
// cover the same addresses.
[[nodiscard]] DeviceReplan replanDevice(const Device &device, const FramePlanOptions &options = {});

} // namespace Vigie
