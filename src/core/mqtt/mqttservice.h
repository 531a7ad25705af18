#pragma once

#include "model/project.h"
#include "mqttstatus.h"
#include "secrets/credentials.h"
#include "tags/tagcatalog.h"

#include <QObject>

#include <chrono>

class QThread;

namespace Vigie {

class MqttPublisher;
class SecretStore;
class TagTable;

// The MQTT publisher of a running station, seen from the station's thread: starts it on a
// worker thread of its own when acquisition starts, reads its secret from the keychain first
// (asynchronously, here: the keychain's replies come to this thread), relays its status and
// its remote writes, and stops it without waiting (the worker puts what was not sent into the
// queue and ends on its own). A project without an mqtt block starts nothing.
class MqttService : public QObject
{
    Q_OBJECT
public:
    explicit MqttService(TagTable *tags, QObject *parent = nullptr);
    // Stops the publisher and waits for its thread.
    ~MqttService() override;

    // Where the store-and-forward queue of a project is: queue.file relative to the project's
    // folder, else "<project>.outbox.sqlite" beside the project file, else (a project not read
    // from a file) in the user's application data.
    [[nodiscard]] static QString queueFileFor(const MqttSettings &settings,
                                              const QString &projectFile);

    void start(const Project &project, const QString &projectFile);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_publisher != nullptr; }
    // Blocks until stopped publishers are gone (exit paths and tests only).
    bool waitForStopped(int timeoutMs = 30000);

    [[nodiscard]] const MqttStatus &status() const { return m_status; }
    // The reference of the secret the running publisher waits for ("" if none).
    [[nodiscard]] QString secretReference() const { return m_reference; }
    // Stores new credentials under the running project's reference, and connects with them.
    void setCredentials(const Credentials &credentials);
    // Tests shorten the client's reconnection back-off.
    void setReconnectDelays(std::chrono::milliseconds min, std::chrono::milliseconds max);

Q_SIGNALS:
    void statusChanged(const Vigie::MqttStatus &status);
    void remoteWriteRequested(Vigie::TagId tag, const QVariant &value);
    // The keychain has no usable secret for the reference (why says so): vigie asks for it.
    void credentialsNeeded(const QString &reference, const QString &why);

private:
    void launch();
    void onCredentialsRead(const QString &reference, bool found, const Credentials &credentials,
                           const QString &error);

    TagTable *m_tags;
    SecretStore *m_secrets;
    Project m_project;
    QString m_projectFile;
    QString m_reference;
    bool m_wanted = false; // start() was called and stop() not since
    QThread *m_thread = nullptr;
    MqttPublisher *m_publisher = nullptr;
    QList<QThread *> m_stopping;
    MqttStatus m_status;
    std::chrono::milliseconds m_reconnectMin {1000};
    std::chrono::milliseconds m_reconnectMax {15000};
};

} // namespace Vigie
