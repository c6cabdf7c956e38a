// The trend chart: per process, the evidenced capability level at each
// assessment of the subject as a dot on the scale 0-5, older dots lighter,
// joined from the first to the latest known level. A level that was not
// assessed is left out (and counted in the tooltip), never drawn as 0.
#pragma once

#include <string>

#include "core/trend.h"

namespace candor {

std::string trend_chart_svg(const Trend& trend);

}  // namespace candor
