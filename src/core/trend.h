// A subject's trend over its assessments: per process the evidenced
// capability level and the promise gap at each assessment, and the earlier
// roadmaps' actions checked against what the next assessment found (did the
// action close its gap?). Pure: built from results the caller derived.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/framework.h"
#include "core/roadmap.h"

namespace candor {

// One assessment of the subject, oldest first.
struct TrendStep {
  const Assessment* assessment = nullptr;
  const Framework* framework = nullptr;
  const Results* results = nullptr;
  const Roadmap* roadmap = nullptr;  // the actions planned from it
};

struct TrendPoint {
  Id assessment = 0;
  Date assessed_on;
  std::optional<int> evidenced_level;
  std::optional<int> claimed_level;
  std::optional<int> promise_gap;
};

struct ProcessTrend {
  std::string node_id;
  std::string title;
  std::vector<TrendPoint> points;  // one per assessment, oldest first
  std::optional<int> change;       // last evidenced level minus the first one, when both are known
};

enum class ActionOutcome {
  kClosed,         // the next assessment found the gap closed
  kOpen,           // reassessed, and the gap is still there
  kNotReassessed,  // the next assessment did not judge it
};
const char* to_string(ActionOutcome outcome);

struct ActionCheck {
  Id planned_in = 0;   // the assessment whose roadmap held the action
  Id checked_in = 0;   // the next assessment
  std::string action_id;
  ActionKind kind = ActionKind::kAssess;
  std::string node_id;
  std::string title;
  ActionOutcome outcome = ActionOutcome::kNotReassessed;
  std::string finding;  // what the next assessment found, in words
};

struct Trend {
  std::string subject;
  std::vector<Id> assessments;
  std::vector<Date> dates;
  std::vector<ProcessTrend> processes;  // in the latest framework's order
  std::vector<ActionCheck> actions;
};

Trend build_trend(const std::string& subject, const std::vector<TrendStep>& steps);

// Whether an action planned from an earlier assessment was achieved by the
// time of `later` (exposed for tests).
ActionCheck check_action(const Action& action, const Results& later);

}  // namespace candor
