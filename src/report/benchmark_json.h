// The JSON of `candor bench compare --json` and `candor trend --json`
// (docs/benchmark.md). Suppressed cells carry "suppressed": true and neither
// quartiles, percentile nor the exact peer count; not assessed is null.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/benchmark.h"
#include "core/trend.h"

namespace candor {

nlohmann::json benchmark_json(const BenchmarkComparison& comparison);
nlohmann::json trend_json(const Trend& trend);

}  // namespace candor
