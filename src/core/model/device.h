#pragma once

#include "frame.h"

namespace Vigie {

// A unit polled over a connection: a Modbus slave, or a simulated instrument.
struct Device
{
    QString name; // unique in its connection
    QString description;
    int scanTime = 1000; // ms, at least 100
    ScanType scanType = ScanType::Periodic;
    int stationAddress = 1;
    int maxRequestsInFlight = 1; // many PLCs accept one outstanding request only
    // The device accepts Modbus Mask Write Register (FC22): a bit of a holding register is then
    // written in one request; otherwise by an atomic read-modify-write in the link queue.
    bool maskWrite = false;
    QList<Frame> frames;

    friend bool operator==(const Device &, const Device &) = default;
};

} // namespace Vigie
