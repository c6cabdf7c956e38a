// End to end: `candor demo`, then results, disagreements, roadmap and the
// report, checked against the figures worked out by hand in demo/expected.md.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"

namespace candor {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::run_candor;

class Demo : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, in parallel: one database each.
    db_ = new std::string(testing::temp_path("demo-e2e-" + std::to_string(::getpid()) + ".db"));
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(*db_ + suffix);
    const auto demo = run_candor("--db " + *db_ + " demo");
    ASSERT_EQ(demo.exit_code, 0) << demo.out;
    assessment_ = new std::string(demo.out.substr(0, demo.out.find('\n')));
    const auto results = run_candor("--db " + *db_ + " results " + *assessment_ + " --json");
    ASSERT_EQ(results.exit_code, 0);
    results_ = new nlohmann::json(nlohmann::json::parse(results.out));
  }
  static void TearDownTestSuite() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(*db_ + suffix);
    delete db_;
    delete assessment_;
    delete results_;
  }
  static std::string candor(const std::string& arguments) { return "--db " + *db_ + " " + arguments; }
  static const nlohmann::json& process(const std::string& id) {
    for (const auto& p : (*results_)["processes"]) {
      if (p["id"] == id) return p;
    }
    throw std::runtime_error("no process " + id);
  }

  static std::string* db_;
  static std::string* assessment_;
  static nlohmann::json* results_;
};

std::string* Demo::db_ = nullptr;
std::string* Demo::assessment_ = nullptr;
nlohmann::json* Demo::results_ = nullptr;

TEST_F(Demo, PrintsTheNewAssessmentsId) { EXPECT_EQ(*assessment_, "1"); }

TEST_F(Demo, IsHonestlyNotReadyWithMajorBlockersFirst) {
  const auto& r = *results_;
  EXPECT_EQ(r["readiness"], "not_ready");
  EXPECT_EQ(r["mandatory"], 57);
  EXPECT_EQ(r["conforming"], 29);
  EXPECT_EQ(r["not_applicable"], 1);
  ASSERT_EQ(r["blockers"].size(), 17u);
  std::vector<std::string> first;
  for (int i = 0; i < 4; ++i) first.push_back(r["blockers"][i]["node"].get<std::string>() + " " +
                                              r["blockers"][i]["reason"].get<std::string>());
  EXPECT_THAT(first, ElementsAre("8.2.6 major", "8.5.1.3 major", "9.2 major", "6.1 minor"));
  EXPECT_EQ(r["not_assessed"], nlohmann::json({"4.4", "6.2.2", "7.5.4", "7.6", "8.2.2", "8.4.2", "8.4.3",
                                                "8.5.2.1", "8.5.2.2", "8.5.2.3"}));
}

TEST_F(Demo, EvidencedLevelsFollowTheIso33020Rule) {
  const std::map<std::string, int> expected = {
      {"8.2.1", 2}, {"8.2.2", 1}, {"8.2.3", 2}, {"8.2.4", 1}, {"8.2.5", 1}, {"8.2.6", 0}, {"8.3.2", 2},
      {"8.3.3", 1}, {"8.3.4", 2}, {"8.4.1", 1}, {"8.5.1", 1}, {"8.5.3", 1}, {"8.6.1", 1}, {"8.6.2", 2},
      {"8.6.3", 1}, {"8.7.1", 2}, {"8.7.2", 1}, {"8.7.3", 3}, {"9.1", 1},   {"9.2", 0},   {"9.3", 1},
      {"9.4", 1},   {"10.1", 1},  {"10.2", 1}};
  for (const auto& [id, level] : expected) EXPECT_EQ(process(id)["evidenced_level"], level) << id;
}

TEST_F(Demo, UnassessedProcessesAreNullNotZero) {
  for (const char* id : {"8.3.1", "8.4.2", "8.4.3", "8.5.2"}) {
    EXPECT_TRUE(process(id)["evidenced_level"].is_null()) << id;
    EXPECT_TRUE(process(id)["promise_gap"].is_null()) << id;
  }
  EXPECT_EQ(process("8.4.3")["claimed_level"], 2);  // claimed, but the gap is unknown
}

TEST_F(Demo, PromiseGapsShowWhereClaimsOverstate) {
  const std::map<std::string, int> expected = {{"8.2.6", 2}, {"8.3.3", 2}, {"8.5.1", 2}, {"8.6.1", 2},
                                               {"9.2", 2},   {"8.2.5", 1}, {"8.2.1", -1}, {"8.7.3", -1},
                                               {"8.6.2", 0}};
  for (const auto& [id, gap] : expected) EXPECT_EQ(process(id)["promise_gap"], gap) << id;
  EXPECT_FALSE(process("8.6.1")["gap_judgements"].empty());
}

TEST_F(Demo, LowerBoundLevelsAreFlagged) {
  EXPECT_EQ(process("8.4.1")["level_is_lower_bound"], true);
  EXPECT_EQ(process("8.7.2")["level_is_lower_bound"], true);
  EXPECT_EQ(process("8.7.3")["level_is_lower_bound"], false);
}

TEST_F(Demo, HasExactlyTheOneUnreconciledDisagreement) {
  ASSERT_EQ((*results_)["disagreements"].size(), 1u);
  const auto& d = (*results_)["disagreements"][0];
  EXPECT_EQ(d["node"], "8.6.1");
  EXPECT_EQ(d["attribute"], "PA2.1");
  EXPECT_THAT(run_candor(candor("disagreements 1")).out, HasSubstr("Alice Chen says L"));
}

TEST_F(Demo, ConfidenceIsAFractionWithItsBand) {
  const auto& confidence = (*results_)["confidence"];
  EXPECT_GT(confidence.get<double>(), 0.0);
  EXPECT_LT(confidence.get<double>(), 1.0);
  EXPECT_FALSE((*results_)["confidence_detail"]["band"].get<std::string>().empty());
}

TEST_F(Demo, TheRoadmapStartsWithTheMajorsAndGivesAFinishDate) {
  const auto run = run_candor(candor("roadmap 1 --capacity 12 --json"));
  ASSERT_EQ(run.exit_code, 0);
  const auto roadmap = nlohmann::json::parse(run.out);
  EXPECT_EQ(roadmap["actions"][0]["kind"], "close_major");
  EXPECT_EQ(roadmap["actions"][0]["node"], "8.2.6");
  EXPECT_GT(roadmap["months_needed"].get<int>(), 12);
  EXPECT_FALSE(roadmap["finish"].get<std::string>().empty());
  EXPECT_EQ(roadmap["unplanned"], nlohmann::json({"8.3.1", "8.4.2", "8.4.3", "8.5.2"}));
}

TEST_F(Demo, ARoadmapWithoutCapacityIsRefused) {
  EXPECT_EQ(run_candor(candor("roadmap 1 --capacity 0")).exit_code, 2);
}

TEST_F(Demo, TheHtmlReportIsSelfContainedWithAllCharts) {
  const std::string path = testing::temp_path("demo-report.html");
  ASSERT_EQ(run_candor(candor("report 1 -o " + path)).exit_code, 0);
  std::ifstream in(path);
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_THAT(html, HasSubstr("Northwind Managed Services"));
  for (const char* chart : {"capability-radar", "conformity-heat-map", "promise-gap", "roadmap-timeline"}) {
    EXPECT_THAT(html, HasSubstr(std::string("<svg class=\"chart ") + chart)) << chart;
  }
  EXPECT_THAT(html, ::testing::Not(HasSubstr("<script src")));
  EXPECT_THAT(html, ::testing::Not(HasSubstr("https://")));
}

TEST_F(Demo, JsonAndXlsxReportsAreWritten) {
  const std::string json = testing::temp_path("demo-report.json");
  const std::string xlsx = testing::temp_path("demo-report.xlsx");
  ASSERT_EQ(run_candor(candor("report 1 -o " + json)).exit_code, 0);
  ASSERT_EQ(run_candor(candor("report 1 --format xlsx -o " + xlsx)).exit_code, 0);
  std::ifstream in(json);
  const auto report = nlohmann::json::parse(in);
  EXPECT_EQ(report["evidence"].size(), 58u);
  EXPECT_EQ(report["judgements"].size(), 173u);
  EXPECT_GT(std::filesystem::file_size(xlsx), 1000u);
}

TEST_F(Demo, TheJournalVerifies) {
  const auto run = run_candor(candor("journal verify"));
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.out, HasSubstr("journal intact"));
}

TEST_F(Demo, EvidenceFilesComeBackVerified) {
  const auto list = nlohmann::json::parse(run_candor(candor("evidence list 1 --json")).out);
  int files = 0;
  for (const auto& e : list) {
    if (!e.contains("file")) continue;
    ++files;
    const std::string out = testing::temp_path("evidence-file");
    EXPECT_EQ(run_candor(candor("evidence get 1 " + std::to_string(e["id"].get<long>()) + " -o " + out)).exit_code, 0);
  }
  EXPECT_EQ(files, 3);
}

}  // namespace
}  // namespace candor
