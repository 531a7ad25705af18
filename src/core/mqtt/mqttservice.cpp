#include "mqttservice.h"

#include "mqttpublisher.h"
#include "secrets/secretstore.h"
#include "tags/tagtable.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace Vigie {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MqttPublisher)
};
} // namespace

MqttService::MqttService(TagTable *tags, QObject *parent)
    : QObject(parent)
    , m_tags(tags)
    , m_secrets(new SecretStore(this))
{
    qRegisterMetaType<Vigie::MqttStatus>();
    qRegisterMetaType<Vigie::Credentials>();
    connect(m_secrets, &SecretStore::credentialsRead, this, &MqttService::onCredentialsRead);
}

MqttService::~MqttService()
{
    stop();
    waitForStopped(-1);
}

QString MqttService::queueFileFor(const MqttSettings &settings, const QString &projectFile)
{
    const QFileInfo project(projectFile);
    if (!settings.queue.file.isEmpty()) {
        if (QDir::isAbsolutePath(settings.queue.file) || projectFile.isEmpty())
            return QDir::cleanPath(QDir(QDir::currentPath()).absoluteFilePath(settings.queue.file));
        return QDir::cleanPath(project.absoluteDir().absoluteFilePath(settings.queue.file));
    }
    if (!projectFile.isEmpty()) {
        QString base = project.fileName();
        for (const QLatin1String suffix : {QLatin1String(".vigie.json"), QLatin1String(".json")}) {
            if (base.endsWith(suffix, Qt::CaseInsensitive)) {
                base.chop(suffix.size());
                break;
            }
        }
        return project.absoluteDir().absoluteFilePath(base + QStringLiteral(".outbox.sqlite"));
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(data).absoluteFilePath(
        QStringLiteral("outbox-%1.sqlite")
            .arg(settings.edgeNodeId.isEmpty() ? QStringLiteral("vigie") : settings.edgeNodeId));
}

void MqttService::setReconnectDelays(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_reconnectMin = min;
    m_reconnectMax = max;
}

void MqttService::start(const Project &project, const QString &projectFile)
{
    stop();
    if (!project.mqtt)
        return;
    m_project = project;
    m_projectFile = projectFile;
    m_wanted = true;
    // The previous publisher closes the queue file on its way out: start once it has.
    if (m_stopping.isEmpty())
        launch();
}

void MqttService::launch()
{
    if (!m_wanted || m_publisher)
        return;
    const MqttSettings &settings = *m_project.mqtt;
    MqttPublisherConfig config;
    config.settings = settings;
    config.publication = MqttPublication::build(m_project, *m_tags->catalog());
    config.queueFile = queueFileFor(settings, m_projectFile);
    config.baseDirectory =
        m_projectFile.isEmpty() ? QDir::currentPath() : QFileInfo(m_projectFile).absolutePath();
    config.needsCredentials = !settings.secret.isEmpty();
    config.reconnectDelayMin = m_reconnectMin;
    config.reconnectDelayMax = m_reconnectMax;
    m_reference = settings.secret;

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vigie-mqtt"));
    m_publisher = new MqttPublisher(m_tags, config);
    m_publisher->moveToThread(m_thread);
    connect(m_publisher, &MqttPublisher::statusChanged, this, [this](const MqttStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_publisher, &MqttPublisher::remoteWriteRequested, this,
            &MqttService::remoteWriteRequested);
    m_thread->start();
    MqttPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher, [publisher] { publisher->start(); }, Qt::QueuedConnection);
    if (config.needsCredentials)
        m_secrets->read(m_reference);
}

void MqttService::onCredentialsRead(const QString &reference, bool found,
                                    const Credentials &credentials, const QString &error)
{
    if (!m_publisher || reference != m_reference)
        return; // a stopped run's answer
    MqttPublisher *publisher = m_publisher;
    if (found && error.isEmpty()) {
        QMetaObject::invokeMethod(
            publisher, [publisher, credentials] { publisher->setCredentials(credentials); },
            Qt::QueuedConnection);
        return;
    }
    const QString why = Tr::tr("%1: set it with `vigie-runtime --set-secret %2`, or in vigie")
                            .arg(error, reference);
    QMetaObject::invokeMethod(
        publisher, [publisher, why] { publisher->setCredentialsError(why); }, Qt::QueuedConnection);
    Q_EMIT credentialsNeeded(reference, error);
}

void MqttService::setCredentials(const Credentials &credentials)
{
    if (m_reference.isEmpty())
        return;
    m_secrets->write(m_reference, credentials);
    if (!m_publisher)
        return;
    MqttPublisher *publisher = m_publisher;
    QMetaObject::invokeMethod(
        publisher, [publisher, credentials] { publisher->setCredentials(credentials); },
        Qt::QueuedConnection);
}

void MqttService::stop()
{
    m_wanted = false;
    if (!m_thread)
        return;
    QThread *thread = m_thread;
    MqttPublisher *publisher = m_publisher;
    m_thread = nullptr;
    m_publisher = nullptr;
    m_stopping.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        if (!m_stopping.removeOne(thread))
            return; // waitForStopped() took care of it
        thread->deleteLater();
        if (m_stopping.isEmpty())
            launch();
    });
    // The publisher's client, queue and timers belong to the worker: stop and delete them
    // there (the last samples go out or into the queue), then let the thread end.
    QMetaObject::invokeMethod(
        publisher,
        [publisher] {
            publisher->stop();
            delete publisher;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_status.link = MqttStatus::Link::Off;
    m_status.onlineSince = 0;
    Q_EMIT statusChanged(m_status);
}

bool MqttService::waitForStopped(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (!m_stopping.isEmpty()) {
        QThread *thread = m_stopping.constFirst();
        if (!thread->wait(deadline))
            return false;
        m_stopping.removeFirst();
        delete thread;
    }
    if (m_wanted)
        launch();
    return true;
}

} // namespace Vigie
