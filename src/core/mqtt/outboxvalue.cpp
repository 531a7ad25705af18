#include "outboxvalue.h"

#include <cmath>
#include <limits>

namespace Vigie {

std::optional<OutboxValue> encodeOutboxValue(const QVariant &v)
{
    using Kind = OutboxValue::Kind;
    if (!v.isValid())
        return OutboxValue {};
    switch (v.typeId()) {
    case QMetaType::Bool: return OutboxValue {Kind::Bool, QVariant(qint64(v.toBool()))};
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong: return OutboxValue {Kind::Int64, QVariant(v.toLongLong())};
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong: return OutboxValue {Kind::UInt64, QVariant(qint64(v.toULongLong()))};
    case QMetaType::Float:
    case QMetaType::Double: {
        const bool isFloat = v.typeId() == QMetaType::Float;
        const double d = isFloat ? double(v.toFloat()) : v.toDouble();
        return OutboxValue {isFloat ? Kind::Float : Kind::Double,
                            std::isnan(d) ? QVariant() : QVariant(d)};
    }
    case QMetaType::QString: return OutboxValue {Kind::String, v};
    default: return std::nullopt;
    }
}

QVariant decodeOutboxValue(int kind, const QVariant &stored)
{
    using Kind = OutboxValue::Kind;
    switch (Kind(kind)) {
    case Kind::None: return {};
    case Kind::Bool: return QVariant(stored.toLongLong() != 0);
    case Kind::Int64: return QVariant(stored.toLongLong());
    case Kind::UInt64: return QVariant(quint64(stored.toLongLong()));
    case Kind::Float:
        return QVariant(stored.isNull() ? std::numeric_limits<float>::quiet_NaN()
                                        : float(stored.toDouble()));
    case Kind::Double:
        return QVariant(stored.isNull() ? std::numeric_limits<double>::quiet_NaN()
                                        : stored.toDouble());
    case Kind::String: return QVariant(stored.toString());
    }
    return {}; // the format number keeps a newer file's kinds from reaching here
}

} // namespace Vigie
