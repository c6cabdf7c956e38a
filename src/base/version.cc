#include "base/version.h"

namespace candor {
const char* version() { return CANDOR_VERSION; }
}  // namespace candor
