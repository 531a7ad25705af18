#include "acquisitionengine.h"

#include "clock.h"
#include "devicepoller.h"
#include "simulationdriver.h"
#include "valuecodec.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <numeric>

Q_LOGGING_CATEGORY(lcAcquisition, "vigie.acquisition", QtWarningMsg)

namespace Vigie {

AcquisitionEngine::AcquisitionEngine(const Project &project, TagTable *tags, Clock *clock,
                                     QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_tags(tags)
    , m_clock(clock)
    , m_paths(project.variablePaths())
{
    TagId next = 0;
    for (const Connection &c : project.connections) {
        QList<QList<TagId>> devices;
        for (const Device &d : c.devices) {
            QList<TagId> frames;
            for (const Frame &f : d.frames) {
                frames.append(next);
                next += TagId(f.variables.size());
            }
            devices.append(frames);
        }
        m_firstTag.append(devices);
    }
}

AcquisitionEngine::~AcquisitionEngine()
{
    for (DevicePoller *p : std::as_const(m_pollers))
        p->stop();
    for (Driver *d : std::as_const(m_drivers)) {
        if (d)
            d->close();
    }
}

QList<TagId> AcquisitionEngine::frameTags(int connection, int device, int frame) const
{
    const TagId first = m_firstTag[connection][device][frame];
    const int count =
        int(m_project.connections[connection].devices[device].frames[frame].variables.size());
    QList<TagId> ids(count);
    std::iota(ids.begin(), ids.end(), first);
    return ids;
}

void AcquisitionEngine::createDrivers()
{
    if (!m_drivers.isEmpty())
        return;
    for (int c = 0; c < m_project.connections.size(); ++c) {
        const Connection &connection = m_project.connections[c];
        Driver *driver = nullptr;
        if (connection.protocol == Protocol::Simulation)
            driver = new SimulationDriver(connection, m_clock, this);
        m_drivers.append(driver);
        if (!driver) {
            // No driver yet for this protocol: say so on every tag rather than show nothing.
            const QString reason =
                tr("no %1 driver in this version of Vigie").arg(toString(connection.protocol));
            for (int d = 0; d < connection.devices.size(); ++d) {
                for (int f = 0; f < connection.devices[d].frames.size(); ++f)
                    m_tags->setQuality(frameTags(c, d, f), Quality::Bad, reason, m_clock->wallMs());
            }
            continue;
        }
        connect(driver, &Driver::linkStateChanged, this,
                [this, c](Driver::LinkState state, const QString &reason) {
                    Q_EMIT linkStateChanged(c, state, reason);
                });
        driver->open();
        for (int d = 0; d < connection.devices.size(); ++d) {
            // A write-only frame is never polled: say so instead of "not read yet" for ever.
            const auto &frames = connection.devices[d].frames;
            for (int f = 0; f < frames.size(); ++f) {
                if (!frames[f].isReadable)
                    m_tags->setQuality(frameTags(c, d, f), Quality::Uncertain,
                                       tr("write-only frame: not read"), m_clock->wallMs());
            }
            auto *poller = new DevicePoller(connection.devices[d], d, driver, m_clock, this);
            connect(poller, &DevicePoller::frameRead, this,
                    [this, c, d](int f, const QList<quint16> &words, qint64 ts) {
                        onFrameRead(c, d, f, words, ts);
                    });
            connect(poller, &DevicePoller::frameFailed, this,
                    [this, c, d](int f, const QString &reason, qint64 ts) {
                        onFrameFailed(c, d, f, reason, ts);
                    });
            connect(poller, &DevicePoller::onceFinished, this,
                    &AcquisitionEngine::onPollerOnceFinished);
            m_pollers.append(poller);
        }
    }
}

void AcquisitionEngine::start()
{
    createDrivers();
    for (DevicePoller *p : std::as_const(m_pollers))
        p->start();
}

void AcquisitionEngine::readOnce()
{
    createDrivers();
    m_pendingOnce = int(m_pollers.size());
    if (m_pendingOnce == 0) {
        Q_EMIT onceFinished();
        return;
    }
    for (DevicePoller *p : std::as_const(m_pollers))
        p->readOnce();
}

void AcquisitionEngine::onPollerOnceFinished()
{
    if (--m_pendingOnce == 0)
        Q_EMIT onceFinished();
}

void AcquisitionEngine::onFrameRead(int c, int d, int f, const QList<quint16> &words, qint64 ts)
{
    const Frame &frame = m_project.connections[c].devices[d].frames[f];
    const TagId first = m_firstTag[c][d][f];
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
                if (v.max && x > *v.max) {
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
    m_tags->update(updates);
}

void AcquisitionEngine::onFrameFailed(int c, int d, int f, const QString &reason, qint64 ts)
{
    qCDebug(lcAcquisition) << "frame" << c << d << f << "failed:" << reason;
    m_tags->setQuality(frameTags(c, d, f), Quality::Bad, reason, ts);
}

void AcquisitionEngine::write(quint64 requestId, TagId tag, const QVariant &value)
{
    auto refuse = [&](const QString &why) { Q_EMIT writeFinished(requestId, false, why); };
    if (tag < 0 || tag >= m_paths.size())
        return refuse(tr("unknown tag"));
    const VariablePath &p = m_paths[tag];
    const Variable &v = m_project.variable(p);
    const Frame &frame = m_project.frame(p);
    if (!v.writable || !frame.isWritable)
        return refuse(tr("%1 is read-only").arg(v.name));
    if (isNumeric(v.dataType)) {
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (!ok)
            return refuse(tr("\"%1\" is not a number").arg(value.toString()));
        if (v.min && x < *v.min)
            return refuse(tr("%1 is below the minimum %2 %3")
                              .arg(ValueCodec::format(value), ValueCodec::format(*v.min), v.unit)
                              .trimmed());
        if (v.max && x > *v.max)
            return refuse(tr("%1 is above the maximum %2 %3")
                              .arg(ValueCodec::format(value), ValueCodec::format(*v.max), v.unit)
                              .trimmed());
    }
    Driver *driver = m_drivers.value(p.connection);
    if (!driver)
        return refuse(
            tr("no driver for %1").arg(toString(m_project.connections[p.connection].protocol)));

    if (v.dataType == DataType::Bool && v.bit && !isBitFrame(frame.type)) {
        // One bit of a shared register: read the register, change the bit, write it back.
        DriverReply *reply = driver->read(requestAt(p, 1));
        connect(reply, &DriverReply::finished, this, [=, this] {
            reply->deleteLater();
            if (!reply->succeeded() || reply->words().isEmpty())
                return refuse(tr("cannot read the register to change bit %1: %2")
                                  .arg(*v.bit)
                                  .arg(reply->errorString()));
            QString error;
            const auto words =
                ValueCodec::encode(v, frame.type, value, &error, reply->words().constFirst());
            if (words.isEmpty())
                return refuse(error);
            sendWrite(requestId, tag, words, v.bit);
        });
        return;
    }
    QString error;
    const QList<quint16> words = ValueCodec::encode(v, frame.type, value, &error);
    if (words.isEmpty())
        return refuse(error);
    sendWrite(requestId, tag, words, std::nullopt);
}

FrameRequest AcquisitionEngine::requestAt(const VariablePath &p, int quantity) const
{
    FrameRequest request;
    request.device = p.device;
    request.stationAddress = m_project.connections[p.connection].devices[p.device].stationAddress;
    request.type = m_project.frame(p).type;
    request.startAddress = m_project.frame(p).startAddress + m_project.variable(p).offset;
    request.quantity = quantity;
    return request;
}

void AcquisitionEngine::sendWrite(quint64 requestId, TagId tag, const QList<quint16> &words,
                                  std::optional<int> bit)
{
    const VariablePath &p = m_paths[tag];
    FrameRequest request = requestAt(p, int(words.size()));
    request.words = words;
    request.bit = bit;
    DriverReply *reply = m_drivers[p.connection]->write(request);
    connect(reply, &DriverReply::finished, this, [this, reply, requestId] {
        reply->deleteLater();
        Q_EMIT writeFinished(requestId, reply->succeeded(), reply->errorString());
    });
}

} // namespace Vigie
