// The JSON form of a log's KPIs and checks (the `candor ops kpi --json`
// output and the payload of `measurement` evidence). Field names are the
// contract documented in docs/ops.md.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "ops/kpis.h"

namespace candor::ops {

// Everything: figures, priorities, months, checks, bad rows, formats found.
nlohmann::json kpis_to_json(const Kpis& kpis, const LogSummary& log);

// Plain text for a terminal.
std::string kpis_to_text(const Kpis& kpis, const LogSummary& log);

}  // namespace candor::ops
