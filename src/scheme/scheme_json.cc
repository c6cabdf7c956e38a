// JSON for the entry check, the timeline and the decision (shapes in
// docs/schemes.md).
#include <nlohmann/json.hpp>

#include "scheme/text_output.h"

namespace candor::scheme {

using nlohmann::json;

namespace {

json degree_json(const RequirementDegree& degree) {
  return {{"id", degree.id},
          {"title", degree.title},
          {"assessed", degree.assessed},
          {"degree", degree.degree ? json(*degree.degree) : json(nullptr)},
          {"sources", degree.sources}};
}

}  // namespace

std::string to_json(const EntryCheck& check) {
  json requirements = json::array();
  for (const auto& requirement : check.requirements) {
    json item = {{"id", requirement.id},
                 {"title", requirement.title},
                 {"kind", to_string(requirement.kind)},
                 {"mandatory", requirement.obligation == Obligation::kMandatory},
                 {"satisfied", requirement.satisfied},
                 {"entries", requirement.entries},
                 {"matched", requirement.matched},
                 {"missing", requirement.missing},
                 {"notes", requirement.notes}};
    if (requirement.kind != EntryKind::kCertificate) {
      item["window"] = {requirement.window_start.to_string(), requirement.window_end.to_string()};
    }
    if (requirement.kind == EntryKind::kExperience) {
      item["qualifying_days"] = requirement.qualifying_days;
      item["required_days"] = requirement.required_days;
    }
    requirements.push_back(item);
  }
  json out = {{"seminar", check.seminar.to_string()},
              {"eligible", check.eligible},
              {"requirements", requirements},
              {"warnings", check.warnings}};
  return out.dump(2);
}

std::string to_json(const DatedTimeline& timeline, const TimelineStatus& status) {
  json stages = json::array();
  for (const auto& stage : timeline.stages) {
    stages.push_back({{"id", stage.id},
                      {"title", stage.title},
                      {"start", stage.start.to_string()},
                      {"end", stage.end.to_string()},
                      {"exam", stage.exam}});
  }
  json deadlines = json::array();
  for (const auto& deadline : status.deadlines) {
    deadlines.push_back({{"id", deadline.id},
                         {"title", deadline.title},
                         {"due", deadline.due.to_string()},
                         {"state", to_string(deadline.state)},
                         {"days_left", deadline.days_left}});
  }
  json out = {{"mode", timeline.mode},
              {"seminar", timeline.seminar.to_string()},
              {"week_zero", timeline.week_zero.to_string()},
              {"today", status.today.to_string()},
              {"current_stages", status.current_stages},
              {"stages", stages},
              {"deadlines", deadlines},
              {"late", status.late},
              {"at_risk", status.at_risk}};
  return out.dump(2);
}

std::string to_json(const Decision& decision) {
  json requirements = json::array(), skills = json::array(), rules = json::array();
  for (const auto& degree : decision.requirements) requirements.push_back(degree_json(degree));
  for (const auto& degree : decision.skills) skills.push_back(degree_json(degree));
  for (const auto& rule : decision.rules) {
    rules.push_back({{"id", rule.id},
                     {"title", rule.title},
                     {"satisfied", rule.satisfied},
                     {"decided", rule.decided},
                     {"reason", rule.reason}});
  }
  json out = {{"outcome", to_string(decision.outcome)},
              {"requirements", requirements},
              {"skills", skills},
              {"rules", rules},
              {"form_problems", decision.form_problems},
              {"reasons", decision.reasons}};
  return out.dump(2);
}

}  // namespace candor::scheme
