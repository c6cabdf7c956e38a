// candor's version, recorded in every measurement and report so results can be
// recomputed with the same engine.
#pragma once

namespace candor {
const char* version();
}
