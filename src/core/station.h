#pragma once

#include "acquisition/driver.h"
#include "model/project.h"
#include "tags/tagtable.h"

#include <QHash>
#include <QObject>

#include <memory>

class QThread;

namespace Vigie {

class AcquisitionEngine;
class Clock;

// A running project: its tag table on this thread, acquisition on a worker thread.
// The HMI and vigie-runtime are both thin shells over a Station.
class Station : public QObject
{
    Q_OBJECT
public:
    explicit Station(QObject *parent = nullptr);
    ~Station() override;

    // Stops acquisition if it runs and builds the tag table for this project.
    void setProject(const Project &project);
    [[nodiscard]] const Project &project() const { return m_project; }
    [[nodiscard]] TagTable *tags() { return &m_tags; }
    [[nodiscard]] const TagTable *tags() const { return &m_tags; }

    void start();
    // Reads every readable frame once, then emits onceFinished() (acquisition then stops).
    void readOnce();
    // Stops acquisition and joins the worker thread.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // Asynchronous; the answer comes as writeFinished(id, …). Returns the request id.
    quint64 write(TagId tag, const QVariant &value);
    // The last value successfully written to a tag (invalid if none).
    [[nodiscard]] QVariant setpoint(TagId tag) const { return m_setpoints.value(tag); }

Q_SIGNALS:
    void onceFinished();
    void writeFinished(quint64 requestId, bool ok, const QString &message);
    void linkStateChanged(int connection, Vigie::Driver::LinkState state, const QString &reason);

private:
    void launch(bool once);

    Project m_project;
    TagTable m_tags;
    std::unique_ptr<Clock> m_clock;
    QThread *m_thread = nullptr;
    AcquisitionEngine *m_engine = nullptr;
    quint64 m_nextWriteId = 1;
    QHash<quint64, std::pair<TagId, QVariant>> m_pendingWrites;
    QHash<TagId, QVariant> m_setpoints;
};

} // namespace Vigie
