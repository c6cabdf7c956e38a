#include "report/xlsx_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "report/sample_assessment.h"

namespace candor {
namespace {

using ::testing::HasSubstr;

std::string temp_path(const std::string& name) {
  const char* tmp = std::getenv("TMPDIR");
  return (std::filesystem::path(tmp ? tmp : "/tmp") / name).string();
}

// Output of a shell command (unzip is among the packages scripts/install-deps.sh installs).
std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

class XlsxReport : public ::testing::Test {
 protected:
  void SetUp() override {
    path = temp_path("candor-xlsx-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".xlsx");
    const Status written = write_xlsx_report(sample->input(), path);
    ASSERT_TRUE(written.ok()) << written.error().to_string();
  }
  void TearDown() override { std::filesystem::remove(path); }

  std::string entry(const std::string& name) const { return run("unzip -p '" + path + "' '" + name + "'"); }

  std::unique_ptr<testing::SampleAssessment> sample = testing::make_sample_assessment();
  std::string path;
};

TEST_F(XlsxReport, IsAValidZipHoldingTheSixSheets) {
  const std::string listing = run("unzip -l '" + path + "'");
  EXPECT_THAT(listing, HasSubstr("xl/workbook.xml"));
  EXPECT_THAT(listing, HasSubstr("xl/worksheets/sheet6.xml"));
  EXPECT_EQ(run("unzip -tq '" + path + "' >/dev/null 2>&1; echo $?"), "0\n");
  const std::string workbook = entry("xl/workbook.xml");
  for (const char* sheet : {"Summary", "Processes", "Requirements", "Roadmap", "Judgements", "Evidence"}) {
    EXPECT_THAT(workbook, HasSubstr("<sheet name=\"" + std::string(sheet) + "\"")) << sheet;
  }
}

TEST_F(XlsxReport, FreezesTheHeaderRowOfEverySheet) {
  for (int sheet = 1; sheet <= 6; ++sheet) {
    EXPECT_THAT(entry("xl/worksheets/sheet" + std::to_string(sheet) + ".xml"), HasSubstr("ySplit=\"1\""))
        << "sheet " << sheet;
  }
}

TEST_F(XlsxReport, WritesNotAssessedAsWordsNeverAsZero) {
  EXPECT_THAT(entry("xl/sharedStrings.xml"), HasSubstr("<t>not assessed</t>"));
}

TEST_F(XlsxReport, HoldsEveryJudgementAndEvidenceItem) {
  const std::string strings = entry("xl/sharedStrings.xml");
  EXPECT_THAT(strings, HasSubstr(sample->record.judgements.front().rationale));
  EXPECT_THAT(strings, HasSubstr(sample->record.evidence.back().title));
  // Judgements sheet: a header row plus one row per judgement.
  const std::string judgements = entry("xl/worksheets/sheet5.xml");
  EXPECT_THAT(judgements, HasSubstr("<row r=\"" + std::to_string(sample->record.judgements.size() + 1) + "\""));
  EXPECT_THAT(judgements, ::testing::Not(HasSubstr("<row r=\"" + std::to_string(sample->record.judgements.size() + 2) + "\"")));
}

TEST(XlsxReportErrors, UnwritablePathIsAnIoError) {
  const auto sample = testing::make_sample_assessment();
  const Status written = write_xlsx_report(sample->input(), "/nonexistent-dir/report.xlsx");
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code(), ErrorCode::kIo);
  EXPECT_THAT(written.error().message(), HasSubstr("/nonexistent-dir/report.xlsx"));
}

}  // namespace
}  // namespace candor
