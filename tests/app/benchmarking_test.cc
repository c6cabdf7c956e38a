// Peer pool and reassessment use cases through the application layer: who
// may export and import, refusal leaves the pool unchanged, a reassessment
// starts empty. Runs on SQLite and on PostgreSQL.
#include <gmock/gmock.h>

#include "app/app_fixture.h"
#include "app/application.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using app::Role;

class Benchmarking : public testing::AppTest {
 protected:
  // An assessment with one evidenced level (8.6.1 at level 1).
  Id judged_assessment() {
    const Id assessment = new_assessment(admin_);
    const Id evidence = new_evidence(admin_, assessment);
    EXPECT_TRUE(app_->add_judgement(admin_, assessment, {"8.6.1", "PA1.1", "F", {evidence}}).ok());
    return assessment;
  }
  std::string generated_pool(int results) {
    auto text = app::generate_pool(FrameworkLibrary({std::string(CANDOR_SOURCE_DIR) + "/frameworks"}), "iso20000-1",
                                   results, 5);
    EXPECT_TRUE(text.ok()) << text.error().to_string();
    return write("pool.json", text.ok() ? *text : "");
  }
};

TEST_F(Benchmarking, OnlyAdminsAndLeadAssessorsShareOrImportPools) {
  const Id assessment = judged_assessment();
  EXPECT_EQ(app_->export_pool(as(Role::kAssessor), {assessment}).error().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(app_->export_pool(as(Role::kLeadAssessor), {assessment}).ok());
  const std::string pool = generated_pool(10);
  EXPECT_EQ(app_->import_pool(as(Role::kViewer), pool).error().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(app_->import_pool(as(Role::kLeadAssessor), pool).ok());
  EXPECT_TRUE(app_->compare_with_pool(as(Role::kViewer), assessment, {}).ok());
}

TEST_F(Benchmarking, ImportIsIdempotentAndComparisonUsesThePool) {
  const Id assessment = judged_assessment();
  const std::string pool = generated_pool(25);
  EXPECT_EQ(app_->import_pool(admin_, pool)->added, 25);
  const auto again = app_->import_pool(admin_, pool);
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->unchanged, 25);
  const auto comparison = app_->compare_with_pool(admin_, assessment, {});
  ASSERT_TRUE(comparison.ok()) << comparison.error().to_string();
  EXPECT_EQ(comparison->pool_peers, 25);
  for (const auto& item : comparison->processes) {
    if (item.node_id == "8.6.1") EXPECT_EQ(*item.subject, 1);
  }
}

TEST_F(Benchmarking, ATamperedPoolIsRefusedAndNothingIsImported) {
  judged_assessment();
  std::string text = *app::generate_pool(FrameworkLibrary({std::string(CANDOR_SOURCE_DIR) + "/frameworks"}),
                                         "iso20000-1", 3, 9);
  const auto at = text.rfind("\"year\": 20");
  ASSERT_NE(at, std::string::npos);
  text[at + 10] = text[at + 10] == '1' ? '2' : '1';  // change one result's year
  const auto refused = app_->import_pool(admin_, write("tampered.json", text));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidInput);
  EXPECT_THAT(refused.error().to_string(), HasSubstr("tampered.json: results[2].hash"));
  EXPECT_EQ(app_->compare_with_pool(admin_, 1, {}).error().code(), ErrorCode::kNotFound);  // still no pool
}

TEST_F(Benchmarking, AReassessmentStartsEmptyAndPointsBack) {
  const Id earlier = judged_assessment();
  const auto next = app_->reassess(admin_, earlier, Date::from_civil(2027, 10, 15));
  ASSERT_TRUE(next.ok()) << next.error().to_string();
  const auto view = app_->view(admin_, *next);
  EXPECT_EQ(view->record.assessment.previous, earlier);
  EXPECT_EQ(view->record.assessment.subject, "ACME IT");
  EXPECT_TRUE(view->record.judgements.empty());
  EXPECT_TRUE(view->record.evidence.empty());
  EXPECT_EQ(app_->reassess(as(Role::kAssessor), earlier, std::nullopt).error().code(), ErrorCode::kPermissionDenied);
  const auto trend = app_->trend(admin_, "ACME IT");
  ASSERT_TRUE(trend.ok());
  EXPECT_EQ(trend->assessments, (std::vector<Id>{earlier, *next}));
}

}  // namespace
}  // namespace candor
