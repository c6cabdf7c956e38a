#include "core/rating.h"

#include <gtest/gtest.h>

#include "core/fixtures.h"

namespace candor {
namespace {

using testing::iso33020;
using testing::nplf_scale;

TEST(LevelForPercent, UsesTheIso33020Boundaries) {
  const RatingScale scale = nplf_scale();
  EXPECT_EQ(*level_for_percent(scale, 0), "N");
  EXPECT_EQ(*level_for_percent(scale, 15), "N");
  EXPECT_EQ(*level_for_percent(scale, 15.01), "P");
  EXPECT_EQ(*level_for_percent(scale, 50), "P");
  EXPECT_EQ(*level_for_percent(scale, 50.01), "L");
  EXPECT_EQ(*level_for_percent(scale, 85), "L");
  EXPECT_EQ(*level_for_percent(scale, 85.01), "F");
  EXPECT_EQ(*level_for_percent(scale, 100), "F");
}

TEST(LevelForPercent, RefusesPercentagesOutsideZeroToHundred) {
  EXPECT_FALSE(level_for_percent(nplf_scale(), -1).ok());
  EXPECT_FALSE(level_for_percent(nplf_scale(), 100.5).ok());
}

TEST(LevelRank, OrdersRefinedLevelsBetweenTheirNeighbours) {
  const RatingScale scale = nplf_scale();
  EXPECT_LT(level_rank(scale, "N"), level_rank(scale, "P-"));
  EXPECT_LT(level_rank(scale, "P-"), level_rank(scale, "P"));
  EXPECT_LT(level_rank(scale, "P+"), level_rank(scale, "L-"));
  EXPECT_LT(level_rank(scale, "L+"), level_rank(scale, "F"));
}

int level_of(const AttributeRatings& ratings) {
  return capability_level(iso33020(), nplf_scale(), ratings).level;
}

TEST(CapabilityLevel, IsZeroWhenPerformanceIsOnlyPartial) {
  EXPECT_EQ(level_of({{"PA1.1", "P"}}), 0);
  EXPECT_EQ(level_of({{"PA1.1", "P+"}}), 0);
}

TEST(CapabilityLevel, IsOneWhenPerformanceIsLargely) {
  EXPECT_EQ(level_of({{"PA1.1", "L"}}), 1);
  EXPECT_EQ(level_of({{"PA1.1", "L-"}}), 1);
}

TEST(CapabilityLevel, LevelTwoNeedsLevelOneFully) {
  EXPECT_EQ(level_of({{"PA1.1", "L+"}, {"PA2.1", "F"}, {"PA2.2", "F"}}), 1);
  EXPECT_EQ(level_of({{"PA1.1", "F"}, {"PA2.1", "L"}, {"PA2.2", "L"}}), 2);
}

TEST(CapabilityLevel, LevelTwoNeedsEveryAttributeOfLevelTwo) {
  EXPECT_EQ(level_of({{"PA1.1", "F"}, {"PA2.1", "F"}, {"PA2.2", "P"}}), 1);
  EXPECT_EQ(level_of({{"PA1.1", "F"}, {"PA2.1", "F"}}), 1);  // PA2.2 not rated
}

TEST(CapabilityLevel, LevelThreeNeedsLevelsOneAndTwoFully) {
  EXPECT_EQ(level_of({{"PA1.1", "F"}, {"PA2.1", "F"}, {"PA2.2", "L"}, {"PA3.1", "F"}, {"PA3.2", "F"}}), 2);
  EXPECT_EQ(level_of({{"PA1.1", "F"}, {"PA2.1", "F"}, {"PA2.2", "F"}, {"PA3.1", "L"}, {"PA3.2", "L"}}), 3);
}

TEST(CapabilityLevel, ReachesFiveOnlyWhenEverythingBelowIsFully) {
  AttributeRatings ratings;
  for (const auto& attribute : iso33020().attributes) ratings[attribute.id] = "F";
  EXPECT_EQ(level_of(ratings), 5);
  ratings["PA5.2"] = "L";
  EXPECT_EQ(level_of(ratings), 5);
  ratings["PA4.1"] = "L";
  EXPECT_EQ(level_of(ratings), 4);
}

TEST(CapabilityLevel, SaysWhatStopsTheNextLevel) {
  const auto result = capability_level(iso33020(), nplf_scale(), {{"PA1.1", "F"}, {"PA2.1", "P"}});
  EXPECT_EQ(result.level, 1);
  EXPECT_EQ(result.limited_by, "PA2.1 is P; level 2 needs L or F; PA2.2 is not rated; level 2 needs L or F");
  EXPECT_FALSE(result.limited_by_unrated);
}

TEST(CapabilityLevel, FlagsALevelStoppedByAnUnratedAttribute) {
  const auto result = capability_level(iso33020(), nplf_scale(), {{"PA1.1", "F"}, {"PA2.1", "F"}});
  EXPECT_EQ(result.level, 1);
  EXPECT_TRUE(result.limited_by_unrated);
  EXPECT_EQ(result.limited_by, "PA2.2 is not rated; level 2 needs L or F");
}

}  // namespace
}  // namespace candor
