#include "scorpiojson.h"

#include "model/jsonwriter.h"

#include "wirevalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

// Writes a message's JSON straight into a byte buffer that it grows ahead of each item, so that
// its many small pieces cost no per-piece check (QByteArray::append would make one). Strings
// are quoted as the project file's are, by JsonWriter::appendQuoted().
class JsonText
{
public:
    explicit JsonText(qsizetype estimate)
        : m_out(estimate, Qt::Uninitialized)
        , m_p(m_out.data())
        , m_end(m_p + m_out.size())
    {
    }

    void raw(QLatin1String text)
    {
        reserve(text.size());
        std::memcpy(m_p, text.data(), size_t(text.size()));
        m_p += text.size();
    }

    template<typename T> void number(T value)
    {
        // A 64-bit integer is 20 digits and a sign; a double's shortest text, 24 characters.
        reserve(32);
        m_p = std::to_chars(m_p, m_end, value).ptr;
    }

    void string(const QString &text)
    {
        m_out.truncate(m_p - m_out.constData());
        JsonWriter::appendQuoted(m_out, text);
        writeAhead(m_out.size());
    }

    // The text written, without the unused end of the buffer.
    QByteArray take()
    {
        m_out.truncate(m_p - m_out.constData());
        return std::move(m_out);
    }

private:
    void reserve(qsizetype n)
    {
        if (m_end - m_p < n) {
            const qsizetype used = m_p - m_out.constData();
            m_out.resize(std::max(2 * m_out.size(), used + n));
            writeAhead(used);
        }
    }
    // Back to writing through the pointer, after `used` bytes, into all the room there is.
    void writeAhead(qsizetype used)
    {
        m_out.resize(std::max(m_out.capacity(), used));
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }

    QByteArray m_out;
    char *m_p;
    char *m_end;
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

// What a metric's JSON takes besides its name (keys, type; timestamp and a number's value), so
// that a message of ASCII and accented names and numbers is written without growing.
constexpr qsizetype BirthOverhead = 40;
constexpr qsizetype DataOverhead = 96;

// A finite number as itself; NaN and the infinities, which JSON lacks, as null.
template<typename Real> void writeReal(JsonText &json, Real value)
{
    if (std::isfinite(value))
        json.number(value);
    else
        json.raw(QLatin1String("null"));
}

void writeValue(JsonText &json, const Metric &metric)
{
    const WireValue w = WireValue::from(metric.value.value, metric.definition.type);
    switch (w.kind()) {
    case WireValue::Kind::Null: json.raw(QLatin1String("null")); break;
    case WireValue::Kind::Signed: json.number(w.signedValue()); break;
    case WireValue::Kind::Unsigned: json.number(w.unsignedValue()); break;
    case WireValue::Kind::Float: writeReal(json, w.floatValue()); break;
    case WireValue::Kind::Double: writeReal(json, w.doubleValue()); break;
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
    qsizetype estimate = 16;
    for (const MetricDefinition &m : metrics)
        estimate += 2 * m.name.size() + BirthOverhead;
    JsonText json(estimate);
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
    return json.take();
}

QByteArray ScorpioJson::encodeData(const QList<Metric> &metrics, Historical historical)
{
    qsizetype estimate = 16;
    for (const Metric &m : metrics)
        estimate += 2 * m.definition.name.size() + DataOverhead;
    JsonText json(estimate);
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
    return json.take();
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
        at = close + 1;
    }
    return {};
}

} // namespace Vigie
