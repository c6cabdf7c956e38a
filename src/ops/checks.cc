// Conformance checks: each asks one question of every case it applies to and
// maps to the ISO/IEC 20000-1:2018 requirement it bears on (ids as in
// frameworks/iso20000-1-2018.yaml). A check whose columns the log lacks is
// left out rather than passed.
#include <algorithm>
#include <functional>

#include "ops/kpis.h"

namespace candor::ops {
namespace {

enum class Verdict { kNotApplicable, kPass, kFail };

struct CheckDefinition {
  const char* id;  // prefixed with the record type: "incident.classified"
  const char* requirement;
  const char* title;
  std::vector<Field> needs;
  std::function<Verdict(const CaseState&, const CaseTable&)> verdict;
};

Verdict pass_if(bool condition) { return condition ? Verdict::kPass : Verdict::kFail; }

bool in_resolving_state(const CaseState& c, const CaseTable& table) {
  return c.state != kNoValue && table.states().info(c.state).resolving;
}

std::vector<CheckDefinition> definitions() {
  return {
      {"classified", "8.6.1", "Every case is recorded with a category and a priority",
       {Field::kCategory, Field::kPriority},
       [](const CaseState& c, const CaseTable&) { return pass_if((c.state_flags & kHasCategory) && (c.state_flags & kHasPriority)); }},
      {"prioritised_by_impact_and_urgency", "8.6.1", "Every case records the impact and urgency its priority rests on",
       {Field::kImpact, Field::kUrgency},
       [](const CaseState& c, const CaseTable&) { return pass_if((c.state_flags & kHasImpact) && (c.state_flags & kHasUrgency)); }},
      {"resolution_time_recorded", "8.6.1", "Every resolved or closed case has a resolution time",
       {Field::kState, Field::kResolvedAt},
       [](const CaseState& c, const CaseTable& t) {
         return in_resolving_state(c, t) ? pass_if(c.resolved != kNoTime) : Verdict::kNotApplicable;
       }},
      {"resolved_after_opening", "8.6.1", "A case is resolved no earlier than it was opened",
       {Field::kOpenedAt, Field::kResolvedAt},
       [](const CaseState& c, const CaseTable&) {
         if (c.resolved == kNoTime || c.opened == kNoTime) return Verdict::kNotApplicable;
         return pass_if(c.resolved >= c.opened);
       }},
      {"lifecycle", "8.6.1", "States follow the allowed lifecycle (known states; nothing after closure)",
       {Field::kState},
       [](const CaseState& c, const CaseTable&) {
         return pass_if(!(c.any_flags & kUnknownState) && c.last_open_order <= c.first_closed_order);
       }},
      {"consistent_record", "8.6.1", "The rows of a case agree on when it was opened",
       {Field::kOpenedAt},
       [](const CaseState& c, const CaseTable&) {
         if (c.opened_min == INT64_MAX) return Verdict::kNotApplicable;
         return pass_if(!(c.any_flags & kOpenedDiffers));
       }},
      {"closed_with_code", "8.6.1", "Every closed case records how it was closed",
       {Field::kState, Field::kClosedCode},
       [](const CaseState& c, const CaseTable& t) {
         if (c.state == kNoValue || !t.states().info(c.state).closed) return Verdict::kNotApplicable;
         return pass_if(c.state_flags & kHasClosedCode);
       }},
      {"not_reopened", "8.6.1", "Cases are resolved for good (not reopened)",
       {Field::kReopenCount},
       [](const CaseState& c, const CaseTable&) { return pass_if(c.max_reopen <= 0); }},
      {"sla_met", "8.3.3", "The service level target was met",
       {Field::kMadeSla},
       [](const CaseState& c, const CaseTable&) {
         return (c.state_flags & kSlaKnown) ? pass_if(c.state_flags & kSlaMet) : Verdict::kNotApplicable;
       }},
  };
}

}  // namespace

std::vector<CheckResult> compute_checks(const LogSummary& log, std::size_t examples) {
  const CaseTable& table = *log.cases;
  std::vector<CheckResult> results;
  for (const CheckDefinition& check : definitions()) {
    if (!std::all_of(check.needs.begin(), check.needs.end(), [&](Field f) { return log.layout.column(f) >= 0; })) continue;
    CheckResult result;
    result.id = log.layout.mapping->record_type + "." + check.id;
    result.requirement = check.requirement;
    result.title = check.title;
    // The smallest failing ids, kept in a bounded max-heap (memory stays
    // small however many cases fail).
    std::vector<std::string_view> failing;
    for (std::size_t i = 0; i < table.size(); ++i) {
      const Verdict verdict = check.verdict(table.at(i), table);
      if (verdict == Verdict::kPass) ++result.passed;
      if (verdict != Verdict::kFail) continue;
      ++result.failed;
      if (examples == 0) continue;
      const std::string_view id = table.id(i);
      if (failing.size() < examples) {
        failing.push_back(id);
        std::push_heap(failing.begin(), failing.end());
      } else if (id < failing.front()) {
        std::pop_heap(failing.begin(), failing.end());
        failing.back() = id;
        std::push_heap(failing.begin(), failing.end());
      }
    }
    std::sort_heap(failing.begin(), failing.end());
    for (const auto id : failing) result.failing_examples.emplace_back(id);
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace candor::ops
