// The conformity heat map: one row per top-level clause, one cell per
// requirement that is judged on its own (an assessable node without
// assessable children — the same items the clause counts in
// Results::clauses count), coloured and patterned by its evidenced
// conformity and labelled with its node id. Not-assessed cells are hatched
// grey, never coloured as a pass. Each cell links to the requirement's row in
// the HTML report (anchors::node), each row label to its clause.
#pragma once

#include <string>

#include "core/evaluation.h"
#include "core/framework.h"

namespace candor {

std::string conformity_heat_map_svg(const Framework& framework, const Results& results);

// The status a cell shows: "disputed" while assessors disagree, otherwise the
// evidenced conformity, or "not-assessed".
std::string cell_status(const ConformityResult& result);

}  // namespace candor
