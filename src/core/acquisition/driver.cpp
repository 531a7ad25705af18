#include "driver.h"

namespace Vigie {

void DriverReply::succeed(const QList<quint16> &words, qint64 timestamp)
{
    if (m_finished)
        return;
    m_finished = true;
    m_words = words;
    m_timestamp = timestamp;
    Q_EMIT finished();
}

void DriverReply::fail(const QString &reason, qint64 timestamp)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = reason.isEmpty() ? QStringLiteral("failed") : reason;
    m_timestamp = timestamp;
    Q_EMIT finished();
}

void Driver::setLinkState(LinkState state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT linkStateChanged(state, reason);
}

} // namespace Vigie
