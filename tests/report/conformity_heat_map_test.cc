#include "report/conformity_heat_map.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/html_scan.h"
#include "report/sample_assessment.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using testing::tags_with_class;

class HeatMap : public ::testing::Test {
 protected:
  std::unique_ptr<testing::SampleAssessment> sample = testing::make_sample_assessment();
  std::string svg = conformity_heat_map_svg(sample->framework, sample->results);
};

TEST_F(HeatMap, HasOneCellPerRequirementTheClausesCount) {
  int counted = 0;
  for (const auto& c : sample->results.clauses) {
    counted += c.conforming + c.minor + c.major + c.not_applicable + c.not_assessed + c.disputed;
  }
  EXPECT_EQ(tags_with_class(svg, "cell").size(), static_cast<std::size_t>(counted));
}

TEST_F(HeatMap, NotAssessedRequirementIsHatchedNeverConforming) {
  ASSERT_EQ(tags_with_class(svg, "cell", "6.2").size(), 1u);
  EXPECT_THAT(tags_with_class(svg, "cell", "6.2")[0], HasSubstr("not-assessed"));
  EXPECT_TRUE(tags_with_class(svg, "conforming", "6.2").empty());
  // A provisional judgement of "conforming" does not make 10.2 conforming.
  EXPECT_EQ(tags_with_class(svg, "not-assessed", "10.2").size(), 1u);
}

TEST_F(HeatMap, ColoursCellsByEvidencedConformity) {
  EXPECT_EQ(tags_with_class(svg, "major", "6.1").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "minor", "5.2.2").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "not-applicable", "7.5").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "disputed", "7.1").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "conforming", "4.1").size(), 1u);
}

TEST_F(HeatMap, CellsLinkToTheirRequirementAndRowsToTheirClause) {
  EXPECT_THAT(svg, HasSubstr("<a href=\"#node-6.1\">"));
  EXPECT_THAT(svg, HasSubstr("<a href=\"#node-8\">"));
}

TEST_F(HeatMap, LegendNamesEveryStatusInWords) {
  for (const char* words : {"conforming", "minor nonconformity", "major nonconformity", "not applicable", "disputed",
                            "not assessed"}) {
    EXPECT_THAT(svg, HasSubstr(">" + std::string(words) + "</text>")) << words;
  }
}

TEST_F(HeatMap, IsAnAccessibleImage) {
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("<title>Conformity heat map"));
}

}  // namespace
}  // namespace candor
