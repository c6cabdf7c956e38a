#include "report/roadmap_json.h"

#include <nlohmann/json.hpp>

namespace candor {
namespace {

using nlohmann::json;

// Levels only mean something for capability steps; anything else gets null
// rather than a level 0 that reads like a finding.
json level_or_null(const Action& action, int level) {
  return action.kind == ActionKind::kRaiseCapability ? json(level) : json(nullptr);
}

json action_json(const Roadmap& roadmap, const Action& action) {
  return {{"id", action.id},
          {"kind", to_string(action.kind)},
          {"node", action.node_id},
          {"title", action.title},
          {"from_level", level_or_null(action, action.from_level)},
          {"to_level", level_or_null(action, action.to_level)},
          {"effort_days", action.effort_days},
          {"impact", action.impact},
          {"depends_on", action.depends_on},
          {"judgements", action.judgement_ids},
          {"start_month", action.start_month},
          {"end_month", action.end_month},
          {"start", roadmap_month(roadmap, action.start_month)},
          {"end", roadmap_month(roadmap, action.end_month)}};
}

json month_json(const MonthPlan& month) {
  json work = json::array();
  for (const auto& [action_id, days] : month.work) work.push_back({{"action", action_id}, {"days", days}});
  return {{"month", month.month.month_string()},
          {"cycle", month.cycle},
          {"phase", month.phase},
          {"capacity", month.capacity},
          {"used", month.used},
          {"work", std::move(work)}};
}

}  // namespace

std::string roadmap_month(const Roadmap& roadmap, int index) {
  if (roadmap.months.empty()) return "";
  if (index >= 0 && index < static_cast<int>(roadmap.months.size())) {
    return roadmap.months[index].month.month_string();
  }
  return roadmap.months.front().month.add_months(index).month_string();
}

json roadmap_json(const Roadmap& roadmap) {
  json actions = json::array();
  for (const auto& action : roadmap.actions) actions.push_back(action_json(roadmap, action));
  json months = json::array();
  for (const auto& month : roadmap.months) months.push_back(month_json(month));
  return {{"actions", std::move(actions)},
          {"months", std::move(months)},
          {"unplanned", roadmap.unplanned},
          {"total_effort", roadmap.total_effort},
          {"months_needed", roadmap.months_needed},
          {"finish", roadmap.finish.to_string()},
          {"cycles", roadmap.cycles},
          {"capacity_days_per_month", roadmap.capacity_days_per_month},
          {"target_level", roadmap.target_level}};
}

}  // namespace candor
