#include "scheme/timeline.h"

#include <gtest/gtest.h>

#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;

// Seminar (first day of session 1, week 9) on Monday 2025-03-03: week 0
// starts on 2024-12-30.
DatedTimeline classroom(Date seminar = Date::from_civil(2025, 3, 3)) {
  auto dated = date_timeline(*master_scheme().find_timeline("classroom"), seminar);
  EXPECT_TRUE(dated.ok());
  return dated.ok() ? *dated : DatedTimeline{};
}

const DatedStage& stage(const DatedTimeline& timeline, const std::string& id) {
  for (const auto& s : timeline.stages) {
    if (s.id == id) return s;
  }
  static DatedStage none;
  ADD_FAILURE() << "no stage " << id;
  return none;
}

Date due(const DatedTimeline& timeline, const std::string& id) {
  for (const auto& d : timeline.deadlines) {
    if (d.id == id) return d.due;
  }
  ADD_FAILURE() << "no deadline " << id;
  return {};
}

TEST(Timeline, WeeksAreCountedFromTheSeminarWeek) {
  const DatedTimeline timeline = classroom();
  EXPECT_EQ(timeline.week_zero, Date::from_civil(2024, 12, 30));
  EXPECT_EQ(stage(timeline, "session-1").start, Date::from_civil(2025, 3, 3));
  EXPECT_EQ(stage(timeline, "session-1").end, Date::from_civil(2025, 3, 5));  // up to 3 days
  EXPECT_EQ(stage(timeline, "session-2").start, Date::from_civil(2025, 6, 2));  // week 22
  EXPECT_TRUE(stage(timeline, "session-2").exam);
  EXPECT_EQ(stage(timeline, "results").end, Date::from_civil(2025, 7, 6));  // end of week 26
}

TEST(Timeline, ReportIsDueTwoWeeksBeforeSessionTwo) {
  EXPECT_EQ(due(classroom(), "report-due"), Date::from_civil(2025, 5, 19));
  EXPECT_EQ(due(classroom(), "questions-prepared"), Date::from_civil(2025, 6, 1));
}

TEST(Timeline, DistanceLearningEndsWithinOneYear) {
  auto dated = date_timeline(*master_scheme().find_timeline("distance"), Date::from_civil(2025, 3, 3));
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(due(*dated, "programme-complete"), Date::from_civil(2026, 3, 2));
}

TEST(Timeline, OverdueDeadlineIsLateAndNearOneIsAtRisk) {
  const DatedTimeline timeline = classroom();
  auto status = timeline_status(timeline, Date::from_civil(2025, 5, 20), {"entry-check"});
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(status->late, (std::vector<std::string>{"proposal-final", "report-due"}));
  // questions-prepared is 12 days away, inside the 14-day margin.
  EXPECT_EQ(status->at_risk, (std::vector<std::string>{"questions-prepared"}));
  EXPECT_EQ(status->current_stages, (std::vector<std::string>{"project-assessment"}));
}

TEST(Timeline, DeadlineMetIsNeitherLateNorAtRisk) {
  auto status = timeline_status(classroom(), Date::from_civil(2025, 5, 20),
                                {"entry-check", "proposal-final", "report-due"});
  ASSERT_TRUE(status.ok());
  EXPECT_TRUE(status->late.empty());
}

TEST(Timeline, UnknownDeadlineIdIsRefused) {
  auto status = timeline_status(classroom(), Date::from_civil(2025, 5, 20), {"no-such"});
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message().find("no-such"), std::string::npos);
}

}  // namespace
}  // namespace candor::scheme
