#include "formulavalue.h"

namespace Vigie {

FormulaValue FormulaValue::fromVariant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return fromBool(v.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Float:
    case QMetaType::Double: return fromNumber(v.toDouble());
    default: return fromText(v.toString());
    }
}

QVariant FormulaValue::toVariant() const
{
    switch (type) {
    case Type::Number: return number;
    case Type::Bool: return number != 0.0;
    case Type::Text: return text;
    }
    return {};
}

QString FormulaValue::toDisplayString() const
{
    switch (type) {
    case Type::Number: return QString::number(number, 'g', 15);
    case Type::Bool: return number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case Type::Text: return text;
    }
    return {};
}

} // namespace Vigie
