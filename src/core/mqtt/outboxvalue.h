#pragma once

#include <QVariant>

#include <optional>

namespace Vigie {

// A metric value as the MQTT queue stores it: MqttOutbox's `value` column has no declared type,
// so SQLite keeps exactly what it is given, and `value_kind` says what that was, because
// SQLite's own types cannot tell a bool from an integer, a float from a double, or a quint64
// from a qint64. Separate from the queue so the mapping, which must never change for files
// already written, reads in one place.
struct OutboxValue
{
    // Numbered for the file: never renumber.
    enum class Kind : int {
        None = 0, // no value (Sparkplug's is_null)
        Bool = 1,
        Int64 = 2,
        UInt64 = 3, // stored as the qint64 with the same bits: SQLite integers are signed
        Float = 4, // stored as a double, which holds every float exactly
        Double = 5,
        String = 6,
    };
    Kind kind = Kind::None;
    QVariant value; // as bound: qint64, double, QString, or null (no value, or a NaN)
};

// The kind and the value to bind for a metric value: invalid, bool, any integer type, float,
// double or QString. Qt's SQLite driver binds a quint64 and a float as text, so every value is
// turned into one of the types it binds natively (qint64, double, QString). SQLite turns a NaN
// into NULL; the kind brings it back as a quiet NaN. nullopt for a type it cannot keep.
[[nodiscard]] std::optional<OutboxValue> encodeOutboxValue(const QVariant &value);
// The value a stored kind and value stand for (invalid for a kind this version does not know).
[[nodiscard]] QVariant decodeOutboxValue(int kind, const QVariant &stored);

} // namespace Vigie
