#include "cli/results_text.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <iomanip>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "report/results_json.h"
#include "report/roadmap_json.h"

namespace candor::cli {
namespace {

std::string level_text(const std::optional<int>& level) {
  return level ? std::to_string(*level) : std::string("-");
}

std::string fixed(double value, int decimals = 2) {
  // Floor, so a figure is never shown higher than it is.
  const double scale = decimals == 2 ? 100.0 : 10.0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, decimals == 2 ? "%.2f" : "%.1f",
                std::floor(value * scale + 1e-9) / scale);
  return buffer;
}

}  // namespace

void print_results_text(const app::AssessmentView& view, std::ostream& out) {
  const Assessment& a = view.record.assessment;
  const Results& r = view.results;
  out << "Assessment " << a.id << ": " << a.subject << " against " << a.framework_key << " ("
      << a.assessed_on.to_string() << ")\n\n";
  out << "Certification readiness: " << (r.readiness.ready ? "READY" : "NOT READY") << " — "
      << r.readiness.conforming << " of " << r.readiness.mandatory << " mandatory requirements conforming, "
      << r.readiness.not_applicable << " not applicable, " << r.readiness.blockers.size() << " blocking, "
      << r.readiness.not_assessed.size() << " not assessed\n";
  for (const auto& blocker : r.readiness.blockers) {
    out << "  blocks: " << blocker.node_id << " " << blocker.title << " (" << blocker.reason << ")\n";
  }
  if (!r.readiness.not_assessed.empty()) {
    out << "  not assessed yet: " << join(r.readiness.not_assessed, ", ") << "\n";
  }
  out << "Confidence: " << fixed(r.overall.score) << " (" << r.overall.band << "; coverage "
      << percent_floor(r.overall.coverage) << ", " << r.overall.evidence_count << " evidence items of "
      << r.overall.evidence_kinds << " kinds)\n\n";
  out << std::left << std::setw(8) << "process" << std::setw(44) << "title" << std::setw(9) << "claimed"
      << std::setw(14) << "evidenced" << std::setw(6) << "gap" << "confidence\n";
  for (const auto& p : r.processes) {
    std::string evidenced = p.evidenced_level ? std::to_string(*p.evidenced_level) : "not assessed";
    if (p.level_is_lower_bound) evidenced += "+?";
    // Against a lower bound the gap is only an upper bound: "<=+1".
    std::string gap = p.promise_gap ? (*p.promise_gap > 0 ? "+" : "") + std::to_string(*p.promise_gap) : "-";
    if (p.promise_gap && p.level_is_lower_bound) gap = "<=" + gap;
    out << std::setw(8) << p.node_id << std::setw(44) << p.title.substr(0, 42) << std::setw(9)
        << level_text(p.claimed_level) << std::setw(14) << evidenced << std::setw(6) << gap
        << fixed(p.confidence.score) << " " << p.confidence.band << "\n";
  }
  if (std::any_of(r.processes.begin(), r.processes.end(), [](const auto& p) { return p.level_is_lower_bound; })) {
    out << "\n1+? = at least level 1: unrated attributes could raise it; the gap beside it is at most the one shown.\n";
  }
  if (!r.disagreements.empty()) {
    out << "\n" << r.disagreements.size() << " disagreement(s): see `candor disagreements " << a.id << "`\n";
  }
}

void print_roadmap_text(const Roadmap& roadmap, std::ostream& out) {
  out << "Roadmap to capability level " << roadmap.target_level << " at " << roadmap.capacity_days_per_month
      << " person-days a month: " << roadmap.actions.size() << " actions, " << roadmap.total_effort
      << " person-days, " << roadmap.months_needed << " months in " << roadmap.cycles << " PDCA cycles.\n";
  out << "Honest finish: " << roadmap.finish.to_string() << "\n\n";
  for (const auto& action : roadmap.actions) {
    out << std::left << std::setw(5) << action.id << std::setw(8) << action.node_id
        << roadmap.months[static_cast<std::size_t>(action.start_month)].month.month_string() << " .. "
        << roadmap.months[static_cast<std::size_t>(action.end_month)].month.month_string() << "  "
        << std::setw(6) << action.effort_days << action.title;
    if (!action.depends_on.empty()) out << "  (after " << join(action.depends_on, ", ") << ")";
    out << "\n";
  }
  if (!roadmap.unplanned.empty()) {
    out << "\nNot planned (not assessed, so their effort is unknown): " << join(roadmap.unplanned, ", ") << "\n";
  }
}

void print_disagreements_text(const app::AssessmentView& view, std::ostream& out) {
  if (view.results.disagreements.empty()) {
    out << "no disagreements\n";
    return;
  }
  for (const auto& d : view.results.disagreements) {
    out << d.node_id << (d.attribute_id.empty() ? " conformity" : " " + d.attribute_id) << ":";
    for (std::size_t i = 0; i < d.ratings.size(); ++i) {
      out << "  " << d.assessors[i] << " says " << d.ratings[i] << " (judgement " << d.judgement_ids[i] << ")";
    }
    out << "\n";
  }
  out << "Settle each with `candor judge ASSESSMENT --reconcile ...` as the lead assessor.\n";
}

}  // namespace candor::cli

namespace candor::cli {

Status print_results_json(const app::AssessmentView& view) {
  print_json(results_json(report_input(view, nullptr)).dump(2));
  return {};
}

Status print_roadmap_json(const Roadmap& roadmap) {
  print_json(roadmap_json(roadmap).dump(2));
  return {};
}

}  // namespace candor::cli
