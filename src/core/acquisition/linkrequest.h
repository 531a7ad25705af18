#pragma once

#include "model/enums.h"

#include <QList>
#include <QString>

namespace Vigie {

// What went wrong with a request, as a kind rather than text, so that retries, device state and
// quality reasons follow from it (LinkQueue decides retries from the kind alone).
enum class LinkError {
    None,
    Timeout, // no answer within the connection's timeout
    LinkDown, // the link is not up (cable, port, peer gone): not sent, or lost with the link
    Refused, // the transport would not send it (bad address, unsupported request)
    Exception, // the device answered with a protocol exception (LinkResult::exceptionCode)
    BadReply, // an answer came but made no sense (wrong length, CRC, framing)
    Cancelled, // acquisition stopped before an answer came
    BackingOff, // not sent: the device keeps failing and is only probed from time to time
};

[[nodiscard]] QString toString(LinkError error);

// One request on a link, addressed like a Modbus PDU. Reads come from the pollers; writes from
// the write service. A WriteBit changes one bit of the register at startAddress and leaves the
// others: the link queue makes it one atomic read-modify-write unless the transport can do it
// in one request (Modbus Mask Write Register).
struct LinkRequest
{
    enum class Kind { Read, Write, WriteBit };

    Kind kind = Kind::Read;
    int device = -1; // the device's index in its connection (LinkQueue::addDevice order)
    int stationAddress = 1;
    FrameType type = FrameType::HoldingRegister;
    int startAddress = 0;
    int quantity = 1;
    QList<quint16> words; // Write: registers, or one 0/1 word per bit for Coils
    int bit = -1; // WriteBit: the bit (0–15); Write after a read-modify-write: the bit changed
    bool bitValue = false; // WriteBit: the bit's new state
    int quietAfter = 0; // ms the link stays silent after the answer (the frame's interFrameDelay)

    [[nodiscard]] bool isWrite() const { return kind != Kind::Read; }
};

// The answer to a LinkRequest. Exactly one per request, always.
struct LinkResult
{
    LinkError error = LinkError::None;
    int exceptionCode = 0; // Exception only: the protocol's code (Modbus: 1–11)
    QString message; // for people: "no reply from station 3 after 1000 ms"
    QList<quint16> words; // Read: the words read
    qint64 timestamp = 0; // wall ms (UTC) when it completed
    int attempts = 0; // how many times it went on the wire
    qint64 roundTripUs = 0; // of the last attempt, 0 if never sent

    [[nodiscard]] bool ok() const { return error == LinkError::None; }
};

} // namespace Vigie
