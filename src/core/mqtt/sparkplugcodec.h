#pragma once

#include "metric.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Vigie {

// Sparkplug B's message types, as they appear in a topic (NBIRTH, DDATA...).
enum class SparkplugMessageType : quint8 {
    NBirth,
    NDeath,
    NData,
    NCmd,
    DBirth,
    DDeath,
    DData,
    DCmd
};

// The parts of a Sparkplug B topic, spBv1.0/<group>/<type>/<node>[/<device>].
struct SparkplugTopic
{
    SparkplugMessageType type = SparkplugMessageType::NData;
    QString group;
    QString node;
    QString device; // empty for the node's own messages (N...)
    friend bool operator==(const SparkplugTopic &, const SparkplugTopic &) = default;
};

// One metric of an NCMD or DCMD, as a host application sent it.
struct SparkplugCommandMetric
{
    QString name; // empty when the host addressed the metric by alias only
    std::optional<quint64> alias;
    MetricType type = MetricType::Unknown; // the datatype sent, else the birth's; see decodeCommand
    // Invalid when the host sent is_null. Else, by type: qint64 for Int8-Int64 and DateTime,
    // quint64 for UInt8-UInt64, float, double, bool, QString for String and Text. With type
    // Unknown, the raw field: quint64 for int_value and long_value, float, double, bool, QString.
    QVariant value;
    std::optional<qint64> timestamp; // ms since the epoch, when the host sent one
};

// The primary host application's state, from the retained JSON message of Sparkplug 3.0 on
// spBv1.0/STATE/<hostId>: an edge node publishes only while its primary host is online.
struct SparkplugHostState
{
    bool online = false;
    qint64 timestamp = 0; // ms since the epoch, as the host stamped it
};

// Builds and reads Sparkplug B payloads (protobuf), so that the publisher handles Vigie's
// Metric lists and byte arrays only: the protobuf types stay in sparkplugcodec.cpp. The
// encoder keeps one protobuf message and reuses it from call to call (an encoded 15-metric
// DDATA costs a fraction of a microsecond and one allocation, the returned QByteArray); use one
// codec per thread. It sets no sequence numbers of its own: the caller counts seq (0-255,
// then 0 again) and bdSeq, as the specification has an edge node do.
//
// Integers are sent as Eclipse Tahu's Java, C and JavaScript libraries send them (the
// reference implementation; Ignition does the same, per Sparkplug issue #102): Int8, Int16 and
// Int32 go in int_value as their 32-bit two's complement (-1 is 0xFFFFFFFF); UInt8 and UInt16 in
// int_value; Int64 in long_value as its 64-bit two's complement; UInt32, UInt64 and DateTime in
// long_value. The specification's table gives UInt32 the uint32 type, but Tahu's encoders all write
// long_value and Tahu's JavaScript decoder reads UInt32 from long_value only; its Java decoder
// reads either.
class SparkplugCodec
{
public:
    // Given to decodeCommand: the type a metric was born with, found by its name or alias
    // (hosts leave the datatype out of commands, as the specification advises).
    using BirthTypes = std::function<MetricType(const QString &name, std::optional<quint64> alias)>;

    SparkplugCodec();
    ~SparkplugCodec();
    SparkplugCodec(const SparkplugCodec &) = delete;
    SparkplugCodec &operator=(const SparkplugCodec &) = delete;

    // Whether NDATA and DDATA metrics carry their datatype: yes by default. The specification
    // says they SHOULD NOT (2 bytes a metric), but Tahu's own encoders always send it and
    // Tahu's JavaScript decoder (Node-RED's Sparkplug nodes among others) cannot read a value
    // without it: a host like that would see every value as null.
    void setDataTypesInData(bool on) { m_dataTypesInData = on; }

    // NBIRTH (seq 0): "bdSeq" (Int64) and "Node Control/Rebirth" (Boolean, false), neither with
    // an alias, then `metrics` with their names, aliases, types, values and timestamps. A
    // metric without a timestamp (0) gets the message's.
    [[nodiscard]] QByteArray encodeNodeBirth(qint64 timestamp, quint64 bdSeq,
                                             const QList<Metric> &metrics);
    // DBIRTH: every metric with its name, alias, type, value and timestamp.
    [[nodiscard]] QByteArray encodeDeviceBirth(qint64 timestamp, quint64 seq,
                                               const QList<Metric> &metrics);
    // NDATA or DDATA: metrics by alias only (no names), with is_historical on values from the
    // store-and-forward queue and is_null on values that are invalid.
    [[nodiscard]] QByteArray encodeData(qint64 timestamp, quint64 seq,
                                        const QList<Metric> &metrics);
    // NDEATH, the connection's will: the timestamp and "bdSeq", no seq.
    [[nodiscard]] QByteArray encodeNodeDeath(quint64 bdSeq, qint64 timestamp);
    // DDEATH: the timestamp and seq, no metric.
    [[nodiscard]] QByteArray encodeDeviceDeath(qint64 timestamp, quint64 seq);

    // The metrics of an NCMD or DCMD payload, or nullopt with `error` saying in plain words why
    // the payload is refused: it does not parse, holds no metric, or a metric's value does not
    // fit its type (an Int8 of 300, a Boolean sent as a string). A metric's type is its
    // datatype if sent, else birthTypes' answer, else Unknown (the value is then the raw field).
    // Signed types accept both the 32-bit sign-extended form and the narrow one (Int8 -1 as
    // 0xFFFFFFFF or 0xFF, as Tahu's Python library sends it); every integer type accepts
    // int_value or long_value.
    [[nodiscard]] static std::optional<QList<SparkplugCommandMetric>>
    decodeCommand(const QByteArray &payload, QString *error, const BirthTypes &birthTypes = {});
    // Whether these NCMD metrics ask for a rebirth ("Node Control/Rebirth" = true).
    [[nodiscard]] static bool isRebirthRequest(const QList<SparkplugCommandMetric> &metrics);

    // STATE's JSON payload ({"online":true,"timestamp":...}), or nullopt with `error`.
    [[nodiscard]] static std::optional<SparkplugHostState>
    decodeHostState(const QByteArray &payload, QString *error);

    [[nodiscard]] static QString bdSeqMetricName() { return QStringLiteral("bdSeq"); }
    [[nodiscard]] static QString rebirthMetricName()
    {
        return QStringLiteral("Node Control/Rebirth");
    }

private:
    class Private;
    std::unique_ptr<Private> m_d;
    bool m_dataTypesInData = true;
};

// "Int32", "UInt64", "Boolean"... as the specification names each type ("Unknown" for 0).
[[nodiscard]] QString sparkplugTypeName(MetricType type);
// "NBIRTH", "DDATA"...
[[nodiscard]] QString sparkplugMessageTypeName(SparkplugMessageType type);

// spBv1.0/<group>/<type>/<node>, or spBv1.0/<group>/<type>/<node>/<device> for the device
// messages (D...). The ids are used as given: check them with invalidSparkplugId() first.
[[nodiscard]] QString sparkplugTopic(SparkplugMessageType type, const QString &group,
                                     const QString &node, const QString &device = {});
// spBv1.0/STATE/<hostId>: where a Sparkplug 3.0 primary host application says it is online.
[[nodiscard]] QString sparkplugStateTopic(const QString &hostId);
// The parts of a Sparkplug B topic (a device type with a device id, a node type without one),
// or nullopt for any other topic.
[[nodiscard]] std::optional<SparkplugTopic> parseSparkplugTopic(const QString &topic);
// Why `id` cannot be a group, node, device or host id (empty, or holding '/', '+', '#', which
// MQTT topics reserve, or U+0000), or an empty string if it can.
[[nodiscard]] QString invalidSparkplugId(const QString &id);

} // namespace Vigie
