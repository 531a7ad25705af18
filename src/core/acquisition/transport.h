#pragma once

#include "linkrequest.h"

#include <QObject>

#include <functional>

namespace Vigie {

class Clock;

// A protocol's side of a link: it puts one request on the wire and reports its answer. Nothing
// else: the LinkQueue above it owns ordering, windows, timeouts, retries and back-off, so a
// transport is small and every protocol behaves the same. Transports are created by
// TransportFactory, and created, used and destroyed on the acquisition thread.
//
// Contract:
// - send() takes a ticket chosen by the queue; the transport answers it with complete(ticket, …)
//   exactly once, unless the queue abandon()s it first (a timeout or a cancel), after which any
//   late answer is dropped here.
// - An answer given inside send() (a synchronous transport) is delivered through a queued call,
//   so the queue is never re-entered from its own send().
// - State: open() moves to Connecting and then Up, or Down with a reason; a link that drops goes
//   Down by itself. The queue re-opens a Down link after its back-off.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Up, Down };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(quint64 ticket, const LinkResult &result)>;
    // Sees each request and reply as it goes on or comes off the wire (the frame log).
    using Tracer = std::function<void(int device, bool outgoing, const QByteArray &bytes)>;

    explicit Transport(Clock *clock, QObject *parent = nullptr);

    virtual void open() = 0;
    virtual void close() = 0;
    // Requests this transport can carry at once: 1 for a serial line, more for TCP.
    [[nodiscard]] virtual int maxInFlight() const { return 1; }
    // True if a LinkRequest::WriteBit to this device goes as one request (Modbus FC22); if
    // not, the queue does an atomic read-modify-write.
    [[nodiscard]] virtual bool writesRegisterBits(int device) const
    {
        Q_UNUSED(device)
        return false;
    }

    void send(quint64 ticket, const LinkRequest &request);
    // Forgets a request: its answer, if it ever comes, is dropped.
    void abandon(quint64 ticket);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &stateReason() const { return m_reason; }
    void setReplyHandler(ReplyHandler handler) { m_handler = std::move(handler); }
    void setTracer(Tracer tracer) { m_tracer = std::move(tracer); }

Q_SIGNALS:
    void stateChanged(Vigie::Transport::State state, const QString &reason);

protected:
    virtual void sendRequest(quint64 ticket, const LinkRequest &request) = 0;
    virtual void abandonRequest(quint64 ticket) { Q_UNUSED(ticket) }
    void setState(State state, const QString &reason = {});
    // Answers a request (fills in the timestamp when it is 0).
    void complete(quint64 ticket, LinkResult result);
    // For the frame log: the bytes of a request sent or a reply received for a device.
    void trace(int device, bool outgoing, const QByteArray &bytes)
    {
        if (m_tracer)
            m_tracer(device, outgoing, bytes);
    }
    [[nodiscard]] Clock *clock() const { return m_clock; }

private:
    Clock *m_clock;
    State m_state = State::Closed;
    QString m_reason;
    ReplyHandler m_handler;
    Tracer m_tracer;
    bool m_inSend = false;
};

} // namespace Vigie
