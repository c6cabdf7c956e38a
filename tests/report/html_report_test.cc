#include "report/html_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "base/version.h"
#include "report/html_scan.h"
#include "report/sample_assessment.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::element_by_id;

class HtmlReport : public ::testing::Test {
 protected:
  std::unique_ptr<testing::SampleAssessment> sample = testing::make_sample_assessment();
  std::string html = html_report(sample->input());
};

TEST_F(HtmlReport, IsSelfContained) {
  for (const char* forbidden : {"http://", "https://", "<script", "<link", "@import", "<img", "<iframe", "src=",
                                "<object", "<embed", "//fonts"}) {
    EXPECT_THAT(html, Not(HasSubstr(forbidden))) << forbidden;
  }
  for (std::size_t at = html.find("url("); at != std::string::npos; at = html.find("url(", at + 1)) {
    EXPECT_EQ(html.substr(at, 5), "url(#") << "a url() that is not a fragment: " << html.substr(at, 40);
  }
}

TEST_F(HtmlReport, EveryInternalLinkLandsOnAnAnchor) {
  const auto anchors = testing::ids(html);
  const auto targets = testing::internal_link_targets(html);
  ASSERT_GT(targets.size(), 100u);
  for (const auto& target : targets) EXPECT_TRUE(anchors.count(target)) << "dangling link #" << target;
}

TEST_F(HtmlReport, ChartLinksToJudgementsEvidenceAndNodesExist) {
  const auto anchors = testing::ids(html);
  std::size_t chart_links = 0;
  for (std::size_t start = html.find("<svg"); start != std::string::npos; start = html.find("<svg", start + 1)) {
    const std::string svg = html.substr(start, html.find("</svg>", start) - start);
    for (const auto& target : testing::internal_link_targets(svg)) {
      ++chart_links;
      EXPECT_TRUE(anchors.count(target)) << "chart links to missing #" << target;
    }
  }
  EXPECT_GT(chart_links, 50u);
}

TEST_F(HtmlReport, IdsAreUnique) {
  std::map<std::string, int> seen;
  for (const auto& id : testing::attribute_values(html, "id")) ++seen[id];
  for (const auto& [id, count] : seen) EXPECT_EQ(count, 1) << id;
}

TEST_F(HtmlReport, EveryNodeJudgementAndEvidenceItemHasAnAnchor) {
  const auto anchors = testing::ids(html);
  for (const auto& node : sample->framework.nodes) EXPECT_TRUE(anchors.count("node-" + node.id)) << node.id;
  for (const auto& j : sample->record.judgements) EXPECT_TRUE(anchors.count("judgement-" + std::to_string(j.id)));
  for (const auto& e : sample->record.evidence) EXPECT_TRUE(anchors.count("evidence-" + std::to_string(e.id)));
  for (const auto& p : sample->results.processes) EXPECT_TRUE(anchors.count("process-" + p.node_id));
}

TEST_F(HtmlReport, HasAllFourChartsInline) {
  for (const char* chart : {"capability-radar", "conformity-heat-map", "promise-gap", "roadmap-timeline"}) {
    EXPECT_THAT(html, HasSubstr("<svg class=\"chart " + std::string(chart))) << chart;
  }
}

TEST_F(HtmlReport, SummaryGivesTheVerdictWithMajorBlockersFirst) {
  const std::string summary = element_by_id(html, "summary", "section");
  EXPECT_THAT(summary, HasSubstr("Not ready for certification."));
  const std::size_t major = summary.find("st-major");
  const std::size_t minor = summary.find("st-minor");
  ASSERT_NE(major, std::string::npos);
  ASSERT_NE(minor, std::string::npos);
  EXPECT_LT(major, minor);
  EXPECT_THAT(summary, HasSubstr("Not assessed yet"));
  EXPECT_THAT(summary, HasSubstr("href=\"#node-6.2\""));
  EXPECT_THAT(summary, HasSubstr(sample->record.assessment.framework_sha256));
}

TEST_F(HtmlReport, NotAssessedRequirementIsShownAsNotAssessed) {
  const std::string row = element_by_id(html, "node-6.2", "tr");
  EXPECT_THAT(row, HasSubstr("st-not-assessed"));
  EXPECT_THAT(row, Not(HasSubstr("st-conforming")));
}

TEST_F(HtmlReport, NotAssessedProcessShowsNoLevel) {
  const std::string detail = element_by_id(html, "process-8.6.3", "article");
  EXPECT_THAT(detail, HasSubstr("evidenced <strong><span class=\"not-assessed\">not assessed</span>"));
}

TEST_F(HtmlReport, MeasurementEvidenceShowsItsFingerprintFiguresAndChecks) {
  Id measurement = 0;
  for (const auto& e : sample->record.evidence) {
    if (e.kind == EvidenceKind::kMeasurement) measurement = e.id;
  }
  // The item runs from its anchor to the next item's (its payload tables nest).
  const std::size_t start = html.find(" id=\"evidence-" + std::to_string(measurement) + "\"");
  ASSERT_NE(start, std::string::npos);
  const std::string item = html.substr(start, html.find(" id=\"evidence-", start + 1) - start);
  EXPECT_THAT(item, HasSubstr("input_sha256"));
  EXPECT_THAT(item, HasSubstr("5d41402abc4b2a76b9719d911017c592ae7f5b1c3d9e0a1b2c3d4e5f6a7b8c9d"));
  EXPECT_THAT(item, HasSubstr("servicenow-incident"));
  EXPECT_THAT(item, HasSubstr("candor_version"));
  EXPECT_THAT(item, HasSubstr("<th scope=\"row\">p90_resolution_hours</th><td>41.25</td>"));
  EXPECT_THAT(item, HasSubstr("incident-prioritised"));
}

TEST_F(HtmlReport, FooterAnchorsTheJournal) {
  EXPECT_THAT(html, HasSubstr("candor " + std::string(version())));
  EXPECT_THAT(html, HasSubstr(sample->input().journal_head));
  EXPECT_THAT(html, HasSubstr("quote this hash to anchor the journal"));
  EXPECT_THAT(html, HasSubstr("2026-11-23T17:59:01Z"));
}

TEST_F(HtmlReport, PrintsWithoutNavigationOnSeparatePages) {
  EXPECT_THAT(html, HasSubstr("@media print"));
  EXPECT_THAT(html, HasSubstr("nav.contents { display: none; }"));
}

TEST_F(HtmlReport, RoadmapStatesTheHonestFinishDate) {
  const std::string roadmap = element_by_id(html, "roadmap", "section");
  EXPECT_THAT(roadmap, HasSubstr("<strong>" + sample->roadmap->finish.to_string() + "</strong>"));
  EXPECT_THAT(roadmap, HasSubstr("href=\"#process-8.6.3\""));  // unplanned: not assessed
}

TEST(HtmlReportWithoutRoadmap, SaysNoneWasPlanned) {
  const auto sample = testing::make_sample_assessment();
  const std::string html = html_report(ReportInput{sample->framework, sample->record, sample->results});
  EXPECT_THAT(html, HasSubstr("No roadmap was planned"));
  EXPECT_THAT(html, Not(HasSubstr("roadmap-timeline")));
}

TEST(HtmlReportEscaping, UserTextCannotInjectMarkup) {
  auto sample = testing::make_sample_assessment();
  const std::string attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
  sample->record.assessment.subject = attack;
  sample->record.assessment.scope = attack;
  sample->record.evidence[0].title = attack;
  sample->record.evidence[0].source = attack;
  sample->record.judgements[0].rationale = attack;
  sample->record.judgements[0].by = attack;
  sample->record.claims[0].note = attack;
  sample->framework.nodes[1].title = attack;
  sample->results = evaluate(sample->framework, sample->record);
  const std::string html = html_report(sample->input());
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST(HtmlReportEmpty, AnUnjudgedAssessmentRendersWithoutDanglingLinks) {
  const Framework framework = testing::small_framework();
  const AssessmentRecord record = testing::RecordBuilder().build();
  const Results results = evaluate(framework, record);
  const std::string html = html_report(ReportInput{framework, record, results});
  const auto anchors = testing::ids(html);
  for (const auto& target : testing::internal_link_targets(html)) EXPECT_TRUE(anchors.count(target)) << target;
  EXPECT_THAT(html, HasSubstr("No judgement has been recorded yet."));
  EXPECT_THAT(html, HasSubstr("capability-rows"));  // two processes: rows, not a radar
}

TEST(HtmlReportFigures, ConfidenceIsNeverRoundedUp) {
  auto sample = testing::make_sample_assessment();
  sample->results.overall.score = 0.99996;
  sample->results.overall.band = "high";
  const std::string html = html_report(sample->input());
  EXPECT_THAT(html, HasSubstr("Overall confidence 99.9 %"));
}

}  // namespace
}  // namespace candor
