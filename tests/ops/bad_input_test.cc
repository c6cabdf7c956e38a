// The bad-input corpus: every kind of damage gives a located report (a bad
// row with its line and reason, or an error naming the file and line), never
// a crash and never a silently dropped row.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "cli/cli_runner.h"
#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

const char* kHeader =
    "number,incident_state,sys_mod_count,sys_updated_at,opened_at,resolved_at,priority,made_sla,reopen_count,"
    "reassignment_count\n";
const char* kGoodRow = "INC1,New,0,1/3/2016 08:00,1/3/2016 08:00,?,3 - Moderate,true,0,0\n";

void expect_one_bad_row(const std::string& text, std::uint64_t line, const std::string& reason_part) {
  auto result = analyse_text(text);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const LogSummary& log = (*result)->log;
  EXPECT_EQ(log.bad_rows, 1u);
  ASSERT_EQ(log.bad_row_examples.size(), 1u);
  EXPECT_EQ(log.bad_row_examples[0].line, line);
  EXPECT_NE(log.bad_row_examples[0].reason.find(reason_part), std::string::npos) << log.bad_row_examples[0].reason;
}

TEST(BadInput, RaggedRowIsReportedWithItsLine) {
  expect_one_bad_row(std::string(kHeader) + kGoodRow + "INC2,New,0,1/3/2016 08:00\n" + kGoodRow, 3,
                     "expected 10 fields, found 4");
}

TEST(BadInput, UnterminatedQuoteIsReportedAtTheLineItOpens) {
  expect_one_bad_row(std::string(kHeader) + kGoodRow + kGoodRow + "INC2,\"New,0,1/3/2016 08:00\nmore\n", 4,
                     "not closed");
}

TEST(BadInput, StrayQuoteInsideAFieldIsReported) {
  expect_one_bad_row(std::string(kHeader) + "INC2,Ne\"w\",0,1/3/2016 08:00,1/3/2016 08:00,?,3,true,0,0\n" + kGoodRow, 2,
                     "quote");
}

TEST(BadInput, ImpossibleDateIsReportedWithFieldAndValue) {
  expect_one_bad_row(std::string(kHeader) + kGoodRow + "INC2,New,0,1/3/2016 08:00,31/2/2016 08:00,?,3,true,0,0\n", 3,
                     "opened_at: '31/2/2016 08:00' is not a date");
}

TEST(BadInput, BadBooleanAndCountAreReported) {
  expect_one_bad_row(std::string(kHeader) + "INC2,New,0,1/3/2016 08:00,1/3/2016 08:00,?,3,maybe,0,0\n", 2,
                     "made_sla: 'maybe' is not a boolean");
  expect_one_bad_row(std::string(kHeader) + "INC2,New,x,1/3/2016 08:00,1/3/2016 08:00,?,3,true,0,0\n", 2,
                     "sequence: 'x' is not a whole number");
}

TEST(BadInput, InvalidUtf8RowIsReported) {
  expect_one_bad_row(std::string(kHeader) + kGoodRow + "INC2,N\xC3\x28w,0,1/3/2016 08:00,1/3/2016 08:00,?,3,true,0,0\n",
                     3, "UTF-8");
}

// Found by ops_jsonl_fuzz: malformed JSON right after a null crashed the
// reader (simdjson's bool conversion throws).
TEST(BadInput, MalformedJsonLineAfterANullIsABadRow) {
  auto result = analyse_text(
      "{\"case_id\":\"C1\",\"activity\":\"Open\",\"timestamp\":\"2016-03-01T08:00:00Z\"}\n"
      "{\"case_id\":\"C2\",\"activity\":null\",timestamp\":\"2016-03-02T09:00:00Z\"}\n",
      "generic");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->log.events, 1u);
  ASSERT_EQ((*result)->log.bad_rows, 1u);
  EXPECT_EQ((*result)->log.bad_row_examples[0].line, 2u);
}

TEST(BadInput, EmptyFileIsAnErrorNamingTheFile) {
  auto result = analyse_text("");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().to_string().find("empty"), std::string::npos);
}

TEST(BadInput, HeaderOnlyGivesZeroCasesAndNoRatios) {
  auto result = analyse_text(kHeader);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->kpis.events, 0u);
  EXPECT_EQ((*result)->kpis.cases, 0u);
  EXPECT_TRUE(std::isnan((*result)->kpis.sla_met_ratio));
}

TEST(BadInput, HeaderWithoutTheCaseIdColumnIsAnErrorAtLineOne) {
  auto result = analyse_text("id,state\nINC1,New\n");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().to_string().find(":1: case_id: the header has no column 'number'"), std::string::npos)
      << result.error().to_string();
}

TEST(BadInput, LongLineIsReadNotRefused) {
  const std::string note(20u << 20, 'x');
  std::string text = "number,incident_state,sys_mod_count,sys_updated_at,note\n";
  text += "INC1,New,0,1/3/2016 08:00,\"" + note + "\"\nINC2,New,0,1/3/2016 08:00,x\n";
  auto result = analyse_text(text, "servicenow", 2, 4096);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->kpis.cases, 2u);
  EXPECT_EQ((*result)->log.bad_rows, 0u);
}

TEST(BadInput, StrictRefusesAnyBadRowWithExitCodeTwoAndTheLine) {
  const std::string path = candor::testing::temp_path("ops-strict-" + std::to_string(getpid()) + ".csv");
  {
    std::FILE* file = std::fopen(path.c_str(), "w");
    const std::string text = std::string(kHeader) + kGoodRow + "INC2,New\n";
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
  }
  const auto lenient = candor::testing::run_candor("ops kpi " + path + " --json", true);
  EXPECT_EQ(lenient.exit_code, 0) << lenient.out;
  EXPECT_NE(lenient.out.find("\"bad_rows\": 1"), std::string::npos);
  const auto strict = candor::testing::run_candor("ops kpi " + path + " --strict", true);
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_NE(strict.out.find(path + ":3: bad row: expected 10 fields, found 2"), std::string::npos) << strict.out;
  const auto empty = candor::testing::run_candor("ops kpi /dev/null", true);
  EXPECT_EQ(empty.exit_code, 2) << empty.out;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace candor::ops::testing
