// The benchmark chart: per process, the peers' interquartile range as a box
// with the median as a bar, and the subject's evidenced level as a diamond,
// on the capability scale 0-5. A cell with fewer than k peers draws no box
// and says so; a process the subject was not assessed on has no diamond and
// says "not assessed" — neither is drawn as a value.
#pragma once

#include <string>

#include "core/benchmark.h"

namespace candor {

std::string benchmark_chart_svg(const BenchmarkComparison& comparison);

}  // namespace candor
