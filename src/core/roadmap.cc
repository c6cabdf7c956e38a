#include "core/roadmap.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/dependency_graph.h"

namespace candor {

const char* to_string(ActionKind kind) {
  switch (kind) {
    case ActionKind::kCloseMajor: return "close_major";
    case ActionKind::kCloseMinor: return "close_minor";
    case ActionKind::kSettleDispute: return "settle_dispute";
    case ActionKind::kAssess: return "assess";
    case ActionKind::kRaiseCapability: return "raise_capability";
  }
  return "?";
}

namespace {

constexpr double kEpsilon = 1e-9;

// Blockers first (major before minor), then what must be settled or assessed
// before it can be planned on, then capability steps.
int priority_class(ActionKind kind) { return static_cast<int>(kind); }

class Planner {
 public:
  Planner(const Framework& framework, const Results& results, const RoadmapOptions& options)
      : framework_(framework), results_(results), options_(options) {}

  Result<Roadmap> run() {
    if (!(options_.capacity_days_per_month > 0)) {
      return Error::invalid_input("the capacity must be more than 0 person-days a month", Location{"", 0, 0, "--capacity"});
    }
    if (options_.target_level < 1) {
      return Error::invalid_input("the target level must be at least 1", Location{"", 0, 0, "--target"});
    }
    derive_actions();
    order_actions();
    CANDOR_TRY(link_dependencies());
    CANDOR_TRY(schedule());
    return std::move(roadmap_);
  }

 private:
  double weight_of(const std::string& node_id) const {
    const Node* node = framework_.find(node_id);
    return node ? node->weight : 1.0;
  }

  void add(ActionKind kind, const std::string& node_id, std::string title, double effort, double impact,
           std::vector<Id> judgements = {}, int from = 0, int to = 0) {
    Action action;
    action.kind = kind;
    action.node_id = node_id;
    action.title = std::move(title);
    action.effort_days = effort;
    action.impact = impact;
    action.judgement_ids = std::move(judgements);
    action.from_level = from;
    action.to_level = to;
    roadmap_.actions.push_back(std::move(action));
  }

  void derive_actions() {
    const EffortDefaults& effort = framework_.effort;
    for (const auto& blocker : results_.readiness.blockers) {
      const double weight = weight_of(blocker.node_id);
      const std::string name = blocker.node_id + " " + blocker.title;
      if (blocker.reason == "major") {
        add(ActionKind::kCloseMajor, blocker.node_id, "Close the major nonconformity in " + name,
            effort.major_nonconformity, weight, blocker.judgement_ids);
      } else if (blocker.reason == "minor") {
        add(ActionKind::kCloseMinor, blocker.node_id, "Close the minor nonconformity in " + name,
            effort.minor_nonconformity, weight, blocker.judgement_ids);
      } else {
        add(ActionKind::kSettleDispute, blocker.node_id, "Reconcile the assessors' ratings of " + name,
            effort.not_assessed, weight, blocker.judgement_ids);
      }
    }
    for (const auto& node_id : results_.readiness.not_assessed) {
      const Node* node = framework_.find(node_id);
      add(ActionKind::kAssess, node_id, "Assess " + node_id + " " + (node ? node->title : ""),
          effort.not_assessed, weight_of(node_id));
    }
    for (const auto& process : results_.processes) {
      const Node* node = framework_.find(process.node_id);
      if (!process.evidenced_level) {
        roadmap_.unplanned.push_back(process.node_id);
        continue;
      }
      const double step = node && node->capability_step_effort ? *node->capability_step_effort
                                                                : effort.capability_step;
      if (process.level_is_lower_bound) {
        // Only unrated attributes stop the next level: rate them before
        // planning work the process may not need.
        add(ActionKind::kAssess, process.node_id,
            "Rate the unrated attributes of " + process.node_id + " " + process.title + " (" +
                process.limited_by + ")",
            effort.not_assessed, weight_of(process.node_id));
      }
      const int missing = options_.target_level - *process.evidenced_level;
      for (int level = *process.evidenced_level + 1; level <= options_.target_level; ++level) {
        std::vector<Id> judgements;
        for (const auto& item : process.attributes) {
          judgements.insert(judgements.end(), item.judgement_ids.begin(), item.judgement_ids.end());
        }
        add(ActionKind::kRaiseCapability, process.node_id,
            "Raise " + process.node_id + " " + process.title + " from level " + std::to_string(level - 1) +
                " to " + std::to_string(level),
            step, weight_of(process.node_id) * missing, judgements, level - 1, level);
      }
    }
  }

  // Stable order: class, then impact (highest first), then lower capability
  // steps first, then framework order.
  void order_actions() {
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < framework_.nodes.size(); ++i) position[framework_.nodes[i].id] = i;
    std::stable_sort(roadmap_.actions.begin(), roadmap_.actions.end(), [&](const Action& a, const Action& b) {
      if (priority_class(a.kind) != priority_class(b.kind)) return priority_class(a.kind) < priority_class(b.kind);
      if (a.to_level != b.to_level) return a.to_level < b.to_level;
      if (std::abs(a.impact - b.impact) > kEpsilon) return a.impact > b.impact;
      return position[a.node_id] < position[b.node_id];
    });
    for (std::size_t i = 0; i < roadmap_.actions.size(); ++i) {
      roadmap_.actions[i].id = "A" + std::to_string(i + 1);
    }
  }

  // A capability step of a process waits for the process's previous step,
  // for each prerequisite process's step to the same level, and for the
  // rating of its unrated attributes.
  Status link_dependencies() {
    std::map<std::pair<std::string, int>, std::string> step_action;
    std::map<std::string, std::string> rating_action;  // process -> "rate its unrated attributes"
    for (const auto& action : roadmap_.actions) {
      if (action.kind == ActionKind::kRaiseCapability) step_action[{action.node_id, action.to_level}] = action.id;
      if (action.kind == ActionKind::kAssess && framework_.find(action.node_id) &&
          framework_.find(action.node_id)->kind == NodeKind::kProcess) {
        rating_action[action.node_id] = action.id;
      }
    }
    DependencyGraph graph;
    for (auto& action : roadmap_.actions) {
      graph.add_node(action.id);
      if (action.kind != ActionKind::kRaiseCapability) continue;
      const auto previous = step_action.find({action.node_id, action.to_level - 1});
      if (previous != step_action.end()) action.depends_on.push_back(previous->second);
      if (const auto rating = rating_action.find(action.node_id); rating != rating_action.end()) {
        action.depends_on.push_back(rating->second);
      }
      for (const auto& dependency : framework_.dependencies) {
        if (dependency.after != action.node_id) continue;
        const auto prerequisite = step_action.find({dependency.before, action.to_level});
        if (prerequisite != step_action.end()) action.depends_on.push_back(prerequisite->second);
      }
      for (const auto& before : action.depends_on) graph.add_edge(before, action.id);
    }
    if (const auto cycle = graph.find_cycle(); !cycle.empty()) {
      return Error::invalid_input("the process dependencies form a cycle, so no order exists: " +
                                  DependencyGraph::describe(cycle));
    }
    return {};
  }

  Status schedule() {
    std::map<std::string, std::size_t> index;
    std::vector<double> remaining;
    for (std::size_t i = 0; i < roadmap_.actions.size(); ++i) {
      index[roadmap_.actions[i].id] = i;
      remaining.push_back(roadmap_.actions[i].effort_days);
      roadmap_.total_effort += roadmap_.actions[i].effort_days;
    }
    const double capacity = options_.capacity_days_per_month;
    const Date first = Date::from_civil(options_.start.year(), options_.start.month(), 1);
    std::vector<int> finished_in(roadmap_.actions.size(), -1);
    std::size_t open = roadmap_.actions.size();
    for (int month = 0; open > 0; ++month) {
      if (month >= options_.max_months) {
        return Error::invalid_input(
            "at " + format_days(capacity) + " person-days a month the roadmap needs more than " +
            std::to_string(options_.max_months) + " months (" + format_days(roadmap_.total_effort) +
            " person-days in all); raise the capacity or lower the target level");
      }
      MonthPlan plan{month, first.add_months(month), month / options_.cycle_months + 1,
                     phase_of(month), capacity};
      double left = capacity;
      for (std::size_t i = 0; i < roadmap_.actions.size() && left > kEpsilon; ++i) {
        Action& action = roadmap_.actions[i];
        if (remaining[i] <= kEpsilon || !ready(action, index, finished_in, month)) continue;
        const double spent = std::min(left, remaining[i]);
        if (remaining[i] == action.effort_days) action.start_month = month;
        remaining[i] -= spent;
        left -= spent;
        plan.work.emplace_back(action.id, spent);
        if (remaining[i] <= kEpsilon) {
          finished_in[i] = month;
          action.end_month = month;
          --open;
        }
      }
      plan.used = capacity - left;
      roadmap_.months.push_back(std::move(plan));
    }
    roadmap_.months_needed = static_cast<int>(roadmap_.months.size());
    roadmap_.cycles = roadmap_.months.empty() ? 0 : roadmap_.months.back().cycle;
    roadmap_.finish = roadmap_.months.empty() ? options_.start
                                              : first.add_months(roadmap_.months_needed).add_days(-1);
    roadmap_.capacity_days_per_month = capacity;
    roadmap_.target_level = options_.target_level;
    return {};
  }

  // Ready when every prerequisite finished in an earlier month.
  static bool ready(const Action& action, const std::map<std::string, std::size_t>& index,
                    const std::vector<int>& finished_in, int month) {
    for (const auto& before : action.depends_on) {
      const int done = finished_in[index.at(before)];
      if (done < 0 || done >= month) return false;
    }
    return true;
  }

  std::string phase_of(int month) const {
    const int position = month % options_.cycle_months;
    if (position == 0) return "plan-do";
    if (position == options_.cycle_months - 1) return "check-act";
    return "do";
  }

  static std::string format_days(double days) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", days);
    return buffer;
  }

  const Framework& framework_;
  const Results& results_;
  const RoadmapOptions& options_;
  Roadmap roadmap_;
};

}  // namespace

Result<Roadmap> plan_roadmap(const Framework& framework, const Results& results,
                             const RoadmapOptions& options) {
  return Planner(framework, results, options).run();
}

}  // namespace candor
