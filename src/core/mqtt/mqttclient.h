#pragma once

#include "mqttbrokerurl.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;
class QSocketNotifier;
class QTimer;

namespace Vigie {

// The message a broker publishes for a client that vanishes without saying goodbye (MQTT's
// last will): Sparkplug's NDEATH.
struct MqttWill
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    friend bool operator==(const MqttWill &, const MqttWill &) = default;
};

// How an MqttClient connects. Checked by MqttClient::open().
struct MqttClientOptions
{
    enum class Protocol { V311, V5 };

    MqttBrokerUrl broker; // mqtts:// means TLS
    QString clientId; // empty: the broker assigns one (clean sessions only)
    int keepAliveSeconds = 30; // 0 (none) or 5–65535
    Protocol protocol = Protocol::V311;
    QString username; // empty: anonymous
    QString password;
    // Off: the broker keeps the subscriptions and queued messages of clientId between
    // connections (MQTT 3.1.1; with MQTT 5 the session still ends with the connection, as no
    // session expiry interval is sent).
    bool cleanSession = true;

    // TLS (mqtts://)
    QString caFile; // PEM certificates the broker's must chain to; empty: the system's
    bool verifyPeer = true; // check the chain and that the certificate names the broker's host
    QString certFile; // PEM client certificate, with its key, for brokers that ask for one
    QString keyFile;

    std::optional<MqttWill> will; // see MqttClient::setWill()
    // Messages handed over by publish() and not yet confirmed, at most (1–65535). libmosquitto
    // queues without bound: this window is the back-pressure it lacks.
    int maxInFlight = 1000;
    // The wait before a new attempt after a failed one or a lost connection: reconnectDelayMin,
    // doubled after each failure up to reconnectDelayMax, back to the minimum once connected.
    std::chrono::milliseconds reconnectDelayMin {1000};
    std::chrono::milliseconds reconnectDelayMax {30000};
    // How long an attempt may take from the TCP connection to the broker's CONNACK.
    std::chrono::milliseconds connectTimeout {10000};
};

// What an MqttClient has done since it was made (all connections together).
struct MqttClientCounters
{
    quint64 published = 0; // messages taken by publish()
    quint64 publishedBytes = 0; // their payloads
    quint64 confirmed = 0; // reported by published()
    quint64 confirmedBytes = 0;
    quint64 unconfirmed = 0; // reported by unconfirmed()
    quint64 rejected = 0; // confirmed with a refusal by an MQTT 5 broker (a PUBACK >= 0x80)
    quint64 received = 0; // messages from subscriptions
    quint64 receivedBytes = 0;
    quint64 connects = 0; // CONNACKs that accepted the connection
    quint64 disconnects = 0; // connections that ended (lost, closed or aborted)
};

// Vigie's MQTT client: libmosquitto driven from the Qt event loop of the thread the client
// lives in (the publisher's worker thread), with no thread of libmosquitto's own. A socket
// notifier calls mosquitto_loop_read() when the socket has data, another
// mosquitto_loop_write() only while libmosquitto has bytes to send, and a 1 s timer
// mosquitto_loop_misc() for the keep-alive (FIELD_NOTES: as fast as libmosquitto's own thread).
// It adds what libmosquitto leaves to its user: reconnection with back-off, a bounded window of
// unconfirmed messages, reasons in plain words, and an exact account of what was not confirmed
// when a connection ends.
//
// Contract for the messages given to publish():
// - publish() returns an id > 0 when it takes the message. Ids count up across connections
//   (wrapping past INT_MAX), so an id names one message while it is in flight, whatever happens.
// - Each taken message is reported exactly once: by published(id) once confirmed (QoS 0: written
//   to the socket; QoS 1: PUBACK; QoS 2: PUBCOMP), or in unconfirmed(ids) when its connection
//   ends first (lost, close(), abort()).
// - When a connection ends, its libmosquitto handle is destroyed: libmosquitto keeps nothing of
//   ours and resends nothing on the next connection (by itself it would drop queued QoS 0 and
//   resend QoS 1 and 2, even with a clean session). What to resend is the owner's choice.
// - A message in unconfirmed() may still have reached the broker (its PUBACK lost, or written
//   by the DISCONNECT's flush after close()): delivery is at least once.
//
// Signals come from the event loop, never from inside publish() or subscribe(). open(),
// close() and abort() emit stateChanged() (close() and abort(): also unconfirmed() and
// disconnected()) before they return, as QAbstractSocket does. A slot may call any function,
// including close() or deleteLater(); the client may also be deleted from a slot.
//
// Every function must be called from the thread the client lives in (QMetaObject::invokeMethod
// from others). libmosquitto resolves the broker's name with getaddrinfo(), which blocks that
// thread for the DNS look-up; the TCP connection, the TLS handshake and the MQTT handshake do
// not block.
class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed, // before open(), after close() or abort()
        Connecting, // an attempt is under way (TCP, TLS, CONNECT/CONNACK)
        Connected, // the broker accepted the connection: publish() takes messages
        WaitingToReconnect, // after a failed attempt or a lost connection, until the next one
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    // Closes as close() does, without signals. A DISCONNECT that cannot be written at once is
    // dropped, and the broker then publishes the will.
    ~MqttClient() override;

    // Checks the options and starts connecting from the event loop; then keeps connected,
    // attempt after attempt, until close(). False if the options are wrong (lastError() says
    // what), and then nothing starts. A client already open is closed first.
    bool open(const MqttClientOptions &options);
    // Ends the connection with a DISCONNECT, so that the broker discards the will, and stops
    // reconnecting. Messages not confirmed are reported in unconfirmed().
    void close();
    // Drops the connection without a DISCONNECT, as a crash would: the broker publishes the
    // will. Otherwise as close() (no reconnection).
    void abort();
    // The will of the next connection attempts (none: no will). Sparkplug needs a new NDEATH,
    // with a new bdSeq, for each session: call it from aboutToConnect().
    void setWill(const std::optional<MqttWill> &will);

    // Hands a message over: its id (> 0), 0 when it cannot be taken now (not connected, or
    // maxInFlight messages unconfirmed; readyToPublish() follows when it can), or -1 when it
    // can never be (an invalid topic or QoS, a payload over MQTT's 256 MB; logged).
    int publish(const QString &topic, const QByteArray &payload, int qos, bool retain);
    // Subscribes now if connected, and again on every connection. False for an invalid filter
    // or QoS (logged). Subscribing again to a filter changes its QoS.
    bool subscribe(const QString &topicFilter, int qos);

    [[nodiscard]] State state() const { return m_state; }
    // Why the last attempt failed or the last connection ended, in plain words
    // ("connection refused by 127.0.0.1:1883", "the broker refused the connection: not
    // authorised"). Kept after a later success; empty before the first failure.
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    // Messages taken by publish() and not yet reported.
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] const MqttClientCounters &counters() const { return m_counters; }

Q_SIGNALS:
    // Before each connection attempt, while setWill() can still change its will.
    void aboutToConnect();
    // reason: why (the error of a failed attempt or a lost connection), or empty.
    void stateChanged(Vigie::MqttClient::State state, const QString &reason);
    // The broker accepted the connection; sessionPresent: it kept a session of this client id.
    void connected(bool sessionPresent);
    // A connection that was accepted has ended (after unconfirmed(), if any).
    void disconnected(const QString &reason);
    // A message is confirmed (see the contract above).
    void published(int id);
    // Messages that will never be confirmed, because their connection ended; in the order they
    // were published.
    void unconfirmed(const QList<int> &ids);
    // publish() can take a message again after it returned 0.
    void readyToPublish();
    void messageReceived(const QString &topic, const QByteArray &payload);
    // The broker answered a subscription (on each connection): granted, or refused.
    void subscribed(const QString &topicFilter, bool granted);

private:
    struct Session;
    struct Event;
    struct Slot
    {
        qint64 sequence = 0; // 0: free
        int bytes = 0;
    };
    struct Subscription
    {
        QString filter;
        int qos = 0;
    };

    // libmosquitto's callbacks; they only record, the event loop tells the owner.
    static void onConnect(mosquitto *handle, void *client, int reason, int flags,
                          const mqtt5__property *properties);
    static void onDisconnect(mosquitto *handle, void *client, int reason,
                             const mqtt5__property *properties);
    static void onPublish(mosquitto *handle, void *client, int mid, int reason,
                          const mqtt5__property *properties);
    static void onMessage(mosquitto *handle, void *client, const mosquitto_message *message,
                          const mqtt5__property *properties);
    static void onSubscribe(mosquitto *handle, void *client, int mid, int count,
                            const int *grantedQos);
    static void onLog(mosquitto *handle, void *client, int level, const char *text);

    void attempt();
    [[nodiscard]] QString startSession();
    void onReadable();
    void onWritable();
    void onMiscTimer();
    void onConnectTimeout();
    void afterIo(int rc, int error);
    void connectionAccepted();
    void connectionEnded(const QString &reason);
    void end(const QString &reason, bool sendDisconnect);
    void retire(Session &session, bool sendDisconnect, bool mayLinger);
    void flushClosing();
    void dropClosing();
    void subscribeNow(const Subscription &subscription);
    void updateWriteNotifier();
    void noteHandshake();
    [[nodiscard]] QString lossReason(int rc, int error) const;
    [[nodiscard]] QString tlsFailure() const;
    [[nodiscard]] QList<int> takeUnconfirmed();
    void confirm(int mid, int reason);
    void checkReady();
    void setState(State state, const QString &reason = {});
    void post();
    // Emits the recorded events in order; false if a slot deleted the client.
    bool dispatch();

    MqttClientOptions m_options;
    State m_state = State::Closed;
    QString m_lastError;
    MqttClientCounters m_counters;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_closing; // flushing its DISCONNECT after close()
    QTimer *m_retryTimer;
    QTimer *m_connectTimer;
    QTimer *m_miscTimer;
    QTimer *m_closeTimer;
    std::chrono::milliseconds m_backoff {0};
    quint64 m_generation = 0; // one more for each open(), close(), abort()

    // Messages in flight, by libmosquitto's 16-bit message id (allocated on first publish()).
    std::vector<Slot> m_slots;
    qint64 m_sequence = 0;
    int m_inFlight = 0;
    bool m_refused = false; // publish() returned 0 since the last readyToPublish()

    QList<Subscription> m_subscriptions;

    std::deque<Event> m_events;
    bool m_posted = false;
};

} // namespace Vigie
