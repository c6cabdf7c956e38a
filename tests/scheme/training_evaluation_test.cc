#include "scheme/training_evaluation.h"

#include <gtest/gtest.h>

namespace candor::scheme {
namespace {

const char* kOutcomes = R"(courses:
  - title: ITSM Foundation, March
    provider: Acme Training
    behaviours:
      - {id: logs-incidents, title: Logs every incident before working on it}
      - {id: uses-kb, title: Searches the knowledge base first}
    participants:
      - id: p1
        reaction: 4
        exam: {passed: true, score: 80}
        behaviour:
          intake: {self: {logs-incidents: 2, uses-kb: 3}, manager: {logs-incidents: 2, uses-kb: 2}}
          follow_up: {months: 4, self: {logs-incidents: 4, uses-kb: 4}, manager: {logs-incidents: 3, uses-kb: 3}}
      - id: p2
        reaction: 5
        exam: {passed: false, score: 55}
        behaviour:
          intake: {manager: {logs-incidents: 1}}
          follow_up: {months: 8, manager: {logs-incidents: 4}}
    results:
      - {kpi: First-contact resolution, unit: "%", before: 61, after: 68}
      - {kpi: Reopen rate, unit: "%", before: 7, after: 9, higher_is_better: false}
  - title: ITSM Foundation, exam only
    provider: Acme Training
    participants:
      - {id: q1, exam: {passed: true}}
      - {id: q2, exam: {passed: true}}
)";

TrainingReport report() {
  auto courses = parse_training_outcomes(kOutcomes, "outcomes.yaml");
  EXPECT_TRUE(courses.ok()) << courses.error().to_string();
  return evaluate_training(courses.ok() ? *courses : std::vector<Course>{});
}

TEST(TrainingEvaluation, AllFourLevelsAreComputedPerCourse) {
  const TrainingReport all = report();
  const FourLevels& levels = all.courses[0].levels;
  EXPECT_DOUBLE_EQ(*levels.reaction.value, 4.5);
  EXPECT_DOUBLE_EQ(*levels.learning.value, 50);
  EXPECT_EQ(levels.learning.detail, "1 of 2 passed; mean score 67.5");
  // Only p1 is followed up inside 3-6 months: manager +1 and +1.
  EXPECT_DOUBLE_EQ(*levels.behaviour.value, 1.0);
  EXPECT_EQ(levels.behaviour.n, 1);
  EXPECT_DOUBLE_EQ(*levels.results.value, 50);  // FCR improved, reopen rate worsened
}

TEST(TrainingEvaluation, FollowUpOutsideThreeToSixMonthsIsNotCounted) {
  const TrainingReport all = report();
  const FourLevels& levels = all.courses[0].levels;
  ASSERT_EQ(levels.notes.size(), 1u);
  EXPECT_NE(levels.notes[0].find("p2's follow-up after 8 months"), std::string::npos);
}

TEST(TrainingEvaluation, PassRateNeverStandsAloneInTheCourseReport) {
  const std::string text = describe(report());
  const auto course = text.find("Course: ITSM Foundation, exam only");
  ASSERT_NE(course, std::string::npos);
  const std::string block = text.substr(course, text.find("Provider:", course) - course);
  EXPECT_NE(block.find("100 % pass rate"), std::string::npos) << block;
  EXPECT_NE(block.find("reaction   not measured"), std::string::npos) << block;
  EXPECT_NE(block.find("behaviour  not measured"), std::string::npos);
  EXPECT_NE(block.find("results    not measured"), std::string::npos);
  const std::string json = to_json(report());
  EXPECT_NE(json.find("\"reaction\": {\n          \"measured\": false"), std::string::npos) << json;
}

TEST(TrainingEvaluation, ProviderFiguresPoolItsCourses) {
  const TrainingReport all = report();
  const FourLevels& provider = all.providers.at("Acme Training");
  EXPECT_DOUBLE_EQ(*provider.learning.value, 75);  // 3 of 4
  EXPECT_EQ(provider.learning.n, 4);
  EXPECT_EQ(provider.reaction.n, 2);
}

TEST(TrainingEvaluation, RatingOutsideTheScaleAndUnknownBehaviourAreRefused) {
  auto courses = parse_training_outcomes(
      "courses:\n  - title: T\n    provider: P\n    behaviours: [{id: b, title: B}]\n    participants:\n"
      "      - id: p\n        reaction: 9\n        behaviour: {intake: {self: {x: 3}}}\n",
      "bad.yaml");
  ASSERT_FALSE(courses.ok());
  const std::string message = courses.error().to_string();
  EXPECT_NE(message.find("reaction is rated from 1 to 5"), std::string::npos) << message;
  EXPECT_NE(message.find("unknown behaviour 'x'"), std::string::npos);
}

}  // namespace
}  // namespace candor::scheme
