#include "base/error.h"

#include <gtest/gtest.h>

#include "base/result.h"

namespace candor {
namespace {

Result<int> half(int value) {
  if (value % 2 != 0) return Error::invalid_input("odd value", Location{"numbers.txt", 3, 7});
  return value / 2;
}

Result<int> quarter(int value) {
  const int halved = CANDOR_TRY(half(value));
  return CANDOR_TRY(half(halved));
}

TEST(Error, NamesFileLineAndColumn) {
  const auto error = half(3).error();
  EXPECT_EQ(error.to_string(), "numbers.txt:3:7: odd value");
  EXPECT_EQ(error.exit_code(), 2);
  EXPECT_EQ(error.http_status(), 400);
}

TEST(Error, TryPassesTheFirstErrorUp) {
  EXPECT_EQ(*quarter(8), 2);
  EXPECT_FALSE(quarter(6).ok());  // 6 -> 3 is odd
  EXPECT_EQ(quarter(6).error().message(), "odd value");
}

TEST(Error, ManyKeepsEveryProblemInOrder) {
  const auto error = Error::many({Error::invalid_input("first", Location{"f.yaml", 1, 2}),
                                  Error::not_found("second", Location{"f.yaml", 9, 1})});
  ASSERT_EQ(error.problems().size(), 2u);
  EXPECT_EQ(error.to_string(), "f.yaml:1:2: first\nf.yaml:9:1: second");
  EXPECT_EQ(error.exit_code(), 2);
}

TEST(Error, CodesMapToDistinctExitCodes) {
  EXPECT_EQ(Error::not_found("x").exit_code(), 3);
  EXPECT_EQ(Error::integrity("x").exit_code(), 4);
  EXPECT_EQ(Error::conflict("x").exit_code(), 5);
  EXPECT_EQ(Error::permission_denied("x").http_status(), 403);
}

}  // namespace
}  // namespace candor
