#pragma once

#include "linkqueue.h"
#include "model/project.h"
#include "tags/tagtable.h"

#include <QObject>

#include <memory>

namespace Vigie {

class Clock;
class ClockTimer;
class DevicePoller;
class StatisticsBoard;

// Runs a project's acquisition on the acquisition thread: one LinkQueue (with its transport)
// per connection, one DevicePoller per device. It decodes every frame answer into engineering
// values for the tag table, one batch per frame, keeps the system tags ($online, $state,
// $requests …) and carries the write service's requests to the right link.
class AcquisitionEngine : public QObject
{
    Q_OBJECT
public:
    // `generation` is the tag table's generation this engine writes into.
    AcquisitionEngine(const Project &project, std::shared_ptr<const TagCatalog> catalog,
                      TagTable *tags, quint64 generation, Clock *clock,
                      std::shared_ptr<StatisticsBoard> board, QObject *parent = nullptr);
    ~AcquisitionEngine() override;

    // All of these are called on the engine's thread.
    void start();
    void readOnce();
    // No further polling; every pending request is answered as cancelled with `reason`, and
    // the links close. The engine can then be deleted.
    void shutdown(const QString &reason);
    // Sends a write prepared by the write service; writeFinished(id, …) answers it, always.
    void write(quint64 id, int connection, const LinkRequest &request);

Q_SIGNALS:
    void onceFinished();
    void writeFinished(quint64 id, const Vigie::LinkResult &result);
    void linkStateChanged(int connection, Vigie::LinkQueue::LinkState state, const QString &reason);

private:
    void createLinks();
    void onFrameRead(int connection, int device, int frame, const QList<quint16> &words,
                     qint64 timestamp);
    void onFrameFailed(int connection, int device, int frame, const LinkResult &result);
    void onPollerOnceFinished();
    void publishSystemTags();
    void setSystemTag(const NodePath &node, SystemTag which, const QVariant &value);

    Project m_project;
    std::shared_ptr<const TagCatalog> m_catalog;
    TagTable *m_tags;
    quint64 m_generation;
    Clock *m_clock;
    std::shared_ptr<StatisticsBoard> m_board;
    QList<LinkQueue *> m_links; // by connection; null: no transport for the protocol
    QList<LinkRecorder *> m_recorders;
    QList<QList<DevicePoller *>> m_pollers; // [connection][device]
    ClockTimer *m_systemTimer;
    int m_pendingOnce = 0;
    bool m_created = false;
    bool m_shutDown = false;
};

} // namespace Vigie
