// Trends over reassessments and the check of earlier roadmap actions.
#include "core/trend.h"

#include <gtest/gtest.h>

#include "core/fixtures.h"

namespace candor {
namespace {

Results results_with(std::optional<int> level_11, std::optional<int> claimed_11, std::string conformity_13) {
  Results results;
  ProcessResult p11;
  p11.node_id = "1.1";
  p11.evidenced_level = level_11;
  p11.claimed_level = claimed_11;
  if (level_11 && claimed_11) p11.promise_gap = *claimed_11 - *level_11;
  ProcessResult p12;
  p12.node_id = "1.2";
  results.processes = {p11, p12};
  ConformityResult c13;
  c13.node_id = "1.3";
  c13.evidenced = std::move(conformity_13);
  results.conformity = {c13};
  return results;
}

Action action(ActionKind kind, std::string node, int to_level = 0) {
  Action out;
  out.id = "A1";
  out.kind = kind;
  out.node_id = std::move(node);
  out.to_level = to_level;
  return out;
}

TEST(CheckAction, CapabilityStepReachedIsClosed) {
  EXPECT_EQ(check_action(action(ActionKind::kRaiseCapability, "1.1", 2), results_with(2, {}, "")).outcome,
            ActionOutcome::kClosed);
  EXPECT_EQ(check_action(action(ActionKind::kRaiseCapability, "1.1", 3), results_with(2, {}, "")).outcome,
            ActionOutcome::kOpen);
}

TEST(CheckAction, NotJudgedAgainIsNotReassessedNeverClosed) {
  EXPECT_EQ(check_action(action(ActionKind::kRaiseCapability, "1.1", 2), results_with({}, 3, "")).outcome,
            ActionOutcome::kNotReassessed);
  EXPECT_EQ(check_action(action(ActionKind::kCloseMinor, "1.3"), results_with({}, {}, "")).outcome,
            ActionOutcome::kNotReassessed);
}

TEST(CheckAction, NonconformityClosedOnlyWhenConforming) {
  EXPECT_EQ(check_action(action(ActionKind::kCloseMinor, "1.3"), results_with({}, {}, "conforming")).outcome,
            ActionOutcome::kClosed);
  EXPECT_EQ(check_action(action(ActionKind::kCloseMinor, "1.3"), results_with({}, {}, "minor")).outcome,
            ActionOutcome::kOpen);
  EXPECT_EQ(check_action(action(ActionKind::kCloseMajor, "1.3"), results_with({}, {}, "major")).outcome,
            ActionOutcome::kOpen);
}

TEST(BuildTrend, LevelsAndGapsOverTimeAndActionsChecked) {
  const Framework framework = testing::small_framework();
  Assessment first;
  first.id = 1;
  first.assessed_on = *Date::parse("2025-01-15");
  Assessment second;
  second.id = 2;
  second.assessed_on = *Date::parse("2026-01-15");
  const Results before = results_with(1, 3, "minor");
  const Results after = results_with(2, 3, "conforming");
  Roadmap roadmap;
  roadmap.actions = {action(ActionKind::kRaiseCapability, "1.1", 2), action(ActionKind::kCloseMinor, "1.3")};
  roadmap.actions[1].id = "A2";
  const Trend trend = build_trend("Acme", {{&first, &framework, &before, &roadmap}, {&second, &framework, &after, nullptr}});
  ASSERT_EQ(trend.processes.size(), 2u);
  const ProcessTrend& p11 = trend.processes[0];
  ASSERT_EQ(p11.points.size(), 2u);
  EXPECT_EQ(*p11.points[0].evidenced_level, 1);
  EXPECT_EQ(*p11.points[0].promise_gap, 2);
  EXPECT_EQ(*p11.points[1].promise_gap, 1);
  EXPECT_EQ(*p11.change, 1);
  EXPECT_FALSE(trend.processes[1].change);  // never assessed
  ASSERT_EQ(trend.actions.size(), 2u);
  EXPECT_EQ(trend.actions[0].outcome, ActionOutcome::kClosed);
  EXPECT_EQ(trend.actions[0].planned_in, 1);
  EXPECT_EQ(trend.actions[0].checked_in, 2);
  EXPECT_EQ(trend.actions[1].outcome, ActionOutcome::kClosed);
}

TEST(BuildTrend, OneAssessmentHasNoActionsToCheck) {
  const Framework framework = testing::small_framework();
  Assessment only;
  only.id = 7;
  const Results results = results_with(1, {}, "");
  Roadmap roadmap;
  roadmap.actions = {action(ActionKind::kAssess, "1.2")};
  const Trend trend = build_trend("Acme", {{&only, &framework, &results, &roadmap}});
  EXPECT_EQ(trend.assessments.size(), 1u);
  EXPECT_TRUE(trend.actions.empty());
}

}  // namespace
}  // namespace candor
