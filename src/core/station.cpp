#include "station.h"

#include "acquisition/acquisitionengine.h"
#include "acquisition/clock.h"
#include "formula/calculationengine.h"
#include "gateway/modbusgateway.h"
#include "mqtt/mqttservice.h"
#include "projectcheck.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <climits>

namespace Vigie {

Station::Station(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_shared<SystemClock>())
    , m_calculations(std::make_unique<CalculationEngine>(&m_tags, m_clock.get()))
    , m_mqtt(std::make_unique<MqttService>(&m_tags))
    , m_board(std::make_shared<StatisticsBoard>())
{
    // A command from the cloud is one more client of the one write path.
    connect(m_mqtt.get(), &MqttService::remoteWriteRequested, this,
            [this](TagId tag, const QVariant &value) {
                write(tag, value, WriteOrigin::RemoteCommand, QStringLiteral("mqtt"));
            });
    qRegisterMetaType<Vigie::LinkQueue::LinkState>();
    qRegisterMetaType<QList<Vigie::TagId>>();
    connect(&m_writes, &WriteService::finished, this, &Station::writeFinished);
}

Station::~Station()
{
    stop();
    waitForStopped(-1);
}

void Station::buildTags(const Project &project)
{
    m_gateway.reset(); // it serves the old tags
    m_project = project;
    const TagCatalog catalog = TagCatalog::fromProject(project);
    m_tags.build(catalog);
    m_writes.setProject(project, m_tags.catalog());
    if (project.gateway) {
        m_gateway = std::make_unique<ModbusGateway>(m_project, &m_tags, &m_writes);
        connect(m_gateway.get(), &ModbusGateway::listenFailed, this, &Station::gatewayFailed);
    }
}

void Station::setProject(const Project &project)
{
    stop();
    buildTags(project);
}

ProjectIssues Station::apply(const Project &project)
{
    const ProjectIssues issues = checkProject(project);
    if (hasErrors(issues))
        return issues;
    const bool wasRunning = isRunning();
    const QHash<QString, TagValue> values = m_tags.valuesByName();
    const QHash<QString, QVariant> setpoints = m_writes.setpointsByName();
    stop();
    buildTags(project);
    // Values carry over to tags of the same name and type, as they were (quality included):
    // the first read of the new run refreshes them.
    QList<TagUpdate> carried;
    const auto catalog = m_tags.catalog();
    for (TagId id = 0; id < catalog->size(); ++id) {
        const auto it = values.constFind(catalog->info(id).name);
        if (it != values.constEnd() && it->timestamp != 0)
            carried.append({id, *it});
    }
    m_tags.update(carried);
    m_writes.restoreSetpoints(setpoints);
    if (wasRunning)
        start();
    return issues;
}

void Station::start()
{
    launch(false);
    if (m_gateway)
        m_gateway->start();
}
void Station::readOnce()
{
    launch(true);
}

qint64 Station::readOnceBoundMs(const Project &project)
{
    qint64 bound = 0;
    for (const Connection &c : project.connections) {
        qint64 link = 0;
        for (const Device &d : c.devices) {
            for (const Frame &f : d.frames)
                link += qint64(c.timeout) * (c.retries + 1) + f.interFrameDelay;
        }
        bound = std::max(bound, link);
    }
    return bound + 5000;
}

void Station::launch(bool once)
{
    stop();
    const quint64 run = ++m_run;
    const quint64 generation = m_tags.newGeneration();
    m_board = std::make_shared<StatisticsBoard>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vigie-acquisition"));
    m_engine = new AcquisitionEngine(m_project, m_tags.catalog(), &m_tags, generation,
                                     m_clock.get(), m_board);
    m_engine->moveToThread(m_thread);
    AcquisitionEngine *engine = m_engine;
    // Before the first read, so calculated tags follow from the first values (or from those
    // carried over by apply()).
    m_calculations->start(m_project, generation);
    // The last values read may still wait for the calculations' next pass: take them first.
    connect(engine, &AcquisitionEngine::onceFinished, this, [this] {
        m_calculations->flush();
        Q_EMIT onceFinished();
    });
    connect(engine, &AcquisitionEngine::linkStateChanged, this, &Station::linkStateChanged);
    connect(engine, &AcquisitionEngine::writeFinished, &m_writes, &WriteService::answer);
    m_writes.setSender(
        [engine](quint64 id, const PreparedWrite &write) {
            QMetaObject::invokeMethod(
                engine, [engine, id, write] { engine->write(id, write.connection, write.request); },
                Qt::QueuedConnection);
        },
        run);
    m_thread->start();
    QMetaObject::invokeMethod(
        engine, [engine, once] { once ? engine->readOnce() : engine->start(); },
        Qt::QueuedConnection);
    // A single read is a look at the devices, not a run: it publishes nothing.
    if (!once)
        m_mqtt->start(m_project, m_projectFile);
}

void Station::stop()
{
    m_mqtt->stop();
    if (m_gateway)
        m_gateway->stop();
    m_calculations->stop();
    if (!m_thread)
        return;
    QThread *thread = m_thread;
    AcquisitionEngine *engine = m_engine;
    const quint64 run = m_run;
    m_thread = nullptr;
    m_engine = nullptr;
    m_writes.setSender({}, 0);
    m_stopping.insert(run, thread);
    // Connected before the worker is told to end, so its end cannot be missed.
    connect(thread, &QThread::finished, this, [this, run] {
        // Every answer the engine sent is in (queued before this); what is left was never sent.
        m_writes.runEnded(run, tr("acquisition stopped before it was sent"));
        QThread *ended = m_stopping.take(run);
        if (!ended)
            return; // waitForStopped() took care of it
        ended->deleteLater();
        if (m_stopping.isEmpty())
            Q_EMIT stopped();
    });
    // The engine's timers, links and transports belong to the worker: shut them down and
    // delete them there (answering pending writes), then let the thread end. Nothing waits.
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            engine->shutdown(tr("acquisition stopped"));
            delete engine;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

bool Station::waitForStopped(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    if (!m_mqtt->waitForStopped(int(std::min<qint64>(deadline.remainingTime(), INT_MAX))))
        return false;
    const QList<quint64> runs = m_stopping.keys();
    for (const quint64 run : runs) {
        QThread *thread = m_stopping.value(run);
        if (!thread->wait(deadline))
            return false;
        m_stopping.remove(run);
        delete thread;
        m_writes.runEnded(run, tr("acquisition stopped before it was sent"));
    }
    return true;
}

quint64 Station::write(TagId tag, const QVariant &value, WriteOrigin origin, const QString &user)
{
    return m_writes.write({tag, value, origin, user});
}

AcquisitionStatistics Station::statistics() const
{
    return m_board->snapshot();
}

QList<FrameLogEntry> Station::frameLog(int connection, int device) const
{
    return m_board->frameLog(connection, device);
}

} // namespace Vigie
