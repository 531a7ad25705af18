#include "acquisitionengine.h"

#include "clock.h"
#include "devicepoller.h"
#include "linkstatistics.h"
#include "transportfactory.h"
#include "valuecodec.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcAcquisition, "vigie.acquisition", QtWarningMsg)

namespace Vigie {

namespace {
constexpr qint64 SystemTagPeriodMs = 1000;
}

AcquisitionEngine::AcquisitionEngine(const Project &project,
                                     std::shared_ptr<const TagCatalog> catalog, TagTable *tags,
                                     quint64 generation, Clock *clock,
                                     std::shared_ptr<StatisticsBoard> board, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_catalog(std::move(catalog))
    , m_tags(tags)
    , m_generation(generation)
    , m_clock(clock)
    , m_board(std::move(board))
    , m_systemTimer(clock->createTimer(this))
{
    qRegisterMetaType<Vigie::LinkResult>();
    qRegisterMetaType<Vigie::LinkQueue::LinkState>();
    // Recorders are made here, on the station's thread, so statistics are readable at once.
    for (const Connection &c : std::as_const(m_project.connections)) {
        LinkRecorder *recorder = m_board->addLink(c.name, toString(c.protocol));
        for (const Device &d : c.devices)
            recorder->addDevice(d.name);
        m_recorders.append(recorder);
    }
    connect(m_systemTimer, &ClockTimer::timeout, this, [this] {
        publishSystemTags();
        m_systemTimer->startAt(m_clock->monotonicMs() + SystemTagPeriodMs);
    });
}

AcquisitionEngine::~AcquisitionEngine()
{
    shutdown(tr("acquisition stopped"));
}

void AcquisitionEngine::createLinks()
{
    if (m_created)
        return;
    m_created = true;
    for (int c = 0; c < m_project.connections.size(); ++c) {
        const Connection &connection = m_project.connections[c];
        QList<DevicePoller *> pollers;
        Transport *transport = TransportFactory::create(connection, m_clock);
        if (!transport) {
            // No transport for this protocol: say so on every tag rather than show nothing.
            const QString reason =
                tr("no %1 transport in this version of Vigie").arg(toString(connection.protocol));
            m_tags->setQuality(m_catalog->nodeTags({c}).ids(), Quality::Bad, reason, m_generation);
            m_links.append(nullptr);
            m_pollers.append(pollers);
            continue;
        }
        LinkOptions options;
        options.timeoutMs = connection.timeout;
        options.retries = connection.retries;
        // The recorder already lists the devices; the queue must not add them twice.
        auto *queue = new LinkQueue(transport, m_clock, options, nullptr, this);
        for (const Device &d : connection.devices)
            queue->addDevice(d.name, d.maxRequestsInFlight);
        m_links.append(queue);
        LinkRecorder *recorder = m_recorders[c];
        connect(queue, &LinkQueue::linkStateChanged, this,
                [this, c](LinkQueue::LinkState state, const QString &reason) {
                    setSystemTag({c}, SystemTag::LinkOnline, state == LinkQueue::LinkState::Up);
                    setSystemTag({c}, SystemTag::LinkState, toString(state));
                    Q_EMIT linkStateChanged(c, state, reason);
                });
        connect(
            queue, &LinkQueue::deviceStateChanged, this,
            [this, c](int d, LinkQueue::DeviceState state, const QString &) {
                setSystemTag({c, d}, SystemTag::DeviceOnline, state == LinkQueue::DeviceState::Up);
                setSystemTag({c, d}, SystemTag::DeviceState, toString(state));
            });
        queue->setRecorder(recorder);

        for (int d = 0; d < connection.devices.size(); ++d) {
            // A write-only frame is never polled: say so instead of "not read yet" for ever.
            const auto &frames = connection.devices[d].frames;
            for (int f = 0; f < frames.size(); ++f) {
                if (!frames[f].isReadable)
                    m_tags->setQuality(m_catalog->frameTags(c, d, f).ids(), Quality::Uncertain,
                                       tr("write-only frame: not read"), m_generation);
            }
            setSystemTag({c, d}, SystemTag::DeviceOnline, true);
            setSystemTag({c, d}, SystemTag::DeviceState, toString(LinkQueue::DeviceState::Up));
            auto *poller = new DevicePoller(connection.devices[d], d, queue, m_clock, this);
            connect(poller, &DevicePoller::frameRead, this,
                    [this, c, d](int f, const QList<quint16> &words, qint64 ts) {
                        onFrameRead(c, d, f, words, ts);
                    });
            connect(
                poller, &DevicePoller::frameFailed, this,
                [this, c, d](int f, const LinkResult &result) { onFrameFailed(c, d, f, result); });
            connect(poller, &DevicePoller::cycleFinished, this, [recorder, poller, d] {
                recorder->setSkippedCycles(d, poller->schedule().skippedCycles());
            });
            connect(poller, &DevicePoller::onceFinished, this,
                    &AcquisitionEngine::onPollerOnceFinished);
            pollers.append(poller);
        }
        m_pollers.append(pollers);
        setSystemTag({c}, SystemTag::LinkOnline, false);
        setSystemTag({c}, SystemTag::LinkState, toString(LinkQueue::LinkState::Connecting));
        queue->open();
    }
    publishSystemTags();
    m_systemTimer->startAt(m_clock->monotonicMs() + SystemTagPeriodMs);
}

void AcquisitionEngine::start()
{
    createLinks();
    for (const auto &pollers : std::as_const(m_pollers)) {
        for (DevicePoller *p : pollers)
            p->start();
    }
}

void AcquisitionEngine::readOnce()
{
    createLinks();
    m_pendingOnce = 0;
    for (const auto &pollers : std::as_const(m_pollers))
        m_pendingOnce += int(pollers.size());
    if (m_pendingOnce == 0) {
        Q_EMIT onceFinished();
        return;
    }
    for (const auto &pollers : std::as_const(m_pollers)) {
        for (DevicePoller *p : pollers)
            p->readOnce();
    }
}

void AcquisitionEngine::shutdown(const QString &reason)
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_systemTimer->stop();
    for (const auto &pollers : std::as_const(m_pollers)) {
        for (DevicePoller *p : pollers)
            p->stop();
    }
    for (LinkQueue *queue : std::as_const(m_links)) {
        if (queue)
            queue->close(reason); // answers every pending write and read
    }
}

void AcquisitionEngine::onPollerOnceFinished()
{
    if (--m_pendingOnce == 0)
        Q_EMIT onceFinished();
}

void AcquisitionEngine::onFrameRead(int c, int d, int f, const QList<quint16> &words, qint64 ts)
{
    const Frame &frame = m_project.connections[c].devices[d].frames[f];
    const TagId first = m_catalog->frameTags(c, d, f).first;
    QList<TagUpdate> updates;
    updates.reserve(frame.variables.size());
    for (int i = 0; i < frame.variables.size(); ++i) {
        const Variable &v = frame.variables[i];
        QString error;
        TagValue value;
        value.timestamp = ts;
        value.value = ValueCodec::decode(v, frame.type, words, &error);
        if (!value.value.isValid()) {
            value.quality = Quality::Bad;
            value.reason = tr("cannot decode: %1").arg(error);
        } else {
            value.quality = Quality::Good;
            if (isNumeric(v.dataType)) {
                const double x = value.value.toDouble();
                if (!std::isfinite(x)) {
                    value.quality = Quality::Bad;
                    value.reason = tr("not a finite number after scaling");
                    value.value = QVariant();
                } else if (v.max && x > *v.max) {
                    value.quality = Quality::Uncertain;
                    value.reason = tr("above max %1").arg(ValueCodec::format(*v.max));
                } else if (v.min && x < *v.min) {
                    value.quality = Quality::Uncertain;
                    value.reason = tr("below min %1").arg(ValueCodec::format(*v.min));
                }
            }
        }
        updates.append({first + i, value});
    }
    m_tags->update(updates, m_generation);
}

void AcquisitionEngine::onFrameFailed(int c, int d, int f, const LinkResult &result)
{
    qCDebug(lcAcquisition) << "frame" << c << d << f << "failed:" << result.message;
    const QList<TagId> ids = m_catalog->frameTags(c, d, f).ids();
    switch (result.error) {
    case LinkError::Cancelled: return;
    case LinkError::BackingOff:
        // Not read this time: what was Good is now only old, and says why.
        m_tags->markStale(ids, result.message, m_generation);
        return;
    default: m_tags->setQuality(ids, Quality::Bad, result.message, m_generation);
    }
}

void AcquisitionEngine::write(quint64 id, int connection, const LinkRequest &request)
{
    LinkQueue *queue = m_links.value(connection);
    if (m_shutDown || !queue) {
        LinkResult result;
        result.error = m_shutDown ? LinkError::Cancelled : LinkError::Refused;
        result.message = m_shutDown
            ? tr("acquisition stopped before it was sent")
            : tr("no transport for %1")
                  .arg(toString(m_project.connections.value(connection).protocol));
        result.timestamp = m_clock->wallMs();
        QMetaObject::invokeMethod(
            this, [this, id, result] { Q_EMIT writeFinished(id, result); }, Qt::QueuedConnection);
        return;
    }
    queue->submit(request,
                  [this, id](const LinkResult &result) { Q_EMIT writeFinished(id, result); });
}

void AcquisitionEngine::setSystemTag(const NodePath &node, SystemTag which, const QVariant &value)
{
    const TagId id = m_catalog->systemTag(node, which);
    if (id < 0)
        return;
    m_tags->update({{id, TagValue {value, Quality::Good, {}, m_clock->wallMs()}}}, m_generation);
}

void AcquisitionEngine::publishSystemTags()
{
    const qint64 now = m_clock->wallMs();
    QList<TagUpdate> updates;
    for (int c = 0; c < m_recorders.size(); ++c) {
        const LinkStatistics s = m_recorders[c]->snapshot();
        for (int d = 0; d < s.devices.size(); ++d) {
            const RequestCounters &k = s.devices[d].counters;
            const auto put = [&](SystemTag which, const QVariant &v) {
                const TagId id = m_catalog->systemTag({c, d}, which);
                if (id >= 0)
                    updates.append({id, TagValue {v, Quality::Good, {}, now}});
            };
            put(SystemTag::Requests, qint64(k.requests));
            put(SystemTag::Timeouts, qint64(k.timeouts));
            put(SystemTag::LastError, k.lastError);
            put(SystemTag::RoundTripMs, k.meanRoundTripMs);
        }
    }
    m_tags->update(updates, m_generation);
}

} // namespace Vigie
