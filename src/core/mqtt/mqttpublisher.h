#pragma once

#include "mqttclient.h"
#include "mqttoutbox.h"
#include "mqttpublication.h"
#include "mqttstatus.h"
#include "secrets/credentials.h"
#include "sparkplugcodec.h"
#include "tags/tagvalue.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace Vigie {

class TagSubscription;
class TagTable;

// Everything a publisher needs, resolved by its owner on the station's thread.
struct MqttPublisherConfig
{
    MqttSettings settings;
    MqttPublication publication;
    QString queueFile; // absolute
    QString baseDirectory; // where the settings' relative TLS files are
    bool needsCredentials = false; // the settings name a secret: wait for setCredentials()
    int maxMetricsPerMessage = 500; // a larger batch is split into several messages
    // Reconnection back-off of the client (tests shorten it).
    std::chrono::milliseconds reconnectDelayMin {1000};
    std::chrono::milliseconds reconnectDelayMax {15000};
};

// Vigie's MQTT edge node: publishes the project's published tags to a broker as Sparkplug B or
// SCorp-io JSON, and keeps them in a durable queue while the broker cannot be reached.
//
// It lives on a worker thread of its own (MqttService makes it): the tag table delivers every
// sample of the published tags there (a Complete subscription, past each tag's deadband), the
// client drives libmosquitto from that thread's event loop, the queue writes SQLite there.
//
// Live path: each batch of samples becomes one data message per device (DDATA with aliases;
// the node's calculated metrics in NDATA) and goes out at once. Births: on each connection
// NBIRTH (with the session's bdSeq, kept in the queue's file across restarts) then a DBIRTH for
// each online device, with current values; a device whose $online turns false gets a DDEATH and
// publishes nothing until it is back with a new DBIRTH. The will is the session's NDEATH.
//
// Store and forward: while not online, or when the client's in-flight window is full, samples
// go to the queue; messages the client reports unconfirmed when a connection ends go back to
// it. Once online again, after the births, the queue is replayed oldest first as data messages
// flagged historical, at most replayRate metrics a second so that live data keeps flowing
// beside it; a sample leaves the queue only once its message is confirmed.
class MqttPublisher : public QObject
{
    Q_OBJECT
public:
    MqttPublisher(TagTable *tags, MqttPublisherConfig config, QObject *parent = nullptr);
    ~MqttPublisher() override;

    // On the publisher's thread: opens the queue, subscribes to the tags and connects (once
    // credentials are there, if needed).
    void start();
    // A clean end: NDEATH (Sparkplug), DISCONNECT, and whatever was not confirmed into the
    // queue. Nothing is sent after it.
    void stop();
    // The secret has been read from the keychain.
    void setCredentials(const Vigie::Credentials &credentials);
    // The keychain could not give it: the publisher stays offline, queueing, and says why.
    void setCredentialsError(const QString &error);

    [[nodiscard]] const MqttStatus &status() const { return m_status; }
    // For tests and the bench: the client (on this thread).
    [[nodiscard]] MqttClient *client() const { return m_client; }

Q_SIGNALS:
    void statusChanged(const Vigie::MqttStatus &status);
    // A DCMD asks to write a remoteWrite variable: the owner writes it through the write
    // service (origin RemoteCommand).
    void remoteWriteRequested(Vigie::TagId tag, const QVariant &value);

private:
    struct Pending
    {
        enum class Kind { Live, Replay, Control };
        Kind kind = Kind::Control;
        int device = -1; // Live: the device (-1: node)
        QList<Metric> metrics; // Live: to queue if never confirmed
        QList<qint64> ids; // Replay: the queue rows it carries
    };

    void openClient();
    void onAboutToConnect();
    void onConnected();
    void onDisconnected(const QString &reason);
    void onStateChanged(MqttClient::State state, const QString &reason);
    void onPublished(int id);
    void onUnconfirmed(const QList<int> &ids);
    void onMessage(const QString &topic, const QByteArray &payload);
    void onSamples();
    void onPeriod();
    void replayTick();

    void goOnline();
    void sendBirths();
    bool sendNodeBirth();
    bool sendDeviceBirth(int device);
    void sendDeviceDeath(int device);
    void deviceWentOffline(int device);
    [[nodiscard]] bool replaysInFlight() const;
    // Publishes live metrics of a device (-1: node), or queues them when that cannot be done.
    void publishLive(int device, const QList<Metric> &metrics);
    // One message; returns the client's id, 0 when it cannot take it now, -1 never.
    int send(const QString &topic, const QByteArray &payload, int qos, Pending pending);
    void queue(int device, const QList<Metric> &metrics);
    void flushRemovals();
    void handleCommand(int device, const QByteArray &payload);

    [[nodiscard]] bool isSparkplug() const;
    [[nodiscard]] QString deviceId(int device) const; // the published id; node: "" / edge node
    [[nodiscard]] QString makeTopic(bool birth, int device) const;
    [[nodiscard]] const QString &dataTopic(int device) const { return m_dataTopics[device + 1]; }
    [[nodiscard]] const QString &birthTopic(int device) const { return m_birthTopics[device + 1]; }
    [[nodiscard]] QByteArray encodeData(const QList<Metric> &metrics);
    [[nodiscard]] QList<Metric> currentMetrics(int device) const;
    [[nodiscard]] Metric metricOf(const PublishedMetric &published, const TagValue &value) const;
    quint64 nextSeq(); // returns the seq it used up
    void fail(const QString &error);
    void setLink(MqttStatus::Link link);
    void publishStatus();

    TagTable *m_tags;
    MqttPublisherConfig m_config;
    std::optional<Credentials> m_credentials;
    MqttClient *m_client = nullptr;
    MqttOutbox m_outbox;
    SparkplugCodec m_codec;
    TagSubscription *m_subscription = nullptr;
    QTimer *m_periodTimer = nullptr;
    QTimer *m_replayTimer = nullptr;
    QTimer *m_statusTimer = nullptr;

    bool m_started = false;
    bool m_stopped = false;
    bool m_connected = false; // the client is connected
    bool m_online = false; // connected, not gated, births sent
    bool m_hostOnline = true; // the primary host's STATE (true when none is set)
    quint64 m_bdSeq = 0;
    quint64 m_seq = 0; // the next seq to use
    QList<bool> m_deviceOnline; // by device: its $online tag says so
    QList<bool> m_deviceBorn; // by device: DBIRTH sent in this session
    QHash<TagId, int> m_onlineTags; // $online tag → device
    QList<QString> m_dataTopics; // by device + 1 (0: the node)
    QList<QString> m_birthTopics;
    QHash<int, Pending> m_pending;
    qint64 m_replayCursor = 0; // the last queue id handed to the client in this session
    bool m_rescan = false; // rows were skipped (device not born): read the queue again
    QList<qint64> m_toRemove; // queue rows confirmed, removed in one transaction
    quint64 m_lost = 0; // samples dropped here (no queue, a failed write, no longer published)
    bool m_bdSeqKnown = false;
    MqttStatus m_status;
    bool m_statusDirty = false;
};

} // namespace Vigie
