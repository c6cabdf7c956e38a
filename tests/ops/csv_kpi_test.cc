// Small hand-made logs whose KPIs were worked out by hand (see the comment on
// kLog), read in every CSV dialect the issue names.
#include <gtest/gtest.h>

#include <cmath>

#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

// Three incidents. INC1: state row is sys_mod_count 3 (Closed), resolved after
// 2 h, SLA met, reassigned once. INC2: state row mod 1 (Active), unresolved,
// SLA missed, reassigned 3 times. INC3: resolved after 4 h, SLA missed,
// reopened once. The note column holds a delimiter, a quote and a line break.
// So: events 6, cases 3, sla_met 1/3, reopen 1/3, mean reassignments 4/3;
// "3 - Moderate": 2 cases, 2 resolved, hours {2, 4} -> p50 3, p90 3.8, SLA 1/2;
// "1 - Critical": 1 case, 0 resolved, SLA 0.
const char* kLog =
    "number,incident_state,sys_mod_count,sys_updated_at,opened_at,resolved_at,priority,made_sla,reopen_count,"
    "reassignment_count,note\n"
    "INC1,New,0,1/3/2016 08:00,1/3/2016 08:00,?,3 - Moderate,true,0,0,plain\n"
    "INC1,Resolved,2,1/3/2016 10:00,1/3/2016 08:00,1/3/2016 10:00,\"3 - Moderate\",true,0,1,\"a, b\"\n"
    "INC2,New,0,2/3/2016 09:00,2/3/2016 09:00,?,1 - Critical,TRUE,0,0,\"she said \"\"hi\"\"\"\n"
    "INC2,Active,1,2/3/2016 10:00,2/3/2016 09:00,?,1 - Critical,FALSE,0,3,\"two\nlines\"\n"
    "INC3,Resolved,5,3/3/2016 12:00,3/3/2016 08:00,3/3/2016 12:00,3 - Moderate,false,1,0,\"\"\n"
    "INC1,Closed,3,5/3/2016 10:00,1/3/2016 08:00,1/3/2016 10:00,3 - Moderate,true,0,1,\"x\n\ny\"\n";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

void expect_hand_worked(const Kpis& k) {
  EXPECT_EQ(k.events, 6u);
  EXPECT_EQ(k.cases, 3u);
  EXPECT_EQ(k.bad_rows, 0u);
  EXPECT_DOUBLE_EQ(k.sla_met_ratio, 1.0 / 3);
  EXPECT_DOUBLE_EQ(k.reopen_ratio, 1.0 / 3);
  EXPECT_DOUBLE_EQ(k.mean_reassignments, 4.0 / 3);
  EXPECT_DOUBLE_EQ(k.reassignment_ping_pong_ratio, 1.0 / 3);
  ASSERT_EQ(k.priorities.size(), 2u);
  const PriorityKpis* moderate = find_priority(k, "3 - Moderate");
  ASSERT_NE(moderate, nullptr);
  EXPECT_EQ(moderate->cases, 2u);
  EXPECT_EQ(moderate->resolved, 2u);
  EXPECT_DOUBLE_EQ(moderate->p50_hours, 3.0);
  EXPECT_DOUBLE_EQ(moderate->p90_hours, 3.8);
  EXPECT_DOUBLE_EQ(moderate->sla_met_ratio, 0.5);
  const PriorityKpis* critical = find_priority(k, "1 - Critical");
  ASSERT_NE(critical, nullptr);
  EXPECT_EQ(critical->cases, 1u);
  EXPECT_EQ(critical->resolved, 0u);
  EXPECT_TRUE(std::isnan(critical->p50_hours));
  EXPECT_DOUBLE_EQ(critical->sla_met_ratio, 0.0);
}

TEST(CsvKpis, HandWorkedLogWithQuotesAndEmbeddedNewlines) {
  auto result = analyse_text(kLog);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  expect_hand_worked((*result)->kpis);
}

TEST(CsvKpis, SameResultWhateverTheSplitIntoPieces) {
  for (unsigned threads : {1u, 2u, 3u, 5u, 8u}) {
    auto result = analyse_text(kLog, "servicenow", threads, 1);
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    SCOPED_TRACE(threads);
    expect_hand_worked((*result)->kpis);
  }
}

TEST(CsvKpis, CrlfLineEnds) {
  auto result = analyse_text(replace_all(kLog, "\n", "\r\n"));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  expect_hand_worked((*result)->kpis);
}

TEST(CsvKpis, ByteOrderMark) {
  auto result = analyse_text("\xEF\xBB\xBF" + std::string(kLog));
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_TRUE((*result)->log.byte_order_mark);
  expect_hand_worked((*result)->kpis);
}

TEST(CsvKpis, SemicolonDelimiterIsDetected) {
  // The note "a, b" keeps its comma: it is inside quotes.
  std::string text = replace_all(kLog, ",", ";");
  text = replace_all(text, "\"a; b\"", "\"a, b\"");
  auto result = analyse_text(text);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->log.delimiter, ';');
  expect_hand_worked((*result)->kpis);
}

TEST(CsvKpis, DashedDatesAndIsoDatesGiveTheSameHours) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"/3/2016", "-03-2016"}}) {
    auto result = analyse_text(replace_all(kLog, from, to));
    ASSERT_TRUE(result.ok()) << result.error().to_string();
    expect_hand_worked((*result)->kpis);
  }
  std::string iso = kLog;
  for (int day = 1; day <= 5; ++day) {
    iso = replace_all(iso, std::to_string(day) + "/3/2016", "2016-03-0" + std::to_string(day));
  }
  auto result = analyse_text(iso);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->log.layout.date_formats[static_cast<int>(Field::kOpenedAt)].order, DateOrder::kIso);
  expect_hand_worked((*result)->kpis);
}

TEST(CsvKpis, ChecksCountCasesAndNameFailingOnes) {
  auto result = analyse_text(kLog);
  ASSERT_TRUE(result.ok());
  const CheckResult* reopened = find_check((*result)->kpis, "incident.not_reopened");
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(reopened->requirement, "8.6.1");
  EXPECT_EQ(reopened->passed, 2u);
  EXPECT_EQ(reopened->failed, 1u);
  EXPECT_EQ(reopened->failing_examples, std::vector<std::string>{"INC3"});
  const CheckResult* sla = find_check((*result)->kpis, "incident.sla_met");
  ASSERT_NE(sla, nullptr);
  EXPECT_EQ(sla->requirement, "8.3.3");
  EXPECT_EQ(sla->failed, 2u);
  EXPECT_EQ(sla->failing_examples, (std::vector<std::string>{"INC2", "INC3"}));
}

TEST(CsvKpis, MissingProfileColumnsAreWarnedNotGuessed) {
  auto result = analyse_text(kLog);
  ASSERT_TRUE(result.ok());
  bool category_warned = false;
  for (const auto& w : (*result)->log.warnings) category_warned |= w.find("category") != std::string::npos;
  EXPECT_TRUE(category_warned);
  EXPECT_EQ(find_check((*result)->kpis, "incident.classified"), nullptr);
}

}  // namespace
}  // namespace candor::ops::testing
