#include "variablefield.h"

#include <QCoreApplication>

namespace Vigie::VariableFields {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Editor)
};

constexpr int MaxDecimals = 10;

bool isEmpty(const QVariant &value)
{
    return value.isNull() || !value.isValid()
        || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

QString shown(const QVariant &value)
{
    return value.toString();
}

bool fail(QString *errorMessage, VariableField field, const QVariant &value, const QString &why)
{
    if (errorMessage)
        *errorMessage = Tr::tr("%1: \"%2\" %3").arg(name(field), shown(value), why);
    return false;
}

std::optional<double> toNumber(const QVariant &value)
{
    bool ok = false;
    const double number = value.typeId() == QMetaType::QString
        ? value.toString().trimmed().toDouble(&ok)
        : value.toDouble(&ok);
    if (!ok || !qIsFinite(number))
        return std::nullopt;
    return number;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes")
        return true;
    if (text == u"false" || text == u"0" || text == u"no")
        return false;
    return std::nullopt;
}

template<typename E> std::optional<E> toEnum(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return enumFromString<E>(value.toString().trimmed());
    bool ok = false;
    const int index = value.toInt(&ok);
    if (!ok || index < 0 || index >= enumNames<E>().size())
        return std::nullopt;
    return E(index);
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

QString key(VariableField field)
{
    return QLatin1String("variable.") + name(field);
}

QString name(VariableField field)
{
    switch (field) {
    case VariableField::Unit: return QStringLiteral("unit");
    case VariableField::Scale: return QStringLiteral("scale");
    case VariableField::ScaleOffset: return QStringLiteral("scaleOffset");
    case VariableField::Deadband: return QStringLiteral("deadband");
    case VariableField::Decimals: return QStringLiteral("decimals");
    case VariableField::Writable: return QStringLiteral("writable");
    case VariableField::Published: return QStringLiteral("published");
    case VariableField::RemoteWrite: return QStringLiteral("remoteWrite");
    case VariableField::Description: return QStringLiteral("description");
    case VariableField::ByteOrder: return QStringLiteral("byteOrder");
    case VariableField::DataType: return QStringLiteral("dataType");
    case VariableField::Min: return QStringLiteral("min");
    case VariableField::Max: return QStringLiteral("max");
    }
    return {};
}

QVariant value(const Variable &v, VariableField field)
{
    switch (field) {
    case VariableField::Unit: return v.unit;
    case VariableField::Scale: return v.scale;
    case VariableField::ScaleOffset: return v.scaleOffset;
    case VariableField::Deadband: return v.deadband;
    case VariableField::Decimals: return v.decimals ? QVariant(*v.decimals) : QVariant();
    case VariableField::Writable: return v.writable;
    case VariableField::Published: return v.published;
    case VariableField::RemoteWrite: return v.remoteWrite;
    case VariableField::Description: return v.description;
    case VariableField::ByteOrder: return toString(v.byteOrder);
    case VariableField::DataType: return toString(v.dataType);
    case VariableField::Min: return optionalValue(v.min);
    case VariableField::Max: return optionalValue(v.max);
    }
    return {};
}

bool setValue(Variable &v, VariableField field, const QVariant &value, QString *errorMessage)
{
    switch (field) {
    case VariableField::Unit: v.unit = value.toString(); return true;
    case VariableField::Description: v.description = value.toString(); return true;
    case VariableField::Scale:
    case VariableField::ScaleOffset:
    case VariableField::Deadband: {
        const std::optional<double> number = toNumber(value);
        if (!number)
            return fail(errorMessage, field, value, Tr::tr("is not a number"));
        if (field == VariableField::Deadband && *number < 0)
            return fail(errorMessage, field, value, Tr::tr("is negative"));
        (field == VariableField::Scale             ? v.scale
             : field == VariableField::ScaleOffset ? v.scaleOffset
                                                   : v.deadband) = *number;
        return true;
    }
    case VariableField::Min:
    case VariableField::Max: {
        std::optional<double> &target = field == VariableField::Min ? v.min : v.max;
        if (isEmpty(value)) {
            target.reset();
            return true;
        }
        const std::optional<double> number = toNumber(value);
        if (!number)
            return fail(errorMessage, field, value, Tr::tr("is not a number"));
        target = *number;
        return true;
    }
    case VariableField::Decimals: {
        if (isEmpty(value)) {
            v.decimals.reset();
            return true;
        }
        const std::optional<double> number = toNumber(value);
        if (!number || *number != int(*number) || *number < 0 || *number > MaxDecimals)
            return fail(errorMessage, field, value,
                        Tr::tr("is not a whole number from 0 to %1").arg(MaxDecimals));
        v.decimals = int(*number);
        return true;
    }
    case VariableField::Writable:
    case VariableField::Published:
    case VariableField::RemoteWrite: {
        const std::optional<bool> flag = toBool(value);
        if (!flag)
            return fail(errorMessage, field, value, Tr::tr("is neither true nor false"));
        (field == VariableField::Writable        ? v.writable
             : field == VariableField::Published ? v.published
                                                 : v.remoteWrite) = *flag;
        return true;
    }
    case VariableField::ByteOrder: {
        const std::optional<ByteOrder> order = toEnum<ByteOrder>(value);
        if (!order)
            return fail(errorMessage, field, value,
                        Tr::tr("is not one of %1").arg(enumNames<ByteOrder>().join(u", ")));
        v.byteOrder = *order;
        return true;
    }
    case VariableField::DataType: {
        const std::optional<DataType> type = toEnum<DataType>(value);
        if (!type)
            return fail(errorMessage, field, value,
                        Tr::tr("is not one of %1").arg(enumNames<DataType>().join(u", ")));
        v.dataType = *type;
        return true;
    }
    }
    return false;
}

} // namespace Vigie::VariableFields
