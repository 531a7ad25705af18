#include "linkqueue.h"

#include "clock.h"
#include "linkstatistics.h"

#include <QLoggingCategory>

#include <limits>

Q_LOGGING_CATEGORY(lcLink, "vigie.acquisition.link", QtWarningMsg)

namespace Vigie {

namespace {

// Modbus exception codes worth another try: 5 Acknowledge (still working on it) and
// 6 Slave Device Busy. Every other exception is the device's final word.
bool retryableException(int code)
{
    return code == 5 || code == 6;
}

// A wait in whole seconds, rounded up: "within 2 s" for 1.6 s.
QString wholeSeconds(qint64 ms)
{
    return QString::number((std::max<qint64>(ms, 1) + 999) / 1000);
}

LinkRecorder::Failure failureKind(LinkError error)
{
    switch (error) {
    case LinkError::Timeout: return LinkRecorder::Failure::Timeout;
    case LinkError::Exception: return LinkRecorder::Failure::Exception;
    default: return LinkRecorder::Failure::Other;
    }
}

} // namespace

QString toString(LinkQueue::DeviceState state)
{
    switch (state) {
    case LinkQueue::DeviceState::Up: return QStringLiteral("Up");
    case LinkQueue::DeviceState::Down: return QStringLiteral("Down");
    case LinkQueue::DeviceState::BackingOff: return QStringLiteral("BackingOff");
    }
    return {};
}

QString toString(LinkQueue::LinkState state)
{
    switch (state) {
    case LinkQueue::LinkState::Closed: return QStringLiteral("Closed");
    case LinkQueue::LinkState::Connecting: return QStringLiteral("Connecting");
    case LinkQueue::LinkState::Up: return QStringLiteral("Up");
    case LinkQueue::LinkState::Down: return QStringLiteral("Down");
    case LinkQueue::LinkState::BackingOff: return QStringLiteral("BackingOff");
    }
    return {};
}

LinkQueue::LinkQueue(Transport *transport, Clock *clock, const LinkOptions &options,
                     LinkRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
    , m_options(options)
    , m_recorder(recorder)
    , m_timer(clock->createTimer(this))
    , m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
{
    m_transport->setParent(this);
    m_transport->setReplyHandler(
        [this](quint64 wire, const LinkResult &result) { onReply(wire, result); });
    connect(m_transport, &Transport::stateChanged, this, &LinkQueue::onTransportState);
    m_transport->setTracer([this](int device, bool outgoing, const QByteArray &bytes) {
        if (m_recorder)
            m_recorder->recordFrame(
                device,
                {m_clock->wallMs(),
                 outgoing ? FrameLogEntry::Kind::Request : FrameLogEntry::Kind::Reply,
                 bytes,
                 {}});
    });
    connect(m_timer, &ClockTimer::timeout, this, &LinkQueue::onTimer);
    m_rtt.start();
}

LinkQueue::~LinkQueue()
{
    m_transport->setReplyHandler({});
    m_transport->setTracer({});
}

int LinkQueue::addDevice(const QString &name, int maxInFlight)
{
    DeviceSlot slot;
    slot.name = name;
    slot.maxInFlight = std::max(1, maxInFlight);
    m_devices.append(slot);
    if (m_recorder)
        m_recorder->addDevice(name);
    return int(m_devices.size()) - 1;
}

int LinkQueue::linkWindow() const
{
    return std::max(1,
                    m_options.maxInFlight > 0 ? m_options.maxInFlight : m_transport->maxInFlight());
}

int LinkQueue::queued() const
{
    std::size_t n = 0;
    for (const DeviceSlot &d : m_devices)
        n += d.reads.size() + d.writes.size();
    return int(n);
}

LinkQueue::DeviceState LinkQueue::deviceState(int device) const
{
    return device >= 0 && device < m_devices.size() ? m_devices[device].state : DeviceState::Down;
}

QString LinkQueue::deviceReason(int device) const
{
    return device >= 0 && device < m_devices.size() ? m_devices[device].reason : QString();
}

qint64 LinkQueue::nextProbeAt(int device) const
{
    return device >= 0 && device < m_devices.size() ? m_devices[device].nextProbeAt : 0;
}

void LinkQueue::open()
{
    if (m_linkState == LinkState::Connecting || m_linkState == LinkState::Up)
        return;
    m_connectDeadline = m_clock->monotonicMs() + m_options.timeoutMs;
    setLinkState(LinkState::Connecting, {});
    m_transport->open();
    armTimer();
}

void LinkQueue::close(const QString &reason)
{
    // Closed first: a completion that submits again is answered at once, not left queued.
    setLinkState(LinkState::Closed, reason);
    m_timer->stop();
    cancelAll(reason);
    m_transport->close();
}

QString LinkQueue::timeoutText(const LinkRequest &request, int attempts) const
{
    if (attempts <= 1)
        return tr("no reply from %1 in %2 ms").arg(stationText(request)).arg(m_options.timeoutMs);
    return tr("no reply from %1 after %2 tries of %3 ms")
        .arg(stationText(request))
        .arg(attempts)
        .arg(m_options.timeoutMs);
}

QString LinkQueue::notAnswering(int device) const
{
    const DeviceSlot &d = m_devices[device];
    return tr("%1 is not answering (next try within %2 s): %3")
        .arg(d.name, wholeSeconds(d.waitMs), d.reason);
}

QString LinkQueue::stationText(const LinkRequest &request) const
{
    const QString name = request.device >= 0 && request.device < m_devices.size()
        ? m_devices[request.device].name
        : QString();
    return tr("%1 (station %2)").arg(name).arg(request.stationAddress);
}

quint64 LinkQueue::submit(const LinkRequest &request, Completion done)
{
    const quint64 id = ++m_nextJob;
    LinkResult refused;
    refused.timestamp = m_clock->wallMs();
    if (request.device < 0 || request.device >= m_devices.size()) {
        refused.error = LinkError::Refused;
        refused.message = tr("no device %1 on this link").arg(request.device);
        failLater(std::move(done), refused);
        return id;
    }
    DeviceSlot &device = m_devices[request.device];
    const qint64 now = m_clock->monotonicMs();
    if (m_linkState == LinkState::Down || m_linkState == LinkState::BackingOff
        || m_linkState == LinkState::Closed) {
        refused.error = LinkError::LinkDown;
        // The same words for the whole wait (no countdown): a tag's reason changes only when
        // something does.
        refused.message = m_linkState == LinkState::BackingOff
            ? tr("disconnected: %1 (next try within %2 s)")
                  .arg(m_linkReason, wholeSeconds(m_reconnectWait))
            : tr("disconnected: %1").arg(m_linkReason.isEmpty() ? tr("not open") : m_linkReason);
        failLater(std::move(done), refused);
        return id;
    }
    bool probe = false;
    if (device.state == DeviceState::BackingOff) {
        if (device.probing || now < device.nextProbeAt) {
            refused.error = LinkError::BackingOff;
            refused.message = notAnswering(request.device);
            failLater(std::move(done), refused);
            return id;
        }
        probe = true; // the one request that finds out whether it is back
        device.probing = true;
    }
    Job job;
    job.request = request;
    job.done = std::move(done);
    job.probe = probe;
    m_jobs.emplace(id, std::move(job));
    (request.isWrite() ? device.writes : device.reads).push_back(id);
    pump();
    return id;
}

void LinkQueue::cancelAll(const QString &reason)
{
    // Answer what never reached the wire, then what did: both as Cancelled, with the reason.
    LinkResult result;
    result.error = LinkError::Cancelled;
    result.timestamp = m_clock->wallMs();
    QList<quint64> jobs;
    for (DeviceSlot &d : m_devices) {
        jobs.append(QList<quint64>(d.writes.begin(), d.writes.end()));
        jobs.append(QList<quint64>(d.reads.begin(), d.reads.end()));
        d.writes.clear();
        d.reads.clear();
        d.inFlight = 0;
        d.writeOnWire = false;
        d.probing = false;
    }
    QList<quint64> onWire;
    for (auto it = m_wire.cbegin(); it != m_wire.cend(); ++it) {
        m_transport->abandon(it.key());
        onWire.append(it.value().job);
    }
    m_wire.clear();
    for (const quint64 id : std::as_const(jobs)) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        // A job back in the queue was on the wire before: a retry, or the second half of a
        // read-modify-write. Its first attempt may have reached the device.
        result.message = it->second.stage == 1 ? tr("%1 during a read-modify-write").arg(reason)
            : it->second.attempts == 0         ? tr("%1 before it was sent").arg(reason)
                                               : tr("%1 before the device answered").arg(reason);
        result.attempts = it->second.attempts;
        finish(id, result);
    }
    for (const quint64 id : std::as_const(onWire)) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        result.message = tr("%1 before the device answered").arg(reason);
        result.attempts = it->second.attempts;
        finish(id, result);
    }
    flushDeferred();
}

void LinkQueue::failLater(Completion done, LinkResult result)
{
    m_deferred.append({std::move(done), std::move(result)});
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &LinkQueue::flushDeferred, Qt::QueuedConnection);
}

void LinkQueue::flushDeferred()
{
    m_flushScheduled = false;
    while (!m_deferred.isEmpty()) {
        auto [done, result] = m_deferred.takeFirst();
        if (done)
            done(result);
    }
}

void LinkQueue::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        if (m_linkState != LinkState::Up)
            break;
        if (m_clock->monotonicMs() < m_quietUntil)
            break;
        while (m_wire.size() < linkWindow()) {
            const quint64 job = pickNext();
            if (!job)
                break;
            sendJob(job);
        }
    } while (m_pumpAgain);
    m_pumping = false;
    armTimer();
}

quint64 LinkQueue::pickNext()
{
    const int n = int(m_devices.size());
    for (int i = 0; i < n; ++i) {
        const int d = (m_rrWrite + i) % n;
        DeviceSlot &device = m_devices[d];
        if (!device.writes.empty() && !device.writeOnWire && device.inFlight < device.maxInFlight) {
            m_rrWrite = (d + 1) % n;
            const quint64 id = device.writes.front();
            device.writes.pop_front();
            return id;
        }
    }
    for (int i = 0; i < n; ++i) {
        const int d = (m_rrRead + i) % n;
        DeviceSlot &device = m_devices[d];
        if (!device.reads.empty() && device.inFlight < device.maxInFlight) {
            m_rrRead = (d + 1) % n;
            const quint64 id = device.reads.front();
            device.reads.pop_front();
            return id;
        }
    }
    return 0;
}

void LinkQueue::sendJob(quint64 jobId)
{
    Job &job = m_jobs.at(jobId);
    DeviceSlot &device = m_devices[job.request.device];
    ++job.attempts;
    ++device.inFlight;
    if (job.request.isWrite())
        device.writeOnWire = true;

    LinkRequest onWire = job.request;
    if (job.request.kind == LinkRequest::Kind::WriteBit
        && !m_transport->writesRegisterBits(job.request.device)) {
        if (job.stage == 0) {
            onWire.kind = LinkRequest::Kind::Read;
            onWire.quantity = 1;
        } else {
            onWire.kind = LinkRequest::Kind::Write;
            onWire.quantity = 1;
            onWire.words = {job.word};
        }
    }
    const quint64 wire = ++m_nextWire;
    m_wire.insert(wire,
                  {jobId, m_clock->monotonicMs() + m_options.timeoutMs, m_rtt.nsecsElapsed()});
    if (m_recorder)
        m_recorder->recordSent(job.request.device);
    m_transport->send(wire, onWire);
}

std::optional<LinkQueue::Wire> LinkQueue::releaseWire(quint64 wire)
{
    const auto it = m_wire.find(wire);
    if (it == m_wire.end())
        return std::nullopt; // abandoned already: timed out or cancelled
    const Wire w = it.value();
    m_wire.erase(it);
    const auto job = m_jobs.find(w.job);
    if (job == m_jobs.end())
        return std::nullopt;
    DeviceSlot &device = m_devices[job->second.request.device];
    device.inFlight = std::max(0, device.inFlight - 1);
    if (job->second.request.isWrite())
        device.writeOnWire = false;
    return w;
}

void LinkQueue::onReply(quint64 wire, const LinkResult &result)
{
    const std::optional<Wire> w = releaseWire(wire);
    if (!w)
        return;
    const LinkRequest &request = m_jobs.at(w->job).request;
    if (request.quietAfter > 0)
        m_quietUntil = std::max(m_quietUntil, m_clock->monotonicMs() + request.quietAfter);
    handleAttempt(w->job, result, (m_rtt.nsecsElapsed() - w->sentAtNs) / 1000);
    pump();
}

bool LinkQueue::shouldRetry(const Job &job, const LinkResult &result) const
{
    if (job.probe || job.attempts > m_options.retries)
        return false;
    switch (result.error) {
    case LinkError::Timeout:
    case LinkError::BadReply: return true;
    case LinkError::Exception: return retryableException(result.exceptionCode);
    default: return false;
    }
}

void LinkQueue::handleAttempt(quint64 jobId, LinkResult result, qint64 roundTripUs)
{
    Job &job = m_jobs.at(jobId);
    const int deviceIndex = job.request.device;
    DeviceSlot &device = m_devices[deviceIndex];
    result.attempts = job.attempts;
    result.roundTripUs = roundTripUs;
    if (result.ok()) {
        if (m_recorder)
            m_recorder->recordReply(deviceIndex, roundTripUs);
        deviceSucceeded(deviceIndex);
        if (job.request.kind == LinkRequest::Kind::WriteBit && job.stage == 0
            && !m_transport->writesRegisterBits(job.request.device)) {
            if (result.words.isEmpty()) {
                result.error = LinkError::BadReply;
                result.message = tr("reading the register to change bit %1 returned nothing")
                                     .arg(job.request.bit);
                finish(jobId, result);
                return;
            }
            // The second half of the read-modify-write goes first among this device's writes.
            const quint16 mask = quint16(1u << job.request.bit);
            const quint16 current = result.words.constFirst();
            job.word = job.request.bitValue ? quint16(current | mask) : quint16(current & ~mask);
            job.stage = 1;
            device.writes.push_front(jobId);
            return;
        }
        finish(jobId, result);
        return;
    }
    if (m_recorder) {
        m_recorder->recordFailure(deviceIndex, failureKind(result.error), result.message,
                                  result.timestamp);
        if (result.error != LinkError::Exception) // an exception is in the reply's bytes
            m_recorder->recordFrame(
                deviceIndex, {result.timestamp, FrameLogEntry::Kind::Failure, {}, result.message});
    }
    if (shouldRetry(job, result)) {
        qCDebug(lcLink) << "retrying" << device.name << result.message;
        (job.request.isWrite() ? device.writes : device.reads).push_front(jobId);
        return;
    }
    // Only silence backs a device off: one that answers, even garbled or with an exception,
    // is there, and a noisy line must not cost it its polling.
    const bool deviceFault = result.error == LinkError::Timeout;
    if (result.error == LinkError::Timeout)
        result.message = timeoutText(job.request, job.attempts);
    const bool wasProbe = job.probe;
    // One burst of failures is one failure: requests already on the wire when the device
    // started backing off do not lengthen the wait; only a failed probe does.
    const bool countsAsFailure = device.state != DeviceState::BackingOff || wasProbe;
    finish(jobId, result);
    if (deviceFault && countsAsFailure)
        deviceFailed(deviceIndex, result.message);
    else if (wasProbe)
        deviceSucceeded(deviceIndex); // it answered, even if with an exception
}

void LinkQueue::finish(quint64 jobId, LinkResult result)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Completion done = std::move(it->second.done);
    if (it->second.probe)
        m_devices[it->second.request.device].probing = false;
    if (result.timestamp == 0)
        result.timestamp = m_clock->wallMs();
    m_jobs.erase(it);
    if (done)
        done(result);
}

void LinkQueue::failQueued(DeviceSlot &device, LinkError error, const QString &message)
{
    LinkResult result;
    result.error = error;
    result.message = message;
    result.timestamp = m_clock->wallMs();
    QList<quint64> jobs(device.writes.begin(), device.writes.end());
    jobs.append(QList<quint64>(device.reads.begin(), device.reads.end()));
    device.writes.clear();
    device.reads.clear();
    device.probing = false;
    for (const quint64 id : std::as_const(jobs)) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        // Deferred: we may be inside another request's completion.
        failLater(std::move(it->second.done), result);
        m_jobs.erase(it);
    }
}

qint64 LinkQueue::backoffFor(int failures)
{
    qint64 wait = m_options.backoffInitialMs;
    for (int i = 1; i < failures && wait < m_options.backoffMaxMs; ++i)
        wait *= 2;
    wait = std::min(wait, m_options.backoffMaxMs);
    const double factor = 1.0 + m_options.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max<qint64>(1, qint64(double(wait) * factor));
}

void LinkQueue::deviceSucceeded(int device)
{
    DeviceSlot &d = m_devices[device];
    d.failures = 0;
    d.probing = false;
    if (d.state != DeviceState::Up)
        setDeviceState(device, DeviceState::Up, {});
}

void LinkQueue::deviceFailed(int device, const QString &message)
{
    DeviceSlot &d = m_devices[device];
    ++d.failures;
    d.waitMs = backoffFor(d.failures);
    d.nextProbeAt = m_clock->monotonicMs() + d.waitMs;
    d.probing = false;
    setDeviceState(device, DeviceState::BackingOff, message);
    failQueued(d, LinkError::BackingOff, notAnswering(device));
}

void LinkQueue::setDeviceState(int device, DeviceState state, const QString &reason)
{
    DeviceSlot &d = m_devices[device];
    if (d.state == state && d.reason == reason)
        return;
    d.state = state;
    d.reason = reason;
    if (m_recorder)
        m_recorder->setDeviceState(device, toString(state), reason);
    Q_EMIT deviceStateChanged(device, state, reason);
}

void LinkQueue::setLinkState(LinkState state, const QString &reason)
{
    if (m_linkState == state && m_linkReason == reason)
        return;
    m_linkState = state;
    m_linkReason = reason;
    if (m_recorder)
        m_recorder->setLinkState(toString(state), reason);
    Q_EMIT linkStateChanged(state, reason);
}

void LinkQueue::abandonWire(LinkError error, const QString &message)
{
    LinkResult result;
    result.error = error;
    result.message = message;
    result.timestamp = m_clock->wallMs();
    const QList<quint64> wires = m_wire.keys();
    for (const quint64 wire : wires) {
        m_transport->abandon(wire);
        const std::optional<Wire> w = releaseWire(wire);
        if (!w)
            continue;
        const auto job = m_jobs.find(w->job);
        DeviceSlot &device = m_devices[job->second.request.device];
        if (m_recorder)
            m_recorder->recordFailure(job->second.request.device, failureKind(error), message,
                                      result.timestamp);
        if (job->second.probe)
            device.probing = false;
        result.attempts = job->second.attempts;
        failLater(std::move(job->second.done), result);
        m_jobs.erase(job);
    }
}

void LinkQueue::linkLost(const QString &reason)
{
    ++m_linkFailures;
    m_reconnectWait = backoffFor(m_linkFailures);
    m_reconnectAt = m_clock->monotonicMs() + m_reconnectWait;
    const QString message = tr("disconnected: %1").arg(reason);
    abandonWire(LinkError::LinkDown, message);
    for (int d = 0; d < m_devices.size(); ++d) {
        failQueued(m_devices[d], LinkError::LinkDown, message);
        setDeviceState(d, DeviceState::Down, message);
    }
    setLinkState(LinkState::BackingOff, reason);
    armTimer();
}

void LinkQueue::onTransportState(Transport::State state, const QString &reason)
{
    switch (state) {
    case Transport::State::Up:
        m_linkFailures = 0;
        setLinkState(LinkState::Up, {});
        for (int d = 0; d < m_devices.size(); ++d) {
            if (m_devices[d].state == DeviceState::Down)
                setDeviceState(d, DeviceState::Up, {});
        }
        pump();
        break;
    case Transport::State::Down:
        if (m_linkState != LinkState::Closed)
            linkLost(reason);
        break;
    case Transport::State::Connecting:
        if (m_linkState != LinkState::Connecting) {
            m_connectDeadline = m_clock->monotonicMs() + m_options.timeoutMs;
            setLinkState(LinkState::Connecting, {});
        }
        break;
    case Transport::State::Closed: break;
    }
}

void LinkQueue::onTimer()
{
    m_armedAt = std::numeric_limits<qint64>::max();
    const qint64 now = m_clock->monotonicMs();
    if (m_linkState == LinkState::BackingOff && now >= m_reconnectAt) {
        if (m_recorder)
            m_recorder->recordReconnect();
        m_connectDeadline = now + m_options.timeoutMs;
        setLinkState(LinkState::Connecting, {});
        m_transport->open();
    } else if (m_linkState == LinkState::Connecting && now >= m_connectDeadline) {
        m_transport->close();
        linkLost(tr("no connection after %1 ms").arg(m_options.timeoutMs));
    }

    // The watchdog: every attempt still on the wire past its deadline fails as a timeout.
    QList<quint64> expired;
    for (auto it = m_wire.cbegin(); it != m_wire.cend(); ++it) {
        if (it.value().deadline <= now)
            expired.append(it.key());
    }
    std::sort(expired.begin(), expired.end()); // oldest first
    for (const quint64 wire : std::as_const(expired)) {
        m_transport->abandon(wire);
        const std::optional<Wire> w = releaseWire(wire);
        if (!w)
            continue;
        const LinkRequest &request = m_jobs.at(w->job).request;
        LinkResult result;
        result.error = LinkError::Timeout;
        result.message = timeoutText(request, 1);
        result.timestamp = m_clock->wallMs();
        handleAttempt(w->job, result, 0);
    }
    pump();
}

void LinkQueue::armTimer()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_wire.cbegin(); it != m_wire.cend(); ++it)
        next = std::min(next, it.value().deadline);
    if (m_linkState == LinkState::BackingOff)
        next = std::min(next, m_reconnectAt);
    if (m_linkState == LinkState::Connecting)
        next = std::min(next, m_connectDeadline);
    if (m_linkState == LinkState::Up && m_quietUntil > m_clock->monotonicMs() && queued() > 0)
        next = std::min(next, m_quietUntil);
    // Re-arming a timer costs more than the rest of a request: keep one that fires no later
    // than needed. Firing early is harmless (onTimer finds nothing due and arms again).
    if (m_timer->isActive() && m_armedAt <= next)
        return;
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    m_armedAt = next;
    m_timer->startAt(next);
}

} // namespace Vigie
