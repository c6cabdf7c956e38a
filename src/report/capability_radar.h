// The capability radar: claimed against evidenced capability level (0-5) per
// process, one axis per process. A process nobody has rated is drawn as a
// hatched "not assessed" marker at its axis label, never as level 0, and the
// evidenced outline is broken there rather than drawn through a guess. With
// fewer than three processes a radar means nothing, so the same figures are
// drawn as rows on a 0-5 scale instead.
//
// Every marker links to the process's detail in the HTML report
// (anchors::process). Returns inline SVG.
#pragma once

#include <string>

#include "core/evaluation.h"

namespace candor {

std::string capability_radar_svg(const Results& results);

}  // namespace candor
