#pragma once

// A small project for the editor's tests: one simulated connection with a device of two
// holding-register frames, a calculated variable and a screen that use its tags.

#include "model/project.h"

namespace EditorTestData {

inline Vigie::Variable variable(const QString &name, int offset,
                                Vigie::DataType type = Vigie::DataType::UInt16)
{
    Vigie::Variable v;
    v.name = name;
    v.offset = offset;
    v.dataType = type;
    return v;
}

inline Vigie::Project project()
{
    using namespace Vigie;
    Frame fast;
    fast.name = QStringLiteral("Fast");
    fast.startAddress = 0;
    fast.quantity = 10;
    fast.variables = {variable(QStringLiteral("Level"), 0), variable(QStringLiteral("Speed"), 1),
                      variable(QStringLiteral("Flow"), 2)};
    fast.variables[0].writable = true; // the screen writes it
    fast.isWritable = true;
    Frame slow;
    slow.name = QStringLiteral("Slow");
    slow.startAddress = 20;
    slow.quantity = 10;
    slow.variables = {variable(QStringLiteral("Temp"), 0)};
    Device pump;
    pump.name = QStringLiteral("Pump");
    pump.frames = {fast, slow};
    Device tank;
    tank.name = QStringLiteral("Tank");
    tank.stationAddress = 2;
    Connection link;
    link.name = QStringLiteral("Link");
    link.devices = {pump, tank};
    Connection spare;
    spare.name = QStringLiteral("Spare");

    Project p;
    p.name = QStringLiteral("Test plant");
    p.connections = {link, spare};
    CalculatedVariable twice;
    twice.name = QStringLiteral("Twice");
    twice.formula = QStringLiteral("Level * 2 + [Speed]");
    p.calculated = {twice};
    Screen screen;
    screen.name = QStringLiteral("Overview");
    screen.file = QStringLiteral("overview.svg");
    screen.bindings = {{QStringLiteral("level"), BindingAttribute::Text,
                        QStringLiteral("FORMAT(Level, 1) & \" Level\"")}};
    screen.actions = {{QStringLiteral("level"), ScreenActionKind::Write, QStringLiteral("Level")}};
    p.screens = {screen};
    return p;
}

} // namespace EditorTestData
