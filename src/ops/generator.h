// A synthetic ServiceNow-style incident audit log (same 36 columns as the real
// export in ../shared/data) for tests and benchmarks at any size. The
// distributions, documented in docs/ops.md, follow the real log's shape:
// about 5.8 updates per incident, priorities mostly "3 - Moderate",
// log-normal times to resolve by priority, a few reopened and ping-pong
// incidents, and rare data defects (the real log's state -100).
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"

namespace candor::ops {

struct GeneratorOptions {
  std::uint64_t events = 100000;
  std::uint64_t seed = 1;
};

struct GeneratorTotals {
  std::uint64_t events = 0;
  std::uint64_t cases = 0;
  std::uint64_t bytes = 0;
};

// Writes exactly options.events rows (plus the header) to path.
Result<GeneratorTotals> generate_log(const GeneratorOptions& options, const std::string& path);

}  // namespace candor::ops
