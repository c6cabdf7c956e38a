#include "scheme/artefact_check.h"

#include <gtest/gtest.h>

#include "document_fixtures.h"
#include "scheme/document_reader.h"
#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;
using testing::ReportOptions;

ArtefactCheck check_file(const std::string& path, const std::string& artefact) {
  auto document = read_document(path);
  EXPECT_TRUE(document.ok()) << document.error().to_string();
  if (!document.ok()) return {};
  return check_artefact(*document, master_scheme(), *master_scheme().find_artefact(artefact));
}

ArtefactCheck check_report(const ReportOptions& options, const std::string& format,
                           const std::string& stem) {
  return check_file(testing::write_fixture(testing::report_fixture(options), format, stem), "report");
}

bool has_problem(const ArtefactCheck& check, const std::string& fragment) {
  for (const auto& problem : check.problems) {
    if (problem.find(fragment) != std::string::npos) return true;
  }
  return false;
}

const SectionFinding* section(const ArtefactCheck& check, const std::string& id) {
  for (const auto& finding : check.sections) {
    if (finding.id == id) return &finding;
  }
  return nullptr;
}

// ---- The word window, in every format -------------------------------------

struct WindowCase {
  std::string format;
  int words;
  bool inside;
};

class WordWindow : public ::testing::TestWithParam<WindowCase> {};

TEST_P(WordWindow, BodyWordsAreCountedExactlyAndJudgedAgainstTheWindow) {
  const WindowCase& c = GetParam();
  ReportOptions options;
  options.body_words = c.words;
  options.table = c.format != "pdf";  // a PDF's table is only text in columns
  const ArtefactCheck check =
      check_report(options, c.format, "window-" + std::to_string(c.words));
  EXPECT_EQ(check.words.body, c.words);
  EXPECT_EQ(check.min_words, 5400);
  EXPECT_EQ(check.max_words, 6600);
  EXPECT_EQ(check.passed(), c.inside) << ::testing::PrintToString(check.problems);
}

std::vector<WindowCase> window_cases() {
  std::vector<WindowCase> out;
  for (const char* format : {"docx", "odt", "pdf", "md", "txt"}) {
    out.push_back({format, 5399, false});
    out.push_back({format, 5400, true});
    out.push_back({format, 6600, true});
    out.push_back({format, 6601, false});
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(AllFormats, WordWindow, ::testing::ValuesIn(window_cases()),
                         [](const auto& info) {
                           return info.param.format + "_" + std::to_string(info.param.words);
                         });

// ---- What is not body text ----------------------------------------------------

TEST(ArtefactCheck, TableWordsAreCountedSeparately) {
  const ArtefactCheck check = check_report({}, "docx", "table");
  EXPECT_EQ(check.words.body, 6000);
  EXPECT_EQ(check.words.tables, 2 + 6 + 7);  // "Week Activity", "1 Kick-off ...", "5 Pilot ..."
}

TEST(ArtefactCheck, LiteratureListIsCountedSeparately) {
  const ArtefactCheck check = check_report({}, "odt", "literature");
  EXPECT_EQ(check.words.body, 6000);
  EXPECT_EQ(check.words.literature, 6 + 8);  // the two entries of the list
}

TEST(ArtefactCheck, TitleBlockIsCountedSeparately) {
  const ArtefactCheck check = check_report({}, "md", "title-block");
  // "Project report: improving change management", "Version 1.0", "Jane Candidate", "1 May 2025"
  EXPECT_EQ(check.words.title_block, 5 + 2 + 2 + 3);
}

TEST(ArtefactCheck, HeadingWordsAreCountedSeparately) {
  ReportOptions options;
  options.numbered = false;
  options.literature = false;
  const ArtefactCheck check = check_report(options, "docx", "headings");
  int expected = 0;
  for (const auto& spec : testing::report_sections()) expected += testing::fixture_words(spec.heading);
  EXPECT_EQ(check.words.headings, expected);
}

// ---- Sections ----------------------------------------------------------------

TEST(ArtefactCheck, EveryRequiredSectionOfTheTemplateIsFound) {
  const ArtefactCheck check = check_report({}, "docx", "complete");
  for (const auto& finding : check.sections) {
    if (finding.required) EXPECT_TRUE(finding.found) << finding.id;
  }
  EXPECT_TRUE(check.passed()) << ::testing::PrintToString(check.problems);
}

TEST(ArtefactCheck, MissingSectionFailsAndIsNamed) {
  ReportOptions options;
  options.omit = {"risks"};
  const ArtefactCheck check = check_report(options, "docx", "missing-risks");
  EXPECT_FALSE(section(check, "risks")->found);
  EXPECT_TRUE(has_problem(check, "required section 'Risks' (in 'Project') not found"));
  EXPECT_FALSE(check.passed());
}

TEST(ArtefactCheck, MissingParentSectionIsReportedOnceNotForEachChild) {
  ReportOptions options;
  options.omit = {"organisation-view"};
  const ArtefactCheck check = check_report(options, "md", "missing-parent");
  EXPECT_TRUE(has_problem(check, "'From the organisation's point of view'"));
  EXPECT_FALSE(has_problem(check, "Related to the IT strategy"));
}

TEST(ArtefactCheck, NumberedHeadingsAreFound) {
  const ArtefactCheck check = check_report({}, "odt", "numbered");
  EXPECT_EQ(section(check, "certification-criteria")->heading,
            "3.3.2 Fit with the criteria for certification");
}

TEST(ArtefactCheck, RenamedHeadingsAreFoundThroughTheSchemesSynonyms) {
  ReportOptions options;
  options.rename = {{"literature", "References"},
                    {"participant-view", "LESSONS LEARNED"},
                    {"organisation-view", "From the Organization’s Point of View"}};
  const ArtefactCheck check = check_report(options, "docx", "renamed");
  EXPECT_TRUE(section(check, "literature")->found);
  EXPECT_EQ(section(check, "participant-view")->heading, "3.1 LESSONS LEARNED");
  EXPECT_TRUE(section(check, "organisation-view")->found);
  EXPECT_EQ(check.words.literature, 14);
  EXPECT_TRUE(check.passed()) << ::testing::PrintToString(check.problems);
}

TEST(ArtefactCheck, HeadingThatOnlyContainsTheTitleWordsIsFound) {
  ReportOptions options;
  options.rename = {{"risks", "The main risks and how we met them"}};
  const ArtefactCheck check = check_report(options, "md", "wordy-heading");
  EXPECT_TRUE(section(check, "risks")->found);
}

TEST(ArtefactCheck, UnknownHeadingDoesNotCountAsTheSection) {
  ReportOptions options;
  options.rename = {{"conclusion", "Looking back"}};
  const ArtefactCheck check = check_report(options, "txt", "unknown-heading");
  EXPECT_FALSE(section(check, "conclusion")->found);
  EXPECT_TRUE(has_problem(check, "'Conclusion' not found"));
}

// ---- Coverage of exam specifications ---------------------------------------

TEST(ArtefactCheck, TwoSpecificationsFromTwoRequirementsSatisfyCoverage) {
  const ArtefactCheck check = check_report({}, "docx", "coverage-ok");
  EXPECT_EQ(check.coverage.specifications, (std::vector<std::string>{"ES-1.1", "ES-2.1"}));
  EXPECT_EQ(check.coverage.requirements, (std::vector<std::string>{"ER-1", "ER-2"}));
  EXPECT_TRUE(check.coverage.satisfied);
}

TEST(ArtefactCheck, TwoSpecificationsOfOneRequirementFailCoverage) {
  ReportOptions options;
  options.references = {
      "Setting the direction for the IT organization -> Design a strategic framework for the "
      "portfolio of products and services",
      "Setting the direction for the IT organization -> Define the IT service management "
      "strategy, policy and objectives"};
  const ArtefactCheck check = check_report(options, "md", "coverage-one-requirement");
  EXPECT_EQ(check.coverage.specifications.size(), 2u);
  EXPECT_EQ(check.coverage.requirements, (std::vector<std::string>{"ER-1"}));
  EXPECT_FALSE(check.coverage.satisfied);
  EXPECT_TRUE(has_problem(check, "addresses 2 exam specification(s) from 1 exam requirement(s)"));
}

TEST(ArtefactCheck, SpecificationsNamedByIdCount) {
  ReportOptions options;
  options.references = {"ES-4.1 for the improvement plan's business case", "and ES-5.3."};
  const ArtefactCheck check = check_report(options, "odt", "coverage-ids");
  EXPECT_EQ(check.coverage.specifications, (std::vector<std::string>{"ES-4.1", "ES-5.3"}));
  EXPECT_TRUE(check.coverage.satisfied);
}

TEST(ArtefactCheck, UnicodeArrowIsAReference) {
  ReportOptions options;
  options.references = {"Managing service improvement → Create a business plan for an improvement plan",
                        "Advising on ISO/IEC 20000 certification → Define the scope and plan the "
                        "preparation for certification"};
  const ArtefactCheck check = check_report(options, "md", "coverage-arrow");
  EXPECT_EQ(check.coverage.specifications, (std::vector<std::string>{"ES-4.1", "ES-3.2"}));
}

TEST(ArtefactCheck, ReferenceWrappedOverTwoPdfLinesIsStillFound) {
  const ArtefactCheck check = check_report({}, "pdf", "coverage-pdf");
  EXPECT_TRUE(check.coverage.satisfied) << ::testing::PrintToString(check.coverage.specifications);
}

TEST(ArtefactCheck, SpecificationPairedWithTheWrongRequirementIsWarnedAbout) {
  ReportOptions options;
  options.references = {"Directing the IT organization -> Design a strategic framework for the "
                        "portfolio of products and services",
                        "ES-2.1"};
  const ArtefactCheck check = check_report(options, "md", "coverage-mismatch");
  ASSERT_FALSE(check.warnings.empty());
  EXPECT_NE(check.warnings.front().find("is a specification of 'Setting the direction"),
            std::string::npos);
}

TEST(ArtefactCheck, SpecificationTitleInProseIsNotAReference) {
  ReportOptions options;
  options.references = {"We had to manage organizational change and design a strategic framework "
                        "for the portfolio of products and services."};
  const ArtefactCheck check = check_report(options, "md", "coverage-prose");
  EXPECT_TRUE(check.coverage.specifications.empty());
  EXPECT_FALSE(check.passed());
}

// ---- Content checks and pages ---------------------------------------------------

TEST(ArtefactCheck, MissingPdcaJustificationFails) {
  ReportOptions options;
  options.pdca = false;
  const ArtefactCheck check = check_report(options, "docx", "no-pdca");
  EXPECT_TRUE(has_problem(check, "Justification of PDCA"));
}

TEST(ArtefactCheck, ProposalWithinTwoEstimatedPagesPasses) {
  ReportOptions options;
  options.body_words = 1200;
  const std::string path = testing::write_fixture(testing::proposal_fixture(options), "docx", "proposal-ok");
  const ArtefactCheck check = check_file(path, "proposal");
  EXPECT_EQ(check.pages.pages, 2);
  EXPECT_NE(check.pages.method.find("750 words per page"), std::string::npos);
  EXPECT_TRUE(check.passed()) << ::testing::PrintToString(check.problems);
}

TEST(ArtefactCheck, ProposalOverTwoEstimatedPagesFails) {
  ReportOptions options;
  options.body_words = 1600;
  const std::string path = testing::write_fixture(testing::proposal_fixture(options), "md", "proposal-long");
  const ArtefactCheck check = check_file(path, "proposal");
  EXPECT_EQ(check.pages.pages, 3);
  EXPECT_TRUE(has_problem(check, "more than the 2 allowed"));
}

TEST(ArtefactCheck, PdfProposalIsJudgedByItsRealPageCount) {
  ReportOptions options;
  options.body_words = 1100;  // fits two estimated pages, but the PDF has three
  const std::string path = testing::write_fixture(testing::proposal_fixture(options), "pdf", "proposal-pdf");
  const ArtefactCheck check = check_file(path, "proposal");
  EXPECT_EQ(check.pages.method, "the PDF's pages");
  EXPECT_EQ(check.pages.pages, 3);
  EXPECT_FALSE(check.passed());
}

TEST(ArtefactCheck, JsonHasTheDocumentedKeys) {
  const ArtefactCheck check = check_report({}, "md", "json");
  const std::string json = to_json(check);
  for (const char* key : {"\"words\": 6000,", "\"word_window\"", "\"sections\"", "\"coverage\"",
                          "\"passed\": true", "\"problems\"", "\"satisfied\": true"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key;
  }
}

}  // namespace
}  // namespace candor::scheme
