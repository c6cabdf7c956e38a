// The JSON of a roadmap: the contract of `candor roadmap --json`, and the
// "roadmap" member of the full JSON report. Documented in docs/report.md.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/roadmap.h"

namespace candor {

nlohmann::json roadmap_json(const Roadmap& roadmap);

// The calendar month ("YYYY-MM") of a 0-based month index of the roadmap.
std::string roadmap_month(const Roadmap& roadmap, int index);

}  // namespace candor
