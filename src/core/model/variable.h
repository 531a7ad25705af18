#pragma once

#include "enums.h"

#include <QString>

#include <optional>

namespace Vigie {

// How a simulated variable produces its values (Simulation connections only).
// value(t) is defined in acquisition/signalgenerator.h; period is in milliseconds.
struct SimulationSpec
{
    Waveform waveform = Waveform::Constant;
    qint64 period = 60000;
    double amplitude = 0.0;
    double offset = 0.0;

    friend bool operator==(const SimulationSpec &, const SimulationSpec &) = default;
};

// A tag: one typed engineering value decoded from its frame.
// Engineering value = raw × scale + scaleOffset. min/max bound what an operator may write and
// flag read values outside them as Uncertain; a change within deadband is not reported.
struct Variable
{
    static constexpr int MaxStringLength = 250; // characters: 125 registers, one Modbus request

    QString name; // unique in the project; may hold spaces, accents and '/'
    QString description;
    QString unit;
    DataType dataType = DataType::UInt16;
    int offset = 0; // in the frame: registers for register frames, bits for bit frames
    std::optional<int> bit; // 0–15: a Bool taken from one bit of a register
    int length = 0; // String only: characters (two per register)
    ByteOrder byteOrder = ByteOrder::ABCD;
    double scale = 1.0;
    double scaleOffset = 0.0;
    std::optional<double> min;
    std::optional<double> max;
    double deadband = 0.0;
    std::optional<int> decimals; // how many decimals an operator sees (0–10); none: as read
    QString onText; // Bool: what true reads as ("Marche"); empty: "true"
    QString offText; // Bool: what false reads as ("Arrêt"); empty: "false"
    bool writable = false;
    bool published = false; // forwarded to MQTT
    bool remoteWrite = false; // a Sparkplug DCMD may write it (it must be writable and published)
    std::optional<SimulationSpec> simulation;

    // Registers (or bits, in a bit frame) this variable occupies from its offset.
    [[nodiscard]] int width(FrameType frameType) const
    {
        if (isBitFrame(frameType))
            return 1;
        return registerCount(dataType, length);
    }

    friend bool operator==(const Variable &, const Variable &) = default;
};

} // namespace Vigie
