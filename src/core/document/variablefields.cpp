#include "variablefields.h"

#include "model/projectissue.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::VariableFields)
};

bool isNumberType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return true;
    default: return false;
    }
}

// No value at all: what clears an optional field.
bool isEmptyValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    return value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty();
}

std::optional<double> toNumber(const QVariant &value)
{
    if (isNumberType(value))
        return value.toDouble();
    if (value.typeId() == QMetaType::QString) {
        bool ok = false;
        const double number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<int> toInteger(const QVariant &value)
{
    const std::optional<double> number = toNumber(value);
    if (!number || !std::isfinite(*number) || std::trunc(*number) != *number
        || std::abs(*number) > 1e9)
        return std::nullopt;
    return int(*number);
}

std::optional<bool> toFlag(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

// A value as a message quotes it.
QString shown(const QVariant &value)
{
    return quotedText(value.toString());
}

template<typename E> std::optional<E> toChoice(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return enumFromString<E>(value.toString().trimmed());
}

// A new type drops what only the old one had (a String's length, a Bool's bit and state
// texts), which the validator would otherwise refuse on every variable changed.
void setDataType(Variable &v, DataType type)
{
    v.dataType = type;
    if (type != DataType::String)
        v.length = 0;
    if (type != DataType::Bool) {
        v.bit.reset();
        v.onText.clear();
        v.offText.clear();
    }
}

} // namespace

QStringList bulkEditableFields()
{
    return {
        QStringLiteral("unit"),        QStringLiteral("description"), QStringLiteral("scale"),
        QStringLiteral("scaleOffset"), QStringLiteral("deadband"),    QStringLiteral("decimals"),
        QStringLiteral("min"),         QStringLiteral("max"),         QStringLiteral("byteOrder"),
        QStringLiteral("dataType"),    QStringLiteral("writable"),    QStringLiteral("published"),
        QStringLiteral("remoteWrite"),
    };
}

VariableFieldKind variableFieldKind(const QString &fieldKey)
{
    if (fieldKey == QLatin1String("scale") || fieldKey == QLatin1String("scaleOffset")
        || fieldKey == QLatin1String("deadband"))
        return VariableFieldKind::Number;
    if (fieldKey == QLatin1String("min") || fieldKey == QLatin1String("max"))
        return VariableFieldKind::OptionalNumber;
    if (fieldKey == QLatin1String("decimals"))
        return VariableFieldKind::OptionalInteger;
    if (fieldKey == QLatin1String("byteOrder") || fieldKey == QLatin1String("dataType"))
        return VariableFieldKind::Choice;
    if (fieldKey == QLatin1String("writable") || fieldKey == QLatin1String("published")
        || fieldKey == QLatin1String("remoteWrite"))
        return VariableFieldKind::Flag;
    return VariableFieldKind::Text;
}

QStringList variableFieldChoices(const QString &fieldKey)
{
    if (fieldKey == QLatin1String("byteOrder"))
        return enumNames<ByteOrder>();
    if (fieldKey == QLatin1String("dataType"))
        return enumNames<DataType>();
    return {};
}

QVariant variableField(const Variable &v, const QString &fieldKey)
{
    const auto optional = [](const auto &value) { return value ? QVariant(*value) : QVariant(); };
    if (fieldKey == QLatin1String("unit"))
        return v.unit;
    if (fieldKey == QLatin1String("description"))
        return v.description;
    if (fieldKey == QLatin1String("scale"))
        return v.scale;
    if (fieldKey == QLatin1String("scaleOffset"))
        return v.scaleOffset;
    if (fieldKey == QLatin1String("deadband"))
        return v.deadband;
    if (fieldKey == QLatin1String("decimals"))
        return optional(v.decimals);
    if (fieldKey == QLatin1String("min"))
        return optional(v.min);
    if (fieldKey == QLatin1String("max"))
        return optional(v.max);
    if (fieldKey == QLatin1String("byteOrder"))
        return toString(v.byteOrder);
    if (fieldKey == QLatin1String("dataType"))
        return toString(v.dataType);
    if (fieldKey == QLatin1String("writable"))
        return v.writable;
    if (fieldKey == QLatin1String("published"))
        return v.published;
    if (fieldKey == QLatin1String("remoteWrite"))
        return v.remoteWrite;
    return {};
}

QString checkVariableField(const QString &fieldKey, const QVariant &value)
{
    if (!bulkEditableFields().contains(fieldKey)) {
        return Tr::tr("%1 is not a field that can be set on several variables at once")
            .arg(quotedText(fieldKey));
    }
    const QString at = fieldKey + QLatin1String(": ");
    switch (variableFieldKind(fieldKey)) {
    case VariableFieldKind::Text:
        if (value.typeId() != QMetaType::QString && !isEmptyValue(value))
            return at + Tr::tr("%1 is not a text").arg(shown(value));
        return {};
    case VariableFieldKind::Number:
        if (!toNumber(value))
            return at + Tr::tr("%1 is not a number").arg(shown(value));
        return {};
    case VariableFieldKind::OptionalNumber:
        if (!isEmptyValue(value) && !toNumber(value))
            return at + Tr::tr("%1 is not a number").arg(shown(value));
        return {};
    case VariableFieldKind::OptionalInteger:
        if (!isEmptyValue(value) && !toInteger(value))
            return at + Tr::tr("%1 is not a whole number").arg(shown(value));
        // The only integer field, decimals, shows 0 to 10 (as the validator says): a value
        // outside is no decimals count at all, refused here rather than later.
        if (!isEmptyValue(value) && (*toInteger(value) < 0 || *toInteger(value) > 10))
            return at + Tr::tr("%1 is outside 0–10").arg(shown(value));
        return {};
    case VariableFieldKind::Choice: {
        const bool known = fieldKey == QLatin1String("byteOrder")
            ? toChoice<ByteOrder>(value).has_value()
            : toChoice<DataType>(value).has_value();
        if (!known) {
            return at
                + Tr::tr("%1 is not one of %2")
                      .arg(shown(value), variableFieldChoices(fieldKey).join(QLatin1String(", ")));
        }
        return {};
    }
    case VariableFieldKind::Flag:
        if (!toFlag(value))
            return at + Tr::tr("%1 is neither true nor false").arg(shown(value));
        return {};
    }
    return {};
}

Variable withField(const Variable &variable, const QString &fieldKey, const QVariant &value)
{
    if (!checkVariableField(fieldKey, value).isEmpty())
        return variable;
    Variable v = variable;
    const auto optionalNumber = [&value]() -> std::optional<double> {
        return isEmptyValue(value) ? std::nullopt : toNumber(value);
    };
    if (fieldKey == QLatin1String("unit"))
        v.unit = value.toString();
    else if (fieldKey == QLatin1String("description"))
        v.description = value.toString();
    else if (fieldKey == QLatin1String("scale"))
        v.scale = *toNumber(value);
    else if (fieldKey == QLatin1String("scaleOffset"))
        v.scaleOffset = *toNumber(value);
    else if (fieldKey == QLatin1String("deadband"))
        v.deadband = *toNumber(value);
    else if (fieldKey == QLatin1String("decimals"))
        v.decimals = isEmptyValue(value) ? std::nullopt : toInteger(value);
    else if (fieldKey == QLatin1String("min"))
        v.min = optionalNumber();
    else if (fieldKey == QLatin1String("max"))
        v.max = optionalNumber();
    else if (fieldKey == QLatin1String("byteOrder"))
        v.byteOrder = *toChoice<ByteOrder>(value);
    else if (fieldKey == QLatin1String("dataType"))
        setDataType(v, *toChoice<DataType>(value));
    else if (fieldKey == QLatin1String("writable"))
        v.writable = *toFlag(value);
    else if (fieldKey == QLatin1String("published"))
        v.published = *toFlag(value);
    else if (fieldKey == QLatin1String("remoteWrite"))
        v.remoteWrite = *toFlag(value);
    return v;
}

} // namespace Vigie
