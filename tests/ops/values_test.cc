#include <gtest/gtest.h>

#include "ops/values.h"

namespace candor::ops {
namespace {

TEST(Dates, DayFirstIsDetectedFromADayAboveTwelve) {
  const auto format = detect_date_format({"1/3/2016 08:00", "29/2/2016 01:16", "?"}, nullptr);
  ASSERT_TRUE(format);
  EXPECT_EQ(format->order, DateOrder::kDayFirst);
  EXPECT_FALSE(format->ambiguous);
  EXPECT_EQ(parse_timestamp("29/2/2016 01:16", *format), days_from_civil(2016, 2, 29) * 86400 + 3600 + 16 * 60);
  EXPECT_EQ(parse_timestamp("29-02-2016 01:16", *format), parse_timestamp("29/2/2016 01:16", *format));
}

TEST(Dates, MonthFirstIsDetectedFromASecondNumberAboveTwelve) {
  const auto format = detect_date_format({"2/29/2016 01:16", "3/1/2016 08:00"}, nullptr);
  ASSERT_TRUE(format);
  EXPECT_EQ(format->order, DateOrder::kMonthFirst);
}

TEST(Dates, IsoWithOffsetIsConvertedToTheStatedZone) {
  DateFormat format;
  format.order = DateOrder::kIso;
  format.zone_offset_minutes = 60;
  EXPECT_EQ(parse_timestamp("2016-02-29T00:16:00Z", format), parse_timestamp("2016-02-29 01:16", format));
  EXPECT_EQ(parse_timestamp("2016-02-29T02:16:00+02:00", format), parse_timestamp("2016-02-29 01:16", format));
}

TEST(Dates, EpochSecondsAndMillis) {
  EXPECT_EQ(detect_date_format({"1456708560"}, nullptr)->order, DateOrder::kEpochSeconds);
  const auto millis = detect_date_format({"1456708560000"}, nullptr);
  EXPECT_EQ(millis->order, DateOrder::kEpochMillis);
  EXPECT_EQ(parse_timestamp("1456708560000", *millis), 1456708560);
}

TEST(Dates, ImpossibleDatesAreRefused) {
  DateFormat format;
  format.order = DateOrder::kDayFirst;
  EXPECT_FALSE(parse_timestamp("30/2/2016 10:00", format));
  EXPECT_FALSE(parse_timestamp("1/13/2016 10:00", format));
  EXPECT_FALSE(parse_timestamp("1/1/2016 25:00", format));
  EXPECT_FALSE(parse_timestamp("yesterday", format));
}

TEST(Dates, JiraDatesWithMonthNamesAndTwelveHourClock) {
  EXPECT_EQ(detect_date_format({"01/Mar/16 9:05 AM", "29/Feb/16 11:59 PM"}, nullptr)->order, DateOrder::kMonthName);
  DateFormat format;
  format.order = DateOrder::kMonthName;
  const Timestamp day = days_from_civil(2016, 3, 1) * 86400;
  EXPECT_EQ(parse_timestamp("01/Mar/16 9:05 AM", format), day + 9 * 3600 + 5 * 60);
  EXPECT_EQ(parse_timestamp("1/mar/2016 9:05 PM", format), day + 21 * 3600 + 5 * 60);
  EXPECT_EQ(parse_timestamp("01/Mar/16 12:30 AM", format), day + 30 * 60);
  EXPECT_EQ(parse_timestamp("01/Mar/16 12:30 PM", format), day + 12 * 3600 + 30 * 60);
  EXPECT_EQ(parse_timestamp("01/Mar/16 21:05", format), day + 21 * 3600 + 5 * 60);
  EXPECT_EQ(parse_timestamp("01/Mar/16", format), day);
  EXPECT_FALSE(parse_timestamp("30/Feb/16 9:05 AM", format));
  EXPECT_FALSE(parse_timestamp("01/Mrz/16 9:05 AM", format));
  EXPECT_FALSE(parse_timestamp("01/Mar/16 13:05 PM", format));
}

TEST(Values, BooleansInTheSpellingsExportsUse) {
  for (const char* yes : {"true", "TRUE", "True", "t", "yes", "Y", "1"}) EXPECT_EQ(parse_bool(yes), true) << yes;
  for (const char* no : {"false", "FALSE", "f", "no", "N", "0"}) EXPECT_EQ(parse_bool(no), false) << no;
  EXPECT_FALSE(parse_bool("maybe"));
}

TEST(Values, MonthsAndMissingMarkers) {
  EXPECT_EQ(month_of(days_from_civil(2016, 2, 29) * 86400), "2016-02");
  EXPECT_EQ(month_start(month_index(days_from_civil(2016, 12, 31) * 86400) + 1), days_from_civil(2017, 1, 1) * 86400);
  EXPECT_TRUE(is_missing("?"));
  EXPECT_TRUE(is_missing(""));
  EXPECT_FALSE(is_missing("0"));
}

}  // namespace
}  // namespace candor::ops
