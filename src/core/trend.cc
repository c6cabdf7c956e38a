#include "core/trend.h"

#include <map>

namespace candor {
namespace {

const ProcessResult* find_process(const Results& results, const std::string& node_id) {
  for (const auto& process : results.processes) {
    if (process.node_id == node_id) return &process;
  }
  return nullptr;
}

const ConformityResult* find_conformity(const Results& results, const std::string& node_id) {
  for (const auto& conformity : results.conformity) {
    if (conformity.node_id == node_id) return &conformity;
  }
  return nullptr;
}

bool disputed(const Results& results, const std::string& node_id) {
  for (const auto& disagreement : results.disagreements) {
    if (disagreement.node_id == node_id) return true;
  }
  return false;
}

void check_capability(const Action& action, const Results& later, ActionCheck& out) {
  const ProcessResult* process = find_process(later, action.node_id);
  if (process == nullptr || !process->evidenced_level) {
    out.finding = "the process was not assessed";
    return;
  }
  const int level = *process->evidenced_level;
  out.outcome = level >= action.to_level ? ActionOutcome::kClosed : ActionOutcome::kOpen;
  out.finding = "evidenced level " + std::to_string(level) + " (the action aimed at " +
                std::to_string(action.to_level) + ")";
}

void check_conformity(const Action& action, const Results& later, ActionCheck& out) {
  const ConformityResult* conformity = find_conformity(later, action.node_id);
  const std::string evidenced = conformity == nullptr ? "" : conformity->evidenced;
  if (evidenced.empty()) {
    out.finding = "the requirement was not assessed";
    return;
  }
  const bool closed = evidenced == "conforming" || evidenced == "not-applicable" ||
                      (action.kind == ActionKind::kCloseMajor && evidenced == "minor");
  out.outcome = closed ? ActionOutcome::kClosed : ActionOutcome::kOpen;
  out.finding = "found " + evidenced;
}

}  // namespace

const char* to_string(ActionOutcome outcome) {
  switch (outcome) {
    case ActionOutcome::kClosed: return "closed";
    case ActionOutcome::kOpen: return "open";
    case ActionOutcome::kNotReassessed: return "not-reassessed";
  }
  return "?";
}

ActionCheck check_action(const Action& action, const Results& later) {
  ActionCheck out;
  out.action_id = action.id;
  out.kind = action.kind;
  out.node_id = action.node_id;
  out.title = action.title;
  switch (action.kind) {
    case ActionKind::kRaiseCapability: check_capability(action, later, out); break;
    case ActionKind::kCloseMajor:
    case ActionKind::kCloseMinor: check_conformity(action, later, out); break;
    case ActionKind::kSettleDispute:
      out.outcome = disputed(later, action.node_id) ? ActionOutcome::kOpen : ActionOutcome::kClosed;
      out.finding = out.outcome == ActionOutcome::kOpen ? "assessors still disagree" : "no disagreement left";
      break;
    case ActionKind::kAssess: {
      const ProcessResult* process = find_process(later, action.node_id);
      const ConformityResult* conformity = find_conformity(later, action.node_id);
      const bool assessed = (process != nullptr && process->evidenced_level) ||
                            (conformity != nullptr && !conformity->evidenced.empty());
      out.outcome = assessed ? ActionOutcome::kClosed : ActionOutcome::kOpen;
      out.finding = assessed ? "now assessed" : "still not assessed";
      break;
    }
  }
  return out;
}

Trend build_trend(const std::string& subject, const std::vector<TrendStep>& steps) {
  Trend trend;
  trend.subject = subject;
  if (steps.empty()) return trend;
  for (const auto& step : steps) {
    trend.assessments.push_back(step.assessment->id);
    trend.dates.push_back(step.assessment->assessed_on);
  }
  for (const Node* node : steps.back().framework->processes()) {
    ProcessTrend row{node->id, node->title, {}, std::nullopt};
    std::optional<int> first;
    std::optional<int> last;
    for (const auto& step : steps) {
      TrendPoint point{step.assessment->id, step.assessment->assessed_on, {}, {}, {}};
      if (const ProcessResult* process = find_process(*step.results, node->id)) {
        point.evidenced_level = process->evidenced_level;
        point.claimed_level = process->claimed_level;
        point.promise_gap = process->promise_gap;
      }
      if (point.evidenced_level) {
        if (!first) first = point.evidenced_level;
        last = point.evidenced_level;
      }
      row.points.push_back(point);
    }
    if (first && last) row.change = *last - *first;
    trend.processes.push_back(std::move(row));
  }
  for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
    if (steps[i].roadmap == nullptr) continue;
    for (const Action& action : steps[i].roadmap->actions) {
      ActionCheck check = check_action(action, *steps[i + 1].results);
      check.planned_in = steps[i].assessment->id;
      check.checked_in = steps[i + 1].assessment->id;
      trend.actions.push_back(std::move(check));
    }
  }
  return trend;
}

}  // namespace candor
