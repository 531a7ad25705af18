#include "station.h"

#include "acquisition/acquisitionengine.h"
#include "acquisition/clock.h"

#include <QThread>

namespace Vigie {

Station::Station(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<SystemClock>())
{
    qRegisterMetaType<Vigie::Driver::LinkState>();
    qRegisterMetaType<QList<Vigie::TagId>>();
}

Station::~Station()
{
    stop();
}

void Station::setProject(const Project &project)
{
    stop();
    m_project = project;
    m_tags.build(project);
    m_setpoints.clear();
}

void Station::start()
{
    launch(false);
}
void Station::readOnce()
{
    launch(true);
}

void Station::launch(bool once)
{
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vigie-acquisition"));
    m_engine = new AcquisitionEngine(m_project, &m_tags, m_clock.get());
    m_engine->moveToThread(m_thread);
    connect(m_engine, &AcquisitionEngine::onceFinished, this, &Station::onceFinished);
    connect(m_engine, &AcquisitionEngine::linkStateChanged, this, &Station::linkStateChanged);
    connect(m_engine, &AcquisitionEngine::writeFinished, this,
            [this](quint64 id, bool ok, const QString &message) {
                const auto pending = m_pendingWrites.take(id);
                if (ok)
                    m_setpoints.insert(pending.first, pending.second);
                Q_EMIT writeFinished(id, ok, message);
            });
    m_thread->start();
    AcquisitionEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, once] { once ? engine->readOnce() : engine->start(); },
        Qt::QueuedConnection);
}

void Station::stop()
{
    if (!m_thread)
        return;
    // The engine's timers and drivers belong to the worker: delete them there, then join.
    AcquisitionEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_engine = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_pendingWrites.clear();
}

quint64 Station::write(TagId tag, const QVariant &value)
{
    const quint64 id = m_nextWriteId++;
    if (!m_engine) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT writeFinished(id, false, tr("acquisition is not running")); },
            Qt::QueuedConnection);
        return id;
    }
    m_pendingWrites.insert(id, {tag, value});
    AcquisitionEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, id, tag, value] { engine->write(id, tag, value); }, Qt::QueuedConnection);
    return id;
}

} // namespace Vigie
