// The honest roadmap: improvement actions derived from an assessment's gaps
// and blockers, ordered by the framework's dependencies and by impact, sized in
// person-days and scheduled month by month against the capacity the
// organisation really has, in PDCA cycles. Rules in docs/roadmap.md.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "core/evaluation.h"
#include "core/framework.h"

namespace candor {

enum class ActionKind {
  kCloseMajor,       // close a major nonconformity
  kCloseMinor,       // close a minor nonconformity
  kSettleDispute,    // assessors disagree: reconcile before planning on it
  kAssess,           // nothing verified yet: assess it
  kRaiseCapability,  // raise a process by one capability level
};
const char* to_string(ActionKind kind);

struct Action {
  std::string id;  // "A1", "A2", ... in priority order
  ActionKind kind = ActionKind::kAssess;
  std::string node_id;
  std::string title;
  int from_level = 0;  // capability steps only
  int to_level = 0;
  double effort_days = 0;
  double impact = 0;  // node weight, times the levels still missing for capability steps
  std::vector<std::string> depends_on;  // action ids
  std::vector<Id> judgement_ids;        // what the action answers to
  // Schedule (0-based month index from the start month; inclusive).
  int start_month = 0;
  int end_month = 0;
};

struct MonthPlan {
  int index = 0;
  Date month;  // the first day of the month
  int cycle = 1;  // PDCA cycle number
  std::string phase;  // plan-do | do | check-act
  double capacity = 0;
  double used = 0;
  std::vector<std::pair<std::string, double>> work;  // action id, person-days
};

struct RoadmapOptions {
  double capacity_days_per_month = 0;
  int target_level = 3;
  Date start;  // the roadmap starts in this date's month
  int cycle_months = 3;
  int max_months = 120;
};

struct Roadmap {
  std::vector<Action> actions;  // in priority order
  std::vector<MonthPlan> months;
  std::vector<std::string> unplanned;  // processes whose improvement effort is unknown
  double total_effort = 0;
  int months_needed = 0;
  Date finish;  // the last day of the last month with work
  int cycles = 0;
  double capacity_days_per_month = 0;
  int target_level = 0;
};

Result<Roadmap> plan_roadmap(const Framework& framework, const Results& results,
                             const RoadmapOptions& options);

}  // namespace candor
