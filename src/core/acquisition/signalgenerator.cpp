#include "signalgenerator.h"

#include <cmath>
#include <numbers>

namespace Vigie {

SignalGenerator::SignalGenerator(const SimulationSpec &spec, std::optional<double> min,
                                 std::optional<double> max, quint32 seed)
    : m_spec(spec)
    , m_min(min)
    , m_max(max)
    , m_random(seed)
    , m_walk(spec.offset)
{
}

double SignalGenerator::sample(qint64 tMs)
{
    const double period = double(std::max<qint64>(1, m_spec.period));
    const double phase = std::fmod(double(tMs), period) / period; // 0 ≤ phase < 1
    const double a = m_spec.amplitude;
    const double o = m_spec.offset;
    switch (m_spec.waveform) {
    case Waveform::Constant: return o;
    case Waveform::Sine: return o + a * std::sin(2 * std::numbers::pi * phase);
    case Waveform::Ramp: return o + a * phase;
    case Waveform::Square: return phase < 0.5 ? o + a : o;
    case Waveform::Counter: return o + a * std::floor(double(tMs) / period);
    case Waveform::RandomWalk: {
        m_walk += a * (2.0 * m_random.generateDouble() - 1.0);
        if (m_max && m_walk > *m_max)
            m_walk = 2 * *m_max - m_walk;
        if (m_min && m_walk < *m_min)
            m_walk = 2 * *m_min - m_walk;
        if (m_max && m_walk > *m_max) // a step wider than the whole range
            m_walk = *m_max;
        return m_walk;
    }
    }
    return o;
}

} // namespace Vigie
