#include "sparkplugcodec.h"

#include "sparkplug_b.pb.h"
#include "wirevalue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <limits>

namespace Vigie {

Q_LOGGING_CATEGORY(lcSparkplug, "vigie.mqtt.sparkplug", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

using PbPayload = org::eclipse::tahu::protobuf::Payload;
using PbMetric = org::eclipse::tahu::protobuf::Payload_Metric;

constexpr auto TopicNamespace = QLatin1String("spBv1.0");

quint64 wireTimestamp(qint64 ms)
{
    return quint64(std::max<qint64>(ms, 0));
}

void setUtf8(std::string *target, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    target->assign(utf8.constData(), size_t(utf8.size()));
}

// The value of a metric of `type`, in the oneof field Tahu uses for it (see the class comment).
void setValue(PbMetric *m, const Metric &metric)
{
    const MetricType type = metric.definition.type;
    const WireValue w = WireValue::from(metric.value.value, type);
    switch (w.kind()) {
    case WireValue::Kind::Null:
        if (metric.value.value.isValid()) {
            qCDebug(lcSparkplug) << "metric" << metric.definition.name << "sent as null: its value"
                                 << metric.value.value << "is not a" << sparkplugTypeName(type);
        }
        m->set_is_null(true);
        break;
    case WireValue::Kind::Signed:
        if (type == MetricType::Int64)
            m->set_long_value(quint64(w.signedValue()));
        else // Int8, Int16, Int32: sign-extended to 32 bits, then taken as unsigned
            m->set_int_value(quint32(qint32(w.signedValue())));
        break;
    case WireValue::Kind::Unsigned:
        if (type == MetricType::UInt8 || type == MetricType::UInt16)
            m->set_int_value(quint32(w.unsignedValue()));
        else // UInt32 (as Tahu), UInt64, DateTime
            m->set_long_value(w.unsignedValue());
        break;
    case WireValue::Kind::Float: m->set_float_value(w.floatValue()); break;
    case WireValue::Kind::Double: m->set_double_value(w.doubleValue()); break;
    case WireValue::Kind::Boolean: m->set_boolean_value(w.boolean()); break;
    case WireValue::Kind::String: setUtf8(m->mutable_string_value(), w.string()); break;
    }
}

// A metric as a command error names it.
QString describe(const PbMetric &m, int index)
{
    if (m.has_name())
        return QLatin1Char('"') + QString::fromStdString(m.name()) + QLatin1Char('"');
    if (m.has_alias())
        return Tr::tr("with alias %1").arg(m.alias());
    return Tr::tr("number %1 (with neither name nor alias)").arg(index + 1);
}

QString fieldDescription(PbMetric::ValueCase field)
{
    switch (field) {
    case PbMetric::kIntValue: return Tr::tr("a 32-bit integer");
    case PbMetric::kLongValue: return Tr::tr("a 64-bit integer");
    case PbMetric::kFloatValue: return Tr::tr("a float");
    case PbMetric::kDoubleValue: return Tr::tr("a double");
    case PbMetric::kBooleanValue: return Tr::tr("a boolean");
    case PbMetric::kStringValue: return Tr::tr("a string");
    case PbMetric::kBytesValue: return Tr::tr("bytes");
    case PbMetric::kDatasetValue: return Tr::tr("a data set");
    case PbMetric::kTemplateValue: return Tr::tr("a template");
    case PbMetric::kExtensionValue: return Tr::tr("an extension value");
    case PbMetric::VALUE_NOT_SET: break;
    }
    return Tr::tr("no value");
}

// The signed value of a `bits`-wide integer sent in a 32- or 64-bit field: in the sign-extended
// form (-1 as 0xFFFFFFFF, Tahu's Java, C and JavaScript libraries) or the narrow one (-1 as
// 0xFF for an Int8, Tahu's Python library). Anything else is out of the type's range.
std::optional<qint64> signedFrom(quint64 raw, int fieldBits, int bits)
{
    if (bits == 64)
        return qint64(raw);
    const quint64 span = quint64(1) << bits;
    if (raw < span)
        return raw >= span / 2 ? qint64(raw) - qint64(span) : qint64(raw);
    const quint64 lowestNegative =
        fieldBits == 64 ? quint64(0) - span / 2 : (quint64(1) << 32) - span / 2;
    if (raw >= lowestNegative && (fieldBits == 64 || raw <= 0xFFFFFFFFu))
        return fieldBits == 64 ? qint64(raw) : qint64(qint32(quint32(raw)));
    return std::nullopt;
}

int bitsOf(MetricType type)
{
    switch (type) {
    case MetricType::Int8:
    case MetricType::UInt8: return 8;
    case MetricType::Int16:
    case MetricType::UInt16: return 16;
    case MetricType::Int32:
    case MetricType::UInt32: return 32;
    default: return 64;
    }
}

// A command metric's value in the QVariant its type gives, or nullopt with `error`.
std::optional<QVariant> commandValue(const PbMetric &m, MetricType type, const QString &who,
                                     QString *error)
{
    const auto field = m.value_case();
    const auto mismatch = [&] {
        *error = Tr::tr("Metric %1 is declared %2 but carries %3.")
                     .arg(who, sparkplugTypeName(type), fieldDescription(field));
        return std::nullopt;
    };
    const bool integer = field == PbMetric::kIntValue || field == PbMetric::kLongValue;
    const quint64 raw = field == PbMetric::kIntValue ? quint64(m.int_value()) : m.long_value();
    const int fieldBits = field == PbMetric::kIntValue ? 32 : 64;

    switch (type) {
    case MetricType::Unknown:
        switch (field) {
        case PbMetric::kIntValue:
        case PbMetric::kLongValue: return QVariant::fromValue(raw);
        case PbMetric::kFloatValue: return QVariant(m.float_value());
        case PbMetric::kDoubleValue: return QVariant(m.double_value());
        case PbMetric::kBooleanValue: return QVariant(m.boolean_value());
        case PbMetric::kStringValue: return QVariant(QString::fromStdString(m.string_value()));
        default:
            *error = Tr::tr("Metric %1 has no datatype and carries %2, which Vigie cannot take "
                            "as a command.")
                         .arg(who, fieldDescription(field));
            return std::nullopt;
        }
    case MetricType::Int8:
    case MetricType::Int16:
    case MetricType::Int32:
    case MetricType::Int64: {
        if (!integer)
            return mismatch();
        const int bits = bitsOf(type);
        if (const auto v = signedFrom(raw, fieldBits, bits))
            return QVariant::fromValue(*v);
        *error = Tr::tr("Metric %1 is an %2, but %3 is not one in any encoding Vigie knows.")
                     .arg(who, sparkplugTypeName(type))
                     .arg(raw);
        return std::nullopt;
    }
    case MetricType::UInt8:
    case MetricType::UInt16:
    case MetricType::UInt32:
    case MetricType::UInt64: {
        if (!integer)
            return mismatch();
        const int bits = bitsOf(type);
        const quint64 highest =
            bits == 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bits) - 1;
        if (raw > highest) {
            *error = Tr::tr("Metric %1 is a %2, but its value %3 is above %4.")
                         .arg(who, sparkplugTypeName(type))
                         .arg(raw)
                         .arg(highest);
            return std::nullopt;
        }
        return QVariant::fromValue(raw);
    }
    case MetricType::DateTime:
        if (!integer)
            return mismatch();
        if (raw > quint64(std::numeric_limits<qint64>::max())) {
            *error = Tr::tr("Metric %1 is a DateTime, but %2 ms is not a date.").arg(who).arg(raw);
            return std::nullopt;
        }
        return QVariant::fromValue(qint64(raw));
    case MetricType::Float:
        if (field == PbMetric::kFloatValue)
            return QVariant(m.float_value());
        if (field == PbMetric::kDoubleValue)
            return QVariant(float(m.double_value()));
        return mismatch();
    case MetricType::Double:
        if (field == PbMetric::kDoubleValue)
            return QVariant(m.double_value());
        if (field == PbMetric::kFloatValue)
            return QVariant(double(m.float_value()));
        return mismatch();
    case MetricType::Boolean:
        if (field != PbMetric::kBooleanValue)
            return mismatch();
        return QVariant(m.boolean_value());
    case MetricType::String:
    case MetricType::Text:
        if (field != PbMetric::kStringValue)
            return mismatch();
        return QVariant(QString::fromStdString(m.string_value()));
    }
    return std::nullopt;
}

} // namespace

class SparkplugCodec::Private
{
public:
    // Reused by every call: Clear() keeps the metrics it allocated, so that a DDATA after the
    // first allocates nothing but the returned bytes.
    PbPayload payload;

    void start(qint64 timestamp)
    {
        payload.Clear();
        payload.set_timestamp(wireTimestamp(timestamp));
    }

    PbMetric *addMetric(const Metric &metric, qint64 payloadTimestamp, bool name, bool datatype)
    {
        PbMetric *m = payload.add_metrics();
        if (name)
            setUtf8(m->mutable_name(), metric.definition.name);
        m->set_alias(metric.definition.alias);
        m->set_timestamp(
            wireTimestamp(metric.value.timestamp != 0 ? metric.value.timestamp : payloadTimestamp));
        if (datatype)
            m->set_datatype(quint32(metric.definition.type));
        if (metric.value.historical)
            m->set_is_historical(true);
        setValue(m, metric);
        return m;
    }

    void addBdSeq(quint64 bdSeq, qint64 timestamp)
    {
        PbMetric *m = payload.add_metrics();
        m->set_name(bdSeqMetricName().toStdString());
        m->set_timestamp(wireTimestamp(timestamp));
        m->set_datatype(quint32(MetricType::Int64));
        m->set_long_value(bdSeq);
    }

    QByteArray serialize()
    {
        const size_t size = payload.ByteSizeLong();
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        payload.SerializeWithCachedSizesToArray(reinterpret_cast<quint8 *>(bytes.data()));
        return bytes;
    }
};

SparkplugCodec::SparkplugCodec()
    : m_d(std::make_unique<Private>())
{
}

SparkplugCodec::~SparkplugCodec() = default;

QByteArray SparkplugCodec::encodeNodeBirth(qint64 timestamp, quint64 bdSeq,
                                           const QList<Metric> &metrics)
{
    m_d->start(timestamp);
    m_d->payload.set_seq(0);
    m_d->addBdSeq(bdSeq, timestamp);
    PbMetric *rebirth = m_d->payload.add_metrics();
    rebirth->set_name(rebirthMetricName().toStdString());
    rebirth->set_timestamp(wireTimestamp(timestamp));
    rebirth->set_datatype(quint32(MetricType::Boolean));
    rebirth->set_boolean_value(false);
    for (const Metric &metric : metrics)
        m_d->addMetric(metric, timestamp, true, true);
    return m_d->serialize();
}

QByteArray SparkplugCodec::encodeDeviceBirth(qint64 timestamp, quint64 seq,
                                             const QList<Metric> &metrics)
{
    m_d->start(timestamp);
    m_d->payload.set_seq(seq);
    for (const Metric &metric : metrics)
        m_d->addMetric(metric, timestamp, true, true);
    return m_d->serialize();
}

QByteArray SparkplugCodec::encodeData(qint64 timestamp, quint64 seq, const QList<Metric> &metrics)
{
    m_d->start(timestamp);
    m_d->payload.set_seq(seq);
    for (const Metric &metric : metrics)
        m_d->addMetric(metric, timestamp, false, m_dataTypesInData);
    return m_d->serialize();
}

QByteArray SparkplugCodec::encodeNodeDeath(quint64 bdSeq, qint64 timestamp)
{
    m_d->start(timestamp);
    m_d->addBdSeq(bdSeq, timestamp);
    return m_d->serialize();
}

QByteArray SparkplugCodec::encodeDeviceDeath(qint64 timestamp, quint64 seq)
{
    m_d->start(timestamp);
    m_d->payload.set_seq(seq);
    return m_d->serialize();
}

std::optional<QList<SparkplugCommandMetric>>
SparkplugCodec::decodeCommand(const QByteArray &payload, QString *error,
                              const BirthTypes &birthTypes)
{
    QString ignored;
    if (!error)
        error = &ignored;
    PbPayload p;
    if (!p.ParseFromArray(payload.constData(), int(payload.size()))) {
        *error = Tr::tr("The command is not a Sparkplug B payload: it does not parse as a "
                        "protobuf Payload message (%1 bytes).")
                     .arg(payload.size());
        return std::nullopt;
    }
    // Protobuf reads many byte strings as a message of unknown fields: a command must at
    // least name a metric.
    if (p.metrics_size() == 0) {
        *error = Tr::tr("The command holds no metric (%1 bytes): there is nothing to write.")
                     .arg(payload.size());
        return std::nullopt;
    }
    QList<SparkplugCommandMetric> metrics;
    metrics.reserve(p.metrics_size());
    for (int i = 0; i < p.metrics_size(); ++i) {
        const PbMetric &m = p.metrics(i);
        SparkplugCommandMetric c;
        if (m.has_name())
            c.name = QString::fromStdString(m.name());
        if (m.has_alias())
            c.alias = m.alias();
        if (m.has_timestamp() && m.timestamp() <= quint64(std::numeric_limits<qint64>::max()))
            c.timestamp = qint64(m.timestamp());
        if (m.has_datatype()) {
            if (m.datatype() > quint32(MetricType::Text)) {
                *error = Tr::tr("Metric %1 has datatype %2, which Vigie does not take in "
                                "commands (only Int8 to Text, 1-14).")
                             .arg(describe(m, i))
                             .arg(m.datatype());
                return std::nullopt;
            }
            c.type = MetricType(m.datatype());
        } else if (birthTypes) {
            c.type = birthTypes(c.name, c.alias);
        }
        if (!(m.has_is_null() && m.is_null())) {
            if (m.value_case() == PbMetric::VALUE_NOT_SET) {
                *error = Tr::tr("Metric %1 carries no value and is not marked null.")
                             .arg(describe(m, i));
                return std::nullopt;
            }
            auto value = commandValue(m, c.type, describe(m, i), error);
            if (!value)
                return std::nullopt;
            c.value = std::move(*value);
        }
        metrics.append(std::move(c));
    }
    return metrics;
}

bool SparkplugCodec::isRebirthRequest(const QList<SparkplugCommandMetric> &metrics)
{
    return std::any_of(metrics.cbegin(), metrics.cend(), [](const SparkplugCommandMetric &m) {
        return m.name == rebirthMetricName() && m.value.metaType().id() == QMetaType::Bool
            && m.value.toBool();
    });
}

std::optional<SparkplugHostState> SparkplugCodec::decodeHostState(const QByteArray &payload,
                                                                  QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *error = Tr::tr("The STATE message is not a JSON object (%1 at byte %2).")
                     .arg(parse.error != QJsonParseError::NoError
                              ? parse.errorString()
                              : Tr::tr("the document is not an object"))
                     .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue online = object.value(QLatin1String("online"));
    const QJsonValue timestamp = object.value(QLatin1String("timestamp"));
    if (!online.isBool()) {
        *error = Tr::tr("The STATE message has no \"online\" true or false.");
        return std::nullopt;
    }
    if (!timestamp.isDouble()) {
        *error = Tr::tr("The STATE message has no \"timestamp\" number.");
        return std::nullopt;
    }
    return SparkplugHostState {online.toBool(), timestamp.toInteger()};
}

QString sparkplugTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Unknown: return QStringLiteral("Unknown");
    case MetricType::Int8: return QStringLiteral("Int8");
    case MetricType::Int16: return QStringLiteral("Int16");
    case MetricType::Int32: return QStringLiteral("Int32");
    case MetricType::Int64: return QStringLiteral("Int64");
    case MetricType::UInt8: return QStringLiteral("UInt8");
    case MetricType::UInt16: return QStringLiteral("UInt16");
    case MetricType::UInt32: return QStringLiteral("UInt32");
    case MetricType::UInt64: return QStringLiteral("UInt64");
    case MetricType::Float: return QStringLiteral("Float");
    case MetricType::Double: return QStringLiteral("Double");
    case MetricType::Boolean: return QStringLiteral("Boolean");
    case MetricType::String: return QStringLiteral("String");
    case MetricType::DateTime: return QStringLiteral("DateTime");
    case MetricType::Text: return QStringLiteral("Text");
    }
    return QStringLiteral("Unknown");
}

namespace {

constexpr std::array<std::pair<SparkplugMessageType, QLatin1String>, 8> MessageTypeNames {{
    {SparkplugMessageType::NBirth, QLatin1String("NBIRTH")},
    {SparkplugMessageType::NDeath, QLatin1String("NDEATH")},
    {SparkplugMessageType::NData, QLatin1String("NDATA")},
    {SparkplugMessageType::NCmd, QLatin1String("NCMD")},
    {SparkplugMessageType::DBirth, QLatin1String("DBIRTH")},
    {SparkplugMessageType::DDeath, QLatin1String("DDEATH")},
    {SparkplugMessageType::DData, QLatin1String("DDATA")},
    {SparkplugMessageType::DCmd, QLatin1String("DCMD")},
}};

bool isDeviceMessage(SparkplugMessageType type)
{
    return type == SparkplugMessageType::DBirth || type == SparkplugMessageType::DDeath
        || type == SparkplugMessageType::DData || type == SparkplugMessageType::DCmd;
}

} // namespace

QString sparkplugMessageTypeName(SparkplugMessageType type)
{
    for (const auto &[t, name] : MessageTypeNames) {
        if (t == type)
            return name;
    }
    return {};
}

QString sparkplugTopic(SparkplugMessageType type, const QString &group, const QString &node,
                       const QString &device)
{
    QString topic = TopicNamespace % QLatin1Char('/') % group % QLatin1Char('/')
        % sparkplugMessageTypeName(type) % QLatin1Char('/') % node;
    if (isDeviceMessage(type))
        topic += QLatin1Char('/') % device;
    return topic;
}

QString sparkplugStateTopic(const QString &hostId)
{
    return TopicNamespace % QLatin1String("/STATE/") % hostId;
}

std::optional<SparkplugTopic> parseSparkplugTopic(const QString &topic)
{
    const QStringList parts = topic.split(QLatin1Char('/'));
    if (parts.size() < 4 || parts.size() > 5 || parts[0] != TopicNamespace)
        return std::nullopt;
    if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return std::nullopt;
    for (const auto &[type, name] : MessageTypeNames) {
        if (parts[2] != name)
            continue;
        if (parts.size() != (isDeviceMessage(type) ? 5 : 4))
            return std::nullopt;
        return SparkplugTopic {type, parts[1], parts[3], parts.size() == 5 ? parts[4] : QString()};
    }
    return std::nullopt;
}

QString invalidSparkplugId(const QString &id)
{
    if (id.isEmpty())
        return Tr::tr("is empty");
    for (const QChar c : id) {
        if (c == u'/' || c == u'+' || c == u'#') {
            return Tr::tr("\"%1\" contains \"%2\": Sparkplug ids may not contain /, + or #, "
                          "which MQTT topics reserve")
                .arg(id, c);
        }
        if (c.unicode() == 0)
            return Tr::tr("\"%1\" contains a NUL character, which MQTT topics forbid").arg(id);
    }
    return {};
}

} // namespace Vigie
