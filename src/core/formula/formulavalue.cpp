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

std::optional<double> FormulaValue::toNumber() const
{
    if (type != Type::Text)
        return number;
    bool ok = false;
    const double x = text.trimmed().toDouble(&ok);
    return ok ? std::optional(x) : std::nullopt;
}

std::optional<bool> FormulaValue::toBool() const
{
    if (type != Type::Text)
        return number != 0.0;
    const QString t = text.trimmed();
    for (const auto word : {u"TRUE", u"VRAI"}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const auto word : {u"FALSE", u"FAUX"}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (const auto x = toNumber())
        return *x != 0.0;
    return std::nullopt;
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
