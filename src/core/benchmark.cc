#include "core/benchmark.h"

#include <charconv>

#include "base/text.h"

namespace candor {
namespace {

void add_scores(const std::map<std::string, int>& scores,
                std::map<std::string, std::vector<double>, std::less<>>& columns) {
  for (const auto& [id, score] : scores) columns[id].push_back(score);
}

ItemComparison compare_item(const ItemMapping& mapping, std::optional<double> subject,
                            std::map<std::string, std::vector<double>, std::less<>>& columns, int minimum_peers) {
  ItemComparison out{mapping.node_id, mapping.title, mapping.pool_item, subject, {}};
  std::vector<double> none;
  const auto it = columns.find(mapping.pool_item);
  out.statistics = peer_statistics(it == columns.end() ? none : it->second, subject, minimum_peers);
  return out;
}

OverallPosition overall_position(const std::vector<ItemComparison>& processes) {
  OverallPosition out;
  double sum = 0;
  for (const auto& item : processes) {
    if (!item.subject || !item.statistics.percentile) continue;
    ++out.compared;
    sum += *item.statistics.percentile;
    const double median = item.statistics.quartiles->median;
    if (*item.subject > median) ++out.above_median;
    else if (*item.subject < median) ++out.below_median;
    else ++out.at_median;
  }
  if (out.compared > 0) out.mean_percentile = sum / out.compared;
  return out;
}

}  // namespace

void PeerColumns::add(const PeerResult& result) {
  ++peers;
  add_scores(result.levels, levels);
  add_scores(result.conformity_percent, conformity);
}

Status add_encoded_scores(std::string_view encoded,
                          std::map<std::string, std::vector<double>, std::less<>>& columns) {
  while (!encoded.empty()) {
    const std::size_t end = std::min(encoded.find(';'), encoded.size());
    const std::string_view entry = encoded.substr(0, end);
    const std::size_t equals = entry.find('=');
    int score = 0;
    const char* last = entry.data() + entry.size();
    if (equals == std::string_view::npos || std::from_chars(entry.data() + equals + 1, last, score).ptr != last) {
      return Error::integrity("a stored peer score '" + std::string(entry) + "' is not ID=NUMBER");
    }
    const std::string_view id = entry.substr(0, equals);
    auto it = columns.find(id);
    if (it == columns.end()) it = columns.emplace(std::string(id), std::vector<double>{}).first;
    it->second.push_back(score);
    encoded.remove_prefix(std::min(end + 1, encoded.size()));
  }
  return {};
}

std::optional<int> conformity_percent(const ClauseSummary& clause) {
  const int judged = clause.conforming + clause.minor + clause.major;
  if (judged == 0) return std::nullopt;
  return clause.conforming * 100 / judged;
}

Result<std::vector<ItemMapping>> map_items(const Framework& framework, const std::vector<const Node*>& nodes,
                                           const std::string& pool_framework_key) {
  std::vector<ItemMapping> out;
  const bool same = pool_framework_key == framework.key();
  if (!same) {
    bool declared = false;
    for (const auto& target : framework.mapping_targets) declared = declared || target.id == pool_framework_key;
    if (!declared) {
      return Error::unsupported("the pool is for " + pool_framework_key + " but " + framework.key() +
                                " declares no mapping to it: compare with a pool for " + framework.key());
    }
  }
  for (const Node* node : nodes) {
    ItemMapping mapping{node->id, node->title, same ? node->id : "", ""};
    if (!same) {
      const auto it = node->mappings.find(pool_framework_key);
      if (it == node->mappings.end()) {
        mapping.reason = "no mapping to " + pool_framework_key;
      } else if (it->second.empty()) {
        mapping.reason = "no counterpart in " + pool_framework_key;
      } else if (it->second.size() > 1) {
        mapping.reason = "maps to several items (" + join(it->second, ", ") + "): not guessed";
      } else {
        mapping.pool_item = it->second.front();
      }
    }
    out.push_back(std::move(mapping));
  }
  return out;
}

Result<BenchmarkComparison> compare_with_peers(const Framework& framework, const Results& results,
                                               PeerColumns& columns, const BenchmarkRequest& request) {
  if (request.minimum_peers < kLowestMinimumPeers) {
    return Error::invalid_input("k must be at least " + std::to_string(kLowestMinimumPeers) +
                                    ": with fewer peers one could read another's result",
                                Location{"", 0, 0, "--min-peers"});
  }
  BenchmarkComparison out;
  out.framework_key = framework.key();
  out.pool_framework_key = request.pool_framework_key;
  out.filter = request.filter;
  out.minimum_peers = request.minimum_peers;
  out.pool_peers = columns.peers;

  const auto mappings = CANDOR_TRY(map_items(framework, framework.processes(), request.pool_framework_key));
  std::map<std::string, const ProcessResult*, std::less<>> by_node;
  for (const auto& process : results.processes) by_node[process.node_id] = &process;
  for (std::size_t i = 0; i < mappings.size(); ++i) {
    if (mappings[i].pool_item.empty()) {
      out.unmapped.push_back(mappings[i]);
      continue;
    }
    const auto found = by_node.find(mappings[i].node_id);
    std::optional<double> subject;
    // The evidenced level only: a claimed level never enters a benchmark.
    if (found != by_node.end() && found->second->evidenced_level) subject = *found->second->evidenced_level;
    out.processes.push_back(compare_item(mappings[i], subject, columns.levels, request.minimum_peers));
  }

  std::vector<const Node*> clauses;
  for (const auto& clause : results.clauses) {
    const Node* node = framework.find(clause.node_id);
    if (node == nullptr) return Error::internal("results name clause " + clause.node_id + " the framework lacks");
    clauses.push_back(node);
  }
  const auto clause_mappings = CANDOR_TRY(map_items(framework, clauses, request.pool_framework_key));
  for (std::size_t i = 0; i < clause_mappings.size(); ++i) {
    if (clause_mappings[i].pool_item.empty()) {
      out.unmapped.push_back(clause_mappings[i]);
      continue;
    }
    std::optional<double> subject;
    if (const auto percent = conformity_percent(results.clauses[i])) subject = *percent;
    out.clauses.push_back(compare_item(clause_mappings[i], subject, columns.conformity, request.minimum_peers));
  }
  out.overall = overall_position(out.processes);
  return out;
}

}  // namespace candor
