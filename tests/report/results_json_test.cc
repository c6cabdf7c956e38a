#include "report/results_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/fixtures.h"
#include "report/sample_assessment.h"

namespace candor {
namespace {

using nlohmann::json;
using testing::make_sample_assessment;

json find_by_id(const json& array, const std::string& id) {
  for (const auto& item : array) {
    if (item.at("id") == id) return item;
  }
  ADD_FAILURE() << "no item with id " << id;
  return json();
}

class ResultsJson : public ::testing::Test {
 protected:
  std::unique_ptr<testing::SampleAssessment> sample = make_sample_assessment();
  json out = results_json(sample->input());
};

TEST_F(ResultsJson, HasTheContractedTopLevelFields) {
  for (const char* field : {"assessment", "readiness", "blockers", "not_assessed", "mandatory", "conforming",
                            "not_applicable", "confidence", "confidence_detail", "processes", "requirements",
                            "clauses", "disagreements"}) {
    EXPECT_TRUE(out.contains(field)) << field;
  }
  EXPECT_EQ(out["assessment"]["subject"], "Northwind Managed Services B.V.");
  EXPECT_TRUE(out["confidence"].is_number());
  EXPECT_EQ(out["confidence"], sample->results.overall.score);
}

TEST_F(ResultsJson, NotAssessedProcessHasNullLevelAndNullGap) {
  const json problem = find_by_id(out["processes"], "8.6.3");  // claimed 2, never rated
  EXPECT_EQ(problem["claimed_level"], 2);
  EXPECT_TRUE(problem["evidenced_level"].is_null());
  EXPECT_TRUE(problem["promise_gap"].is_null());
}

TEST_F(ResultsJson, ProcessWithoutClaimHasNullClaimedLevel) {
  const json budgeting = find_by_id(out["processes"], "8.4.1");
  EXPECT_TRUE(budgeting["claimed_level"].is_null());
  EXPECT_EQ(budgeting["evidenced_level"], 2);
  EXPECT_TRUE(budgeting["promise_gap"].is_null());
}

TEST_F(ResultsJson, PromiseGapIsClaimedMinusEvidencedWithItsJudgements) {
  const json incident = find_by_id(out["processes"], "8.6.1");  // claims 3, PA2.2 is P
  EXPECT_EQ(incident["evidenced_level"], 1);
  EXPECT_EQ(incident["promise_gap"], 2);
  EXPECT_FALSE(incident["gap_judgements"].empty());
  EXPECT_EQ(incident["confidence_band"], sample->results.processes[7].confidence.band);
}

TEST_F(ResultsJson, UnratedAttributeHasNullRatingNotZero) {
  const json incident = find_by_id(out["processes"], "8.6.1");
  const json pa31 = find_by_id(incident["attributes"], "PA3.1");
  EXPECT_TRUE(pa31["rating"].is_null());
  EXPECT_EQ(pa31["status"], "not_assessed");
  const json pa11 = find_by_id(incident["attributes"], "PA1.1");
  EXPECT_EQ(pa11["rating"], "F");
  EXPECT_FALSE(pa11["evidence"].empty());
}

TEST_F(ResultsJson, NotAssessedRequirementIsNullNeverConforming) {
  const json objectives = find_by_id(out["requirements"], "6.2");
  EXPECT_TRUE(objectives["evidenced"].is_null());
  EXPECT_EQ(objectives["status"], "not_assessed");
  // 10.2 has only a provisional judgement: still not assessed.
  const json improvement = find_by_id(out["requirements"], "10.2");
  EXPECT_TRUE(improvement["evidenced"].is_null());
  EXPECT_EQ(improvement["status"], "provisional_only");
}

TEST_F(ResultsJson, RequirementCarriesClaimAndJudgements) {
  const json risks = find_by_id(out["requirements"], "6.1");
  EXPECT_EQ(risks["claimed"], "conforming");
  EXPECT_EQ(risks["evidenced"], "major");
  EXPECT_EQ(risks["mandatory"], true);
  EXPECT_EQ(risks["judgements"].size(), 1u);
}

TEST_F(ResultsJson, ReadinessListsBlockersMajorFirstAndWhatIsNotAssessed) {
  EXPECT_EQ(out["readiness"], "not_ready");
  ASSERT_FALSE(out["blockers"].empty());
  EXPECT_EQ(out["blockers"][0]["reason"], "major");
  EXPECT_TRUE(out["blockers"][0].contains("node"));
  EXPECT_TRUE(out["blockers"][0].contains("judgements"));
  EXPECT_THAT(out["not_assessed"].get<std::vector<std::string>>(), ::testing::Contains("6.2"));
}

TEST_F(ResultsJson, ConfidenceDetailNamesEveryComponent) {
  for (const char* field : {"score", "band", "coverage", "freshness", "diversity", "items", "verified_items",
                            "evidence", "evidence_kinds"}) {
    EXPECT_TRUE(out["confidence_detail"].contains(field)) << field;
  }
}

TEST_F(ResultsJson, OpenDisagreementIsListedWithBothAssessors) {
  ASSERT_FALSE(out["disagreements"].empty());
  bool found = false;
  for (const auto& d : out["disagreements"]) {
    if (d["node"] == "8.6.2" && d["attribute"] == "PA2.1") {
      found = true;
      EXPECT_EQ(d["assessors"].size(), 2u);
      EXPECT_EQ(d["ratings"].size(), 2u);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ResultsJson, ClausesCountEachStatus) {
  const json risks_clause = find_by_id(out["clauses"], "6");
  EXPECT_EQ(risks_clause["major"], 1);
  EXPECT_EQ(risks_clause["not_assessed"], 1);
  EXPECT_EQ(risks_clause["conforming"], 0);
}

TEST(ResultsJsonEmpty, AnUnjudgedAssessmentIsNotReadyAndAllNull) {
  const Framework framework = testing::small_framework();
  const AssessmentRecord record = testing::RecordBuilder().build();
  const Results results = evaluate(framework, record);
  const json out = results_json(ReportInput{framework, record, results});
  EXPECT_EQ(out["readiness"], "not_ready");
  for (const auto& process : out["processes"]) EXPECT_TRUE(process["evidenced_level"].is_null());
  for (const auto& requirement : out["requirements"]) EXPECT_TRUE(requirement["evidenced"].is_null());
}

}  // namespace
}  // namespace candor
