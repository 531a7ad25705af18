#include "jsonobjectreader.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Vigie {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, const NodePath &node,
                                   const QString &field, ProjectIssues &issues)
    : m_object(object)
    , m_node(node)
    , m_field(field)
    , m_issues(issues)
{
}

QString JsonObjectReader::fieldOf(const QString &key) const
{
    return childPath(m_field, key);
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return issuePath(m_node, fieldOf(key));
}

void JsonObjectReader::error(const QString &key, const QString &message)
{
    m_issues.append(ProjectIssue::at(ProjectIssue::Severity::Error, m_node, fieldOf(key), message));
}

QString JsonObjectReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return quotedText(v.toString());
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

QJsonValue JsonObjectReader::take(const QString &key, Need need)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Required)
            error(key, tr("is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QString JsonObjectReader::string(const QString &key, const QString &fallback, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        error(key, tr("%1 is not text").arg(describe(v)));
        return fallback;
    }
    return v.toString();
}

int JsonObjectReader::integer(const QString &key, int fallback, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max()) {
        error(key, tr("%1 is not a whole number").arg(describe(v)));
        return fallback;
    }
    return static_cast<int>(d);
}

double JsonObjectReader::number(const QString &key, double fallback)
{
    const QJsonValue v = take(key, Optional);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        error(key, tr("%1 is not a number").arg(describe(v)));
        return fallback;
    }
    return v.toDouble();
}

bool JsonObjectReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = take(key, Optional);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(key, tr("%1 is not true or false").arg(describe(v)));
        return fallback;
    }
    return v.toBool();
}

std::optional<int> JsonObjectReader::optionalInteger(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        m_seen.insert(key);
        return std::nullopt;
    }
    return integer(key, 0);
}

std::optional<double> JsonObjectReader::optionalNumber(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        m_seen.insert(key);
        return std::nullopt;
    }
    return number(key, 0.0);
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key)
{
    const QJsonValue v = take(key, Optional);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        error(key, tr("%1 is not an object").arg(describe(v)));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray JsonObjectReader::array(const QString &key, Need need)
{
    const QJsonValue v = take(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        error(key, tr("%1 is not a list").arg(describe(v)));
        return {};
    }
    return v.toArray();
}

void JsonObjectReader::reportUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        // Empty and blank keys are reported by the pre-scan, which knows their line.
        if (!m_seen.contains(it.key()) && !it.key().trimmed().isEmpty()) {
            m_issues.append(ProjectIssue::at(ProjectIssue::Severity::Warning, m_node,
                                             fieldOf(it.key()),
                                             tr("unknown field, ignored (misspelt?)")));
        }
    }
}

} // namespace Vigie
