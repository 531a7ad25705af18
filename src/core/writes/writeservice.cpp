#include "writeservice.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWrites, "vigie.writes", QtWarningMsg)

namespace Vigie {

WriteService::WriteService(QObject *parent)
    : QObject(parent)
    , m_catalog(std::make_shared<TagCatalog>())
{
    qRegisterMetaType<Vigie::WriteOutcome>();
}

void WriteService::setProject(const Project &project, std::shared_ptr<const TagCatalog> catalog)
{
    m_project = project;
    m_catalog = std::move(catalog);
    m_setpoints.clear();
}

void WriteService::setSender(Sender sender, quint64 run)
{
    m_sender = std::move(sender);
    m_run = run;
}

quint64 WriteService::write(const WriteRequest &request)
{
    const quint64 id = ++m_nextId;
    WriteOutcome outcome;
    outcome.id = id;
    outcome.request = request;
    outcome.tagName = request.tag >= 0 && request.tag < m_catalog->size()
        ? m_catalog->info(request.tag).name
        : QString();
    QString reason;
    const std::optional<PreparedWrite> prepared =
        prepareWrite(m_project, *m_catalog, request, &reason);
    if (!prepared) {
        outcome.status = WriteStatus::Refused;
        outcome.reason = reason;
        answerLater(outcome);
        return id;
    }
    if (!m_sender) {
        outcome.status = WriteStatus::NotSent;
        outcome.reason = tr("acquisition is not running");
        answerLater(outcome);
        return id;
    }
    m_pending.insert(id, {request, outcome.tagName, m_run});
    m_sender(id, *prepared);
    return id;
}

void WriteService::answer(quint64 id, const LinkResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // already answered (its run ended): never touch another tag's setpoint
    const Pending pending = it.value();
    m_pending.erase(it);
    WriteOutcome outcome;
    outcome.id = id;
    outcome.request = pending.request;
    outcome.tagName = pending.tagName;
    outcome.answeredAt = result.timestamp ? result.timestamp : QDateTime::currentMSecsSinceEpoch();
    switch (result.error) {
    case LinkError::None: outcome.status = WriteStatus::Done; break;
    case LinkError::Cancelled:
        outcome.status = result.attempts > 0 ? WriteStatus::Failed : WriteStatus::NotSent;
        break;
    case LinkError::LinkDown:
    case LinkError::BackingOff:
    case LinkError::Refused:
        outcome.status = result.attempts > 0 ? WriteStatus::Failed : WriteStatus::NotSent;
        break;
    default: outcome.status = WriteStatus::Failed;
    }
    outcome.reason = result.message;
    if (outcome.ok()) {
        m_setpoints.insert(pending.request.tag, pending.request.value);
        Q_EMIT setpointChanged(pending.request.tag);
    }
    emitOutcome(outcome);
}

void WriteService::runEnded(quint64 run, const QString &reason)
{
    QList<quint64> ids;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value().run == run)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    for (const quint64 id : std::as_const(ids)) {
        LinkResult result;
        result.error = LinkError::Cancelled;
        result.message = reason;
        answer(id, result);
    }
}

QHash<QString, QVariant> WriteService::setpointsByName() const
{
    QHash<QString, QVariant> out;
    for (auto it = m_setpoints.cbegin(); it != m_setpoints.cend(); ++it)
        out.insert(m_catalog->info(it.key()).name, it.value());
    return out;
}

void WriteService::restoreSetpoints(const QHash<QString, QVariant> &byName)
{
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const TagId id = m_catalog->idOf(it.key());
        if (id >= 0 && m_catalog->info(id).writable)
            m_setpoints.insert(id, it.value());
    }
}

void WriteService::answerLater(WriteOutcome outcome)
{
    if (outcome.answeredAt == 0)
        outcome.answeredAt = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        this, [this, outcome] { emitOutcome(outcome); }, Qt::QueuedConnection);
}

void WriteService::emitOutcome(const WriteOutcome &outcome)
{
    qCDebug(lcWrites) << "write" << outcome.id << outcome.tagName << toString(outcome.status)
                      << outcome.reason << "by" << toString(outcome.request.origin)
                      << outcome.request.user;
    Q_EMIT finished(outcome);
}

} // namespace Vigie
