// Writes the sample report in all three formats to TMPDIR
// (candor-sample-report.html/.json/.xlsx), so a person can open it in a
// browser and look; and checks that the three agree on the key figures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "report/html_report.h"
#include "report/report_json.h"
#include "report/sample_assessment.h"
#include "report/xlsx_report.h"

namespace candor {
namespace {

std::filesystem::path temp_dir() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp ? tmp : "/tmp";
}

TEST(SampleReport, WritesHtmlJsonAndXlsxThatAgree) {
  const auto sample = testing::make_sample_assessment();
  ASSERT_NE(sample->roadmap, nullptr);
  const auto base = temp_dir() / "candor-sample-report";
  const std::string html = html_report(sample->input());
  const nlohmann::json json = report_json(sample->input());
  std::ofstream(base.string() + ".html") << html;
  std::ofstream(base.string() + ".json") << json.dump(2);
  const Status xlsx = write_xlsx_report(sample->input(), base.string() + ".xlsx");
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().to_string();
  EXPECT_GT(std::filesystem::file_size(base.string() + ".xlsx"), 4000u);

  EXPECT_EQ(json["roadmap"]["finish"], sample->roadmap->finish.to_string());
  EXPECT_THAT(html, ::testing::HasSubstr(json["roadmap"]["finish"].get<std::string>()));
  EXPECT_EQ(json["processes"].size(), 13u);
  EXPECT_EQ(json["readiness"], "not_ready");
}

}  // namespace
}  // namespace candor
