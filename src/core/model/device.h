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
    QList<Frame> frames;

    friend bool operator==(const Device &, const Device &) = default;
};

} // namespace Vigie
