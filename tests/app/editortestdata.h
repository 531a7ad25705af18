#pragma once

// A small project for the editor's dialogs and docks: one simulated connection, one device,
// one frame of ten holding registers with two variables, and a calculated variable reading
// the first. checkProject() finds nothing wrong with it.
#include "model/project.h"

namespace EditorTestData {

inline Vigie::Project project()
{
    using namespace Vigie;
    Variable level;
    level.name = QStringLiteral("Level");
    level.unit = QStringLiteral("m");
    level.offset = 0;
    Variable flow;
    flow.name = QStringLiteral("Flow");
    flow.unit = QStringLiteral("m3/h");
    flow.offset = 1;

    Frame frame;
    frame.name = QStringLiteral("hr");
    frame.type = FrameType::HoldingRegister;
    frame.quantity = 10;
    frame.isWritable = true;
    frame.variables = {level, flow};

    Device device;
    device.name = QStringLiteral("PLC");
    device.frames = {frame};

    Connection connection;
    connection.name = QStringLiteral("Line 1");
    connection.devices = {device};

    CalculatedVariable twice;
    twice.name = QStringLiteral("Twice");
    twice.formula = QStringLiteral("Level * 2");

    Project p;
    p.name = QStringLiteral("Plant");
    p.connections = {connection};
    p.calculated = {twice};
    return p;
}

} // namespace EditorTestData
