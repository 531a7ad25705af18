#include "enums.h"

#include <algorithm>
#include <array>
#include <utility>

namespace Vigie {

namespace {

template<typename E, std::size_t N>
QString lookupName(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::array protocolNames {
    std::pair {Protocol::Simulation, "Simulation"},
    std::pair {Protocol::ModbusTcp, "ModbusTcp"},
    std::pair {Protocol::ModbusRtu, "ModbusRtu"},
};
constexpr std::array scanTypeNames {
    std::pair {ScanType::Periodic, "Periodic"},
    std::pair {ScanType::FixedDelay, "FixedDelay"},
};
constexpr std::array frameTypeNames {
    std::pair {FrameType::Coil, "Coil"},
    std::pair {FrameType::DiscreteInput, "DiscreteInput"},
    std::pair {FrameType::HoldingRegister, "HoldingRegister"},
    std::pair {FrameType::InputRegister, "InputRegister"},
};
constexpr std::array dataTypeNames {
    std::pair {DataType::Bool, "Bool"},       std::pair {DataType::Int16, "Int16"},
    std::pair {DataType::UInt16, "UInt16"},   std::pair {DataType::Int32, "Int32"},
    std::pair {DataType::UInt32, "UInt32"},   std::pair {DataType::Int64, "Int64"},
    std::pair {DataType::Float32, "Float32"}, std::pair {DataType::Float64, "Float64"},
    std::pair {DataType::String, "String"},
};
constexpr std::array byteOrderNames {
    std::pair {ByteOrder::ABCD, "ABCD"},
    std::pair {ByteOrder::CDAB, "CDAB"},
    std::pair {ByteOrder::BADC, "BADC"},
    std::pair {ByteOrder::DCBA, "DCBA"},
};
constexpr std::array parityNames {
    std::pair {Parity::None, "None"}, std::pair {Parity::Even, "Even"},
    std::pair {Parity::Odd, "Odd"},   std::pair {Parity::Space, "Space"},
    std::pair {Parity::Mark, "Mark"},
};
constexpr std::array waveformNames {
    std::pair {Waveform::Constant, "Constant"},
    std::pair {Waveform::Sine, "Sine"},
    std::pair {Waveform::Ramp, "Ramp"},
    std::pair {Waveform::Square, "Square"},
    std::pair {Waveform::RandomWalk, "RandomWalk"},
    std::pair {Waveform::Counter, "Counter"},
};

constexpr std::array bindingAttributeNames {
    std::pair {BindingAttribute::Fill, "fill"},
    std::pair {BindingAttribute::Stroke, "stroke"},
    std::pair {BindingAttribute::Opacity, "opacity"},
    std::pair {BindingAttribute::Visible, "visible"},
    std::pair {BindingAttribute::Text, "text"},
    std::pair {BindingAttribute::Rotate, "rotate"},
    std::pair {BindingAttribute::TranslateX, "translateX"},
    std::pair {BindingAttribute::TranslateY, "translateY"},
    std::pair {BindingAttribute::BarHeight, "barHeight"},
    std::pair {BindingAttribute::BarWidth, "barWidth"},
    std::pair {BindingAttribute::Blink, "blink"},
};
constexpr std::array screenActionKindNames {
    std::pair {ScreenActionKind::OpenScreen, "openScreen"},
    std::pair {ScreenActionKind::Write, "write"},
    std::pair {ScreenActionKind::Toggle, "toggle"},
    std::pair {ScreenActionKind::Faceplate, "faceplate"},
};
constexpr std::array mqttModeNames {
    std::pair {MqttMode::SparkplugB, "sparkplugB"},
    std::pair {MqttMode::ScorpioJson, "scorpioJson"},
};
constexpr std::array mqttProtocolNames {
    std::pair {MqttProtocol::V311, "3.1.1"},
    std::pair {MqttProtocol::V5, "5"},
};

template<typename E> constexpr const auto &tableFor()
{
    if constexpr (std::is_same_v<E, Protocol>)
        return protocolNames;
    else if constexpr (std::is_same_v<E, ScanType>)
        return scanTypeNames;
    else if constexpr (std::is_same_v<E, FrameType>)
        return frameTypeNames;
    else if constexpr (std::is_same_v<E, DataType>)
        return dataTypeNames;
    else if constexpr (std::is_same_v<E, ByteOrder>)
        return byteOrderNames;
    else if constexpr (std::is_same_v<E, Parity>)
        return parityNames;
    else if constexpr (std::is_same_v<E, BindingAttribute>)
        return bindingAttributeNames;
    else if constexpr (std::is_same_v<E, ScreenActionKind>)
        return screenActionKindNames;
    else if constexpr (std::is_same_v<E, MqttMode>)
        return mqttModeNames;
    else if constexpr (std::is_same_v<E, MqttProtocol>)
        return mqttProtocolNames;
    else
        return waveformNames;
}

} // namespace

QString toString(Protocol v)
{
    return lookupName(protocolNames, v);
}
QString toString(ScanType v)
{
    return lookupName(scanTypeNames, v);
}
QString toString(FrameType v)
{
    return lookupName(frameTypeNames, v);
}
QString toString(DataType v)
{
    return lookupName(dataTypeNames, v);
}
QString toString(ByteOrder v)
{
    return lookupName(byteOrderNames, v);
}
QString toString(Parity v)
{
    return lookupName(parityNames, v);
}
QString toString(Waveform v)
{
    return lookupName(waveformNames, v);
}
QString toString(BindingAttribute v)
{
    return lookupName(bindingAttributeNames, v);
}
QString toString(ScreenActionKind v)
{
    return lookupName(screenActionKindNames, v);
}
QString toString(MqttMode v)
{
    return lookupName(mqttModeNames, v);
}
QString toString(MqttProtocol v)
{
    return lookupName(mqttProtocolNames, v);
}

template<typename E> std::optional<E> enumFromString(const QString &text)
{
    for (const auto &[e, name] : tableFor<E>()) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template<typename E> QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : tableFor<E>())
        names << QString::fromLatin1(entry.second);
    return names;
}

#define VIGIE_INSTANTIATE_ENUM(E)                                                                  \
    template std::optional<E> enumFromString<E>(const QString &);                                  \
    template QStringList enumNames<E>();
VIGIE_INSTANTIATE_ENUM(Protocol)
VIGIE_INSTANTIATE_ENUM(ScanType)
VIGIE_INSTANTIATE_ENUM(FrameType)
VIGIE_INSTANTIATE_ENUM(DataType)
VIGIE_INSTANTIATE_ENUM(ByteOrder)
VIGIE_INSTANTIATE_ENUM(Parity)
VIGIE_INSTANTIATE_ENUM(Waveform)
VIGIE_INSTANTIATE_ENUM(BindingAttribute)
VIGIE_INSTANTIATE_ENUM(ScreenActionKind)
VIGIE_INSTANTIATE_ENUM(MqttMode)
VIGIE_INSTANTIATE_ENUM(MqttProtocol)
#undef VIGIE_INSTANTIATE_ENUM

bool isBitFrame(FrameType type)
{
    return type == FrameType::Coil || type == FrameType::DiscreteInput;
}

bool isReadOnlyFrame(FrameType type)
{
    return type == FrameType::DiscreteInput || type == FrameType::InputRegister;
}

int maxQuantity(FrameType type)
{
    return isBitFrame(type) ? 2000 : 125;
}

int registerCount(DataType type, int stringLength)
{
    switch (type) {
    case DataType::Bool:
    case DataType::Int16:
    case DataType::UInt16: return 1;
    case DataType::Int32:
    case DataType::UInt32:
    case DataType::Float32: return 2;
    case DataType::Int64:
    case DataType::Float64: return 4;
    case DataType::String:
        // In 64 bits: a length near 2^31 from a file must not wrap (the validator refuses it).
        return int(std::max<qint64>(0, (qint64(stringLength) + 1) / 2));
    }
    return 1;
}

bool isNumeric(DataType type)
{
    return type != DataType::String && type != DataType::Bool;
}

bool isInteger(DataType type)
{
    switch (type) {
    case DataType::Int16:
    case DataType::UInt16:
    case DataType::Int32:
    case DataType::UInt32:
    case DataType::Int64: return true;
    default: return false;
    }
}

} // namespace Vigie
