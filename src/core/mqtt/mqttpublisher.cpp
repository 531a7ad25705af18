#include "mqttpublisher.h"

#include "mqttsettingscheck.h"
#include "scorpiojson.h"
#include "tags/tagsubscription.h"
#include "tags/tagtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>
#include <QVarLengthArray>

namespace Vigie {

Q_LOGGING_CATEGORY(lcPublisher, "vigie.mqtt.publisher", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MqttPublisher)
};

const QString bdSeqKey = QStringLiteral("bdSeq");
constexpr int statusIntervalMs = 250;
constexpr int replayIntervalMs = 100;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// JSON mode has no way to say "no value" that SCorp-io documents: such metrics are left out.
QList<Metric> withValues(const QList<Metric> &metrics)
{
    QList<Metric> kept;
    kept.reserve(metrics.size());
    for (const Metric &m : metrics) {
        if (m.value.value.isValid())
            kept.append(m);
    }
    return kept;
}

} // namespace

MqttPublisher::MqttPublisher(TagTable *tags, MqttPublisherConfig config, QObject *parent)
    : QObject(parent)
    , m_tags(tags)
    , m_config(std::move(config))
{
    qRegisterMetaType<Vigie::MqttStatus>();
    const QList<PublishedDevice> &devices = m_config.publication.devices();
    for (int d = 0; d < devices.size(); ++d) {
        m_deviceOnline.append(false);
        m_deviceBorn.append(false);
        if (devices[d].online >= 0)
            m_onlineTags.insert(devices[d].online, d);
    }
    m_status.broker = m_config.settings.broker;
    // Topics depend on the settings and the device only: made once, not for every message.
    for (int d = -1; d < devices.size(); ++d) {
        m_dataTopics.append(makeTopic(false, d));
        m_birthTopics.append(makeTopic(true, d));
    }
}

MqttPublisher::~MqttPublisher()
{
    stop();
}

bool MqttPublisher::isSparkplug() const
{
    return m_config.settings.mode == MqttMode::SparkplugB;
}

void MqttPublisher::start()
{
    if (m_started)
        return;
    m_started = true;
    const MqttSettings &s = m_config.settings;

    QString error;
    OutboxLimits limits;
    limits.maxBytes = qint64(s.queue.maxMegabytes) * 1024 * 1024;
    limits.maxAgeMs = qint64(s.queue.maxAgeHours) * 3600 * 1000;
    if (!m_outbox.open(m_config.queueFile, limits, &error))
        fail(Tr::tr("the store-and-forward queue cannot be used, samples are lost while the "
                    "broker is unreachable: %1")
                 .arg(error));
    else if (!m_outbox.warning().isEmpty())
        fail(m_outbox.warning());

    m_client = new MqttClient(this);
    connect(m_client, &MqttClient::aboutToConnect, this, &MqttPublisher::onAboutToConnect);
    connect(m_client, &MqttClient::connected, this, &MqttPublisher::onConnected);
    connect(m_client, &MqttClient::disconnected, this, &MqttPublisher::onDisconnected);
    connect(m_client, &MqttClient::stateChanged, this, &MqttPublisher::onStateChanged);
    connect(m_client, &MqttClient::published, this, &MqttPublisher::onPublished);
    connect(m_client, &MqttClient::unconfirmed, this, &MqttPublisher::onUnconfirmed);
    connect(m_client, &MqttClient::messageReceived, this, &MqttPublisher::onMessage);
    connect(m_client, &MqttClient::readyToPublish, this, &MqttPublisher::replayTick);
    if (isSparkplug()) {
        m_client->subscribe(sparkplugTopic(SparkplugMessageType::NCmd, s.groupId, s.edgeNodeId), 1);
        m_client->subscribe(sparkplugTopic(SparkplugMessageType::DCmd, s.groupId, s.edgeNodeId,
                                           QStringLiteral("+")),
                            1);
        if (!s.primaryHost.isEmpty())
            m_client->subscribe(sparkplugStateTopic(s.primaryHost), 1);
    }

    // Every sample of the published tags past their deadband, and every change of the devices'
    // $online tags.
    SubscriptionOptions options;
    options.delivery = SubscriptionOptions::Delivery::Complete;
    options.refreshes = false;
    options.useDeadband = true;
    options.intervalMs = 0; // each batch on the next pass: a change goes out at once
    if (s.onChange)
        options.tags = m_config.publication.tags();
    for (auto it = m_onlineTags.cbegin(); it != m_onlineTags.cend(); ++it) {
        options.tags.append(it.key());
        const TagValue v = m_tags->value(it.key());
        m_deviceOnline[it.value()] = v.isGood() && v.value.toBool();
    }
    if (!options.tags.isEmpty()) {
        m_subscription = m_tags->subscribe(options, this);
        connect(m_subscription, &TagSubscription::samplesReady, this, &MqttPublisher::onSamples);
    }
    if (s.period > 0) {
        m_periodTimer = new QTimer(this);
        connect(m_periodTimer, &QTimer::timeout, this, &MqttPublisher::onPeriod);
        m_periodTimer->start(s.period);
    }
    m_replayTimer = new QTimer(this);
    connect(m_replayTimer, &QTimer::timeout, this, &MqttPublisher::replayTick);
    m_replayTimer->start(replayIntervalMs);
    m_statusTimer = new QTimer(this);
    connect(m_statusTimer, &QTimer::timeout, this, &MqttPublisher::publishStatus);
    m_statusTimer->start(statusIntervalMs);

    openClient();
    publishStatus();
}

void MqttPublisher::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    if (m_started && !m_stopped && m_client->state() == MqttClient::State::Closed)
        openClient();
}

void MqttPublisher::setCredentialsError(const QString &error)
{
    fail(error);
    setLink(MqttStatus::Link::WaitingForSecret);
}

void MqttPublisher::openClient()
{
    const MqttSettings &s = m_config.settings;
    if (m_config.needsCredentials && !m_credentials) {
        setLink(MqttStatus::Link::WaitingForSecret);
        return;
    }
    QString error;
    const std::optional<MqttBrokerUrl> url = MqttBrokerUrl::parse(s.broker, &error);
    if (!url) {
        fail(error);
        return;
    }
    MqttClientOptions o;
    o.broker = *url;
    o.clientId = effectiveClientId(s);
    o.keepAliveSeconds = s.keepAlive;
    o.protocol = s.protocol == MqttProtocol::V5 ? MqttClientOptions::Protocol::V5
                                                : MqttClientOptions::Protocol::V311;
    if (m_credentials) {
        o.username = m_credentials->user;
        o.password = m_credentials->password;
    }
    const QDir base(m_config.baseDirectory);
    const auto file = [&base](const QString &name) {
        return name.isEmpty() ? QString() : QDir::cleanPath(base.absoluteFilePath(name));
    };
    o.caFile = file(s.caFile);
    o.certFile = file(s.certFile);
    o.keyFile = file(s.keyFile);
    o.verifyPeer = s.verifyCertificate;
    o.reconnectDelayMin = m_config.reconnectDelayMin;
    o.reconnectDelayMax = m_config.reconnectDelayMax;
    m_status.broker = url->endpoint();
    if (!m_client->open(o))
        fail(m_client->lastError());
}

void MqttPublisher::onAboutToConnect()
{
    // Sparkplug: each session has its own bdSeq, in its NDEATH (the will) and its NBIRTH. The
    // next one is the last established session's plus one, kept with the queue so that it goes
    // on counting across restarts; attempts that never connect use no number up.
    if (!m_bdSeqKnown) {
        const QVariant last = m_outbox.isOpen() ? m_outbox.metaValue(bdSeqKey) : QVariant();
        m_bdSeq = last.isValid() ? (last.toULongLong() + 1) % 256 : 0;
        m_bdSeqKnown = true;
    }
    m_status.bdSeq = m_bdSeq;
    if (isSparkplug()) {
        const MqttSettings &s = m_config.settings;
        m_client->setWill(
            MqttWill {sparkplugTopic(SparkplugMessageType::NDeath, s.groupId, s.edgeNodeId),
                      m_codec.encodeNodeDeath(m_bdSeq, now()), 1, false});
    }
    setLink(MqttStatus::Link::Connecting);
}

void MqttPublisher::onConnected()
{
    m_connected = true;
    if (m_outbox.isOpen()) {
        QString error;
        if (!m_outbox.setMetaValue(bdSeqKey, m_bdSeq, &error))
            fail(error);
    }
    if (isSparkplug() && !m_config.settings.primaryHost.isEmpty()) {
        // The host's retained STATE arrives right after the subscription: wait for it.
        m_hostOnline = false;
        setLink(MqttStatus::Link::WaitingForHost);
        return;
    }
    goOnline();
}

void MqttPublisher::goOnline()
{
    m_online = true;
    m_status.onlineSince = now();
    setLink(MqttStatus::Link::Online);
    sendBirths();
    replayTick();
}

void MqttPublisher::onDisconnected(const QString &reason)
{
    // The session is over: the next one has the next bdSeq.
    if (m_connected)
        m_bdSeq = (m_bdSeq + 1) % 256;
    m_connected = false;
    m_online = false;
    m_status.onlineSince = 0;
    for (bool &born : m_deviceBorn)
        born = false;
    // Every message in flight was reported (published or unconfirmed): start the queue over.
    m_pending.clear();
    m_replayCursor = 0;
    m_rescan = false;
    flushRemovals();
    if (!m_stopped) {
        fail(reason);
        setLink(MqttStatus::Link::WaitingToReconnect);
    }
}

void MqttPublisher::onStateChanged(MqttClient::State state, const QString &reason)
{
    // Only a failed attempt or a lost connection is an error; a close() of ours is not.
    if (state != MqttClient::State::WaitingToReconnect || m_stopped)
        return;
    fail(reason);
    setLink(MqttStatus::Link::WaitingToReconnect);
}

void MqttPublisher::sendBirths()
{
    const QList<PublishedDevice> &devices = m_config.publication.devices();
    for (bool &born : m_deviceBorn)
        born = false;
    if (isSparkplug())
        sendNodeBirth();
    else if (!m_config.publication.nodeMetrics().isEmpty())
        sendDeviceBirth(-1);
    for (int d = 0; d < devices.size(); ++d) {
        if (m_deviceOnline[d])
            sendDeviceBirth(d);
    }
}

bool MqttPublisher::sendNodeBirth()
{
    const MqttSettings &s = m_config.settings;
    m_seq = 0;
    const QByteArray payload = m_codec.encodeNodeBirth(now(), m_bdSeq, currentMetrics(-1));
    const int id =
        send(sparkplugTopic(SparkplugMessageType::NBirth, s.groupId, s.edgeNodeId), payload, 0, {});
    if (id <= 0)
        return false;
    m_seq = 1;
    ++m_status.births;
    return true;
}

bool MqttPublisher::sendDeviceBirth(int device)
{
    const QList<Metric> metrics = currentMetrics(device);
    QByteArray payload;
    int qos = m_config.settings.qos;
    if (isSparkplug()) {
        payload = m_codec.encodeDeviceBirth(now(), m_seq, metrics);
        qos = 0; // Sparkplug B: births and data are QoS 0
    } else {
        QList<MetricDefinition> definitions;
        for (const Metric &m : metrics)
            definitions.append(m.definition);
        payload = ScorpioJson::encodeBirth(definitions);
    }
    if (send(birthTopic(device), payload, qos, {}) <= 0) {
        fail(Tr::tr("the birth of \"%1\" could not be sent").arg(deviceId(device)));
        return false;
    }
    if (isSparkplug())
        nextSeq();
    if (device >= 0)
        m_deviceBorn[device] = true;
    ++m_status.births;
    // The queue's rows of a device that was not born were passed over: read it again from the
    // start once nothing replayed is in flight.
    m_rescan = true;
    return true;
}

void MqttPublisher::sendDeviceDeath(int device)
{
    m_deviceBorn[device] = false;
    if (!isSparkplug())
        return;
    const MqttSettings &s = m_config.settings;
    const QByteArray payload = m_codec.encodeDeviceDeath(now(), m_seq);
    if (send(
            sparkplugTopic(SparkplugMessageType::DDeath, s.groupId, s.edgeNodeId, deviceId(device)),
            payload, 0, {})
        > 0) {
        nextSeq();
    }
}

void MqttPublisher::deviceWentOffline(int device)
{
    m_deviceOnline[device] = false;
    if (m_online && m_deviceBorn[device])
        sendDeviceDeath(device);
}

bool MqttPublisher::replaysInFlight() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [](const Pending &p) { return p.kind == Pending::Kind::Replay; });
}

void MqttPublisher::onSamples()
{
    if (!m_subscription)
        return;
    const QList<TagSample> samples = m_subscription->takeSamples();
    // One message per device and batch (or per maxMetricsPerMessage metrics), in the order of
    // the samples; a device's online change splits the batch, so that its data goes before its
    // death and after its birth. Few devices change in one batch: a short list beats a hash.
    const qsizetype chunk = std::max(1, m_config.maxMetricsPerMessage);
    QVarLengthArray<std::pair<int, QList<Metric>>, 4> groups;
    // Devices back online in this batch: born at its end, with the values the batch brought
    // (a device's link comes up just before its first frame's values), which the birth
    // carries instead of data messages.
    QVarLengthArray<int, 4> births;
    const auto flush = [&] {
        for (auto &[device, metrics] : groups)
            publishLive(device, metrics);
        groups.clear();
    };
    for (const TagSample &sample : samples) {
        const auto online = m_onlineTags.constFind(sample.id);
        if (online != m_onlineTags.constEnd()) {
            flush();
            const bool up = sample.value.isGood() && sample.value.value.toBool();
            if (up && !m_deviceOnline[*online]) {
                m_deviceOnline[*online] = true;
                if (!births.contains(*online))
                    births.append(*online);
            } else if (!up) {
                births.removeAll(*online);
                deviceWentOffline(*online);
            }
        }
        const std::optional<MqttPublication::Place> place = m_config.publication.place(sample.id);
        if (!place || !m_config.settings.onChange)
            continue;
        if (m_online && births.contains(place->device))
            continue; // in the birth
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto &g) { return g.first == place->device; });
        if (group == groups.end()) {
            groups.append({place->device, {}});
            group = groups.end() - 1;
            group->second.reserve(std::min(chunk, samples.size()));
        }
        group->second.append(metricOf(m_config.publication.metric(*place), sample.value));
        if (group->second.size() == chunk) {
            publishLive(group->first, group->second);
            group->second = {};
            group->second.reserve(std::min(chunk, samples.size()));
        }
    }
    flush();
    for (int device : births) {
        if (m_online)
            sendDeviceBirth(device);
    }
}

void MqttPublisher::onPeriod()
{
    publishLive(-1, currentMetrics(-1));
    for (int d = 0; d < m_config.publication.devices().size(); ++d) {
        if (m_deviceOnline[d])
            publishLive(d, currentMetrics(d));
    }
}

void MqttPublisher::publishLive(int device, const QList<Metric> &all)
{
    const QList<Metric> metrics = isSparkplug() ? all : withValues(all);
    if (metrics.isEmpty())
        return;
    // An offline device publishes nothing: its death was sent and its tags are Bad.
    if (device >= 0 && !m_deviceOnline[device])
        return;
    if (!m_online || (device >= 0 && !m_deviceBorn[device]) || m_stopped) {
        queue(device, metrics);
        return;
    }
    const int chunk = std::max(1, m_config.maxMetricsPerMessage);
    for (qsizetype first = 0; first < metrics.size(); first += chunk) {
        const QList<Metric> part = metrics.size() <= chunk ? metrics : metrics.mid(first, chunk);
        const QByteArray payload = encodeData(part);
        Pending pending {Pending::Kind::Live, device, part, {}};
        const int id = send(dataTopic(device), payload, m_config.settings.qos, pending);
        if (id == 0) {
            // The client's window is full: the rest waits in the queue, in order.
            queue(device, metrics.mid(first));
            return;
        }
        if (id > 0 && isSparkplug())
            nextSeq();
    }
}

int MqttPublisher::send(const QString &topic, const QByteArray &payload, int qos, Pending pending)
{
    if (!m_client || !m_connected)
        return 0;
    const int id = m_client->publish(topic, payload, qos, false);
    if (id > 0) {
        m_pending.insert(id, std::move(pending));
    } else if (id < 0) {
        fail(Tr::tr("the broker cannot take a message on \"%1\"").arg(topic));
    }
    return id;
}

void MqttPublisher::queue(int device, const QList<Metric> &metrics)
{
    if (metrics.isEmpty())
        return;
    if (!m_outbox.isOpen()) {
        m_lost += quint64(metrics.size());
        m_statusDirty = true;
        return;
    }
    QList<OutboxSample> samples;
    samples.reserve(metrics.size());
    const QString id = device < 0 ? QString() : deviceId(device);
    for (const Metric &m : metrics) {
        OutboxSample s;
        s.device = id;
        s.metric = m;
        s.metric.value.historical = false;
        samples.append(s);
    }
    QString error;
    if (!m_outbox.append(samples, &error)) {
        m_lost += quint64(metrics.size());
        fail(error);
    }
    m_statusDirty = true;
}

void MqttPublisher::onPublished(int id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    ++m_status.messagesSent;
    switch (it->kind) {
    case Pending::Kind::Live: m_status.metricsSent += quint64(it->metrics.size()); break;
    case Pending::Kind::Replay:
        m_status.historicalSent += quint64(it->ids.size());
        m_toRemove.append(it->ids);
        break;
    case Pending::Kind::Control: break;
    }
    m_pending.erase(it);
    m_statusDirty = true;
    if (m_toRemove.size() >= 1000)
        flushRemovals();
}

void MqttPublisher::onUnconfirmed(const QList<int> &ids)
{
    for (int id : ids) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        // Live data never confirmed goes to the queue, to be sent again as history; replayed
        // rows are still in the queue.
        if (it->kind == Pending::Kind::Live)
            queue(it->device, it->metrics);
        m_pending.erase(it);
    }
}

void MqttPublisher::flushRemovals()
{
    if (m_toRemove.isEmpty() || !m_outbox.isOpen())
        return;
    QString error;
    if (!m_outbox.remove(m_toRemove, &error))
        fail(error);
    m_toRemove.clear();
    m_statusDirty = true;
}

void MqttPublisher::replayTick()
{
    flushRemovals();
    if (!m_online || !m_outbox.isOpen() || m_stopped)
        return;
    if (m_rescan && !replaysInFlight()) {
        m_replayCursor = 0;
        m_rescan = false;
    }
    if (m_outbox.count() == 0)
        return;
    QString error;
    if (!m_outbox.applyLimits(&error))
        fail(error);
    const int budget = std::max(1, m_config.settings.queue.replayRate * replayIntervalMs / 1000);
    const QList<OutboxSample> rows = m_outbox.peek(budget, m_replayCursor);
    const int chunk = std::max(1, m_config.maxMetricsPerMessage);
    qsizetype i = 0;
    while (i < rows.size()) {
        // A run of rows of one device, at most one message long.
        qsizetype end = i + 1;
        while (end < rows.size() && end - i < chunk && rows[end].device == rows[i].device)
            ++end;
        const QString &id = rows[i].device;
        const int device = id.isEmpty() ? -1 : m_config.publication.deviceIndex(id);
        QList<Metric> metrics;
        QList<qint64> ids;
        for (qsizetype r = i; r < end; ++r) {
            const OutboxSample &row = rows[r];
            const PublishedMetric *published = (id.isEmpty() || device >= 0)
                ? m_config.publication.find(device, row.metric.definition.name)
                : nullptr;
            if (!published) {
                // No longer published (the project changed): it can never be sent.
                m_toRemove.append(row.id);
                ++m_lost;
                continue;
            }
            if (device >= 0 && !m_deviceBorn[device])
                continue; // read again after the device's next birth (see sendDeviceBirth())
            Metric m;
            m.definition = published->definition;
            m.value = row.metric.value;
            m.value.historical = true;
            if (!isSparkplug() && !m.value.value.isValid()) {
                m_toRemove.append(row.id);
                continue;
            }
            metrics.append(m);
            ids.append(row.id);
        }
        if (!metrics.isEmpty()) {
            const QByteArray payload = encodeData(metrics);
            Pending pending {Pending::Kind::Replay, device, {}, ids};
            const int sent = send(dataTopic(device), payload, m_config.settings.qos, pending);
            if (sent == 0)
                break; // the window is full: go on when the client is ready
            if (sent > 0 && isSparkplug())
                nextSeq();
        }
        m_replayCursor = rows[end - 1].id;
        i = end;
    }
    m_statusDirty = true;
}

void MqttPublisher::onMessage(const QString &topic, const QByteArray &payload)
{
    const MqttSettings &s = m_config.settings;
    if (!s.primaryHost.isEmpty() && topic == sparkplugStateTopic(s.primaryHost)) {
        QString error;
        bool online = false;
        // Sparkplug 3.0 sends JSON; 2.2 hosts sent the bare words ONLINE and OFFLINE.
        if (payload == "ONLINE" || payload == "OFFLINE") {
            online = payload == "ONLINE";
        } else if (const auto state = SparkplugCodec::decodeHostState(payload, &error)) {
            online = state->online;
        } else {
            fail(Tr::tr("the primary host's STATE on \"%1\" cannot be read: %2").arg(topic, error));
            return;
        }
        m_hostOnline = online;
        if (online && m_connected && !m_online) {
            goOnline();
        } else if (!online && m_online) {
            m_online = false;
            m_status.onlineSince = 0;
            setLink(MqttStatus::Link::WaitingForHost);
        }
        return;
    }
    const std::optional<SparkplugTopic> parsed = parseSparkplugTopic(topic);
    if (!parsed || parsed->group != s.groupId || parsed->node != s.edgeNodeId)
        return;
    if (parsed->type == SparkplugMessageType::NCmd) {
        QString error;
        const auto metrics = SparkplugCodec::decodeCommand(payload, &error);
        if (!metrics) {
            ++m_status.commandsRefused;
            fail(Tr::tr("an NCMD could not be read: %1").arg(error));
            return;
        }
        if (SparkplugCodec::isRebirthRequest(*metrics)) {
            ++m_status.rebirths;
            if (m_online)
                sendBirths();
        } else {
            handleCommand(-1, payload);
        }
        m_statusDirty = true;
    } else if (parsed->type == SparkplugMessageType::DCmd) {
        const int device = m_config.publication.deviceIndex(parsed->device);
        if (device < 0) {
            ++m_status.commandsRefused;
            fail(Tr::tr("a DCMD names the device \"%1\", which is not published")
                     .arg(parsed->device));
            return;
        }
        handleCommand(device, payload);
    }
}

void MqttPublisher::handleCommand(int device, const QByteArray &payload)
{
    QString error;
    const auto birthType = [this, device](const QString &name, std::optional<quint64> alias) {
        const PublishedMetric *m = alias ? m_config.publication.find(device, *alias)
                                         : m_config.publication.find(device, name);
        return m ? m->definition.type : MetricType::Unknown;
    };
    const auto metrics = SparkplugCodec::decodeCommand(payload, &error, birthType);
    if (!metrics) {
        ++m_status.commandsRefused;
        fail(Tr::tr("a command for \"%1\" could not be read: %2").arg(deviceId(device), error));
        return;
    }
    for (const SparkplugCommandMetric &c : *metrics) {
        if (c.name == SparkplugCodec::rebirthMetricName())
            continue;
        const PublishedMetric *m = c.alias ? m_config.publication.find(device, *c.alias)
                                           : m_config.publication.find(device, c.name);
        const QString name = m ? m->definition.name : c.name;
        if (!m || !m->remoteWrite) {
            ++m_status.commandsRefused;
            fail(Tr::tr("a command to write \"%1\" was refused: it is not a published variable "
                        "with remoteWrite")
                     .arg(name));
            continue;
        }
        if (!c.value.isValid()) {
            ++m_status.commandsRefused;
            fail(Tr::tr("a command to write \"%1\" was refused: it has no value").arg(name));
            continue;
        }
        Q_EMIT remoteWriteRequested(m->tag, c.value);
    }
    m_statusDirty = true;
}

void MqttPublisher::stop()
{
    if (!m_started || m_stopped)
        return;
    // What the table still holds for us goes out (or into the queue) first.
    onSamples();
    m_stopped = true;
    if (m_connected && isSparkplug()) {
        // A clean disconnect discards the will: say goodbye as the will would have.
        const MqttSettings &s = m_config.settings;
        m_client->publish(sparkplugTopic(SparkplugMessageType::NDeath, s.groupId, s.edgeNodeId),
                          m_codec.encodeNodeDeath(m_bdSeq, now()), 1, false);
    }
    // Whatever the client did not confirm comes back through onUnconfirmed() into the queue.
    m_client->close();
    delete m_subscription;
    m_subscription = nullptr;
    for (QTimer *timer : {m_periodTimer, m_replayTimer, m_statusTimer}) {
        if (timer)
            timer->stop();
    }
    flushRemovals();
    m_outbox.close();
    m_online = false;
    setLink(MqttStatus::Link::Off);
    publishStatus();
}

QString MqttPublisher::deviceId(int device) const
{
    if (device < 0)
        return isSparkplug() ? QString() : m_config.settings.edgeNodeId;
    return m_config.publication.devices()[device].id;
}

QString MqttPublisher::makeTopic(bool birth, int device) const
{
    const MqttSettings &s = m_config.settings;
    if (isSparkplug()) {
        if (birth)
            return sparkplugTopic(SparkplugMessageType::DBirth, s.groupId, s.edgeNodeId,
                                  deviceId(device));
        return device < 0 ? sparkplugTopic(SparkplugMessageType::NData, s.groupId, s.edgeNodeId)
                          : sparkplugTopic(SparkplugMessageType::DData, s.groupId, s.edgeNodeId,
                                           deviceId(device));
    }
    return expandTopic(
        birth ? s.birthTopic : s.dataTopic,
        {{QStringLiteral("group"), s.groupId},
         {QStringLiteral("node"), s.edgeNodeId},
         {QStringLiteral("device"), deviceId(device)},
         {QStringLiteral("type"), birth ? QStringLiteral("DBIRTH") : QStringLiteral("DDATA")}});
}

QByteArray MqttPublisher::encodeData(const QList<Metric> &metrics)
{
    if (isSparkplug())
        return m_codec.encodeData(now(), m_seq, metrics);
    return ScorpioJson::encodeData(metrics, ScorpioJson::Historical::Mark);
}

QList<Metric> MqttPublisher::currentMetrics(int device) const
{
    const QList<PublishedMetric> &published = device < 0
        ? m_config.publication.nodeMetrics()
        : m_config.publication.devices()[device].metrics;
    QList<TagId> ids;
    ids.reserve(published.size());
    for (const PublishedMetric &m : published)
        ids.append(m.tag);
    const QList<TagValue> values = m_tags->values(ids);
    QList<Metric> metrics;
    metrics.reserve(published.size());
    const qint64 t = now();
    for (qsizetype i = 0; i < published.size(); ++i) {
        Metric m = metricOf(published[i], values[i]);
        if (m.value.timestamp == 0)
            m.value.timestamp = t;
        metrics.append(m);
    }
    return metrics;
}

Metric MqttPublisher::metricOf(const PublishedMetric &published, const TagValue &value) const
{
    Metric m;
    m.definition = published.definition;
    // Uncertain (outside its limits) is still a value; Bad and Stale are none. The encoders
    // bring it to the metric's type (WireValue).
    const bool usable = value.quality == Quality::Good || value.quality == Quality::Uncertain;
    m.value.value = usable ? value.value : QVariant();
    m.value.timestamp = value.timestamp;
    return m;
}

quint64 MqttPublisher::nextSeq()
{
    const quint64 seq = m_seq;
    m_seq = (m_seq + 1) % 256;
    return seq;
}

void MqttPublisher::fail(const QString &error)
{
    if (error.isEmpty() || error == m_status.lastError)
        return;
    qCWarning(lcPublisher).noquote() << error;
    m_status.lastError = error;
    m_statusDirty = true;
}

void MqttPublisher::setLink(MqttStatus::Link link)
{
    if (m_status.link == link)
        return;
    m_status.link = link;
    m_statusDirty = true;
    publishStatus();
}

void MqttPublisher::publishStatus()
{
    quint64 dropped = m_lost + (m_subscription ? m_subscription->dropped() : 0);
    if (m_outbox.isOpen()) {
        const OutboxCounters c = m_outbox.counters();
        dropped += c.droppedFull + c.droppedExpired;
        if (m_status.queued != m_outbox.count() || m_status.queueBytes != m_outbox.sizeBytes()) {
            m_status.queued = m_outbox.count();
            m_status.queueBytes = m_outbox.sizeBytes();
            m_statusDirty = true;
        }
    }
    if (dropped != m_status.dropped) {
        m_status.dropped = dropped;
        m_statusDirty = true;
    }
    if (!m_statusDirty)
        return;
    m_statusDirty = false;
    Q_EMIT statusChanged(m_status);
}

} // namespace Vigie
