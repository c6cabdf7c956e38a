#include "report/roadmap_timeline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/html_scan.h"
#include "report/sample_assessment.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using testing::tags_with_class;

class Timeline : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(sample->roadmap, nullptr);
    svg = roadmap_timeline_svg(sample->framework, *sample->roadmap);
  }
  std::unique_ptr<testing::SampleAssessment> sample = testing::make_sample_assessment();
  std::string svg;
};

TEST_F(Timeline, DrawsOneBarPerActionLinkedToIt) {
  EXPECT_EQ(tags_with_class(svg, "action").size(), sample->roadmap->actions.size());
  for (const auto& action : sample->roadmap->actions) {
    EXPECT_THAT(svg, HasSubstr("<a href=\"#action-" + action.id + "\">")) << action.id;
  }
}

TEST_F(Timeline, LabelsEachRowWithItsNodeAndCapabilityStep) {
  EXPECT_THAT(svg, HasSubstr(">A1 6.1 Address risks and opportunities</text>"));
  EXPECT_THAT(svg, ::testing::ContainsRegex(">A[0-9]+ 8.3.4 Supplier management 0\u2192" "1</text>"));
}

TEST_F(Timeline, MarksTheFinishDate) {
  EXPECT_THAT(svg, HasSubstr("<g class=\"finish\">"));
  EXPECT_THAT(svg, HasSubstr(">" + sample->roadmap->finish.to_string() + "</text>"));
}

TEST_F(Timeline, ShowsEveryPdcaCycleAndTheCapacityUsedEachMonth) {
  EXPECT_EQ(tags_with_class(svg, "cycle").size(), static_cast<std::size_t>(sample->roadmap->cycles));
  EXPECT_EQ(tags_with_class(svg, "used").size(), sample->roadmap->months.size());
  EXPECT_EQ(tags_with_class(svg, "capacity").size(), 1u);
}

TEST(TimelineEmpty, SaysThereIsNothingToPlan) {
  EXPECT_THAT(roadmap_timeline_svg(Framework{}, Roadmap{}), HasSubstr("Nothing to plan"));
}

}  // namespace
}  // namespace candor
