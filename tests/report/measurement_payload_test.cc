#include "report/measurement_payload.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace candor {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

TEST(MeasurementPayload, ReadsTheFingerprintFieldsPresent) {
  const auto payload = read_measurement_payload(
      R"({"sha256":"abc","profile":"jira","candor_version":"0.1.0","mapping":{"8.6.1":"incident"}})");
  ASSERT_TRUE(payload);
  EXPECT_THAT(payload->fingerprint, ElementsAre(Pair("sha256", "abc"), Pair("profile", "jira"),
                                                Pair("mapping", R"({"8.6.1":"incident"})"),
                                                Pair("candor_version", "0.1.0")));
}

TEST(MeasurementPayload, KeepsFiguresExactlyAsWrittenInPayloadOrder) {
  const auto payload = read_measurement_payload(R"({"z":0.98765,"name":"x","a":48211})");
  ASSERT_TRUE(payload);
  EXPECT_THAT(payload->figures, ElementsAre(Pair("z", "0.98765"), Pair("a", "48211")));
}

TEST(MeasurementPayload, TurnsChecksIntoATableWithTheUnionOfColumns) {
  const auto payload = read_measurement_payload(R"({"checks":[{"id":"a","passed":true},{"id":"b","failing":3}]})");
  ASSERT_TRUE(payload);
  EXPECT_TRUE(payload->has_checks);
  EXPECT_THAT(payload->check_columns, ElementsAre("id", "passed", "failing"));
  EXPECT_THAT(payload->checks[1], ElementsAre("b", "", "3"));
}

TEST(MeasurementPayload, RefusesWhatIsNotAJsonObject) {
  EXPECT_FALSE(read_measurement_payload("[1,2]"));
  EXPECT_FALSE(read_measurement_payload("{broken"));
}

}  // namespace
}  // namespace candor
