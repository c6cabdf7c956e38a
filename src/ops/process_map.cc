#include "ops/process_map.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>

#include "ops/interner.h"

namespace candor::ops {
namespace {

struct Step {
  std::uint64_t case_hash;
  std::int64_t order;
  Timestamp updated;
  std::uint64_t position;
  std::uint32_t state;  // thread-local name index, made global after reading
};

struct ThreadSteps {
  std::vector<Step> steps;
  std::vector<std::string> names;  // by the thread table's state id
};

double median(std::vector<double>& values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

Result<ProcessMap> build_process_map(const AnalysisRequest& request) {
  AnalysisRequest read = request;
  std::vector<ThreadSteps> threads(64);
  read.read.on_row = [&threads](unsigned thread, const CaseTable& table, std::string_view id, const ParsedRow& row) {
    if (row.state == kNoValue || thread >= threads.size()) return;
    ThreadSteps& mine = threads[thread];
    while (mine.names.size() <= row.state) mine.names.emplace_back(table.states().name(static_cast<std::uint16_t>(mine.names.size())));
    mine.steps.push_back(Step{Interner::hash_of(id), row.order, row.updated, row.position, row.state});
  };
  const auto analysis = CANDOR_TRY(analyse_log(read));

  // Global state ids; node 0 is the start.
  Interner names;
  names.intern(kStartNode);
  std::vector<Step> steps;
  for (ThreadSteps& mine : threads) {
    std::vector<std::uint32_t> global;
    for (const auto& name : mine.names) global.push_back(names.intern(name));
    for (Step step : mine.steps) {
      step.state = global[step.state];
      steps.push_back(step);
    }
    mine = ThreadSteps{};
  }
  const std::uint32_t end_node = names.intern(kEndNode);
  std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
    return std::tie(a.case_hash, a.order, a.updated, a.position) < std::tie(b.case_hash, b.order, b.updated, b.position);
  });

  ProcessMap map;
  map.events = analysis->log.events;
  map.bad_rows = analysis->log.bad_rows;
  const std::size_t n = names.size();
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<double>> edges;
  std::vector<std::uint64_t> node_cases(n, 0);
  std::vector<double> rank_sum(n, 0);
  std::vector<std::uint64_t> rank_count(n, 0);
  std::vector<std::uint8_t> seen(n, 0);
  for (std::size_t begin = 0; begin < steps.size();) {
    std::size_t end = begin;
    while (end < steps.size() && steps[end].case_hash == steps[begin].case_hash) ++end;
    ++map.cases;
    std::fill(seen.begin(), seen.end(), 0);
    std::uint32_t previous = 0;
    Timestamp previous_time = kNoTime;
    const double length = double(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
      const Step& step = steps[i];
      if (!seen[step.state]) {
        seen[step.state] = 1;
        node_cases[step.state]++;
        rank_sum[step.state] += double(i - begin + 1) / (length + 1);
        rank_count[step.state]++;
      }
      if (step.state == previous) continue;
      const bool timed = previous != 0 && previous_time != kNoTime && step.updated != kNoTime;
      auto& times = edges[{previous, step.state}];
      times.push_back(timed ? double(step.updated - previous_time) / 3600.0 : std::numeric_limits<double>::quiet_NaN());
      previous = step.state;
      previous_time = step.updated;
    }
    edges[{previous, end_node}].push_back(std::numeric_limits<double>::quiet_NaN());
    begin = end;
  }
  node_cases[0] = node_cases[end_node] = map.cases;
  // Nodes in their typical order: start, states by mean relative position, end.
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 1; i < n; ++i) {
    if (i != end_node && rank_count[i] > 0) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return rank_sum[a] / rank_count[a] < rank_sum[b] / rank_count[b];
  });
  order.insert(order.begin(), 0);
  order.push_back(end_node);
  std::vector<std::size_t> index_of(n, 0);
  for (std::size_t i = 0; i < order.size(); ++i) {
    index_of[order[i]] = i;
    map.nodes.push_back(ProcessNode{std::string(names.get(order[i])), node_cases[order[i]]});
  }
  for (auto& [key, times] : edges) {
    std::vector<double> timed;
    for (double t : times) {
      if (!std::isnan(t)) timed.push_back(t);
    }
    map.edges.push_back(ProcessEdge{index_of[key.first], index_of[key.second], times.size(), median(timed)});
  }
  std::sort(map.edges.begin(), map.edges.end(), [](const ProcessEdge& a, const ProcessEdge& b) {
    return a.count != b.count ? a.count > b.count : std::tie(a.from, a.to) < std::tie(b.from, b.to);
  });
  return map;
}

}  // namespace candor::ops
