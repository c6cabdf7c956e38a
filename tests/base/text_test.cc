#include "base/text.h"

#include <gtest/gtest.h>

#include "base/date.h"
#include "base/sha256.h"

namespace candor {
namespace {

TEST(Utf8, AcceptsMultibyteText) { EXPECT_TRUE(is_valid_utf8("Überprüfung – 20000 ✓")); }

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8(std::string("ab\xff" "cd")), 2u);
  EXPECT_EQ(find_invalid_utf8(std::string("ok\xc3")), 2u);          // truncated sequence
  EXPECT_EQ(find_invalid_utf8(std::string("\xc0\xaf")), 0u);        // overlong '/'
  EXPECT_EQ(find_invalid_utf8(std::string("\xed\xa0\x80")), 0u);    // surrogate
}

TEST(Text, LineAndColumnAreOneBased) {
  EXPECT_EQ(line_and_column("ab\ncd", 4), std::make_pair(2, 2));
}

TEST(Text, PercentFloorNeverRoundsUp) {
  EXPECT_EQ(percent_floor(0.99999), "99.9 %");
  EXPECT_EQ(percent_floor(1.0), "100.0 %");
  EXPECT_EQ(percent_floor(0.125), "12.5 %");
}

TEST(Sha256, MatchesTheKnownDigestOfAbc) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Date, ParsesAndFormatsCalendarDates) {
  EXPECT_EQ(Date::parse("2016-02-29")->to_string(), "2016-02-29");
  EXPECT_FALSE(Date::parse("2015-02-29").ok());
  EXPECT_FALSE(Date::parse("29/02/2016").ok());
}

TEST(Date, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(Date::parse("2026-01-31")->add_months(1).to_string(), "2026-02-28");
  EXPECT_EQ(Date::parse("2026-11-15")->add_months(3).to_string(), "2027-02-15");
}

TEST(Date, MonthsBetweenCountsWholeMonths) {
  EXPECT_EQ(months_between(*Date::parse("2021-11-23"), *Date::parse("2026-11-23")), 60);
  EXPECT_EQ(months_between(*Date::parse("2021-11-24"), *Date::parse("2026-11-23")), 59);
}

}  // namespace
}  // namespace candor
