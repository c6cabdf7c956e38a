#include "report/benchmark_json.h"

#include <nlohmann/json.hpp>

namespace candor {
namespace {

using Json = nlohmann::json;

template <class T>
Json optional(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json item_json(const ItemComparison& item, int minimum_peers) {
  Json out = {{"id", item.node_id}, {"title", item.title}, {"pool_item", item.pool_item},
              {"subject", optional(item.subject)}, {"suppressed", item.statistics.suppressed}};
  if (item.statistics.suppressed) {
    out["peers"] = "fewer than " + std::to_string(minimum_peers);
    return out;
  }
  out["peers"] = item.statistics.peers;
  const Quartiles& q = *item.statistics.quartiles;
  out["q1"] = q.q1;
  out["median"] = q.median;
  out["q3"] = q.q3;
  out["percentile"] = optional(item.statistics.percentile);
  return out;
}

}  // namespace

Json benchmark_json(const BenchmarkComparison& c) {
  Json processes = Json::array();
  for (const auto& item : c.processes) processes.push_back(item_json(item, c.minimum_peers));
  Json clauses = Json::array();
  for (const auto& item : c.clauses) clauses.push_back(item_json(item, c.minimum_peers));
  Json unmapped = Json::array();
  for (const auto& item : c.unmapped) unmapped.push_back({{"id", item.node_id}, {"title", item.title}, {"reason", item.reason}});
  return {{"framework", c.framework_key},
          {"pool_framework", c.pool_framework_key},
          {"filter", {{"sector", c.filter.sector.empty() ? Json(nullptr) : Json(c.filter.sector)},
                      {"size_band", c.filter.size_band.empty() ? Json(nullptr) : Json(c.filter.size_band)}}},
          {"minimum_peers", c.minimum_peers},
          {"pool_peers", c.pool_peers},
          {"definitions", {{"quartiles", "linear interpolation between order statistics (type 7)"},
                           {"percentile", "100 x (peers below + peers equal / 2) / peers"}}},
          {"processes", std::move(processes)},
          {"clauses", std::move(clauses)},
          {"unmapped", std::move(unmapped)},
          {"overall", {{"compared", c.overall.compared},
                       {"mean_percentile", optional(c.overall.mean_percentile)},
                       {"above_median", c.overall.above_median},
                       {"at_median", c.overall.at_median},
                       {"below_median", c.overall.below_median}}}};
}

Json trend_json(const Trend& trend) {
  Json assessments = Json::array();
  for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
    assessments.push_back({{"id", trend.assessments[i]}, {"assessed_on", trend.dates[i].to_string()}});
  }
  Json processes = Json::array();
  for (const auto& process : trend.processes) {
    Json points = Json::array();
    for (const auto& p : process.points) {
      points.push_back({{"assessment", p.assessment}, {"evidenced_level", optional(p.evidenced_level)},
                        {"claimed_level", optional(p.claimed_level)}, {"promise_gap", optional(p.promise_gap)}});
    }
    processes.push_back({{"id", process.node_id}, {"title", process.title}, {"points", std::move(points)},
                         {"change", optional(process.change)}});
  }
  Json actions = Json::array();
  for (const auto& a : trend.actions) {
    actions.push_back({{"planned_in", a.planned_in}, {"checked_in", a.checked_in}, {"action", a.action_id},
                       {"kind", to_string(a.kind)}, {"node", a.node_id}, {"title", a.title},
                       {"outcome", to_string(a.outcome)}, {"finding", a.finding}});
  }
  return {{"subject", trend.subject}, {"assessments", std::move(assessments)},
          {"processes", std::move(processes)}, {"actions", std::move(actions)}};
}

}  // namespace candor
