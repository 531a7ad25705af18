#include "variablefield.h"

#include "document/variablefields.h"

namespace Vigie::VariableFields {

// The fields as core's bulk edit knows them (document/variablefields.h), which holds the one
// reading of a value for a field: the editor's verbs, the tag table and the bulk edit dialog
// agree on what "1.5", "true" or "CDAB" mean and what clears a field.

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

std::optional<VariableField> fieldNamed(const QString &fieldName)
{
    for (int f = int(VariableField::Unit); f <= int(VariableField::Max); ++f) {
        if (name(VariableField(f)) == fieldName)
            return VariableField(f);
    }
    return std::nullopt;
}

QVariant value(const Variable &v, VariableField field)
{
    return variableField(v, name(field));
}

bool setValue(Variable &v, VariableField field, const QVariant &value, QString *errorMessage)
{
    const QString why = checkVariableField(name(field), value);
    if (!why.isEmpty()) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    }
    v = withField(v, name(field), value);
    return true;
}

} // namespace Vigie::VariableFields
