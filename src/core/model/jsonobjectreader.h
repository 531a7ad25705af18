#pragma once

#include "enums.h"
#include "projectissue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Vigie {

// Reads the fields of one JSON object with their expected types, reporting each missing,
// mistyped or unknown field as an issue at its place instead of stopping at the first.
// A field that cannot be read keeps its default so reading goes on and finds the rest.
// The object is a node of the tree (`field` empty) or a block inside one (`field` "tcp",
// "simulation"): issues name the node and the field within it.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ProjectFile)

public:
    JsonObjectReader(const QJsonObject &object, const NodePath &node, const QString &field,
                     ProjectIssues &issues);

    enum Need { Optional, Required };

    QString string(const QString &key, const QString &fallback = {}, Need need = Optional);
    int integer(const QString &key, int fallback, Need need = Optional);
    double number(const QString &key, double fallback);
    bool boolean(const QString &key, bool fallback);
    std::optional<int> optionalInteger(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    // Absent: nullopt with no issue; present but not an object: an issue.
    std::optional<QJsonObject> object(const QString &key);
    QJsonArray array(const QString &key, Need need = Optional);

    template<typename E> E enumeration(const QString &key, E fallback, Need need = Optional)
    {
        const QJsonValue v = take(key, need);
        if (v.isUndefined())
            return fallback;
        if (v.isString()) {
            if (const auto e = enumFromString<E>(v.toString()))
                return *e;
        }
        error(key,
              tr("%1 is not one of %2").arg(describe(v), enumNames<E>().join(QLatin1String(", "))));
        return fallback;
    }

    // Reports every key that no read asked for: usually a misspelt field name. Empty and blank
    // keys are left to prescanJson(), which gives their line and column.
    void reportUnknownKeys();

    [[nodiscard]] const NodePath &node() const { return m_node; }
    // The field a key names within the node: "port" → "tcp.port" in the tcp block.
    [[nodiscard]] QString fieldOf(const QString &key) const;
    [[nodiscard]] QString pathOf(const QString &key) const;
    // Reports an error at a key of this object.
    void error(const QString &key, const QString &message);
    [[nodiscard]] static QString describe(const QJsonValue &v);

private:
    QJsonValue take(const QString &key, Need need);

    QJsonObject m_object;
    NodePath m_node;
    QString m_field;
    ProjectIssues &m_issues;
    QSet<QString> m_seen;
};

} // namespace Vigie
