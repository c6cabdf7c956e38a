#include "ops/mapping.h"

#include <algorithm>
#include <cctype>

namespace candor::ops {
namespace {

constexpr const char* kFieldNames[kFieldCount] = {
    "case_id",      "state",         "sequence",      "updated_at", "opened_at",     "resolved_at",
    "closed_at",    "priority",      "made_sla",      "reopen_count", "reassignment_count", "category",
    "impact",       "urgency",       "problem_id",    "closed_code", "assignment_group", "contact_type"};

std::string normalised(const std::string& text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  std::string out = text.substr(begin, end - begin);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

Mapping servicenow() {
  Mapping m;
  m.name = "servicenow";
  m.description = "built-in profile servicenow (ServiceNow incident audit log, one row per update)";
  const std::pair<Field, const char*> columns[] = {
      {Field::kCaseId, "number"},           {Field::kState, "incident_state"},
      {Field::kSequence, "sys_mod_count"},  {Field::kUpdatedAt, "sys_updated_at"},
      {Field::kOpenedAt, "opened_at"},      {Field::kResolvedAt, "resolved_at"},
      {Field::kClosedAt, "closed_at"},      {Field::kPriority, "priority"},
      {Field::kMadeSla, "made_sla"},        {Field::kReopenCount, "reopen_count"},
      {Field::kReassignmentCount, "reassignment_count"}, {Field::kCategory, "category"},
      {Field::kImpact, "impact"},           {Field::kUrgency, "urgency"},
      {Field::kProblemId, "problem_id"},    {Field::kClosedCode, "closed_code"},
      {Field::kAssignmentGroup, "assignment_group"}, {Field::kContactType, "contact_type"}};
  for (const auto& [field, header] : columns) m.set(field, header);
  m.allowed_states = {"New", "Active", "Awaiting User Info", "Awaiting Problem", "Awaiting Vendor",
                      "Awaiting Evidence", "Resolved", "Closed"};
  return m;
}

Mapping generic() {
  Mapping m;
  m.name = "generic";
  m.description = "built-in profile generic (event log: case id, activity, timestamp, resource)";
  m.record_type = "case";
  m.event_log = true;
  m.set(Field::kCaseId, "case_id");
  m.set(Field::kState, "activity");
  m.set(Field::kUpdatedAt, "timestamp");
  m.set(Field::kAssignmentGroup, "resource");
  return m;
}

Mapping jira() {
  Mapping m;
  m.name = "jira";
  m.description = "built-in profile jira (Jira Service Management issue export, one row per issue)";
  m.set(Field::kCaseId, "Issue key");
  m.set(Field::kState, "Status");
  m.set(Field::kUpdatedAt, "Updated");
  m.set(Field::kOpenedAt, "Created");
  m.set(Field::kResolvedAt, "Resolved");
  m.set(Field::kPriority, "Priority");
  m.set(Field::kCategory, "Issue Type");
  m.set(Field::kAssignmentGroup, "Assignee");
  m.set(Field::kClosedCode, "Resolution");
  m.closed_states = {"Closed", "Done", "Resolved", "Canceled", "Cancelled"};
  m.resolved_states = m.closed_states;
  return m;
}

}  // namespace

const char* field_name(Field field) { return kFieldNames[static_cast<std::size_t>(field)]; }

std::optional<Field> field_from_name(const std::string& name) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (name == kFieldNames[i]) return static_cast<Field>(i);
  }
  return std::nullopt;
}

std::vector<std::string> builtin_profile_names() { return {"servicenow", "generic", "jira"}; }

Result<Mapping> builtin_profile(const std::string& name) {
  if (name == "servicenow") return servicenow();
  if (name == "generic") return generic();
  if (name == "jira") return jira();
  return Error::invalid_input("unknown profile '" + name + "' (known: servicenow, generic, jira)", Location{"", 0, 0, "--profile"});
}

Result<std::array<int, kFieldCount>> resolve_columns(const Mapping& mapping, const std::vector<std::string>& header,
                                                     const std::string& file, std::vector<std::string>* warnings) {
  std::array<int, kFieldCount> indexes;
  indexes.fill(-1);
  std::vector<std::string> names;
  for (const auto& name : header) names.push_back(normalised(name));
  std::vector<Error> problems;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const auto& source = mapping.columns[i];
    if (!source) continue;
    if (source->position > 0) {
      if (static_cast<std::size_t>(source->position) > header.size()) {
        problems.push_back(Error::invalid_input(std::string(kFieldNames[i]) + ": column " + std::to_string(source->position) +
                                                    " does not exist (the header has " + std::to_string(header.size()) + ")",
                                                Location{file, 1}));
      } else {
        indexes[i] = source->position - 1;
      }
      continue;
    }
    const auto found = std::find(names.begin(), names.end(), normalised(source->header));
    const bool key = i == static_cast<std::size_t>(Field::kCaseId) || i == static_cast<std::size_t>(Field::kSequence) ||
                     i == static_cast<std::size_t>(Field::kUpdatedAt);
    if (found == names.end() && !key) {
      if (warnings) warnings->push_back(std::string(kFieldNames[i]) + ": no column '" + source->header + "'; not computed");
    } else if (found == names.end()) {
      problems.push_back(Error::invalid_input(std::string(kFieldNames[i]) + ": the header has no column '" + source->header + "'",
                                              Location{file, 1}));
    } else {
      indexes[i] = static_cast<int>(found - names.begin());
    }
  }
  const auto required = [&](Field field) { return indexes[static_cast<std::size_t>(field)] >= 0; };
  if (problems.empty() && !required(Field::kCaseId)) {
    problems.push_back(Error::invalid_input("the mapping names no case_id column", Location{file, 1}));
  }
  if (problems.empty() && !required(Field::kSequence) && !required(Field::kUpdatedAt)) {
    problems.push_back(Error::invalid_input("the mapping names neither a sequence nor an updated_at column to order rows",
                                            Location{file, 1}));
  }
  if (problems.size() == 1) return problems.front();
  if (!problems.empty()) return Error::many(std::move(problems));
  return indexes;
}

}  // namespace candor::ops
