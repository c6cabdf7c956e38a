// libFuzzer target for one profile's row parser (CANDOR_FUZZ_PROFILE names
// it; CMake builds one executable per profile): the input is the body of a
// log whose header is the profile's own, so every run reaches the row
// parser — dates, counts, booleans, states, priorities, case ids — rather
// than stopping at a header without the profile's columns.
#include <string>

#include "ops/fuzz_check.h"

namespace {

std::string header() {
  const std::string profile = CANDOR_FUZZ_PROFILE;
  if (profile == "servicenow") {
    return "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,opened_at,"
           "sys_updated_at,contact_type,category,impact,urgency,priority,assignment_group,problem_id,closed_code,"
           "resolved_at,closed_at\n";
  }
  if (profile == "jira") return "Issue key,Status,Priority,Issue Type,Assignee,Created,Updated,Resolved\n";
  return "case_id,activity,timestamp,resource\n";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string kHeader = header();
  std::string text = kHeader;
  text.append(reinterpret_cast<const char*>(data), size);
  candor::ops::fuzz::check_profile(text, CANDOR_FUZZ_PROFILE);
  return 0;
}
