#include "mqttclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <mosquitto.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <netdb.h>
#include <sys/socket.h>
#include <system_error>

using namespace std::chrono_literals;

namespace Vigie {

Q_LOGGING_CATEGORY(lcMqttClient, "vigie.mqtt.client", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Mqtt)
};

constexpr int maxPayload = 268435455; // MQTT's largest remaining length
// mosquitto_loop_read() calls per readable socket before the event loop gets its turn back.
constexpr int readBudget = 64;
// How long a DISCONNECT queued behind unsent messages may take to go out after close().
constexpr auto disconnectFlushTime = 2s;
constexpr auto miscInterval = 1s;

// libmosquitto's callbacks run between the system call that failed and the code that reads its
// errno: they must leave it as they found it.
struct ErrnoKeeper
{
    int saved = errno;
    ~ErrnoKeeper() { errno = saved; }
};

int initLibrary()
{
    // Once per process; a function-local static is initialised once even with several threads.
    static const int result = mosquitto_lib_init();
    return result;
}

quint16 nextMid(quint16 last)
{
    // libmosquitto numbers messages (and subscriptions) 1, 2, ... 65535, 1, ... per handle.
    return last == 65535 ? 1 : quint16(last + 1);
}

int idOf(qint64 sequence)
{
    return int((sequence - 1) % INT_MAX) + 1;
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 3);
}

QString systemError(int error)
{
    return QString::fromStdString(std::system_category().message(error));
}

QString connackText(int code, bool v5)
{
    if (!v5) {
        switch (code) {
        case 1: return Tr::tr("the broker does not accept MQTT 3.1.1");
        case 2: return Tr::tr("client identifier rejected");
        case 3: return Tr::tr("server unavailable");
        case 4: return Tr::tr("bad user name or password");
        case 5: return Tr::tr("not authorised");
        default: return Tr::tr("code %1").arg(code);
        }
    }
    switch (code) {
    case 0x80: return Tr::tr("unspecified error");
    case 0x81: return Tr::tr("malformed packet");
    case 0x82: return Tr::tr("protocol error");
    case 0x83: return Tr::tr("implementation specific error");
    case 0x84: return Tr::tr("the broker does not accept MQTT 5");
    case 0x85: return Tr::tr("client identifier not valid");
    case 0x86: return Tr::tr("bad user name or password");
    case 0x87: return Tr::tr("not authorised");
    case 0x88: return Tr::tr("server unavailable");
    case 0x89: return Tr::tr("server busy");
    case 0x8A: return Tr::tr("banned");
    case 0x8C: return Tr::tr("bad authentication method");
    case 0x95: return Tr::tr("packet too large");
    case 0x97: return Tr::tr("quota exceeded");
    case 0x9C: return Tr::tr("use another server");
    case 0x9D: return Tr::tr("server moved");
    case 0x9F: return Tr::tr("connection rate exceeded");
    default:
        return Tr::tr("%1 (code 0x%2)")
            .arg(QString::fromUtf8(mosquitto_reason_string(code)), QString::number(code, 16));
    }
}

// Why a connection attempt could not even start, or the TCP connection failed.
QString connectFailure(const MqttBrokerUrl &broker, int error)
{
    const QString where = broker.endpoint();
    switch (error) {
    case ECONNREFUSED: return Tr::tr("connection refused by %1").arg(where);
    case ETIMEDOUT: return Tr::tr("%1 did not answer (connection timed out)").arg(where);
    case ECONNRESET:
    case EPIPE: return Tr::tr("%1 reset the connection").arg(where);
    case EHOSTUNREACH:
    case ENETUNREACH: return Tr::tr("%1 cannot be reached: %2").arg(where, systemError(error));
    default: return Tr::tr("the connection to %1 failed: %2").arg(where, systemError(error));
    }
}

QString checkOptions(const MqttClientOptions &o)
{
    if (!o.broker.isValid())
        return Tr::tr("no broker URL is given");
    if (o.clientId.isEmpty() && !o.cleanSession) {
        return Tr::tr("a persistent session (clean session off) needs a client id, which names "
                      "the session on the broker");
    }
    if (o.keepAliveSeconds != 0 && (o.keepAliveSeconds < 5 || o.keepAliveSeconds > 65535)) {
        return Tr::tr("keep-alive of %1 s is out of range: 0 (none) or 5–65535 s")
            .arg(o.keepAliveSeconds);
    }
    if (o.maxInFlight < 1 || o.maxInFlight > 65535) {
        return Tr::tr("%1 messages in flight is out of range 1–65535: MQTT numbers them on "
                      "16 bits")
            .arg(o.maxInFlight);
    }
    if (o.reconnectDelayMin <= 0ms || o.reconnectDelayMax < o.reconnectDelayMin)
        return Tr::tr(
            "the reconnection delays must be positive, the longest at least the shortest");
    if (o.connectTimeout <= 0ms)
        return Tr::tr("the connection timeout must be positive");
    if (o.broker.isTls()) {
        if (o.certFile.isEmpty() != o.keyFile.isEmpty()) {
            return Tr::tr("a client certificate needs its key file, and a key file its "
                          "certificate");
        }
        const QList<std::pair<QString, QString>> files = {
            {o.caFile, Tr::tr("CA certificate file")},
            {o.certFile, Tr::tr("client certificate file")},
            {o.keyFile, Tr::tr("client key file")}};
        for (const auto &[path, what] : files) {
            if (!path.isEmpty() && !QFileInfo(path).isReadable())
                return Tr::tr("the %1 \"%2\" cannot be read").arg(what, path);
        }
    }
    if (o.will) {
        if (o.will->qos < 0 || o.will->qos > 2)
            return Tr::tr("the will's QoS %1 is not 0, 1 or 2").arg(o.will->qos);
        if (mosquitto_pub_topic_check(o.will->topic.toUtf8().constData()) != MOSQ_ERR_SUCCESS)
            return Tr::tr("the will's topic \"%1\" is not a topic to publish to")
                .arg(o.will->topic);
        if (o.will->payload.size() > maxPayload)
            return Tr::tr("the will's payload is larger than MQTT allows");
    }
    return {};
}

} // namespace

// One connection attempt and the connection it makes: a libmosquitto handle, used for that
// connection only, and the notifiers on its socket.
struct MqttClient::Session
{
    enum class Phase {
        TcpConnecting, // connect() in progress: only writability (or an error) is awaited
        Handshaking, // TLS and CONNECT/CONNACK
        Active, // accepted by the broker
        Closing, // after close(): flushing the DISCONNECT
    };

    mosquitto *handle = nullptr;
    int fd = -1;
    QSocketNotifier *reader = nullptr;
    QSocketNotifier *writer = nullptr;
    Phase phase = Phase::TcpConnecting;
    bool tls = false;
    bool tlsUp = false; // the TLS handshake has finished
    quint16 lastMid = 0; // the last message id libmosquitto gave (publish or subscribe)
    std::optional<int> connack; // the broker's CONNACK code
    bool sessionPresent = false;
    bool accepted = false;
    std::optional<int> disconnectReason; // from libmosquitto's on_disconnect
    std::optional<QString> broken; // the socket failed under mosquitto_publish()
    bool readAgain = false; // the read budget ran out with data maybe left in OpenSSL
    QStringList log; // libmosquitto's errors and warnings during the attempt
    long verdict = X509_V_OK; // OpenSSL's on the broker's certificate, when it refused it
    QHash<int, QString> pendingSubscriptions; // by message id, until the SUBACK
};

struct MqttClient::Event
{
    enum class Kind {
        AboutToConnect,
        State,
        Connected,
        Published,
        Unconfirmed,
        Disconnected,
        Ready,
        Message,
        Subscribed,
    };
    Kind kind;
    int value = 0; // State: the state; Connected, Subscribed: a flag; Published: the id
    QString text; // State, Disconnected: the reason; Message: the topic; Subscribed: the filter
    QByteArray payload;
    QList<int> ids;
};

MqttClient::MqttClient(QObject *parent)
    : QObject(parent)
    , m_retryTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
    , m_miscTimer(new QTimer(this))
    , m_closeTimer(new QTimer(this))
{
    initLibrary();
    m_retryTimer->setSingleShot(true);
    m_connectTimer->setSingleShot(true);
    m_closeTimer->setSingleShot(true);
    m_miscTimer->setInterval(miscInterval);
    connect(m_retryTimer, &QTimer::timeout, this, &MqttClient::attempt);
    connect(m_connectTimer, &QTimer::timeout, this, &MqttClient::onConnectTimeout);
    connect(m_miscTimer, &QTimer::timeout, this, &MqttClient::onMiscTimer);
    connect(m_closeTimer, &QTimer::timeout, this, &MqttClient::dropClosing);
}

MqttClient::~MqttClient()
{
    m_events.clear();
    dropClosing();
    if (m_session) {
        const bool connected = m_session->phase == Session::Phase::Active;
        std::unique_ptr<Session> session = std::move(m_session);
        retire(*session, connected, /*mayLinger=*/false);
    }
}

bool MqttClient::open(const MqttClientOptions &options)
{
    if (m_state != State::Closed)
        close();
    const QString error = checkOptions(options);
    if (!error.isEmpty()) {
        m_lastError = error;
        qCWarning(lcMqttClient).noquote() << "cannot open:" << error;
        return false;
    }
    m_options = options;
    ++m_generation;
    m_backoff = options.reconnectDelayMin;
    m_refused = false;
    setState(State::Connecting);
    m_retryTimer->start(0ms); // the first attempt, from the event loop as every later one
    dispatch();
    return true;
}

void MqttClient::close()
{
    end(Tr::tr("closed"), true);
}

void MqttClient::abort()
{
    end(Tr::tr("aborted without a DISCONNECT"), false);
}

void MqttClient::setWill(const std::optional<MqttWill> &will)
{
    m_options.will = will;
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (qos < 0 || qos > 2 || payload.size() > maxPayload) {
        qCWarning(lcMqttClient).noquote()
            << "cannot publish to" << topic << ":"
            << (payload.size() > maxPayload ? "the payload is too large"
                                            : "the QoS is not 0, 1 or 2");
        return -1;
    }
    if (m_state != State::Connected || !m_session || m_session->broken
        || m_inFlight >= m_options.maxInFlight) {
        m_refused = true;
        return 0;
    }
    Session &session = *m_session;
    if (m_slots.empty())
        m_slots.resize(65536);
    // The id libmosquitto will give is known in advance; it must not be one still in flight
    // (possible after 65,535 newer messages, e.g. QoS 0 ones confirmed while a QoS 1 waits).
    const quint16 mid = nextMid(session.lastMid);
    if (m_slots[mid].sequence != 0) {
        m_refused = true;
        return 0;
    }
    const QByteArray topicUtf8 = topic.toUtf8();
    const qint64 sequence = ++m_sequence;
    // Recorded before the call: a QoS 0 message is confirmed inside it, when written at once.
    m_slots[mid] = {sequence, int(payload.size())};
    ++m_inFlight;
    int given = 0;
    errno = 0;
    const int rc = mosquitto_publish(session.handle, &given, topicUtf8.constData(),
                                     int(payload.size()), payload.constData(), qos, retain);
    const int error = errno;
    if (given != 0)
        session.lastMid = quint16(given);
    if (given == 0 || rc == MOSQ_ERR_NOMEM) {
        // Refused before libmosquitto queued anything.
        if (m_slots[mid].sequence == sequence) {
            m_slots[mid] = {};
            --m_inFlight;
        }
        if (rc == MOSQ_ERR_NOMEM) {
            m_refused = true;
            return 0;
        }
        qCWarning(lcMqttClient).noquote()
            << "cannot publish to" << topic << ":" << QString::fromUtf8(mosquitto_strerror(rc));
        return -1;
    }
    if (given != mid && m_slots[mid].sequence == sequence) {
        qCWarning(lcMqttClient) << "libmosquitto gave message id" << given << "instead of" << mid;
        m_slots[quint16(given)] = m_slots[mid];
        m_slots[mid] = {};
    }
    ++m_counters.published;
    m_counters.publishedBytes += quint64(payload.size());
    if (rc != MOSQ_ERR_SUCCESS) {
        // Queued (it has an id) but the socket failed under it: the connection is lost, and the
        // event loop says so, with this message among the unconfirmed.
        session.broken = lossReason(rc, error);
        post();
    } else {
        updateWriteNotifier();
    }
    if (!m_events.empty())
        post();
    return idOf(sequence);
}

bool MqttClient::subscribe(const QString &topicFilter, int qos)
{
    const QByteArray filter = topicFilter.toUtf8();
    if (qos < 0 || qos > 2 || mosquitto_sub_topic_check(filter.constData()) != MOSQ_ERR_SUCCESS) {
        qCWarning(lcMqttClient).noquote() << "cannot subscribe to" << topicFilter << "with QoS"
                                          << qos << ": not a valid topic filter and QoS";
        return false;
    }
    auto known = std::find_if(m_subscriptions.begin(), m_subscriptions.end(),
                              [&](const Subscription &s) { return s.filter == topicFilter; });
    if (known != m_subscriptions.end())
        known->qos = qos;
    else
        m_subscriptions.append({topicFilter, qos});
    if (m_state == State::Connected && m_session && !m_session->broken) {
        subscribeNow({topicFilter, qos});
        updateWriteNotifier();
    }
    return true;
}

void MqttClient::subscribeNow(const Subscription &subscription)
{
    Session &session = *m_session;
    int mid = 0;
    const int rc = mosquitto_subscribe(session.handle, &mid,
                                       subscription.filter.toUtf8().constData(), subscription.qos);
    if (mid != 0) {
        session.lastMid = quint16(mid);
        session.pendingSubscriptions.insert(mid, subscription.filter);
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        qCWarning(lcMqttClient).noquote() << "cannot subscribe to" << subscription.filter << ":"
                                          << QString::fromUtf8(mosquitto_strerror(rc));
    }
}

// --- libmosquitto's callbacks: they run inside mosquitto_loop_*() and mosquitto_publish(), and
// only record; the event loop tells the owner once libmosquitto has returned.

void MqttClient::onConnect(mosquitto *handle, void *client, int reason, int flags,
                           const mqtt5__property *)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    if (self->m_session && self->m_session->handle == handle) {
        self->m_session->connack = reason;
        self->m_session->sessionPresent = flags & 1;
    }
}

void MqttClient::onDisconnect(mosquitto *handle, void *client, int reason, const mqtt5__property *)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    if (self->m_session && self->m_session->handle == handle && !self->m_session->disconnectReason)
        self->m_session->disconnectReason = reason;
}

void MqttClient::onPublish(mosquitto *handle, void *client, int mid, int reason,
                           const mqtt5__property *)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    if (self->m_session && self->m_session->handle == handle)
        self->confirm(mid, reason);
}

void MqttClient::onMessage(mosquitto *handle, void *client, const mosquitto_message *message,
                           const mqtt5__property *)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    if (!self->m_session || self->m_session->handle != handle)
        return;
    Event event {Event::Kind::Message};
    event.text = QString::fromUtf8(message->topic);
    event.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    ++self->m_counters.received;
    self->m_counters.receivedBytes += quint64(message->payloadlen);
    self->m_events.push_back(std::move(event));
}

void MqttClient::onSubscribe(mosquitto *handle, void *client, int mid, int count,
                             const int *grantedQos)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    if (!self->m_session || self->m_session->handle != handle)
        return;
    const QString filter = self->m_session->pendingSubscriptions.take(mid);
    const bool granted = count == 1 && grantedQos[0] < 0x80; // one filter per SUBSCRIBE
    if (!granted)
        qCWarning(lcMqttClient).noquote() << "the broker refused the subscription to" << filter;
    Event event {Event::Kind::Subscribed};
    event.text = filter;
    event.value = granted;
    self->m_events.push_back(std::move(event));
}

void MqttClient::onLog(mosquitto *handle, void *client, int level, const char *text)
{
    const ErrnoKeeper keeper;
    auto *self = static_cast<MqttClient *>(client);
    qCDebug(lcMqttClient) << "libmosquitto:" << text;
    if (!self->m_session || self->m_session->handle != handle
        || !(level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING)))
        return;
    Session &session = *self->m_session;
    if (session.log.size() < 32)
        session.log.append(QString::fromUtf8(text));
    // libmosquitto logs OpenSSL's errors just before it frees the SSL object, which alone knows
    // why a certificate was refused.
    if (const auto *ssl = static_cast<const SSL *>(mosquitto_ssl_get(handle));
        ssl && session.verdict == X509_V_OK)
        session.verdict = SSL_get_verify_result(ssl);
}

void MqttClient::confirm(int mid, int reason)
{
    if (mid <= 0 || mid > 65535 || m_slots.empty())
        return;
    Slot &slot = m_slots[mid];
    if (slot.sequence == 0)
        return; // not a message of ours in flight (already reported)
    const int id = idOf(slot.sequence);
    ++m_counters.confirmed;
    m_counters.confirmedBytes += quint64(slot.bytes);
    slot = {};
    --m_inFlight;
    if (reason >= 0x80) {
        // An MQTT 5 broker took the message and refused it (not authorised, quota exceeded...):
        // sending it again would be refused again.
        ++m_counters.rejected;
        qCWarning(lcMqttClient).noquote() << "the broker refused message" << id << ":"
                                          << QString::fromUtf8(mosquitto_reason_string(reason));
    }
    Event event {Event::Kind::Published};
    event.value = id;
    m_events.push_back(std::move(event));
}

// --- Connection attempts

void MqttClient::attempt()
{
    const quint64 generation = m_generation;
    m_events.push_back({Event::Kind::AboutToConnect});
    if (!dispatch() || generation != m_generation || m_state == State::Closed)
        return; // a slot of aboutToConnect() deleted, closed or reopened the client
    if (m_state != State::Connecting)
        setState(State::Connecting);
    const QString error = startSession();
    if (!error.isEmpty())
        connectionEnded(error);
    dispatch();
}

QString MqttClient::startSession()
{
    auto created = std::make_unique<Session>();
    created->tls = m_options.broker.isTls();
    const QByteArray clientId = m_options.clientId.toUtf8();
    created->handle = mosquitto_new(clientId.isEmpty() ? nullptr : clientId.constData(),
                                    m_options.cleanSession, this);
    if (!created->handle)
        return Tr::tr("cannot create an MQTT client: %1").arg(systemError(errno));
    m_session = std::move(created);
    Session &session = *m_session;
    mosquitto *handle = session.handle;

    mosquitto_int_option(handle, MOSQ_OPT_PROTOCOL_VERSION,
                         m_options.protocol == MqttClientOptions::Protocol::V5
                             ? MQTT_PROTOCOL_V5
                             : MQTT_PROTOCOL_V311);
    // Without it, a message at a low rate waits for the broker's delayed ACK (FIELD_NOTES: 20 ms
    // instead of 0.1 ms).
    mosquitto_int_option(handle, MOSQ_OPT_TCP_NODELAY, 1);
    // libmosquitto's own window for QoS 1 and 2 (20 by default) would queue behind ours. With
    // MQTT 5 the broker's receive maximum replaces it.
    mosquitto_int_option(handle, MOSQ_OPT_SEND_MAXIMUM, m_options.maxInFlight);
    mosquitto_connect_v5_callback_set(handle, &MqttClient::onConnect);
    mosquitto_disconnect_v5_callback_set(handle, &MqttClient::onDisconnect);
    mosquitto_publish_v5_callback_set(handle, &MqttClient::onPublish);
    mosquitto_message_v5_callback_set(handle, &MqttClient::onMessage);
    mosquitto_subscribe_callback_set(handle, &MqttClient::onSubscribe);
    // Until the broker accepts: its errors say why TLS failed (see connectionAccepted()).
    mosquitto_log_callback_set(handle, &MqttClient::onLog);

    if (!m_options.username.isEmpty()) {
        const QByteArray password = m_options.password.toUtf8();
        mosquitto_username_pw_set(handle, m_options.username.toUtf8().constData(),
                                  m_options.password.isEmpty() ? nullptr : password.constData());
    }
    if (m_options.will) {
        const MqttWill &will = *m_options.will;
        const int rc =
            mosquitto_will_set(handle, will.topic.toUtf8().constData(), int(will.payload.size()),
                               will.payload.constData(), will.qos, will.retain);
        if (rc != MOSQ_ERR_SUCCESS) {
            return Tr::tr("the will on \"%1\" cannot be used: %2")
                .arg(will.topic, QString::fromUtf8(mosquitto_strerror(rc)));
        }
    }
    if (session.tls) {
        if (m_options.caFile.isEmpty())
            mosquitto_int_option(handle, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        const QByteArray ca = QFileInfo(m_options.caFile).absoluteFilePath().toLocal8Bit();
        const QByteArray cert = QFileInfo(m_options.certFile).absoluteFilePath().toLocal8Bit();
        const QByteArray key = QFileInfo(m_options.keyFile).absoluteFilePath().toLocal8Bit();
        const int rc =
            mosquitto_tls_set(handle, m_options.caFile.isEmpty() ? nullptr : ca.constData(),
                              nullptr, m_options.certFile.isEmpty() ? nullptr : cert.constData(),
                              m_options.keyFile.isEmpty() ? nullptr : key.constData(), nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            return Tr::tr("the TLS files cannot be used: %1")
                .arg(QString::fromUtf8(mosquitto_strerror(rc)));
        }
        mosquitto_tls_opts_set(handle, m_options.verifyPeer ? SSL_VERIFY_PEER : SSL_VERIFY_NONE,
                               nullptr, nullptr);
        mosquitto_tls_insecure_set(handle, !m_options.verifyPeer);
    }

    // Resolves the name (blocking: getaddrinfo) and starts a non-blocking connect().
    errno = 0;
    const int rc = mosquitto_connect_async(handle, m_options.broker.host().toUtf8().constData(),
                                           m_options.broker.port(), m_options.keepAliveSeconds);
    const int error = errno;
    if (rc != MOSQ_ERR_SUCCESS) {
        switch (rc) {
        case MOSQ_ERR_ERRNO:
            // A broker that answers at once can end the TLS handshake in there: EPROTO is
            // libmosquitto's errno for an OpenSSL failure.
            if (session.tls && (error == EPROTO || error == ECONNRESET || error == EPIPE))
                return tlsFailure();
            return connectFailure(m_options.broker, error);
        case MOSQ_ERR_EAI:
            return Tr::tr("the broker's host name \"%1\" cannot be resolved: %2")
                .arg(m_options.broker.host(), QString::fromLocal8Bit(gai_strerror(error)));
        case MOSQ_ERR_TLS: return tlsFailure();
        default:
            return Tr::tr("cannot connect to %1: %2")
                .arg(m_options.broker.endpoint(), QString::fromUtf8(mosquitto_strerror(rc)));
        }
    }
    session.fd = mosquitto_socket(handle);
    if (session.fd < 0)
        return connectFailure(m_options.broker, error ? error : ECONNREFUSED);

    session.reader = new QSocketNotifier(qintptr(session.fd), QSocketNotifier::Read, this);
    session.reader->setEnabled(false);
    session.writer = new QSocketNotifier(qintptr(session.fd), QSocketNotifier::Write, this);
    connect(session.reader, &QSocketNotifier::activated, this, &MqttClient::onReadable);
    connect(session.writer, &QSocketNotifier::activated, this, &MqttClient::onWritable);
    m_connectTimer->start(m_options.connectTimeout);
    m_miscTimer->start();
    noteHandshake();
    return {};
}

void MqttClient::onWritable()
{
    if (!m_session)
        return;
    Session &session = *m_session;
    if (session.phase == Session::Phase::TcpConnecting) {
        int error = 0;
        socklen_t size = sizeof error;
        if (::getsockopt(session.fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
            error = errno;
        if (error != 0) {
            connectionEnded(connectFailure(m_options.broker, error));
            dispatch();
            return;
        }
        session.phase = Session::Phase::Handshaking;
        session.reader->setEnabled(true);
    }
    noteHandshake();
    int rc = MOSQ_ERR_SUCCESS;
    errno = 0;
    if (session.tls && !session.tlsUp) {
        // libmosquitto only drives its SSL_connect() from its read step (want_connect).
        rc = mosquitto_loop_read(session.handle, 1);
    } else {
        rc = mosquitto_loop_write(session.handle, 1);
    }
    afterIo(rc, errno);
    dispatch();
}

void MqttClient::onReadable()
{
    if (!m_session || m_session->phase == Session::Phase::TcpConnecting)
        return;
    Session &session = *m_session;
    noteHandshake();
    int rc = MOSQ_ERR_SUCCESS;
    int error = 0;
    if (session.tls && !session.tlsUp) {
        // libmosquitto's SSL_connect() takes an end of stream or a reset for "try again"
        // (SSL_ERROR_SYSCALL) and would be called for ever by a socket that stays readable:
        // look at the socket first.
        char byte = 0;
        errno = 0;
        const ssize_t seen = ::recv(session.fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (seen == 0) {
            rc = MOSQ_ERR_CONN_LOST;
        } else if (seen < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            rc = MOSQ_ERR_ERRNO;
            error = errno;
        } else {
            errno = 0;
            rc = mosquitto_loop_read(session.handle, 1);
            error = errno;
        }
    } else {
        // Each call reads at least one packet (more when QoS 1 or 2 messages are in flight):
        // read until the socket is empty, or the budget is spent.
        for (int i = 0; i < readBudget; ++i) {
            errno = 0;
            rc = mosquitto_loop_read(session.handle, 1);
            error = errno;
            if (rc != MOSQ_ERR_SUCCESS || mosquitto_socket(session.handle) != session.fd
                || error == EAGAIN || error == EWOULDBLOCK)
                break;
            if (i == readBudget - 1 && session.tls) {
                // Records OpenSSL has already read are invisible to the socket notifier.
                session.readAgain = true;
                post();
            }
        }
    }
    afterIo(rc, error);
    dispatch();
}

void MqttClient::onMiscTimer()
{
    if (!m_session || m_session->phase == Session::Phase::TcpConnecting)
        return;
    errno = 0;
    const int rc = mosquitto_loop_misc(m_session->handle); // keep-alive: PINGREQ, or lost
    afterIo(rc, errno);
    dispatch();
}

void MqttClient::onConnectTimeout()
{
    if (!m_session || m_session->accepted)
        return;
    const Session &session = *m_session;
    const QString where = m_options.broker.endpoint();
    const QString limit = seconds(m_options.connectTimeout);
    QString reason;
    if (session.phase == Session::Phase::TcpConnecting)
        reason = Tr::tr("%1 did not accept the connection within %2 s").arg(where, limit);
    else if (session.tls && !session.tlsUp)
        reason = Tr::tr("TLS with %1 failed: no answer within %2 s").arg(where, limit);
    else
        reason = Tr::tr("%1 did not answer the MQTT CONNECT within %2 s").arg(where, limit);
    connectionEnded(reason);
    dispatch();
}

// After libmosquitto ran: acts on what its callbacks recorded and on how its socket stands.
void MqttClient::afterIo(int rc, int error)
{
    if (!m_session)
        return;
    Session &session = *m_session;
    noteHandshake();
    const bool lost = rc != MOSQ_ERR_SUCCESS || mosquitto_socket(session.handle) < 0
        || session.broken.has_value();
    if (session.connack && !session.accepted && *session.connack == 0 && !lost)
        connectionAccepted();
    if (lost) {
        connectionEnded(session.broken ? *session.broken : lossReason(rc, error));
        return;
    }
    updateWriteNotifier();
    checkReady();
}

void MqttClient::connectionAccepted()
{
    Session &session = *m_session;
    session.accepted = true;
    session.phase = Session::Phase::Active;
    m_connectTimer->stop();
    // A log callback makes libmosquitto format a line for every PUBLISH: off once connected.
    mosquitto_log_callback_set(session.handle, nullptr);
    session.log.clear();
    m_backoff = m_options.reconnectDelayMin;
    ++m_counters.connects;
    for (const Subscription &subscription : std::as_const(m_subscriptions))
        subscribeNow(subscription);
    qCInfo(lcMqttClient).noquote() << "connected to" << m_options.broker.toString()
                                   << (session.sessionPresent ? "(session present)" : "");
    setState(State::Connected);
    Event event {Event::Kind::Connected};
    event.value = session.sessionPresent;
    m_events.push_back(std::move(event));
}

// A failed attempt or a lost connection: reports it and schedules the next attempt.
void MqttClient::connectionEnded(const QString &reason)
{
    const bool wasConnected = m_state == State::Connected;
    const QList<int> ids = takeUnconfirmed();
    if (m_session) {
        std::unique_ptr<Session> session = std::move(m_session);
        retire(*session, false, false);
    }
    m_connectTimer->stop();
    m_miscTimer->stop();
    m_lastError = reason;
    const std::chrono::milliseconds delay = m_backoff;
    m_backoff = std::min(m_backoff * 2, m_options.reconnectDelayMax);
    qCInfo(lcMqttClient).noquote() << m_options.broker.toString() << ":" << reason
                                   << "; next attempt in" << seconds(delay) << "s";
    if (!ids.isEmpty()) {
        Event event {Event::Kind::Unconfirmed};
        event.ids = ids;
        m_events.push_back(std::move(event));
    }
    setState(State::WaitingToReconnect, reason);
    if (wasConnected) {
        ++m_counters.disconnects;
        Event event {Event::Kind::Disconnected};
        event.text = reason;
        m_events.push_back(std::move(event));
    }
    m_retryTimer->start(delay);
}

// close() and abort().
void MqttClient::end(const QString &reason, bool sendDisconnect)
{
    if (m_state == State::Closed)
        return;
    ++m_generation;
    const bool wasConnected = m_state == State::Connected;
    const QList<int> ids = takeUnconfirmed();
    if (m_session) {
        dropClosing(); // an earlier close()'s DISCONNECT still flushing
        std::unique_ptr<Session> session = std::move(m_session);
        retire(*session, sendDisconnect && wasConnected, true);
        if (session->phase == Session::Phase::Closing) {
            m_closing = std::move(session);
            m_closeTimer->start(disconnectFlushTime);
        }
    }
    m_retryTimer->stop();
    m_connectTimer->stop();
    m_miscTimer->stop();
    m_refused = false;
    if (!ids.isEmpty()) {
        Event event {Event::Kind::Unconfirmed};
        event.ids = ids;
        m_events.push_back(std::move(event));
    }
    setState(State::Closed, reason);
    if (wasConnected) {
        ++m_counters.disconnects;
        Event event {Event::Kind::Disconnected};
        event.text = reason;
        m_events.push_back(std::move(event));
    }
    dispatch();
}

// Ends a session: no callback of its handle reaches us any more. With sendDisconnect, a
// DISCONNECT is written first; if it cannot go out at once (queued behind unsent messages) and
// mayLinger, the session is left in the Closing phase for end() to keep while it flushes.
// Otherwise the handle is destroyed, which closes its socket without a DISCONNECT.
void MqttClient::retire(Session &session, bool sendDisconnect, bool mayLinger)
{
    mosquitto *handle = session.handle;
    if (handle) {
        mosquitto_connect_v5_callback_set(handle, nullptr);
        mosquitto_disconnect_v5_callback_set(handle, nullptr);
        mosquitto_publish_v5_callback_set(handle, nullptr);
        mosquitto_message_v5_callback_set(handle, nullptr);
        mosquitto_subscribe_callback_set(handle, nullptr);
        mosquitto_log_callback_set(handle, nullptr);
    }
    if (handle && sendDisconnect && mosquitto_socket(handle) >= 0) {
        mosquitto_disconnect(handle); // written now, unless messages wait before it
        if (mayLinger && session.writer && mosquitto_socket(handle) >= 0
            && mosquitto_want_write(handle)) {
            session.phase = Session::Phase::Closing;
            if (session.reader)
                session.reader->setEnabled(false);
            session.writer->disconnect(this);
            connect(session.writer, &QSocketNotifier::activated, this, &MqttClient::flushClosing);
            session.writer->setEnabled(true);
            return;
        }
    }
    // Notifiers off before the socket closes: its number may be reused at once. Deleted later,
    // as this can run inside one of their own activated() signals.
    for (QSocketNotifier *notifier : {session.reader, session.writer}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    session.reader = session.writer = nullptr;
    if (handle)
        mosquitto_destroy(handle);
    session.handle = nullptr;
}

void MqttClient::flushClosing()
{
    if (!m_closing)
        return;
    mosquitto *handle = m_closing->handle;
    mosquitto_loop_write(handle, 1);
    // Once the DISCONNECT is written, libmosquitto closes the socket itself.
    if (mosquitto_socket(handle) < 0 || !mosquitto_want_write(handle))
        dropClosing();
}

void MqttClient::dropClosing()
{
    m_closeTimer->stop();
    if (m_closing) {
        std::unique_ptr<Session> closing = std::move(m_closing);
        retire(*closing, false, false);
    }
}

void MqttClient::updateWriteNotifier()
{
    if (!m_session || !m_session->writer)
        return;
    Session &session = *m_session;
    bool wanted = true;
    if (session.phase != Session::Phase::TcpConnecting) {
        if (session.tls && !session.tlsUp) {
            // During the handshake libmosquitto's want_write can stay set after OpenSSL stopped
            // wanting to write (it is only cleared by a write): ask OpenSSL.
            const auto *ssl = static_cast<const SSL *>(mosquitto_ssl_get(session.handle));
            wanted = ssl && SSL_want_write(ssl);
        } else {
            // Queued packets, or (TLS) an OpenSSL write pending. libmosquitto clears its TLS
            // want_write only when it writes: after an SSL_read() that wanted to write (a TLS 1.3
            // key update, which mosquitto does not send) the notifier would fire until the next
            // write, a PINGREQ at the latest.
            wanted = mosquitto_want_write(session.handle);
        }
    }
    if (session.writer->isEnabled() != wanted)
        session.writer->setEnabled(wanted);
}

// Notes when the TLS handshake has finished, before each use of libmosquitto: it may have
// ended inside an earlier call (even mosquitto_connect_async(), with a quick broker), and
// libmosquitto frees the SSL object when the connection fails.
void MqttClient::noteHandshake()
{
    Session &session = *m_session;
    if (session.tls && !session.tlsUp) {
        const auto *ssl = static_cast<const SSL *>(mosquitto_ssl_get(session.handle));
        session.tlsUp = ssl && mosquitto_socket(session.handle) >= 0 && SSL_is_init_finished(ssl);
    }
}

QString MqttClient::lossReason(int rc, int error) const
{
    const Session &session = *m_session;
    const QString where = m_options.broker.endpoint();
    const bool v5 = m_options.protocol == MqttClientOptions::Protocol::V5;
    if (session.connack && *session.connack != 0) {
        return Tr::tr("the broker refused the connection: %1")
            .arg(connackText(*session.connack, v5));
    }
    if (session.tls
        && (!session.connack || rc == MOSQ_ERR_TLS || (rc == MOSQ_ERR_ERRNO && error == EPROTO))) {
        return tlsFailure(); // before the CONNACK, a TLS connection that ends failed its set-up
    }
    if (rc == MOSQ_ERR_SUCCESS && session.disconnectReason && *session.disconnectReason != 0) {
        // An MQTT 5 broker's DISCONNECT: libmosquitto gives its reason code.
        return Tr::tr("the broker closed the connection: %1")
            .arg(connackText(*session.disconnectReason, true));
    }
    switch (rc) {
    case MOSQ_ERR_SUCCESS:
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_NO_CONN:
        if (!session.connack) {
            return Tr::tr("%1 closed the connection without answering the MQTT CONNECT (if it "
                          "expects TLS, use mqtts://)")
                .arg(where);
        }
        return Tr::tr("%1 closed the connection").arg(where);
    case MOSQ_ERR_KEEPALIVE:
        return Tr::tr("%1 did not answer within the keep-alive time (%2 s)")
            .arg(where)
            .arg(m_options.keepAliveSeconds);
    case MOSQ_ERR_ERRNO: return connectFailure(m_options.broker, error);
    case MOSQ_ERR_PROTOCOL:
        return Tr::tr("%1 broke the MQTT protocol; the connection was dropped").arg(where);
    default:
        return Tr::tr("the connection to %1 failed: %2")
            .arg(where, QString::fromUtf8(mosquitto_strerror(rc)));
    }
}

QString MqttClient::tlsFailure() const
{
    const Session &session = *m_session;
    const QString where = m_options.broker.endpoint();
    QString detail;
    for (const QString &line : session.log) {
        if (line.contains(QLatin1String("host name verification failed"))) {
            detail = Tr::tr("certificate verify failed: the broker's certificate is not for "
                            "\"%1\"")
                         .arg(m_options.broker.host());
        }
    }
    const auto *ssl = static_cast<const SSL *>(mosquitto_ssl_get(session.handle));
    if (detail.isEmpty()) {
        const long verdict = session.verdict != X509_V_OK ? session.verdict
            : ssl                                         ? SSL_get_verify_result(ssl)
                                                          : X509_V_OK;
        if (verdict != X509_V_OK) {
            detail = Tr::tr("certificate verify failed: %1")
                         .arg(QString::fromUtf8(X509_verify_cert_error_string(verdict)));
        }
    }
    if (detail.isEmpty()) {
        // "OpenSSL Error[0]: error:0A000086:SSL routines::certificate verify failed", or
        // "Error: Unable to load client certificate "...".": the last one says most.
        for (const QString &line : session.log) {
            if (line.startsWith(QLatin1String("OpenSSL Error"))) {
                const qsizetype cut = line.lastIndexOf(u':');
                detail = line.mid(cut + 1).trimmed();
            } else if (line.startsWith(QLatin1String("Error: "))) {
                detail = line.mid(7).trimmed();
            }
        }
    }
    if (detail.isEmpty()) {
        // TLS 1.3 ends the client's handshake before the broker checks the client's
        // certificate: its refusal comes as an alert, or as nothing when its reset of the
        // connection overtakes the alert.
        detail = Tr::tr("the broker closed the connection before accepting it (it may require "
                        "a client certificate, or not speak TLS on this port)");
    }
    return Tr::tr("TLS with %1 failed: %2").arg(where, detail);
}

QList<int> MqttClient::takeUnconfirmed()
{
    if (m_inFlight == 0)
        return {};
    std::vector<qint64> sequences;
    sequences.reserve(std::size_t(m_inFlight));
    for (Slot &slot : m_slots) {
        if (slot.sequence != 0) {
            sequences.push_back(slot.sequence);
            slot = {};
        }
    }
    std::sort(sequences.begin(), sequences.end());
    QList<int> ids;
    ids.reserve(qsizetype(sequences.size()));
    for (const qint64 sequence : sequences)
        ids.append(idOf(sequence));
    m_inFlight = 0;
    m_counters.unconfirmed += quint64(ids.size());
    return ids;
}

void MqttClient::checkReady()
{
    if (!m_refused || m_state != State::Connected || !m_session || m_session->broken
        || m_inFlight >= m_options.maxInFlight)
        return;
    if (!m_slots.empty() && m_slots[nextMid(m_session->lastMid)].sequence != 0)
        return;
    m_refused = false;
    m_events.push_back({Event::Kind::Ready});
}

void MqttClient::setState(State state, const QString &reason)
{
    m_state = state;
    Event event {Event::Kind::State};
    event.value = int(state);
    event.text = reason;
    m_events.push_back(std::move(event));
}

// For what happens inside publish(): told from the event loop, once the owner has returned.
void MqttClient::post()
{
    if (m_posted)
        return;
    m_posted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_posted = false;
            if (m_session && m_session->readAgain) {
                m_session->readAgain = false;
                onReadable();
                return;
            }
            if (m_session && m_session->broken)
                connectionEnded(*m_session->broken);
            else
                checkReady();
            dispatch();
        },
        Qt::QueuedConnection);
}

bool MqttClient::dispatch()
{
    if (m_events.empty())
        return true;
    const QPointer<MqttClient> alive(this);
    // One event at a time from the front: a slot that calls close() (which dispatches) goes on
    // from where this loop is, and this loop then finds what is left.
    while (!m_events.empty()) {
        Event event = std::move(m_events.front());
        m_events.pop_front();
        switch (event.kind) {
        case Event::Kind::AboutToConnect: Q_EMIT aboutToConnect(); break;
        case Event::Kind::State: Q_EMIT stateChanged(State(event.value), event.text); break;
        case Event::Kind::Connected: Q_EMIT connected(event.value != 0); break;
        case Event::Kind::Published: Q_EMIT published(event.value); break;
        case Event::Kind::Unconfirmed: Q_EMIT unconfirmed(event.ids); break;
        case Event::Kind::Disconnected: Q_EMIT disconnected(event.text); break;
        case Event::Kind::Ready: Q_EMIT readyToPublish(); break;
        case Event::Kind::Message: Q_EMIT messageReceived(event.text, event.payload); break;
        case Event::Kind::Subscribed: Q_EMIT subscribed(event.text, event.value != 0); break;
        }
        if (!alive)
            return false;
    }
    return true;
}

} // namespace Vigie
