#include "report/roadmap_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/sample_assessment.h"

namespace candor {
namespace {

using nlohmann::json;

class RoadmapJson : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(sample->roadmap, nullptr); }
  std::unique_ptr<testing::SampleAssessment> sample = testing::make_sample_assessment();
  json out = sample->roadmap ? roadmap_json(*sample->roadmap) : json();
};

TEST_F(RoadmapJson, HasTheContractedFields) {
  for (const char* field : {"actions", "months", "unplanned", "total_effort", "months_needed", "finish", "cycles",
                            "capacity_days_per_month", "target_level"}) {
    EXPECT_TRUE(out.contains(field)) << field;
  }
  EXPECT_EQ(out["capacity_days_per_month"], 12);
  EXPECT_EQ(out["target_level"], 3);
  EXPECT_EQ(out["months_needed"], static_cast<int>(out["months"].size()));
}

TEST_F(RoadmapJson, FinishIsAnIsoDate) {
  EXPECT_EQ(out["finish"], sample->roadmap->finish.to_string());
  EXPECT_EQ(out["finish"].get<std::string>().size(), 10u);
}

TEST_F(RoadmapJson, ActionsCarryCalendarMonthsOfTheirSchedule) {
  const json& first = out["actions"][0];
  EXPECT_EQ(first["id"], "A1");
  EXPECT_EQ(first["start"], "2026-11");  // the roadmap starts in the assessment's month
  const Action& last = sample->roadmap->actions.back();
  const json& last_json = out["actions"].back();
  EXPECT_EQ(last_json["end"], sample->roadmap->months[last.end_month].month.month_string());
  EXPECT_EQ(last_json["end_month"], last.end_month);
}

TEST_F(RoadmapJson, LevelsAreNullExceptForCapabilitySteps) {
  bool saw_blocker = false, saw_step = false;
  for (const auto& action : out["actions"]) {
    if (action["kind"] == "raise_capability") {
      saw_step = true;
      EXPECT_EQ(action["to_level"].get<int>(), action["from_level"].get<int>() + 1);
    } else {
      saw_blocker = true;
      EXPECT_TRUE(action["from_level"].is_null());
      EXPECT_TRUE(action["to_level"].is_null());
    }
  }
  EXPECT_TRUE(saw_blocker);
  EXPECT_TRUE(saw_step);
}

TEST_F(RoadmapJson, MonthsListTheWorkDoneInThem) {
  const json& month = out["months"][0];
  EXPECT_EQ(month["month"], "2026-11");
  EXPECT_EQ(month["cycle"], 1);
  EXPECT_EQ(month["phase"], "plan-do");
  double days = 0;
  for (const auto& work : month["work"]) days += work["days"].get<double>();
  EXPECT_DOUBLE_EQ(days, month["used"].get<double>());
}

TEST_F(RoadmapJson, UnassessedProcessesAreUnplanned) {
  const auto unplanned = out["unplanned"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(unplanned.begin(), unplanned.end(), "8.6.3"), unplanned.end());
  EXPECT_NE(std::find(unplanned.begin(), unplanned.end(), "8.7.1"), unplanned.end());
}

}  // namespace
}  // namespace candor
