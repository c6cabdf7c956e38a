// Comparing one assessment with a peer pool: per process the subject's
// evidenced capability level against the peers' quartiles and the subject's
// percentile rank, per top-level clause the same for the conformity rate,
// and an overall position. Claimed levels never enter a benchmark. A pool for
// another framework version is compared through the subject framework's
// mappings; what does not map one-to-one is listed, never guessed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/framework.h"
#include "core/peer_pool.h"
#include "core/peer_statistics.h"

namespace candor {

// A pool's values item by item, as comparisons read them: one value per
// peer that has the item.
struct PeerColumns {
  int peers = 0;  // peers in the pool (after the filter)
  std::map<std::string, std::vector<double>, std::less<>> levels;
  std::map<std::string, std::vector<double>, std::less<>> conformity;

  void add(const PeerResult& result);
};

// Adds an encoded score list ("8.1=2;8.2=3") to the columns without building
// a map per peer: what keeps a 100 000-peer comparison fast.
Status add_encoded_scores(std::string_view encoded, std::map<std::string, std::vector<double>, std::less<>>& columns);

// The share of a clause's judged requirements that conform, floored to whole
// percent; empty when none was judged conforming, minor or major.
std::optional<int> conformity_percent(const ClauseSummary& clause);

// Where a node of the subject's framework lands in the pool's framework.
struct ItemMapping {
  std::string node_id;
  std::string title;
  std::string pool_item;  // empty: unmapped
  std::string reason;     // why it is unmapped
};

// Identity when the keys are equal; otherwise through node.mappings[pool key]
// (exactly one target maps; none or several are listed as unmapped). Refused
// when the framework declares no mapping to the pool's framework.
Result<std::vector<ItemMapping>> map_items(const Framework& framework, const std::vector<const Node*>& nodes,
                                           const std::string& pool_framework_key);

struct ItemComparison {
  std::string node_id;
  std::string title;
  std::string pool_item;
  std::optional<double> subject;  // level, or conformity percent
  PeerStatistics statistics;
};

struct OverallPosition {
  int compared = 0;  // processes with a subject level and an unsuppressed pool
  std::optional<double> mean_percentile;
  int above_median = 0;
  int at_median = 0;
  int below_median = 0;
};

struct BenchmarkComparison {
  std::string framework_key;
  std::string pool_framework_key;
  PeerFilter filter;
  int minimum_peers = kDefaultMinimumPeers;
  int pool_peers = 0;
  std::vector<ItemComparison> processes;
  std::vector<ItemComparison> clauses;
  std::vector<ItemMapping> unmapped;  // processes and clauses without a one-to-one counterpart
  OverallPosition overall;
};

struct BenchmarkRequest {
  std::string pool_framework_key;
  PeerFilter filter;
  int minimum_peers = kDefaultMinimumPeers;
};

// `columns` is consumed (its vectors are sorted in place).
Result<BenchmarkComparison> compare_with_peers(const Framework& framework, const Results& results,
                                               PeerColumns& columns, const BenchmarkRequest& request);

}  // namespace candor
