#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Vigie {

// The enumerations of the project model, with the spelling they have in a project file.
// Each has a name table so the reader, the writer and the error messages agree on one spelling.

enum class Protocol { Simulation, ModbusTcp, ModbusRtu };
enum class ScanType { Periodic, FixedDelay };
enum class FrameType { Coil, DiscreteInput, HoldingRegister, InputRegister };
enum class DataType { Bool, Int16, UInt16, Int32, UInt32, Int64, Float32, Float64, String };
enum class ByteOrder { ABCD, CDAB, BADC, DCBA };
enum class Parity { None, Even, Odd, Space, Mark };
enum class Waveform { Constant, Sine, Ramp, Square, RandomWalk, Counter };
// What a screen binding drives on its SVG element. Spelt as in SVG and the formulas that read
// them back (`eg.pump.fill`): fill, stroke, opacity, visible, text, rotate, translateX,
// translateY, barHeight, barWidth, blink (see docs/project-format.md, "Screens").
enum class BindingAttribute {
    Fill,
    Stroke,
    Opacity,
    Visible,
    Text,
    Rotate,
    TranslateX,
    TranslateY,
    BarHeight,
    BarWidth,
    Blink,
};
// What clicking a screen element does: openScreen, write, toggle, faceplate.
enum class ScreenActionKind { OpenScreen, Write, Toggle, Faceplate };
// What the MQTT publisher sends: Sparkplug B payloads, or SCorp-io's JSON births and data
// (sparkplugB, scorpioJson).
enum class MqttMode { SparkplugB, ScorpioJson };
// The MQTT protocol version spoken to the broker ("3.1.1", "5").
enum class MqttProtocol { V311, V5 };

// Name tables: toString() gives the file spelling; fromString() accepts exactly that spelling.
QString toString(Protocol v);
QString toString(ScanType v);
QString toString(FrameType v);
QString toString(DataType v);
QString toString(ByteOrder v);
QString toString(Parity v);
QString toString(Waveform v);
QString toString(BindingAttribute v);
QString toString(ScreenActionKind v);
QString toString(MqttMode v);
QString toString(MqttProtocol v);

template<typename E> std::optional<E> enumFromString(const QString &text);

// All spellings of an enumeration, for "expected one of …" messages.
template<typename E> QStringList enumNames();

// Bit frames (coils, discrete inputs) carry one bit per address; register frames 16 bits.
[[nodiscard]] bool isBitFrame(FrameType type);
// Discrete inputs and input registers cannot be written by any Modbus function.
[[nodiscard]] bool isReadOnlyFrame(FrameType type);
// The most addresses one Modbus request may read for this frame type (125 registers, 2000 bits).
[[nodiscard]] int maxQuantity(FrameType type);
// How many 16-bit registers a value of this type occupies (String: given by its length).
[[nodiscard]] int registerCount(DataType type, int stringLength = 0);
[[nodiscard]] bool isNumeric(DataType type);
[[nodiscard]] bool isInteger(DataType type);

} // namespace Vigie
