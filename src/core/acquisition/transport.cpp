#include "transport.h"

#include "clock.h"

#include <QCoreApplication>

namespace Vigie {

QString toString(LinkError error)
{
    switch (error) {
    case LinkError::None: return QStringLiteral("none");
    case LinkError::Timeout: return QStringLiteral("timeout");
    case LinkError::LinkDown: return QStringLiteral("link down");
    case LinkError::Refused: return QStringLiteral("refused");
    case LinkError::Exception: return QStringLiteral("exception");
    case LinkError::BadReply: return QStringLiteral("bad reply");
    case LinkError::Cancelled: return QStringLiteral("cancelled");
    case LinkError::BackingOff: return QStringLiteral("backing off");
    }
    return {};
}

Transport::Transport(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void Transport::send(quint64 ticket, const LinkRequest &request)
{
    m_inSend = true;
    sendRequest(ticket, request);
    m_inSend = false;
}

void Transport::abandon(quint64 ticket)
{
    abandonRequest(ticket);
}

void Transport::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

void Transport::complete(quint64 ticket, LinkResult result)
{
    if (result.timestamp == 0)
        result.timestamp = m_clock->wallMs();
    if (m_inSend) {
        // Never re-enter the queue from inside its own send().
        QMetaObject::invokeMethod(
            this,
            [this, ticket, result] {
                if (m_handler)
                    m_handler(ticket, result);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_handler)
        m_handler(ticket, result);
}

} // namespace Vigie
