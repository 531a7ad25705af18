#pragma once

#include "writerequest.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Vigie {

// The only way to write a tag. Every source of writes — an operator's dialog, a screen's
// button, a sequence, a remote command, a script — sends a WriteRequest here. The service
// checks it (prepareWrite: writable, type, range), hands it to acquisition, which puts it on
// its link ahead of reads, and answers it exactly once with finished(), whatever happens:
// refused, done, failed, or stopped before it was sent. One place to attach roles and the
// audit journal. It lives on the station's thread; answers are never emitted inside write().
class WriteService : public QObject
{
    Q_OBJECT
public:
    // Takes a prepared write to acquisition; called on the service's thread.
    using Sender = std::function<void(quint64 id, const PreparedWrite &write)>;

    explicit WriteService(QObject *parent = nullptr);

    // The project writes are checked against. Setpoints are cleared (see restoreSetpoints()).
    void setProject(const Project &project, std::shared_ptr<const TagCatalog> catalog);
    // Acquisition run `run` now takes writes through `sender`; a null sender: not running.
    void setSender(Sender sender, quint64 run);

    // Returns the request's id; finished() tells how it ended.
    quint64 write(const WriteRequest &request);

    // From acquisition: the link's answer to write `id`.
    void answer(quint64 id, const LinkResult &result);
    // From the station: run `run` is over; its writes still unanswered end as NotSent.
    void runEnded(quint64 run, const QString &reason);

    // The last value successfully written to a tag, by anyone (invalid if none).
    [[nodiscard]] QVariant setpoint(TagId tag) const { return m_setpoints.value(tag); }
    [[nodiscard]] QHash<QString, QVariant> setpointsByName() const;
    void restoreSetpoints(const QHash<QString, QVariant> &byName);
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void finished(const Vigie::WriteOutcome &outcome);
    void setpointChanged(Vigie::TagId tag);

private:
    struct Pending
    {
        WriteRequest request;
        QString tagName;
        quint64 run = 0;
    };
    void answerLater(WriteOutcome outcome);
    void emitOutcome(const WriteOutcome &outcome);

    Project m_project;
    std::shared_ptr<const TagCatalog> m_catalog;
    Sender m_sender;
    quint64 m_run = 0;
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending;
    QHash<TagId, QVariant> m_setpoints;
};

} // namespace Vigie
