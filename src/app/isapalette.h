#pragma once

#include <QColor>

namespace Vigie {

// The few colours of the HMI, in one place so every view speaks the same ISA-101 language:
// normal is grey (the palette's own text), colour is kept for what needs the operator's
// attention, and the same thing is always the same colour.
namespace IsaPalette {

// Bad quality; a link or device that is down or backing off.
[[nodiscard]] inline QColor alarm()
{
    return {0xB0, 0x1C, 0x1C};
}

// Uncertain or stale quality; a link still connecting.
[[nodiscard]] inline QColor caution()
{
    return {0x9A, 0x6A, 0x00};
}

// Behind a mimic screen, on the display and in a snapshot alike: ISA-101's calm grey.
[[nodiscard]] inline QColor screenBackground()
{
    return {0xD6, 0xD6, 0xD6};
}

} // namespace IsaPalette
} // namespace Vigie
