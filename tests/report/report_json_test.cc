#include "report/report_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/version.h"
#include "report/sample_assessment.h"

namespace candor {
namespace {

using nlohmann::json;

TEST(ReportJson, CarriesTheRecordTheResultsRestOn) {
  const auto sample = testing::make_sample_assessment();
  const json out = report_json(sample->input());
  EXPECT_EQ(out["evidence"].size(), sample->record.evidence.size());
  EXPECT_EQ(out["judgements"].size(), sample->record.judgements.size());
  EXPECT_EQ(out["claims"].size(), sample->record.claims.size());
  EXPECT_TRUE(out.contains("processes"));  // the results JSON is included as is
}

TEST(ReportJson, NamesFrameworkFingerprintVersionAndJournalHead) {
  const auto sample = testing::make_sample_assessment();
  const json out = report_json(sample->input());
  EXPECT_EQ(out["framework"]["key"], "iso20000-1:2018");
  EXPECT_EQ(out["framework"]["sha256"], sample->record.assessment.framework_sha256);
  EXPECT_EQ(out["candor_version"], version());
  EXPECT_EQ(out["journal_head"], sample->input().journal_head);
  EXPECT_EQ(out["generated_at"], "2026-11-23T17:59:01Z");
}

TEST(ReportJson, IncludesTheRoadmapWhenPlannedAndNullOtherwise) {
  const auto sample = testing::make_sample_assessment();
  EXPECT_TRUE(report_json(sample->input())["roadmap"].is_object());
  ReportInput without{sample->framework, sample->record, sample->results};
  EXPECT_TRUE(report_json(without)["roadmap"].is_null());
}

TEST(ReportJson, MeasurementPayloadIsEmbeddedAsJson) {
  const auto sample = testing::make_sample_assessment();
  const json out = report_json(sample->input());
  bool found = false;
  for (const auto& evidence : out["evidence"]) {
    if (evidence["kind"] == "measurement") {
      found = true;
      EXPECT_EQ(evidence["payload"]["profile"], "servicenow-incident");
    }
  }
  EXPECT_TRUE(found);
}

TEST(ReportJson, PayloadThatIsNotJsonStaysValidJsonAsText) {
  auto sample = testing::make_sample_assessment();
  sample->record.evidence[0].payload_json = "{not json";
  const std::string text = report_json(sample->input()).dump();
  const json reparsed = json::parse(text, nullptr, false);
  ASSERT_FALSE(reparsed.is_discarded());
  EXPECT_EQ(reparsed["evidence"][0]["payload_text"], "{not json");
}

}  // namespace
}  // namespace candor
