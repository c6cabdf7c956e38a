// The other input shapes: a generic event log, a Jira export, and a user's
// mapping file (columns by header and by position, value maps, stated date
// order and time zone).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "ops/analysis.h"
#include "ops/mapping_file.h"
#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::filesystem::temp_directory_path() / (std::to_string(getpid()) + "-" + name);
  std::FILE* file = std::fopen(path.c_str(), "w");
  std::fwrite(text.data(), 1, text.size(), file);
  std::fclose(file);
  return path;
}

// C1 opens 08:00, resolved 10:30 (first Resolved row), closed later: 2.5 h.
// C2 opens 09:00 and is still in progress.
TEST(GenericProfile, EventLogOpensAtFirstRowAndResolvesAtFirstResolvingActivity) {
  auto result = analyse_text(
      "case_id,activity,timestamp,resource\n"
      "C1,Open,2016-03-01T08:00:00,alice\n"
      "C2,Open,2016-03-01T09:00:00,bob\n"
      "C1,Resolved,2016-03-01T10:30:00,alice\n"
      "C1,Closed,2016-03-02T10:30:00,alice\n"
      "C2,Work,2016-03-01T11:00:00,carol\n",
      "generic");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Kpis& k = (*result)->kpis;
  EXPECT_EQ(k.record_type, "case");
  EXPECT_EQ(k.cases, 2u);
  EXPECT_EQ(k.resolved, 1u);
  EXPECT_DOUBLE_EQ(k.p50_hours, 2.5);
}

TEST(JiraProfile, IssueExportWithEpochMillis) {
  auto result = analyse_text(
      "Issue key,Status,Created,Updated,Resolved,Priority,Issue Type,Assignee\n"
      "SD-1,Done,1456819200000,1456830000000,1456826400000,High,Incident,ann\n"
      "SD-2,Open,1456819200000,1456819200000,,Low,Service Request,\n",
      "jira");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Kpis& k = (*result)->kpis;
  EXPECT_EQ(k.cases, 2u);
  EXPECT_EQ(k.resolved, 1u);
  EXPECT_DOUBLE_EQ(k.p50_hours, 2.0);
  ASSERT_NE(find_priority(k, "High"), nullptr);
}

// Duplicate and damaged headers: state by position; priority codes mapped to
// labels; month-first dates stated; times in +02:00.
TEST(MappingFile, ColumnsByPositionValueMapsAndStatedDateOrder) {
  const std::string mapping = write_temp("mapping.yaml",
      "name: legacy-tool\n"
      "delimiter: \";\"\n"
      "date_order: month_first\n"
      "time_zone: \"+02:00\"\n"
      "columns:\n"
      "  case_id: Ticket\n"
      "  state: {position: 3}\n"
      "  sequence: Rev\n"
      "  opened_at: Opened\n"
      "  resolved_at: Solved\n"
      "  priority: Prio\n"
      "values:\n"
      "  priority: {\"1\": \"1 - Critical\", \"3\": \"3 - Moderate\"}\n");
  const std::string log = write_temp("legacy.csv",
      "Ticket;Rev;Status;Status;Opened;Solved;Prio\n"
      "T1;0;x;New;3/1/2016 08:00;;3\n"
      "T1;1;x;Resolved;3/1/2016 08:00;3/1/2016 11:00;3\n"
      "T2;0;x;New;3/2/2016 08:00;;1\n");
  AnalysisRequest request;
  request.file = log;
  request.mapping_file = mapping;
  const auto analysis = analyse_log(request);
  ASSERT_TRUE(analysis.ok()) << analysis.error().to_string();
  const Kpis& k = (*analysis)->kpis;
  EXPECT_EQ(k.cases, 2u);
  ASSERT_NE(find_priority(k, "3 - Moderate"), nullptr);
  EXPECT_DOUBLE_EQ(find_priority(k, "3 - Moderate")->p50_hours, 3.0);
  ASSERT_NE(find_priority(k, "1 - Critical"), nullptr);
  EXPECT_EQ((*analysis)->mapping->name, "legacy-tool");
  EXPECT_EQ(k.months.front().month, "2016-03");
  std::filesystem::remove(mapping);
  std::filesystem::remove(log);
}

TEST(MappingFile, ErrorsNameFileLineAndField) {
  const std::string mapping = write_temp("bad-mapping.yaml", "columns:\n  case_id: Ticket\n  colour: Red\n");
  const auto loaded = load_mapping_file(mapping);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().to_string().find("bad-mapping.yaml:3:3"), std::string::npos) << loaded.error().to_string();
  EXPECT_NE(loaded.error().to_string().find("unknown field 'colour'"), std::string::npos);
  std::filesystem::remove(mapping);
}

}  // namespace
}  // namespace candor::ops::testing

namespace candor::ops::testing {
namespace {

// The hand-worked servicenow case of csv_kpi_test in JSON Lines: keys in any
// order, numbers and booleans unquoted, a missing key, a bad line reported.
TEST(JsonLines, SameKpisAsCsvAndBadLinesLocated) {
  auto result = analyse_text(
      "{\"number\":\"INC1\",\"incident_state\":\"New\",\"sys_mod_count\":0,\"sys_updated_at\":\"2016-03-01 08:00\","
      "\"opened_at\":\"2016-03-01 08:00\",\"priority\":\"3 - Moderate\",\"made_sla\":true,\"resolved_at\":null}\n"
      "{\"sys_mod_count\":2,\"number\":\"INC1\",\"incident_state\":\"Resolved\",\"sys_updated_at\":\"2016-03-01 10:00\","
      "\"opened_at\":\"2016-03-01 08:00\",\"resolved_at\":\"2016-03-01 10:00\",\"priority\":\"3 - Moderate\",\"made_sla\":true,"
      "\"note\":{\"nested\":[1,2]}}\n"
      "not json\n"
      "\n"
      "{\"number\":\"INC2\",\"incident_state\":\"New\",\"sys_mod_count\":0,\"sys_updated_at\":\"2016-03-02 09:00\","
      "\"opened_at\":\"2016-03-02 09:00\",\"priority\":\"1 - Critical\",\"made_sla\":false}\n",
      "servicenow");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Analysed& a = **result;
  EXPECT_TRUE(a.log.jsonl);
  EXPECT_EQ(a.kpis.events, 3u);
  EXPECT_EQ(a.kpis.cases, 2u);
  EXPECT_DOUBLE_EQ(a.kpis.sla_met_ratio, 0.5);
  ASSERT_NE(find_priority(a.kpis, "3 - Moderate"), nullptr);
  EXPECT_DOUBLE_EQ(find_priority(a.kpis, "3 - Moderate")->p50_hours, 2.0);
  ASSERT_EQ(a.log.bad_row_examples.size(), 1u);
  EXPECT_EQ(a.log.bad_row_examples[0].line, 3u);
  EXPECT_NE(a.log.bad_row_examples[0].reason.find("JSON"), std::string::npos);
}

}  // namespace
}  // namespace candor::ops::testing
