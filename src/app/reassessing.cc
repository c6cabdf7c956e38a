// Use cases of reassessment and trends: a new assessment from an earlier one,
// and the subject's levels, promise gaps and roadmap outcomes over time.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/application.h"
#include "report/record_json.h"

namespace candor::app {
namespace {

// Roadmap actions do not depend on capacity, only their schedule does: plan
// with ample capacity so no schedule limit hides an action.
constexpr double kTrendCapacityDaysPerMonth = 1e6;

}  // namespace

Result<Id> Application::reassess(const Caller& caller, Id earlier_id, std::optional<Date> assessed_on) {
  CANDOR_TRY(authorize(caller, Permission::kCreateAssessment));
  const AssessmentRow earlier = CANDOR_TRY(find_assessment(db(), caller.workspace_id, earlier_id));
  Assessment next = earlier.assessment;
  next.id = 0;
  next.assessed_on = assessed_on.value_or(Date::today());
  if (next.assessed_on < earlier.assessment.assessed_on) {
    return Error::invalid_input("must not lie before the earlier assessment's date (" +
                                    earlier.assessment.assessed_on.to_string() + ")",
                                Location{"", 0, 0, "--date"});
  }
  next.status = "open";
  next.previous = earlier_id;
  next.created_at = utc_timestamp_now();
  CANDOR_TRY(db().transaction([&]() -> Status {
    // The same stored framework text: the two are judged against one framework.
    next.id = CANDOR_TRY(insert_assessment(db(), caller.workspace_id, earlier.framework_id, next));
    return journal(caller, {"assessment.reassess", "assessment", std::to_string(next.id), "", to_json(next).dump()});
  }));
  return next.id;
}

Result<Trend> Application::trend(const Caller& caller, const std::string& subject) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  const auto rows = CANDOR_TRY(candor::list_assessments(db(), caller.workspace_id));
  std::string name = subject;
  // An assessment id stands for its subject.
  if (!subject.empty() && std::all_of(subject.begin(), subject.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    for (const auto& row : rows) {
      if (std::to_string(row.assessment.id) == subject) name = row.assessment.subject;
    }
  }
  std::vector<AssessmentView> views;
  for (const auto& row : rows) {
    if (row.assessment.subject == name) views.push_back(CANDOR_TRY(view(caller, row.assessment.id)));
  }
  if (views.empty()) {
    return Error::not_found("no assessment of '" + subject + "' in workspace '" + caller.workspace + "'",
                            Location{"", 0, 0, "SUBJECT"});
  }
  std::stable_sort(views.begin(), views.end(), [](const AssessmentView& a, const AssessmentView& b) {
    const Assessment& x = a.record.assessment;
    const Assessment& y = b.record.assessment;
    return x.assessed_on < y.assessed_on || (x.assessed_on == y.assessed_on && x.id < y.id);
  });
  std::vector<Roadmap> roadmaps(views.size());
  std::vector<TrendStep> steps;
  for (std::size_t i = 0; i < views.size(); ++i) {
    RoadmapRequest request;
    request.capacity_days_per_month = kTrendCapacityDaysPerMonth;
    if (auto plan = roadmap(caller, views[i], request); plan.ok()) roadmaps[i] = std::move(plan).value();
    steps.push_back({&views[i].record.assessment, views[i].framework.get(), &views[i].results, &roadmaps[i]});
  }
  return build_trend(name, steps);
}

}  // namespace candor::app
