#pragma once

#include "model/variable.h"

#include <QRandomGenerator>

namespace Vigie {

// The value a simulated variable shows at a time, from its SimulationSpec:
// Constant = offset; Sine = offset + amplitude·sin(2πt/period); Ramp climbs from offset to
// offset + amplitude over each period; Square is offset + amplitude in the first half of each
// period and offset in the second; Counter adds amplitude every period (an energy meter);
// RandomWalk moves by up to ±amplitude per sample, kept within min/max when they are set.
// t is the time since the simulation started, in ms.
class SignalGenerator
{
public:
    SignalGenerator(const SimulationSpec &spec, std::optional<double> min,
                    std::optional<double> max, quint32 seed);
    double sample(qint64 tMs);

private:
    SimulationSpec m_spec;
    std::optional<double> m_min;
    std::optional<double> m_max;
    QRandomGenerator m_random;
    double m_walk;
};

} // namespace Vigie
