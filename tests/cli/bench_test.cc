// End to end: peer pools (export, import, compare), reassessment and trend,
// and the report's peer and trend sections — the real binary on the demo.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/pool_file.h"
#include "cli/cli_runner.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_candor;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class BenchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    prefix_ = testing::temp_path("bench-" + name + "-" + std::to_string(::getpid()));
    db_ = prefix_ + ".db";
    remove_files();
    const auto demo = run_candor("--db " + db_ + " demo");
    ASSERT_EQ(demo.exit_code, 0) << demo.out;
  }
  void TearDown() override { remove_files(); }
  void remove_files() {
    for (const char* suffix : {".db", ".db-wal", ".db-shm", ".pool.json", ".gen.json", ".html", ".json"}) {
      std::filesystem::remove(prefix_ + suffix);
    }
  }
  testing::Run candor(const std::string& arguments, bool with_stderr = false) {
    return run_candor("--db " + db_ + " " + arguments, with_stderr);
  }
  nlohmann::json json_of(const std::string& arguments) {
    const auto run = candor(arguments);
    EXPECT_EQ(run.exit_code, 0) << run.out;
    return nlohmann::json::parse(run.out);
  }
  void import_generated(int assessments) {
    ASSERT_EQ(candor("bench gen -n " + std::to_string(assessments) + " --seed 11 -o " + prefix_ + ".gen.json").exit_code, 0);
    ASSERT_EQ(candor("bench import " + prefix_ + ".gen.json").exit_code, 0);
  }

  std::string prefix_;
  std::string db_;
};

// Every string in the demo assessment's record that could lead back to it.
std::vector<std::string> identifying_strings(const nlohmann::json& report) {
  std::vector<std::string> out = {report["assessment"]["subject"], report["assessment"]["scope"],
                                  report["assessment"]["assessed_on"], report["workspace"]};
  for (const auto& e : report["evidence"]) {
    for (const char* key : {"title", "source", "file_name", "file_sha256", "by"}) {
      if (e.contains(key) && e[key].is_string()) out.push_back(e[key]);
    }
  }
  for (const auto& j : report["judgements"]) {
    for (const char* key : {"rationale", "justification", "by"}) {
      if (j.contains(key) && j[key].is_string()) out.push_back(j[key]);
    }
  }
  for (const auto& c : report["claims"]) {
    for (const char* key : {"note", "by"}) {
      if (c.contains(key) && c[key].is_string()) out.push_back(c[key]);
    }
  }
  std::erase_if(out, [](const std::string& s) { return s.size() < 6; });
  return out;
}

TEST_F(BenchCli, ExportCarriesNoNameScopeEvidenceOrRationale) {
  ASSERT_EQ(candor("report 1 -o " + prefix_ + ".json").exit_code, 0);
  const auto report = nlohmann::json::parse(read_text(prefix_ + ".json"));
  ASSERT_EQ(candor("bench export 1 -o " + prefix_ + ".pool.json").exit_code, 0);
  const std::string pool = read_text(prefix_ + ".pool.json");
  const auto strings = identifying_strings(report);
  ASSERT_GT(strings.size(), 100u);  // the demo has many evidence items and rationales
  for (const auto& text : strings) EXPECT_THAT(pool, Not(HasSubstr(text))) << "the export leaks: " << text;
  EXPECT_THAT(pool, Not(HasSubstr("Northwind")));
  const auto parsed = nlohmann::json::parse(pool);
  const auto& result = parsed["results"][0];
  EXPECT_FALSE(result.contains("id"));
  EXPECT_EQ(result["sector"], "managed-it-services");
  EXPECT_EQ(result["year"], 2026);
}

TEST_F(BenchCli, ExportIsJournaled) {
  ASSERT_EQ(candor("bench export 1 -o " + prefix_ + ".pool.json").exit_code, 0);
  EXPECT_THAT(candor("journal list").out, HasSubstr("pool.export"));
}

TEST_F(BenchCli, ImportingTwiceCountsOnce) {
  ASSERT_EQ(candor("bench gen -n 40 --seed 3 -o " + prefix_ + ".gen.json").exit_code, 0);
  EXPECT_THAT(candor("bench import " + prefix_ + ".gen.json").out, HasSubstr("40 added"));
  EXPECT_THAT(candor("bench import " + prefix_ + ".gen.json").out, HasSubstr("0 added, 0 replaced, 40 already"));
  EXPECT_EQ(json_of("bench compare 1 --json")["pool_peers"], 40);
}

TEST_F(BenchCli, AReexportReplacesTheEarlierResult) {
  ASSERT_EQ(candor("bench export 1 -o " + prefix_ + ".pool.json").exit_code, 0);
  EXPECT_THAT(candor("bench import " + prefix_ + ".pool.json").out, HasSubstr("1 added"));
  const auto evidence = candor("evidence add 1 --kind document --title Context --date 2026-10-01 --node 4.4");
  ASSERT_EQ(evidence.exit_code, 0);
  const std::string id = evidence.out.substr(0, evidence.out.find('\n'));
  ASSERT_EQ(candor("judge 1 --node 4.4 --rating major --evidence " + id + " --rationale x").exit_code, 0);
  ASSERT_EQ(candor("bench export 1 -o " + prefix_ + ".pool.json").exit_code, 0);
  EXPECT_THAT(candor("bench import " + prefix_ + ".pool.json").out, HasSubstr("0 added, 1 replaced"));
}

TEST_F(BenchCli, CompareGivesQuartilesAndPercentilesOfEvidencedLevels) {
  import_generated(60);
  const auto comparison = json_of("bench compare 1 --json");
  EXPECT_EQ(comparison["pool_peers"], 60);
  ASSERT_EQ(comparison["processes"].size(), 28u);
  const auto& first = comparison["processes"][0];
  EXPECT_EQ(first["id"], "8.2.1");
  EXPECT_FALSE(first["suppressed"].get<bool>());
  EXPECT_TRUE(first["q1"].is_number());
  EXPECT_TRUE(first["percentile"].is_number());
  EXPECT_EQ(comparison["clauses"].size(), 7u);
  EXPECT_GT(comparison["overall"]["compared"].get<int>(), 0);
}

TEST_F(BenchCli, AnEmptySectorShowsNothing) {
  import_generated(60);
  const auto comparison = json_of("bench compare 1 --sector shipbuilding --json");
  EXPECT_EQ(comparison["pool_peers"], 0);
  for (const auto& item : comparison["processes"]) {
    EXPECT_TRUE(item["suppressed"].get<bool>());
    EXPECT_FALSE(item.contains("percentile"));
    EXPECT_EQ(item["peers"], "fewer than 5");
  }
  EXPECT_TRUE(comparison["overall"]["mean_percentile"].is_null());
}

TEST_F(BenchCli, CompareWithoutAPoolSaysHowToGetOne) {
  const auto run = candor("bench compare 1", true);
  EXPECT_EQ(run.exit_code, 3) << run.out;
  EXPECT_THAT(run.out, HasSubstr("bench import"));
}

TEST_F(BenchCli, BadOptionsAreRefusedWithTheirPlace) {
  import_generated(10);
  auto run = candor("bench compare 1 --size-band 7-8", true);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.out, HasSubstr("--size-band"));
  run = candor("bench compare 1 -k 2", true);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.out, HasSubstr("--min-peers"));
}

// A pool for the 2011 edition, written through the pool file code so its
// hashes are right: the 2018 processes that map one-to-one are compared,
// the others listed.
TEST_F(BenchCli, ComparesAcrossVersionsThroughTheMappings) {
  app::PoolFile pool;
  pool.framework_key = "iso20000-1:2011";
  pool.processes = {"8.1", "6.4"};
  for (int i = 0; i < 6; ++i) {
    PeerResult r;
    r.token = "t" + std::to_string(i);
    r.framework_key = pool.framework_key;
    r.sector = "public";
    r.size_band = "50-249";
    r.year = 2015;
    r.levels = {{"8.1", i % 4}, {"6.4", 2}};
    pool.results.push_back(r);
  }
  std::ofstream(prefix_ + ".pool.json") << app::pool_to_json(pool);
  const auto imported = candor("bench import " + prefix_ + ".pool.json", true);
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
  const auto comparison = json_of("bench compare 1 --json");
  EXPECT_EQ(comparison["pool_framework"], "iso20000-1:2011");
  bool incident = false;
  for (const auto& item : comparison["processes"]) {
    if (item["id"] == "8.6.2") {  // request management maps to 2011's 8.1
      incident = true;
      EXPECT_EQ(item["pool_item"], "8.1");
      EXPECT_FALSE(item["suppressed"].get<bool>());
    }
  }
  EXPECT_TRUE(incident);
  EXPECT_GT(comparison["unmapped"].size(), 0u);
  EXPECT_THAT(candor("bench compare 1").out, HasSubstr("Not compared"));
}

TEST_F(BenchCli, ReassessmentStartsEmptyAndShowsThePreviousValues) {
  const auto run = candor("assess reassess 1 --date 2027-01-15");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')), "2");
  EXPECT_THAT(run.out, HasSubstr("nothing is carried over"));
  EXPECT_THAT(run.out, HasSubstr("8.7.3 Information security management: level 3"));
  const auto results = json_of("results 2 --json");
  for (const auto& process : results["processes"]) EXPECT_TRUE(process["evidenced_level"].is_null());
  EXPECT_THAT(candor("journal list").out, HasSubstr("assessment.reassess"));
}

TEST_F(BenchCli, ReassessmentBeforeTheEarlierDateIsRefused) {
  const auto run = candor("assess reassess 1 --date 2020-01-01", true);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.out, HasSubstr("--date"));
}

TEST_F(BenchCli, TrendShowsLevelsOverTimeAndChecksTheRoadmap) {
  ASSERT_EQ(candor("assess reassess 1 --date 2027-01-15").exit_code, 0);
  const auto trend = json_of("trend 1 --json");
  EXPECT_EQ(trend["subject"], "Northwind Managed Services");
  ASSERT_EQ(trend["assessments"].size(), 2u);
  const auto& first = trend["processes"][0];
  ASSERT_EQ(first["points"].size(), 2u);
  EXPECT_TRUE(first["points"][0]["evidenced_level"].is_number());
  EXPECT_TRUE(first["points"][1]["evidenced_level"].is_null());  // nothing carried over
  ASSERT_GT(trend["actions"].size(), 0u);
  for (const auto& action : trend["actions"]) EXPECT_NE(action["outcome"], "closed");
  EXPECT_THAT(candor("trend 'Northwind Managed Services'").out, HasSubstr("Earlier roadmap actions"));
}

TEST_F(BenchCli, TrendOfAnUnknownSubjectIsNotFound) {
  EXPECT_EQ(candor("trend 'Nobody Ltd'").exit_code, 3);
}

TEST_F(BenchCli, ReportShowsPeersAndTrendWhenThereAreAny) {
  ASSERT_EQ(candor("report 1 -o " + prefix_ + ".html").exit_code, 0);
  std::string html = read_text(prefix_ + ".html");
  EXPECT_THAT(html, Not(HasSubstr("id=\"benchmark\"")));
  EXPECT_THAT(html, Not(HasSubstr("id=\"trend\"")));
  import_generated(30);
  ASSERT_EQ(candor("assess reassess 1 --date 2027-01-15").exit_code, 0);
  ASSERT_EQ(candor("report 2 -o " + prefix_ + ".html").exit_code, 0);
  html = read_text(prefix_ + ".html");
  EXPECT_THAT(html, HasSubstr("id=\"benchmark\""));
  EXPECT_THAT(html, HasSubstr("class=\"chart benchmark\""));
  EXPECT_THAT(html, HasSubstr("id=\"trend\""));
  EXPECT_THAT(html, HasSubstr("class=\"chart trend\""));
}

}  // namespace
}  // namespace candor
