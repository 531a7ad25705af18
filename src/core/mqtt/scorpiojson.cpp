#include "scorpiojson.h"

#include "wirevalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

// Appends a JSON number, a literal or a string to a byte buffer reserved by the caller.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void raw(QLatin1String text) { m_out.append(text.data(), text.size()); }

    template<typename T> void number(T value)
    {
        char buffer[32]; // a 64-bit integer is 20 digits and a sign; a double's shortest text, 24
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_out.append(buffer, result.ptr - buffer);
    }

    // "text", UTF-16 turned into UTF-8 and escaped in one pass (no temporary QByteArray).
    void string(const QString &text)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out.append('"');
        const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *end = p + text.size();
        while (p != end) {
            char32_t c = *p++;
            if (c < 0x80) {
                switch (c) {
                case u'"': m_out.append("\\\"", 2); break;
                case u'\\': m_out.append("\\\\", 2); break;
                case u'\b': m_out.append("\\b", 2); break;
                case u'\f': m_out.append("\\f", 2); break;
                case u'\n': m_out.append("\\n", 2); break;
                case u'\r': m_out.append("\\r", 2); break;
                case u'\t': m_out.append("\\t", 2); break;
                default:
                    if (c < 0x20) {
                        const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                        m_out.append(escaped, sizeof escaped);
                    } else {
                        m_out.append(char(c));
                    }
                }
                continue;
            }
            if (c >= 0xD800 && c <= 0xDBFF && p != end && *p >= 0xDC00 && *p <= 0xDFFF)
                c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
            else if (c >= 0xD800 && c <= 0xDFFF)
                c = 0xFFFD; // a lone surrogate has no UTF-8: the replacement character
            utf8(c);
        }
        m_out.append('"');
    }

private:
    void utf8(char32_t c)
    {
        char bytes[4];
        int n;
        if (c < 0x800) {
            bytes[0] = char(0xC0 | (c >> 6));
            n = 1;
        } else if (c < 0x10000) {
            bytes[0] = char(0xE0 | (c >> 12));
            bytes[1] = char(0x80 | ((c >> 6) & 0x3F));
            n = 2;
        } else {
            bytes[0] = char(0xF0 | (c >> 18));
            bytes[1] = char(0x80 | ((c >> 12) & 0x3F));
            bytes[2] = char(0x80 | ((c >> 6) & 0x3F));
            n = 3;
        }
        bytes[n] = char(0x80 | (c & 0x3F));
        m_out.append(bytes, n + 1);
    }

    QByteArray &m_out;
};

QLatin1String typeName(MetricType type)
{
    switch (type) {
    case MetricType::Int64:
    case MetricType::UInt32:
    case MetricType::UInt64:
    case MetricType::DateTime: return QLatin1String("Long");
    case MetricType::Int32:
    case MetricType::UInt16: return QLatin1String("Integer");
    case MetricType::Int16:
    case MetricType::Int8:
    case MetricType::UInt8: return QLatin1String("Short");
    case MetricType::Boolean: return QLatin1String("Boolean");
    case MetricType::Float: return QLatin1String("Float");
    case MetricType::Double: return QLatin1String("Double");
    case MetricType::String:
    case MetricType::Text: return QLatin1String("String");
    case MetricType::Unknown: break;
    }
    return QLatin1String("");
}

// What a metric's JSON costs besides its name: keys, type, timestamp, value.
constexpr qsizetype OverheadPerMetric = 96;

void writeValue(JsonWriter &json, const Metric &metric)
{
    const WireValue w = WireValue::from(metric.value.value, metric.definition.type);
    switch (w.kind()) {
    case WireValue::Kind::Null: json.raw(QLatin1String("null")); break;
    case WireValue::Kind::Signed: json.number(w.signedValue()); break;
    case WireValue::Kind::Unsigned: json.number(w.unsignedValue()); break;
    case WireValue::Kind::Float:
        if (std::isfinite(w.floatValue()))
            json.number(w.floatValue());
        else
            json.raw(QLatin1String("null"));
        break;
    case WireValue::Kind::Double:
        if (std::isfinite(w.doubleValue()))
            json.number(w.doubleValue());
        else
            json.raw(QLatin1String("null"));
        break;
    case WireValue::Kind::Boolean:
        json.raw(w.boolean() ? QLatin1String("true") : QLatin1String("false"));
        break;
    case WireValue::Kind::String: json.string(w.string()); break;
    }
}

constexpr QLatin1String Placeholders[] = {QLatin1String("group"), QLatin1String("node"),
                                          QLatin1String("device"), QLatin1String("type")};

} // namespace

QByteArray ScorpioJson::encodeBirth(const QList<MetricDefinition> &metrics)
{
    qsizetype size = 16;
    for (const MetricDefinition &m : metrics)
        size += m.name.size() * 3 + OverheadPerMetric;
    QByteArray out;
    out.reserve(size);
    JsonWriter json(out);
    json.raw(QLatin1String("{\"metrics\":["));
    bool first = true;
    for (const MetricDefinition &m : metrics) {
        json.raw(first ? QLatin1String("{\"name\":") : QLatin1String(",{\"name\":"));
        first = false;
        json.string(m.name);
        json.raw(QLatin1String(",\"dataType\":\""));
        json.raw(typeName(m.type));
        json.raw(QLatin1String("\"}"));
    }
    json.raw(QLatin1String("]}"));
    return out;
}

QByteArray ScorpioJson::encodeData(const QList<Metric> &metrics, Historical historical)
{
    qsizetype size = 16;
    for (const Metric &m : metrics) {
        size += m.definition.name.size() * 3 + OverheadPerMetric;
        if (m.value.value.metaType().id() == QMetaType::QString)
            size += m.value.value.toString().size() * 3;
    }
    QByteArray out;
    out.reserve(size);
    JsonWriter json(out);
    json.raw(QLatin1String("{\"metrics\":["));
    bool first = true;
    for (const Metric &m : metrics) {
        json.raw(first ? QLatin1String("{\"name\":") : QLatin1String(",{\"name\":"));
        first = false;
        json.string(m.definition.name);
        json.raw(QLatin1String(",\"dataType\":\""));
        json.raw(typeName(m.definition.type));
        json.raw(QLatin1String("\",\"timestamp\":"));
        json.number(m.value.timestamp);
        json.raw(QLatin1String(",\"value\":"));
        writeValue(json, m);
        if (historical == Historical::Mark && m.value.historical)
            json.raw(QLatin1String(",\"historical\":true"));
        json.raw(QLatin1String("}"));
    }
    json.raw(QLatin1String("]}"));
    return out;
}

QString scorpioTypeName(MetricType type)
{
    return typeName(type);
}

QString expandTopic(const QString &pattern, const QHash<QString, QString> &fields)
{
    QString topic;
    topic.reserve(pattern.size() + 64);
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), at);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            topic += QStringView(pattern).mid(at);
            break;
        }
        topic += QStringView(pattern).mid(at, open - at);
        topic += fields.value(pattern.mid(open + 1, close - open - 1));
        at = close + 1;
    }
    return topic;
}

QString invalidTopicTemplate(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return Tr::tr("is empty");
    for (const QChar c : pattern) {
        if (c == u'+' || c == u'#') {
            return Tr::tr("\"%1\" contains \"%2\", an MQTT wildcard, which a topic Vigie "
                          "publishes to may not hold")
                .arg(pattern, c);
        }
        if (c.unicode() == 0)
            return Tr::tr("\"%1\" contains a NUL character, which MQTT topics forbid").arg(pattern);
    }
    bool hasType = false;
    qsizetype at = 0;
    while (true) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), at);
        const qsizetype stray = pattern.indexOf(QLatin1Char('}'), at);
        if (stray >= 0 && (open < 0 || stray < open)) {
            return Tr::tr("\"%1\" has a \"}\" at character %2 that closes no placeholder")
                .arg(pattern)
                .arg(stray + 1);
        }
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), open);
        const qsizetype reopen = pattern.indexOf(QLatin1Char('{'), open + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
            return Tr::tr("\"%1\" opens a placeholder at character %2 and does not close it")
                .arg(pattern)
                .arg(open + 1);
        }
        const QStringView name = QStringView(pattern).mid(open + 1, close - open - 1);
        if (std::find(std::begin(Placeholders), std::end(Placeholders), name)
            == std::end(Placeholders)) {
            return Tr::tr("\"%1\" has the placeholder {%2}, which Vigie does not know: use "
                          "{group}, {node}, {device} or {type}")
                .arg(pattern, name);
        }
        hasType = hasType || name == QLatin1String("type");
        at = close + 1;
    }
    if (!hasType) {
        return Tr::tr("\"%1\" has no {type}: births and data would go to the same topic")
            .arg(pattern);
    }
    return {};
}

} // namespace Vigie
