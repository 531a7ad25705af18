#include "mqtt.h"

namespace Vigie {

// Out of line, as Gateway's: inlined into a comparison of std::optional<MqttSettings>, GCC 12
// warns that the members of a disengaged optional "may be used uninitialized".
bool operator==(const MqttSettings &, const MqttSettings &) = default;

} // namespace Vigie
