#include "core/peer_statistics.h"

#include <algorithm>
#include <cmath>

namespace candor {

double quantile_of_sorted(const std::vector<double>& sorted, double p) {
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto low = static_cast<std::size_t>(std::floor(h));
  if (low + 1 >= sorted.size()) return sorted.back();
  return sorted[low] + (h - static_cast<double>(low)) * (sorted[low + 1] - sorted[low]);
}

Quartiles quartiles_of_sorted(const std::vector<double>& sorted) {
  return {quantile_of_sorted(sorted, 0.25), quantile_of_sorted(sorted, 0.5), quantile_of_sorted(sorted, 0.75)};
}

double percentile_rank_of_sorted(const std::vector<double>& sorted, double value) {
  const auto first = std::lower_bound(sorted.begin(), sorted.end(), value);
  const auto last = std::upper_bound(first, sorted.end(), value);
  const auto below = static_cast<double>(first - sorted.begin());
  const auto equal = static_cast<double>(last - first);
  return 100.0 * (below + equal / 2.0) / static_cast<double>(sorted.size());
}

PeerStatistics peer_statistics(std::vector<double>& peers, std::optional<double> subject, int minimum_peers) {
  PeerStatistics out;
  out.peers = static_cast<int>(peers.size());
  if (out.peers < std::max(minimum_peers, 1)) {
    out.suppressed = true;
    return out;
  }
  std::sort(peers.begin(), peers.end());
  out.quartiles = quartiles_of_sorted(peers);
  if (subject) out.percentile = percentile_rank_of_sorted(peers, *subject);
  return out;
}

}  // namespace candor
