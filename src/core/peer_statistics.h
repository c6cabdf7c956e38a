// Statistics a peer benchmark shows, defined exactly so anyone can recompute
// them (docs/benchmark.md):
//
// * quantile(p): linear interpolation between order statistics (Hyndman &
//   Fan type 7, the default of numpy and pandas, Excel's QUARTILE.INC). With
//   the n values sorted x[0] <= ... <= x[n-1], h = (n - 1) p and
//   q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
// * percentile rank of a value v among n peers: the mid-rank definition
//   100 (below + equal / 2) / n, where below counts the peers with a smaller
//   value and equal those with the same value. Ties share one rank, so a
//   subject at the level every peer has sits at the 50th percentile.
// * suppression: with fewer than k peers (default 5) neither quartiles nor a
//   percentile are given, so no single organisation can be recognised.
#pragma once

#include <optional>
#include <vector>

namespace candor {

inline constexpr int kDefaultMinimumPeers = 5;
// Below this k a peer could read another's result off the statistics.
inline constexpr int kLowestMinimumPeers = 3;

struct Quartiles {
  double q1 = 0;
  double median = 0;
  double q3 = 0;
};

// `sorted` must be sorted ascending and non-empty; 0 <= p <= 1.
double quantile_of_sorted(const std::vector<double>& sorted, double p);
Quartiles quartiles_of_sorted(const std::vector<double>& sorted);
// Mid-rank percentile rank (0..100) of `value` among `sorted` (non-empty).
double percentile_rank_of_sorted(const std::vector<double>& sorted, double value);

// What may be shown about one item (a process, a clause) of a peer pool.
struct PeerStatistics {
  int peers = 0;            // peers with a value for the item
  bool suppressed = false;  // fewer than k peers: nothing below is given
  std::optional<Quartiles> quartiles;
  std::optional<double> percentile;  // the subject's rank, when it has a value
};

// Sorts `peers` in place. No subject value: quartiles only.
PeerStatistics peer_statistics(std::vector<double>& peers, std::optional<double> subject, int minimum_peers);

}  // namespace candor
