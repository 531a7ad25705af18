#pragma once

#include "variable.h"

#include <QList>

namespace Vigie {

// A block of addresses read in one request; variables live inside it (inSCADA's frame).
struct Frame
{
    QString name; // unique in its device
    QString description;
    FrameType type = FrameType::HoldingRegister;
    int startAddress = 0; // 0–65535
    int quantity = 1; // 1–125 registers, 1–2000 bits
    bool isReadable = true;
    bool isWritable = false;
    int scanTimeFactor = 1; // read period = device scanTime × factor
    std::optional<int>
        minutesOffset; // set: aligned on the wall clock (0 with 60 min = on the hour)
    int interFrameDelay = 0; // ms to wait after this frame before the next request
    QList<Variable> variables;

    friend bool operator==(const Frame &, const Frame &) = default;
};

} // namespace Vigie
