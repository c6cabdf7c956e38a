// `candor ops attach` records the real log's KPIs and checks as measurement
// evidence with its fingerprint, linked to the checks' requirements, and the
// journal names the actor. Runs the real binary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"

namespace candor::ops {
namespace {

using candor::testing::run_candor;

TEST(OpsAttach, RecordsMeasurementEvidenceWithFingerprintAndJournal) {
  const std::string log = std::string(CANDOR_SHARED_DATA) + "/servicenow_incident_events.csv.gz";
  ASSERT_TRUE(std::filesystem::exists(log)) << "the real public log is missing: " << log;
  const std::string db = candor::testing::temp_path("ops-attach-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(db);
  const std::string base = "--db " + db + " --as analyst ";
  ASSERT_EQ(run_candor(base + "workspace create acme").exit_code, 0);
  const auto assessment = run_candor(base + "assess new --framework iso20000-1 --subject Acme");
  ASSERT_EQ(assessment.exit_code, 0) << assessment.out;
  const std::string id = assessment.out.substr(0, assessment.out.find_first_of("\n"));
  const auto attached = run_candor(base + "ops attach " + log + " --assessment " + id, true);
  ASSERT_EQ(attached.exit_code, 0) << attached.out;

  const auto listed = run_candor(base + "evidence list " + id + " --json");
  ASSERT_EQ(listed.exit_code, 0);
  const auto evidence = nlohmann::json::parse(listed.out);
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0]["kind"], "measurement");
  const std::string nodes = evidence[0].dump();
  EXPECT_NE(nodes.find("8.6.1"), std::string::npos);
  EXPECT_NE(nodes.find("8.3.3"), std::string::npos);
  const std::string payload_text =
      evidence[0].contains("payload") ? evidence[0]["payload"].dump() : evidence[0].dump();
  EXPECT_NE(payload_text.find("input_sha256"), std::string::npos);
  EXPECT_NE(payload_text.find("candor_version"), std::string::npos);
  EXPECT_NE(payload_text.find("incident.lifecycle"), std::string::npos);

  const auto journal = run_candor(base + "journal list");
  EXPECT_NE(journal.out.find("evidence.add"), std::string::npos) << journal.out;
  EXPECT_NE(journal.out.find("analyst"), std::string::npos);
  std::filesystem::remove(db);
}

TEST(OpsAttach, UnknownAssessmentIsRefusedAndNothingIsStored) {
  const std::string db = candor::testing::temp_path("ops-attach-bad-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(db);
  ASSERT_EQ(run_candor("--db " + db + " workspace create acme").exit_code, 0);
  const std::string log = std::string(CANDOR_SHARED_DATA) + "/servicenow_incident_events.csv.gz";
  const auto attached = run_candor("--db " + db + " ops attach " + log + " --assessment 999", true);
  EXPECT_NE(attached.exit_code, 0);
  std::filesystem::remove(db);
}

}  // namespace
}  // namespace candor::ops
