// IEEE XES input: a hand-written log with known results (tests/ops/data/
// helpdesk.xes), the same results however the file is split between
// threads, the process map and a mapping over XES attributes, and damaged
// XML reported with its line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli_runner.h"
#include "ops/analysis.h"
#include "ops/process_map.h"
#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

const std::string kSample = std::string(CANDOR_SOURCE_DIR) + "/tests/ops/data/helpdesk.xes";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::filesystem::temp_directory_path() / (std::to_string(getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A log around some traces: the prolog, the traces, the end.
std::string xes_log(const std::string& traces) {
  return "<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\">\n" + traces + "</log>\n";
}

const char* kTrace =
    "<trace><string key=\"concept:name\" value=\"T1\"/>\n"
    "<event><string key=\"concept:name\" value=\"Open\"/><date key=\"time:timestamp\" value=\"2016-03-01T08:00:00Z\"/></event>\n"
    "</trace>\n";

TEST(Xes, SampleLogGivesTheHandComputedKpis) {
  auto result = analyse_text(read_text(kSample), "generic", 1, 1 << 20);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const Analysed& a = **result;
  EXPECT_TRUE(a.log.xes);
  EXPECT_EQ(a.log.bad_rows, 0u);
  EXPECT_EQ(a.kpis.events, 8u);
  EXPECT_EQ(a.kpis.cases, 3u);
  EXPECT_EQ(a.kpis.resolved, 2u);
  EXPECT_DOUBLE_EQ(a.kpis.p50_hours, 3.25);  // 2.5 h and 4 h
}

TEST(Xes, ColumnsAreTheFixedFourThenEventThenCaseAttributes) {
  auto result = analyse_text(read_text(kSample), "generic");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const std::vector<std::string> expected = {"case_id", "activity", "timestamp", "resource", "case:priority",
                                             "lifecycle:transition"};
  EXPECT_EQ((*result)->log.header, expected);
}

TEST(Xes, ResultsDoNotDependOnHowTheFileIsSplit) {
  const std::string text = read_text(kSample);
  auto whole = analyse_text(text, "generic", 1, 1 << 20);
  ASSERT_TRUE(whole.ok()) << whole.error().to_string();
  for (unsigned threads : {2u, 3u}) {
    auto split = analyse_text(text, "generic", threads, 1);
    ASSERT_TRUE(split.ok()) << split.error().to_string();
    EXPECT_EQ((*split)->kpis.events, (*whole)->kpis.events);
    EXPECT_EQ((*split)->kpis.cases, (*whole)->kpis.cases);
    EXPECT_DOUBLE_EQ((*split)->kpis.p50_hours, (*whole)->kpis.p50_hours);
  }
}

TEST(Xes, FileIsReadAsGenericEventLogWithoutAProfile) {
  AnalysisRequest request;
  request.file = kSample;
  auto analysis = analyse_log(request);
  ASSERT_TRUE(analysis.ok()) << analysis.error().to_string();
  EXPECT_EQ((*analysis)->mapping->name, "generic");
  EXPECT_EQ((*analysis)->kpis.cases, 3u);
}

TEST(Xes, ProcessMapFollowsTheEventsOfEachTrace) {
  AnalysisRequest request;
  request.file = kSample;
  auto map = build_process_map(request);
  ASSERT_TRUE(map.ok()) << map.error().to_string();
  const auto count = [&](const std::string& from, const std::string& to) -> std::uint64_t {
    for (const auto& e : map->edges) {
      if (map->nodes[e.from].name == from && map->nodes[e.to].name == to) return e.count;
    }
    return 0;
  };
  EXPECT_EQ(count(kStartNode, "Open"), 3u);
  EXPECT_EQ(count("Open", "Work"), 2u);
  EXPECT_EQ(count("Open", "Resolved"), 1u);
  EXPECT_EQ(count("Work", "Resolved"), 1u);
  EXPECT_EQ(count("Resolved", "Closed"), 1u);
}

TEST(Xes, MappingFileNamesCaseAttributes) {
  const std::string mapping = write_temp("xes-mapping.yaml",
      "name: xes-with-priority\n"
      "event_log: true\n"
      "columns:\n"
      "  case_id: case_id\n"
      "  state: activity\n"
      "  updated_at: timestamp\n"
      "  priority: \"case:priority\"\n");
  AnalysisRequest request;
  request.file = kSample;
  request.mapping_file = mapping;
  auto analysis = analyse_log(request);
  ASSERT_TRUE(analysis.ok()) << analysis.error().to_string();
  const Kpis& k = (*analysis)->kpis;
  const PriorityKpis* high = find_priority(k, "High");
  ASSERT_NE(high, nullptr);
  EXPECT_EQ(high->cases, 2u);
  EXPECT_EQ(high->resolved, 2u);
  EXPECT_DOUBLE_EQ(high->p50_hours, 3.25);
  const PriorityKpis* low = find_priority(k, "Low");
  ASSERT_NE(low, nullptr);
  EXPECT_EQ(low->resolved, 0u);
  std::filesystem::remove(mapping);
}

TEST(Xes, BadTimestampIsABadRowWithItsLine) {
  auto result = analyse_text(xes_log(std::string(kTrace) +
                                     "<trace><string key=\"concept:name\" value=\"T2\"/>\n"
                                     "<event><date key=\"time:timestamp\" value=\"yesterday\"/></event>\n"
                                     "</trace>\n"),
                             "generic");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  const LogSummary& log = (*result)->log;
  EXPECT_EQ(log.events, 1u);
  ASSERT_EQ(log.bad_rows, 1u);
  EXPECT_EQ(log.bad_row_examples[0].line, 7u);
  EXPECT_NE(log.bad_row_examples[0].reason.find("'yesterday'"), std::string::npos) << log.bad_row_examples[0].reason;
}

void expect_error(const std::string& text, const std::string& expected) {
  for (unsigned threads : {1u, 2u}) {
    auto result = analyse_text(text, "generic", threads, 1);
    ASSERT_FALSE(result.ok()) << expected;
    EXPECT_NE(result.error().to_string().find(expected), std::string::npos) << result.error().to_string();
  }
}

TEST(Xes, DamagedXmlIsAnErrorWithItsLine) {
  expect_error(xes_log(std::string(kTrace) + "<trace>\n<event><string key=\"concept:name\" value=\"x\"></event>\n</trace>\n"),
               ":7: XES: </event> where </string> was expected");
  expect_error(xes_log(std::string(kTrace) + "<trace>\n<event>\n"), ":8: XES: </log> where </event> was expected");
  expect_error(xes_log(std::string(kTrace) + "<trace>\n<string key=\"concept:name\" value=\"x\n"),
               ":7: XES: an attribute value is not closed");
  expect_error(xes_log(std::string(kTrace) + "stray text\n"), ":6: XES: text outside of an element");
  expect_error(xes_log(std::string(kTrace) + "<event/>\n"), ":6: XES: expected <trace> or </log>, found <event>");
  expect_error("<?xml version=\"1.0\"?>\n<log>\n" + std::string(kTrace), ":6: XES: the file ends before </log>");
  expect_error("<?xml version=\"1.0\"?>\n<ledger/>\n", ":2: XES: not an XES log: the root element is <ledger>");
  expect_error(xes_log("<event/>\n"), ":3: XES: an <event> outside a <trace>");
  expect_error(xes_log(std::string(kTrace) + "<trace><string key=\"concept:name\" value=\"a &bogus; b\"/></trace>\n"),
               ":6: XES: a bad character entity");
}

TEST(Xes, EmptyLogHasNoCases) {
  auto result = analyse_text("<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\"/>\n", "generic");
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_EQ((*result)->kpis.cases, 0u);
}

TEST(Xes, CommandLineReadsXesAndRefusesDamagedXesWithExitCodeTwo) {
  const auto good = candor::testing::run_candor("ops kpi " + kSample + " --json");
  EXPECT_EQ(good.exit_code, 0) << good.out;
  EXPECT_NE(good.out.find("\"cases\": 3"), std::string::npos) << good.out;
  EXPECT_NE(good.out.find("\"input\": \"xes\""), std::string::npos) << good.out;
  const std::string bad = write_temp("damaged.xes", xes_log(std::string(kTrace) + "<trace>\n"));
  const auto refused = candor::testing::run_candor("ops kpi " + bad, true);
  EXPECT_EQ(refused.exit_code, 2) << refused.out;
  EXPECT_NE(refused.out.find(bad + ":7: XES: </log> where </trace> was expected"), std::string::npos) << refused.out;
  std::filesystem::remove(bad);
}

// The same event log written as CSV and as XES gives the same figures, however
// many pieces the XES file is cut into (500 traces, pieces of ~1 KB).
TEST(Xes, SameFiguresAsTheCsvOfTheSameEvents) {
  std::string csv = "case_id,activity,timestamp,resource\n";
  std::string xes = "<?xml version=\"1.0\"?>\n<log xes.version=\"1.0\">\n";
  const char* activities[] = {"Open", "Work", "Wait", "Resolved", "Closed"};
  for (int c = 0; c < 500; ++c) {
    const std::string id = "C" + std::to_string(c);
    xes += "<trace>\n<string key=\"concept:name\" value=\"" + id + "\"/>\n";
    const int events = 1 + (c * 7) % 5;
    for (int e = 0; e < events; ++e) {
      char stamp[32];
      std::snprintf(stamp, sizeof stamp, "2016-03-%02dT%02d:%02d:00", 1 + c % 28, 8 + e * 2, (c * 13 + e * 17) % 60);
      const std::string activity = activities[(e + (e > 0 ? c % 2 : 0)) % 5];
      const std::string resource = "r" + std::to_string((c + e) % 7);
      csv += id + "," + activity + "," + stamp + "," + resource + "\n";
      xes += "<event><string key=\"concept:name\" value=\"" + activity + "\"/><date key=\"time:timestamp\" value=\"" +
             stamp + "\"/><string key=\"org:resource\" value=\"" + resource + "\"/></event>\n";
    }
    xes += "</trace>\n";
  }
  xes += "</log>\n";
  auto from_csv = analyse_text(csv, "generic", 1, 1 << 20);
  auto from_xes = analyse_text(xes, "generic", 3, 1024);
  ASSERT_TRUE(from_csv.ok()) << from_csv.error().to_string();
  ASSERT_TRUE(from_xes.ok()) << from_xes.error().to_string();
  const Kpis& a = (*from_csv)->kpis;
  const Kpis& b = (*from_xes)->kpis;
  EXPECT_EQ(b.events, a.events);
  EXPECT_EQ(b.cases, 500u);
  EXPECT_EQ(b.resolved, a.resolved);
  EXPECT_GT(b.resolved, 0u);
  EXPECT_DOUBLE_EQ(b.p50_hours, a.p50_hours);
  EXPECT_DOUBLE_EQ(b.p90_hours, a.p90_hours);
  ASSERT_EQ(b.checks.size(), a.checks.size());
  for (std::size_t i = 0; i < a.checks.size(); ++i) {
    EXPECT_EQ(b.checks[i].passed, a.checks[i].passed) << a.checks[i].id;
    EXPECT_EQ(b.checks[i].failed, a.checks[i].failed) << a.checks[i].id;
  }
}

TEST(Xes, AttachRecordsTheEventLogAsMeasurementEvidence) {
  const std::string db = candor::testing::temp_path("ops-xes-attach-" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(db);
  const std::string base = "--db " + db + " --as analyst ";
  ASSERT_EQ(candor::testing::run_candor(base + "workspace create acme").exit_code, 0);
  const auto assessment = candor::testing::run_candor(base + "assess new --framework iso20000-1 --subject Acme");
  ASSERT_EQ(assessment.exit_code, 0) << assessment.out;
  const std::string id = assessment.out.substr(0, assessment.out.find_first_of("\n"));
  const auto attached = candor::testing::run_candor(base + "ops attach " + kSample + " --assessment " + id, true);
  ASSERT_EQ(attached.exit_code, 0) << attached.out;
  const auto listed = candor::testing::run_candor(base + "evidence list " + id + " --json");
  EXPECT_NE(listed.out.find("measurement"), std::string::npos) << listed.out;
  EXPECT_NE(listed.out.find("helpdesk.xes"), std::string::npos) << listed.out;
  std::filesystem::remove(db);
}

TEST(Xes, MapCommandDrawsTheSvg) {
  const std::string svg = candor::testing::temp_path("ops-xes-map-" + std::to_string(getpid()) + ".svg");
  const auto run = candor::testing::run_candor("ops map " + kSample + " -o " + svg, true);
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const std::string text = read_text(svg);
  EXPECT_NE(text.find("<svg"), std::string::npos);
  EXPECT_NE(text.find("Resolved"), std::string::npos);
  std::filesystem::remove(svg);
}

}  // namespace
}  // namespace candor::ops::testing
