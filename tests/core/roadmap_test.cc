#include "core/roadmap.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/fixtures.h"

namespace candor {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::RecordBuilder;
using testing::small_framework;

RoadmapOptions options(double capacity, int target = 3) {
  RoadmapOptions out;
  out.capacity_days_per_month = capacity;
  out.target_level = target;
  out.start = Date::from_civil(2026, 11, 23);
  return out;
}

// Rates every attribute up to `level` fully and the next level's partially,
// so the process sits at exactly that level (not at a lower bound).
void rate_to_level(RecordBuilder& builder, const std::string& node, int level) {
  for (const auto& attribute : testing::iso33020().attributes) {
    if (attribute.level <= level) builder.judge("alice", node, attribute.id, "F");
    if (attribute.level == level + 1) builder.judge("alice", node, attribute.id, "P");
  }
}

Results assessed(int level_1_1, int level_1_2) {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, Date::from_civil(2026, 10, 1));
  rate_to_level(builder, "1.1", level_1_1);
  rate_to_level(builder, "1.2", level_1_2);
  for (const char* node : {"1.1", "1.2", "1.3.1", "1.3.2"}) builder.judge("alice", node, "", "conforming");
  return evaluate(small_framework(), builder.build());
}

TEST(Roadmap, RefusesZeroCapacity) {
  const auto roadmap = plan_roadmap(small_framework(), assessed(1, 3), options(0));
  ASSERT_FALSE(roadmap.ok());
  EXPECT_THAT(roadmap.error().to_string(), HasSubstr("more than 0 person-days"));
}

TEST(Roadmap, SchedulesStepsOfOneProcessInSequenceAgainstCapacity) {
  // 1.1 at level 1 needs steps to 2 and 3 (15 days each); 10 days a month.
  const Roadmap roadmap = *plan_roadmap(small_framework(), assessed(1, 3), options(10));
  ASSERT_EQ(roadmap.actions.size(), 2u);
  EXPECT_EQ(roadmap.actions[0].title, "Raise 1.1 Node 1.1 from level 1 to 2");
  EXPECT_THAT(roadmap.actions[1].depends_on, ElementsAre("A1"));
  // A1: months 0-1; A2 may start only after A1's month: months 2-3.
  EXPECT_EQ(roadmap.actions[0].start_month, 0);
  EXPECT_EQ(roadmap.actions[0].end_month, 1);
  EXPECT_EQ(roadmap.actions[1].start_month, 2);
  EXPECT_EQ(roadmap.actions[1].end_month, 3);
  EXPECT_EQ(roadmap.months_needed, 4);
  EXPECT_EQ(roadmap.months[1].used, 5);  // the rest of month 1 stays idle: nothing else is ready
  EXPECT_EQ(roadmap.finish.to_string(), "2027-02-28");
  EXPECT_EQ(roadmap.total_effort, 30);
}

TEST(Roadmap, WaitsForPrerequisiteProcessesAtTheSameLevel) {
  Framework framework = small_framework();
  framework.dependencies.push_back({"1.1", "1.2", "1.1 first"});
  const Roadmap roadmap = *plan_roadmap(framework, assessed(1, 1), options(100, 2));
  ASSERT_EQ(roadmap.actions.size(), 2u);
  const Action& raise_1_2 = roadmap.actions[1];
  EXPECT_EQ(raise_1_2.node_id, "1.2");
  EXPECT_THAT(raise_1_2.depends_on, ElementsAre("A1"));
  EXPECT_EQ(raise_1_2.start_month, 1);  // although capacity was left in month 0
}

TEST(Roadmap, PutsMajorNonconformitiesFirst) {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, Date::from_civil(2026, 10, 1));
  rate_to_level(builder, "1.1", 2);
  rate_to_level(builder, "1.2", 3);
  builder.judge("alice", "1.1", "", "minor").judge("alice", "1.2", "", "major");
  builder.judge("alice", "1.3.1", "", "conforming").judge("alice", "1.3.2", "", "conforming");
  const Results results = evaluate(small_framework(), builder.build());
  const Roadmap roadmap = *plan_roadmap(small_framework(), results, options(20));
  ASSERT_EQ(roadmap.actions.size(), 3u);
  EXPECT_EQ(roadmap.actions[0].kind, ActionKind::kCloseMajor);
  EXPECT_EQ(roadmap.actions[0].node_id, "1.2");
  EXPECT_EQ(roadmap.actions[1].kind, ActionKind::kCloseMinor);
  EXPECT_EQ(roadmap.actions[2].kind, ActionKind::kRaiseCapability);
  EXPECT_FALSE(roadmap.actions[0].judgement_ids.empty());  // traceable to what found it
}

TEST(Roadmap, ListsUnassessedProcessesAsUnplannedAndPlansTheirAssessment) {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, Date::from_civil(2026, 10, 1));
  rate_to_level(builder, "1.1", 3);
  const Roadmap roadmap = *plan_roadmap(small_framework(), evaluate(small_framework(), builder.build()), options(5));
  EXPECT_THAT(roadmap.unplanned, ElementsAre("1.2"));
  EXPECT_EQ(roadmap.actions.front().kind, ActionKind::kAssess);
}

TEST(Roadmap, RatesUnratedAttributesBeforeRaisingALowerBoundLevel) {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, Date::from_civil(2026, 10, 1));
  builder.judge("alice", "1.1", "PA1.1", "F");  // level 1; PA2.x unrated: a lower bound
  rate_to_level(builder, "1.2", 3);
  for (const char* node : {"1.1", "1.2", "1.3.1", "1.3.2"}) builder.judge("alice", node, "", "conforming");
  const Roadmap roadmap = *plan_roadmap(small_framework(), evaluate(small_framework(), builder.build()), options(10, 2));
  ASSERT_EQ(roadmap.actions.size(), 2u);
  EXPECT_EQ(roadmap.actions[0].kind, ActionKind::kAssess);
  EXPECT_THAT(roadmap.actions[0].title, HasSubstr("Rate the unrated attributes of 1.1"));
  EXPECT_THAT(roadmap.actions[1].depends_on, ElementsAre("A1"));
}

TEST(Roadmap, RefusesACapacityThatCannotFinishWithinTenYears) {
  const auto roadmap = plan_roadmap(small_framework(), assessed(0, 0), options(0.1));
  ASSERT_FALSE(roadmap.ok());
  EXPECT_THAT(roadmap.error().message(), HasSubstr("at 0.1 person-days a month the roadmap needs more than 120 months"));
}

TEST(Roadmap, RefusesCyclicDependencies) {
  Framework framework = small_framework();
  framework.dependencies = {{"1.1", "1.2", ""}, {"1.2", "1.1", ""}};
  const auto roadmap = plan_roadmap(framework, assessed(1, 1), options(10));
  ASSERT_FALSE(roadmap.ok());
  EXPECT_THAT(roadmap.error().message(), HasSubstr("cycle"));
}

TEST(Roadmap, MarksPdcaCyclesOfThreeMonths) {
  const Roadmap roadmap = *plan_roadmap(small_framework(), assessed(0, 0), options(10));
  ASSERT_GE(roadmap.months.size(), 4u);
  EXPECT_EQ(roadmap.months[0].phase, "plan-do");
  EXPECT_EQ(roadmap.months[1].phase, "do");
  EXPECT_EQ(roadmap.months[2].phase, "check-act");
  EXPECT_EQ(roadmap.months[3].cycle, 2);
  EXPECT_EQ(roadmap.months[0].month.to_string(), "2026-11-01");
}

}  // namespace
}  // namespace candor
