// The promise gap: per process, claimed level minus evidenced level as a
// diverging bar — overstatement (claimed more than evidence shows) to the
// right, understatement to the left — labelled with both levels. A process
// with no verified rating gets a hatched "not assessed" marker, one without
// a claim says so; neither is drawn as a gap of 0. Each bar links to the
// process's detail, which lists the judgements that explain the gap.
#pragma once

#include <string>

#include "core/evaluation.h"

namespace candor {

std::string promise_gap_svg(const Results& results);

}  // namespace candor
