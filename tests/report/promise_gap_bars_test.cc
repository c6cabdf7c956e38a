#include "report/promise_gap_bars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/html_scan.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using testing::tags_with_class;

ProcessResult process(const std::string& id, std::optional<int> claimed, std::optional<int> evidenced) {
  ProcessResult out;
  out.node_id = id;
  out.title = "Process " + id;
  out.claimed_level = claimed;
  out.evidenced_level = evidenced;
  if (claimed && evidenced) out.promise_gap = *claimed - *evidenced;
  return out;
}

Results results_of(std::vector<ProcessResult> processes) {
  Results out;
  out.processes = std::move(processes);
  return out;
}

double attribute_number(const std::string& svg, const std::string& tag_start, const std::string& attribute) {
  const std::size_t at = svg.find(tag_start);
  const std::size_t value = svg.find(attribute + "=\"", at) + attribute.size() + 2;
  return std::stod(svg.substr(value, svg.find('"', value) - value));
}

TEST(PromiseGap, OverstatementGoesRightAndUnderstatementLeft) {
  const std::string svg = promise_gap_svg(results_of({process("1", 3, 1), process("2", 1, 2)}));
  const auto over = tags_with_class(svg, "overstated", "1");
  const auto under = tags_with_class(svg, "understated", "2");
  ASSERT_EQ(over.size(), 1u);
  ASSERT_EQ(under.size(), 1u);
  EXPECT_THAT(over[0], HasSubstr("data-gap=\"2\""));
  const double over_x = attribute_number(svg, over[0], "x");
  const double under_x = attribute_number(svg, under[0], "x");
  const double under_width = attribute_number(svg, under[0], "width");
  EXPECT_DOUBLE_EQ(under_x + under_width, over_x);  // both start at the zero line
  EXPECT_DOUBLE_EQ(attribute_number(svg, over[0], "width"), 2 * under_width);
}

TEST(PromiseGap, NotAssessedIsAMarkerNotAZeroGap) {
  const std::string svg = promise_gap_svg(results_of({process("1", 3, std::nullopt)}));
  EXPECT_EQ(tags_with_class(svg, "not-assessed", "1").size(), 1u);
  EXPECT_TRUE(tags_with_class(svg, "bar", "1").empty());
  EXPECT_THAT(svg, HasSubstr("claimed 3, evidence not assessed"));
}

TEST(PromiseGap, NoClaimIsSaidNotDrawnAsZero) {
  const std::string svg = promise_gap_svg(results_of({process("1", std::nullopt, 2)}));
  EXPECT_EQ(tags_with_class(svg, "no-claim", "1").size(), 1u);
  EXPECT_TRUE(tags_with_class(svg, "bar", "1").empty());
}

TEST(PromiseGap, LowerBoundLevelMakesTheGapAnUpperBound) {
  ProcessResult p = process("1", 3, 1);
  p.level_is_lower_bound = true;
  EXPECT_THAT(promise_gap_svg(results_of({p})), HasSubstr("at most +2"));
}

TEST(PromiseGap, BarsLinkToTheProcessDetail) {
  const std::string svg = promise_gap_svg(results_of({process("8.6.1", 3, 1)}));
  EXPECT_THAT(svg, HasSubstr("<a href=\"#process-8.6.1\">"));
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
}

}  // namespace
}  // namespace candor
