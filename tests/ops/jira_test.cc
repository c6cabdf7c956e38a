// The Jira Service Management profile on a realistic export
// (tests/ops/data/jira_service_management.csv): Jira's own column names with
// duplicates (Labels, Watchers, Comment), multi-line quoted descriptions,
// Jira's "01/Mar/16 9:00 AM" dates, and issues unresolved, cancelled, closed
// without a resolution and without a priority. Every expected figure is
// computed by hand in the comments.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "cli/cli_runner.h"
#include "ops/analysis.h"
#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

const std::string kExport = std::string(CANDOR_SOURCE_DIR) + "/tests/ops/data/jira_service_management.csv";

const Analysed& jira_export() {
  static const std::unique_ptr<Analysed> analysed = [] {
    std::ifstream in(kExport, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto result = analyse_text(text.str(), "jira");
    EXPECT_TRUE(result.ok()) << result.error().to_string();
    return result.ok() ? std::move(*result) : nullptr;
  }();
  return *analysed;
}

TEST(JiraExport, ReadsEveryIssueWithJirasDateFormat) {
  const Analysed& a = jira_export();
  EXPECT_EQ(a.log.bad_rows, 0u);
  EXPECT_EQ(a.kpis.events, 8u);
  EXPECT_EQ(a.kpis.cases, 8u);
  EXPECT_EQ(a.log.layout.date_formats[static_cast<int>(Field::kOpenedAt)].order, DateOrder::kMonthName);
  EXPECT_EQ(a.log.layout.date_formats[static_cast<int>(Field::kResolvedAt)].order, DateOrder::kMonthName);
}

// Resolved issues and their hours (Resolved - Created):
// HD-101 9:00 AM -> 11:30 AM = 2.5; HD-102 1 Mar 10:15 AM -> 2 Mar 10:15 AM = 24;
// HD-105 2 Mar 11:59 PM -> 3 Mar 12:29 AM = 0.5; HD-106 8:00 -> 9:00 AM = 1;
// HD-107 9:00 AM -> 3:00 PM = 6. Sorted 0.5 1 2.5 6 24: p50 = 2.5;
// p90 at rank 0.9 * 4 = 3.6: 6 + 0.6 * (24 - 6) = 16.8.
TEST(JiraExport, ResolutionTimesMatchTheHandComputation) {
  const Kpis& k = jira_export().kpis;
  EXPECT_EQ(k.resolved, 5u);
  EXPECT_DOUBLE_EQ(k.p50_hours, 2.5);
  EXPECT_NEAR(k.p90_hours, 16.8, 1e-9);
}

// High: HD-101 2.5, HD-105 0.5, HD-107 6 -> p50 2.5, p90 at rank 1.8:
// 2.5 + 0.8 * 3.5 = 5.3. Medium: HD-102 24 (HD-104 open). Highest: HD-103
// open. Low: HD-106 1. No priority: HD-108.
TEST(JiraExport, PrioritiesAsWrittenInTheExport) {
  const Kpis& k = jira_export().kpis;
  ASSERT_EQ(k.priorities.size(), 5u);
  const PriorityKpis* high = find_priority(k, "High");
  ASSERT_NE(high, nullptr);
  EXPECT_EQ(high->cases, 3u);
  EXPECT_EQ(high->resolved, 3u);
  EXPECT_DOUBLE_EQ(high->p50_hours, 2.5);
  EXPECT_NEAR(high->p90_hours, 5.3, 1e-9);
  const PriorityKpis* medium = find_priority(k, "Medium");
  ASSERT_NE(medium, nullptr);
  EXPECT_EQ(medium->cases, 2u);
  EXPECT_EQ(medium->resolved, 1u);
  EXPECT_DOUBLE_EQ(medium->p50_hours, 24.0);
  const PriorityKpis* highest = find_priority(k, "Highest");
  ASSERT_NE(highest, nullptr);
  EXPECT_EQ(highest->resolved, 0u);
  EXPECT_TRUE(std::isnan(highest->p50_hours));
  ASSERT_NE(find_priority(k, "Low"), nullptr);
  EXPECT_DOUBLE_EQ(find_priority(k, "Low")->p50_hours, 1.0);
  ASSERT_NE(find_priority(k, ""), nullptr);
  EXPECT_EQ(find_priority(k, "")->cases, 1u);
}

// The export has no SLA flag, reopen or reassignment counts: those KPIs are
// not computed (NaN, null in JSON), never reported as 0.
TEST(JiraExport, KpisWithoutColumnsAreNotComputed) {
  const Kpis& k = jira_export().kpis;
  EXPECT_TRUE(std::isnan(k.sla_met_ratio));
  EXPECT_TRUE(std::isnan(k.reopen_ratio));
  EXPECT_TRUE(std::isnan(k.mean_reassignments));
  EXPECT_TRUE(std::isnan(k.first_contact_resolution_ratio));
  EXPECT_EQ(find_check(k, "incident.sla_met"), nullptr);
  EXPECT_EQ(find_check(k, "incident.not_reopened"), nullptr);
}

// classified: HD-108 has no priority. closed_with_code: the issues in a
// closing state (Resolved, Closed, Canceled: HD-101, 102, 105, 106, 107) need a
// Resolution; HD-107 has none. resolution_time_recorded: all five have one.
TEST(JiraExport, ChecksMatchTheHandComputation) {
  const Kpis& k = jira_export().kpis;
  const CheckResult* classified = find_check(k, "incident.classified");
  ASSERT_NE(classified, nullptr);
  EXPECT_EQ(classified->passed, 7u);
  EXPECT_EQ(classified->failed, 1u);
  EXPECT_EQ(classified->failing_examples, std::vector<std::string>{"HD-108"});
  const CheckResult* closed = find_check(k, "incident.closed_with_code");
  ASSERT_NE(closed, nullptr);
  EXPECT_EQ(closed->passed, 4u);
  EXPECT_EQ(closed->failed, 1u);
  EXPECT_EQ(closed->failing_examples, std::vector<std::string>{"HD-107"});
  const CheckResult* recorded = find_check(k, "incident.resolution_time_recorded");
  ASSERT_NE(recorded, nullptr);
  EXPECT_EQ(recorded->passed, 5u);
  EXPECT_EQ(recorded->failed, 0u);
}

// March 2016: 8 opened, 5 resolved; HD-103, HD-104 and HD-108 open at its end.
TEST(JiraExport, MonthlyVolumesAndBacklog) {
  const Kpis& k = jira_export().kpis;
  ASSERT_EQ(k.months.size(), 1u);
  EXPECT_EQ(k.months[0].month, "2016-03");
  EXPECT_EQ(k.months[0].opened, 8u);
  EXPECT_EQ(k.months[0].resolved, 5u);
  EXPECT_EQ(k.months[0].backlog, 3u);
}

TEST(JiraExport, SameFiguresFromTheCommandLine) {
  const auto run = candor::testing::run_candor("ops kpi " + kExport + " --profile jira --json");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("\"cases\": 8"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"p50_hours\": 2.5"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"sla_met_ratio\": null"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace candor::ops::testing
