// The full JSON report (`candor report --format json`): the results, the
// roadmap, and everything they rest on — the claims, evidence and judgements,
// the framework's fingerprint and the journal head — so every figure can be
// traced and recomputed. Documented in docs/report.md.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "report/report_input.h"

namespace candor {

nlohmann::json report_json(const ReportInput& input);

}  // namespace candor
