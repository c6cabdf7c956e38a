#include "scheme/cpd.h"

#include <gtest/gtest.h>

#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;

// The Master scheme's rule: 20 hours a year, 90 in three years.
std::string log_with(const std::vector<std::pair<std::string, double>>& activities, const std::string& extra = "") {
  std::string yaml = "person: Jane Candidate\nactivities:\n";
  int n = 0;
  for (const auto& [date, hours] : activities) {
    yaml += "  - {date: " + date + ", kind: course, title: Activity " + std::to_string(++n) +
            ", hours: " + std::to_string(hours) + ", evidence: certificate " + std::to_string(n) +
            ", areas: [K01]}\n";
  }
  return yaml + extra;
}

CpdReport report_of(const std::string& yaml, int through = 2024, double audit = 10) {
  auto log = parse_cpd_log(yaml, "cpd.yaml", master_scheme().cpd, {"K01", "K02"});
  EXPECT_TRUE(log.ok()) << log.error().to_string();
  return summarise_cpd(log.ok() ? *log : CpdLog{}, master_scheme().cpd, through, audit, "2025 audit");
}

TEST(Cpd, YearsMeetingTheMinimumButAShortPeriodAreNotCompliant) {
  const CpdReport report = report_of(log_with({{"2022-03-01", 30}, {"2023-03-01", 25}, {"2024-03-01", 20}}));
  ASSERT_EQ(report.years.size(), 3u);
  EXPECT_TRUE(report.years[2].meets_year);
  EXPECT_TRUE(report.years[2].period_complete);
  EXPECT_DOUBLE_EQ(report.years[2].period_hours, 75);
  EXPECT_FALSE(report.years[2].meets_period);
  EXPECT_FALSE(report.compliant);
}

TEST(Cpd, EnoughHoursEveryYearAndPeriodIsCompliant) {
  const CpdReport report = report_of(log_with({{"2022-03-01", 30}, {"2023-03-01", 25}, {"2024-03-01", 20}, {"2024-09-01", 15}}));
  EXPECT_DOUBLE_EQ(report.years[2].period_hours, 90);
  EXPECT_TRUE(report.compliant);
}

TEST(Cpd, YearBelowTheMinimumFailsEvenWithinAnIncompletePeriod) {
  const CpdReport report = report_of(log_with({{"2023-03-01", 19.5}, {"2024-03-01", 40}}));
  EXPECT_FALSE(report.years[0].meets_year);
  EXPECT_FALSE(report.years[0].period_complete);
  EXPECT_FALSE(report.compliant);
}

TEST(Cpd, YearWithoutActivityCountsAsZero) {
  const CpdReport report = report_of(log_with({{"2022-03-01", 40}, {"2024-03-01", 60}}));
  ASSERT_EQ(report.years.size(), 3u);
  EXPECT_EQ(report.years[1].year, 2023);
  EXPECT_DOUBLE_EQ(report.years[1].hours, 0);
  EXPECT_FALSE(report.compliant);
}

TEST(Cpd, AuditSampleIsTheRoundedUpShareAndReproducible) {
  std::vector<std::pair<std::string, double>> activities;
  for (int i = 1; i <= 10; ++i) activities.push_back({"2024-0" + std::to_string(i % 9 + 1) + "-01", 3});
  const std::string yaml = log_with(activities);
  EXPECT_EQ(report_of(yaml, 2024, 10).audit_sample.size(), 1u);
  EXPECT_EQ(report_of(yaml, 2024, 25).audit_sample.size(), 3u);  // 2.5 rounds up
  EXPECT_EQ(report_of(yaml, 2024, 25).audit_sample, report_of(yaml, 2024, 25).audit_sample);
  EXPECT_EQ(report_of(yaml, 2024, 100).audit_sample.size(), 10u);
}

TEST(Cpd, ActivityWithoutEvidenceIsListed) {
  const CpdReport report = report_of(log_with({{"2024-01-10", 30}}, "  - {date: 2024-02-01, kind: reading, title: A book, hours: 4}\n"));
  EXPECT_EQ(report.without_evidence, std::vector<int>{2});
}

TEST(Cpd, UnknownKindAndAreaAreRefusedWithTheirPlace) {
  auto log = parse_cpd_log("person: J\nactivities:\n  - {date: 2024-01-01, kind: golf, title: G, hours: 4, areas: [K99]}\n",
                           "cpd.yaml", master_scheme().cpd, {"K01"});
  ASSERT_FALSE(log.ok());
  const std::string message = log.error().to_string();
  EXPECT_NE(message.find("cpd.yaml:3"), std::string::npos) << message;
  EXPECT_NE(message.find("kind 'golf'"), std::string::npos);
  EXPECT_NE(message.find("unknown know-how area 'K99'"), std::string::npos);
}

}  // namespace
}  // namespace candor::scheme
