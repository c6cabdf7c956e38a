#include "report/capability_radar.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/html_scan.h"
#include "report/sample_assessment.h"

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

TEST(CapabilityRadar, NotAssessedProcessIsNeverDrawnAsLevelZero) {
  const std::string svg = capability_radar_svg(
      results_of({process("1", 3, 1), process("2", 2, std::nullopt), process("3", 1, 0), process("4", 2, 2)}));
  EXPECT_TRUE(tags_with_class(svg, "evidenced", "2").empty());
  EXPECT_EQ(tags_with_class(svg, "not-assessed", "2").size(), 1u);
  // A process really at level 0 is drawn, as level 0.
  const auto zero = tags_with_class(svg, "evidenced", "3");
  ASSERT_EQ(zero.size(), 1u);
  EXPECT_THAT(zero[0], HasSubstr("data-level=\"0\""));
}

TEST(CapabilityRadar, ManyProcessesKeepTheNotAssessedMarker) {
  std::vector<ProcessResult> processes;
  for (int i = 1; i <= 28; ++i) processes.push_back(process(std::to_string(i), 2, i == 7 ? std::nullopt : std::optional<int>(1)));
  const std::string svg = capability_radar_svg(results_of(processes));
  EXPECT_TRUE(tags_with_class(svg, "evidenced", "7").empty());
  EXPECT_EQ(tags_with_class(svg, "not-assessed", "7").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "evidenced").size(), 27u);
}

TEST(CapabilityRadar, EvidencedOutlineBreaksAtANotAssessedProcess) {
  const std::string complete =
      capability_radar_svg(results_of({process("1", 3, 1), process("2", 2, 2), process("3", 1, 0)}));
  const std::string broken =
      capability_radar_svg(results_of({process("1", 3, 1), process("2", 2, std::nullopt), process("3", 1, 0)}));
  EXPECT_THAT(complete, HasSubstr("<g class=\"evidenced-outline\"><polygon"));
  EXPECT_THAT(broken, ::testing::Not(HasSubstr("<g class=\"evidenced-outline\"><polygon")));
}

TEST(CapabilityRadar, DrawsClaimedAndEvidencedMarkerPerProcess) {
  const auto sample = testing::make_sample_assessment();
  const std::string svg = capability_radar_svg(sample->results);
  int evidenced = 0, claimed = 0;
  for (const auto& p : sample->results.processes) {
    evidenced += p.evidenced_level ? 1 : 0;
    claimed += p.claimed_level ? 1 : 0;
  }
  EXPECT_EQ(tags_with_class(svg, "evidenced").size(), static_cast<std::size_t>(evidenced));
  EXPECT_EQ(tags_with_class(svg, "claimed").size(), static_cast<std::size_t>(claimed));
}

TEST(CapabilityRadar, IsAnAccessibleImage) {
  const std::string svg = capability_radar_svg(results_of({process("1", 3, 1), process("2", 2, 2), process("3", 1, 0)}));
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("aria-label=\"Capability radar"));
  EXPECT_THAT(svg, HasSubstr("<title>Capability radar"));
}

TEST(CapabilityRadar, MarkersLinkToTheProcessDetail) {
  const std::string svg = capability_radar_svg(results_of({process("1", 3, 1), process("2", 2, 2), process("3", 1, 0)}));
  EXPECT_THAT(svg, HasSubstr("<a href=\"#process-2\">"));
}

TEST(CapabilityRadar, FallsBackToRowsWithFewerThanThreeProcesses) {
  const std::string svg = capability_radar_svg(results_of({process("1", 3, 1), process("2", 2, std::nullopt)}));
  EXPECT_THAT(svg, HasSubstr("capability-rows"));
  EXPECT_EQ(tags_with_class(svg, "evidenced", "1").size(), 1u);
  EXPECT_EQ(tags_with_class(svg, "not-assessed", "2").size(), 1u);
}

TEST(CapabilityRadar, SaysSoWhenThereAreNoProcesses) {
  EXPECT_THAT(capability_radar_svg(Results{}), HasSubstr("no processes"));
}

}  // namespace
}  // namespace candor
