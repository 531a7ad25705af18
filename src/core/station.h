#pragma once

#include "acquisition/linkqueue.h"
#include "acquisition/linkstatistics.h"
#include "model/project.h"
#include "model/projectissue.h"
#include "tags/tagtable.h"
#include "writes/writeservice.h"

#include <QObject>

#include <memory>

class QThread;

namespace Vigie {

class AcquisitionEngine;
class CalculationEngine;
class Clock;
class ModbusGateway;
class MqttService;

// A running project: its tag table, write service, calculated variables and Modbus gateway (if
// the project has one) on this thread, acquisition on a worker thread. The HMI and
// vigie-runtime are both thin shells over a Station.
//
// Nothing here waits for the worker: stop() returns at once and the worker winds down on its
// own (closing a serial port or a socket can take a while), answering its pending writes;
// stopped() says when it is gone. A new run may start meanwhile: the tag table's generation
// keeps the old run's last values out of the new one.
class Station : public QObject
{
    Q_OBJECT
public:
    explicit Station(QObject *parent = nullptr);
    // Stops acquisition and waits for the worker threads: the one place that blocks.
    ~Station() override;

    // Stops acquisition if it runs and builds the tags of this project.
    void setProject(const Project &project);
    // The file the project was read from: its folder holds the MQTT publisher's TLS files and
    // queue. Empty (the default) for a project made in memory.
    void setProjectFile(const QString &fileName) { m_projectFile = fileName; }
    [[nodiscard]] const QString &projectFile() const { return m_projectFile; }
    // Applies an edited project: refuses it (returning its errors) if it has any; otherwise
    // restarts acquisition if it ran, carrying tag values and setpoints over by name.
    ProjectIssues apply(const Project &project);
    [[nodiscard]] const Project &project() const { return m_project; }
    [[nodiscard]] TagTable *tags() { return &m_tags; }
    [[nodiscard]] const TagTable *tags() const { return &m_tags; }
    [[nodiscard]] WriteService *writes() { return &m_writes; }
    // The project's Modbus TCP server, or null if it has none. It listens from start() to stop().
    [[nodiscard]] ModbusGateway *gateway() const { return m_gateway.get(); }
    // What keeps the calculated variables up to date, from start() or readOnce() to stop().
    [[nodiscard]] CalculationEngine *calculations() const { return m_calculations.get(); }
    // The MQTT publisher of a project with an mqtt block: it runs from start() to stop().
    [[nodiscard]] MqttService *mqtt() const { return m_mqtt.get(); }

    void start();
    // Reads every readable frame once, then emits onceFinished() once the calculated variables
    // have followed (acquisition keeps its links open until stop()).
    void readOnce();
    // How long readOnce() may take at most for a project: every reply comes within its
    // connection's timeout × (retries + 1), a link's frames go one after another, links run
    // side by side; plus 5 s. Past it something is wrong, and a script should be told so.
    [[nodiscard]] static qint64 readOnceBoundMs(const Project &project);
    // Asynchronous: see the class comment.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_engine != nullptr; }
    [[nodiscard]] bool isStopping() const { return !m_stopping.isEmpty(); }
    // Blocks until every stopping worker is gone (exit paths and tests only).
    bool waitForStopped(int timeoutMs = 30000);

    // A write through the write service (origin operator unless said otherwise).
    quint64 write(TagId tag, const QVariant &value, WriteOrigin origin = WriteOrigin::Operator,
                  const QString &user = {});
    [[nodiscard]] QVariant setpoint(TagId tag) const { return m_writes.setpoint(tag); }

    // Counters of every link and device of the current (or last) run, from any thread.
    [[nodiscard]] AcquisitionStatistics statistics() const;
    // The last requests and replies of a device (connection and device indices), oldest first.
    [[nodiscard]] QList<FrameLogEntry> frameLog(int connection, int device) const;

Q_SIGNALS:
    void onceFinished();
    void stopped();
    void writeFinished(const Vigie::WriteOutcome &outcome);
    void linkStateChanged(int connection, Vigie::LinkQueue::LinkState state, const QString &reason);
    // The gateway could not listen (port taken, not allowed); acquisition runs on without it.
    void gatewayFailed(const QString &reason);

private:
    void launch(bool once);
    void buildTags(const Project &project);

    Project m_project;
    TagTable m_tags;
    WriteService m_writes;
    std::unique_ptr<ModbusGateway> m_gateway; // after the tags and writes it uses
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<CalculationEngine> m_calculations; // after the tags and the clock it uses
    std::unique_ptr<MqttService> m_mqtt; // after the tags it publishes
    QString m_projectFile;
    std::shared_ptr<StatisticsBoard> m_board;
    QThread *m_thread = nullptr;
    AcquisitionEngine *m_engine = nullptr;
    quint64 m_run = 0;
    QHash<quint64, QThread *> m_stopping; // run → its winding-down worker
};

} // namespace Vigie
