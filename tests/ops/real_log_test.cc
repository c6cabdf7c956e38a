// The real public ServiceNow log (../shared/data) and generated logs: the
// engine's KPIs equal an independent, deliberately simple computation written
// here (line splitting, std::map, sort) that shares no code with the engine.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "ops/generator.h"
#include "ops_fixtures.h"

namespace candor::ops::testing {
namespace {

struct SimpleRow {
  long mod = 0;
  long updated = 0;  // minutes since 2000
  long line = 0;
  std::string priority, made_sla, opened, resolved;
  int reopen = 0, reassign = 0;
};

struct SimpleCase {
  SimpleRow state;
  int max_reopen = 0, max_reassign = 0;
  bool seen = false;
};

// d/m/yyyy HH:MM to minutes; std::tm + timegm, nothing from the engine.
long minutes(const std::string& text) {
  std::tm tm{};
  int day, month, year, hour, minute;
  if (std::sscanf(text.c_str(), "%d/%d/%d %d:%d", &day, &month, &year, &hour, &minute) != 5) return -1;
  tm.tm_mday = day, tm.tm_mon = month - 1, tm.tm_year = year - 1900, tm.tm_hour = hour, tm.tm_min = minute;
  return static_cast<long>(timegm(&tm) / 60);
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream stream(line);
  std::string item;
  while (std::getline(stream, item, ',')) out.push_back(item);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

double quantile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  const double h = (values.size() - 1) * q;
  const std::size_t lo = static_cast<std::size_t>(h);
  return lo + 1 < values.size() ? values[lo] + (h - lo) * (values[lo + 1] - values[lo]) : values[lo];
}

struct Expected {
  std::size_t events = 0, cases = 0;
  double sla = 0, reopen = 0, reassign = 0;
  std::map<std::string, std::vector<double>> hours;
  std::map<std::string, std::pair<int, int>> cases_and_sla;
};

Expected simple_kpis(std::istream& in) {
  std::string line;
  std::getline(in, line);
  const auto header = split(line);
  auto col = [&](const std::string& name) { return std::find(header.begin(), header.end(), name) - header.begin(); };
  const auto number = col("number"), mod = col("sys_mod_count"), updated = col("sys_updated_at"),
             priority = col("priority"), sla = col("made_sla"), opened = col("opened_at"),
             resolved = col("resolved_at"), reopen = col("reopen_count"), reassign = col("reassignment_count");
  std::map<std::string, SimpleCase> cases;
  Expected e;
  long line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    const auto f = split(line);
    SimpleRow row{std::stol(f[mod]), minutes(f[updated]), line_number, f[priority], f[sla], f[opened], f[resolved],
                  std::stoi(f[reopen]), std::stoi(f[reassign])};
    SimpleCase& c = cases[f[number]];
    c.max_reopen = std::max(c.max_reopen, row.reopen);
    c.max_reassign = std::max(c.max_reassign, row.reassign);
    if (!c.seen || std::tie(row.mod, row.updated, row.line) > std::tie(c.state.mod, c.state.updated, c.state.line)) {
      c.state = row;
    }
    c.seen = true;
    ++e.events;
  }
  e.cases = cases.size();
  for (const auto& [id, c] : cases) {
    const bool met = c.state.made_sla == "true";
    e.sla += met;
    e.reopen += c.max_reopen > 0;
    e.reassign += c.max_reassign;
    auto& counts = e.cases_and_sla[c.state.priority];
    counts.first++;
    counts.second += met;
    if (c.state.resolved != "?") {
      e.hours[c.state.priority].push_back((minutes(c.state.resolved) - minutes(c.state.opened)) / 60.0);
    }
  }
  e.sla /= e.cases, e.reopen /= e.cases, e.reassign /= e.cases;
  return e;
}

void expect_equal(const Kpis& k, const Expected& e) {
  EXPECT_EQ(k.events, e.events);
  EXPECT_EQ(k.cases, e.cases);
  EXPECT_EQ(k.bad_rows, 0u);
  EXPECT_NEAR(k.sla_met_ratio, e.sla, 1e-12);
  EXPECT_NEAR(k.reopen_ratio, e.reopen, 1e-12);
  EXPECT_NEAR(k.mean_reassignments, e.reassign, 1e-12);
  ASSERT_EQ(k.priorities.size(), e.cases_and_sla.size());
  for (const auto& p : k.priorities) {
    SCOPED_TRACE(p.priority);
    const auto& counts = e.cases_and_sla.at(p.priority);
    EXPECT_EQ(p.cases, static_cast<std::uint64_t>(counts.first));
    EXPECT_NEAR(p.sla_met_ratio, double(counts.second) / counts.first, 1e-12);
    const auto& hours = e.hours.at(p.priority);
    EXPECT_EQ(p.resolved, hours.size());
    EXPECT_NEAR(p.p50_hours, quantile(hours, 0.5), 1e-9);
    EXPECT_NEAR(p.p90_hours, quantile(hours, 0.9), 1e-9);
    EXPECT_NEAR(p.p99_hours, quantile(hours, 0.99), 1e-9);
  }
}

Analysed analyse_file(const std::string& path, unsigned threads) {
  Analysed out;
  out.mapping = std::make_unique<Mapping>(builtin_profile("servicenow").value());
  auto input = InputBuffer::open(path);
  EXPECT_TRUE(input.ok());
  out.input = std::move(input).value();
  ReadOptions options;
  options.threads = threads;
  auto log = read_log(*out.input, *out.mapping, options);
  EXPECT_TRUE(log.ok()) << log.error().to_string();
  out.log = std::move(log).value();
  out.kpis = compute_kpis(out.log);
  return out;
}

TEST(RealLog, ServiceNowKpisEqualAnIndependentComputation) {
  const std::string path = std::string(CANDOR_SHARED_DATA) + "/servicenow_incident_events.csv.gz";
  ASSERT_TRUE(std::filesystem::exists(path)) << "the real public log is missing: " << path;
  std::string text;
  {
    std::FILE* pipe = ::popen(("gzip -dc " + path).c_str(), "r");
    char buffer[1 << 16];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, got);
    ::pclose(pipe);
  }
  ASSERT_EQ(text.find('"'), std::string::npos) << "the simple computation assumes no quoted fields";
  std::istringstream in(text);
  const Expected expected = simple_kpis(in);
  EXPECT_EQ(expected.events, 119998u);
  EXPECT_EQ(expected.cases, 20769u);
  const Analysed analysed = analyse_file(path, 2);
  expect_equal(analysed.kpis, expected);
  // The two rows with state -100 break the lifecycle check.
  const CheckResult* lifecycle = find_check(analysed.kpis, "incident.lifecycle");
  ASSERT_NE(lifecycle, nullptr);
  EXPECT_GE(lifecycle->failed, 2u);
}

TEST(GeneratedLog, KpisEqualAnIndependentComputationWithAnyThreadCount) {
  const std::string path = std::filesystem::temp_directory_path() / ("ops-gen-" + std::to_string(getpid()) + ".csv");
  GeneratorOptions options;
  options.events = 60000;
  options.seed = 42;
  const auto totals = generate_log(options, path);
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->events, 60000u);
  std::FILE* file = std::fopen(path.c_str(), "r");
  std::string text;
  char buffer[1 << 16];
  std::size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
  std::fclose(file);
  std::istringstream in(text);
  const Expected expected = simple_kpis(in);
  for (unsigned threads : {1u, 2u, 7u}) {
    SCOPED_TRACE(threads);
    expect_equal(analyse_file(path, threads).kpis, expected);
  }
  std::filesystem::remove(path);
}

TEST(GeneratedLog, SameSeedSameFile) {
  const std::string a = std::filesystem::temp_directory_path() / ("ops-seed-a-" + std::to_string(getpid()) + ".csv");
  const std::string b = std::filesystem::temp_directory_path() / ("ops-seed-b-" + std::to_string(getpid()) + ".csv");
  ASSERT_TRUE(generate_log({5000, 9}, a).ok());
  ASSERT_TRUE(generate_log({5000, 9}, b).ok());
  EXPECT_EQ(InputBuffer::open(a).value()->view(), InputBuffer::open(b).value()->view());
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

}  // namespace
}  // namespace candor::ops::testing
