#include "gateway.h"

namespace Vigie {

bool operator==(const Gateway &, const Gateway &) = default;

} // namespace Vigie
