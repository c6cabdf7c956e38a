// The process as it really runs: the directly-follows graph of a log's states
// (or activities). Each case's rows are put in order (sequence, updated_at,
// file position); consecutive rows whose state differs make an edge, counted
// with the median time from entering the first state to entering the next
// (the time spent in it). Start and end edges show where cases
// begin and where they stop.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ops/analysis.h"

namespace candor::ops {

inline constexpr const char* kStartNode = "(start)";
inline constexpr const char* kEndNode = "(end)";

struct ProcessNode {
  std::string name;
  std::uint64_t cases = 0;  // cases that were ever in it (or began/ended: start/end)
};

struct ProcessEdge {
  std::size_t from = 0, to = 0;  // indexes into nodes
  std::uint64_t count = 0;
  double median_hours = 0;  // NaN for start/end edges
};

struct ProcessMap {
  std::vector<ProcessNode> nodes;  // start first, end last, states by first appearance in typical order
  std::vector<ProcessEdge> edges;  // most frequent first
  std::uint64_t cases = 0;
  std::uint64_t events = 0;
  std::uint64_t bad_rows = 0;
};

Result<ProcessMap> build_process_map(const AnalysisRequest& request);

// A self-contained SVG: nodes left to right in their typical order, edges
// labelled with count and median time, width by frequency.
std::string process_map_svg(const ProcessMap& map, const std::string& title);

}  // namespace candor::ops
