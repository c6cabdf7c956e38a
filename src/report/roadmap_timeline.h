// The roadmap timeline: a Gantt chart of the improvement actions by month,
// over bands for the PDCA cycles, with each month's use of the stated
// capacity below and the honest finish date marked. Each bar links to its
// action's row in the HTML report (anchors::action), which names the
// judgements the action answers to.
#pragma once

#include <string>

#include "core/framework.h"
#include "core/roadmap.h"

namespace candor {

// The framework supplies the node titles of the row labels.
std::string roadmap_timeline_svg(const Framework& framework, const Roadmap& roadmap);

}  // namespace candor
