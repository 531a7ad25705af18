#pragma once

#include "model/enums.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Vigie {

// One request from the scheduler or the write path, addressed like a Modbus PDU.
struct FrameRequest
{
    int device = -1; // index of the device in its connection
    int stationAddress = 1;
    FrameType type = FrameType::HoldingRegister;
    int startAddress = 0;
    int quantity = 1;
    QList<quint16> words; // writes only: registers, or one 0/1 word per bit
    // Writes of one bit inside a register only: which bit changes (Modbus can do this
    // atomically with Mask Write Register); words then holds the whole register.
    std::optional<int> bit;
};

// The answer to one request, delivered later: a driver never finishes a reply before returning
// it, so the caller can always connect to finished() first.
class DriverReply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_finished && m_error.isEmpty(); }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] const QList<quint16> &words() const { return m_words; }
    [[nodiscard]] qint64 timestamp() const { return m_timestamp; } // wall ms when it completed

    // Called by drivers, once.
    void succeed(const QList<quint16> &words, qint64 timestamp);
    void fail(const QString &reason, qint64 timestamp);

Q_SIGNALS:
    void finished();

private:
    bool m_finished = false;
    QString m_error;
    QList<quint16> m_words;
    qint64 m_timestamp = 0;
};

// The seam between scheduling and a protocol: asynchronous frame reads and writes over one link.
// A driver lives on the acquisition thread; a link shared by several devices (an RTU bus) is
// one driver, which decides how many requests go on the wire at once.
class Driver : public QObject
{
    Q_OBJECT
public:
    enum class LinkState { Closed, Connecting, Up, Down };
    Q_ENUM(LinkState)

    using QObject::QObject;

    virtual void open() = 0;
    virtual void close() = 0;
    [[nodiscard]] LinkState linkState() const { return m_state; }
    [[nodiscard]] const QString &linkReason() const { return m_reason; }

    // The reply is parented to the driver and finishes within the connection's
    // timeout × (retries + 1); the caller deletes it (deleteLater) once finished.
    [[nodiscard]] virtual DriverReply *read(const FrameRequest &request) = 0;
    [[nodiscard]] virtual DriverReply *write(const FrameRequest &request) = 0;

Q_SIGNALS:
    void linkStateChanged(Vigie::Driver::LinkState state, const QString &reason);

protected:
    void setLinkState(LinkState state, const QString &reason = {});

private:
    LinkState m_state = LinkState::Closed;
    QString m_reason;
};

} // namespace Vigie
