#pragma once

#include "driver.h"
#include "model/project.h"
#include "tags/tagtable.h"

#include <QObject>

namespace Vigie {

class Clock;
class DevicePoller;

// Owns the drivers and device pollers of a project on the acquisition thread, decodes every
// frame reply into engineering values and hands them to the tag table, one batch per frame.
// Every write, whatever its source, goes through write(): one place to check and audit.
class AcquisitionEngine : public QObject
{
    Q_OBJECT
public:
    AcquisitionEngine(const Project &project, TagTable *tags, Clock *clock,
                      QObject *parent = nullptr);
    ~AcquisitionEngine() override;

    // All three are called on the engine's thread.
    void start();
    void readOnce();
    void write(quint64 requestId, TagId tag, const QVariant &value);

Q_SIGNALS:
    void onceFinished();
    void writeFinished(quint64 requestId, bool ok, const QString &message);
    void linkStateChanged(int connection, Vigie::Driver::LinkState state, const QString &reason);

private:
    void createDrivers();
    void onFrameRead(int connection, int device, int frame, const QList<quint16> &words,
                     qint64 timestamp);
    void onFrameFailed(int connection, int device, int frame, const QString &reason,
                       qint64 timestamp);
    void onPollerOnceFinished();
    void sendWrite(quint64 requestId, TagId tag, const QList<quint16> &words,
                   std::optional<int> bit);
    // A request addressed at a variable's first register (or bit), for `quantity` of them.
    [[nodiscard]] FrameRequest requestAt(const VariablePath &path, int quantity) const;
    [[nodiscard]] QList<TagId> frameTags(int connection, int device, int frame) const;

    Project m_project;
    TagTable *m_tags;
    Clock *m_clock;
    QList<VariablePath> m_paths; // by TagId
    QList<QList<QList<TagId>>> m_firstTag; // [connection][device][frame] → first TagId
    QList<Driver *> m_drivers; // by connection; null: no driver for the protocol
    QList<DevicePoller *> m_pollers;
    int m_pendingOnce = 0;
};

} // namespace Vigie
