#include "scheme/decision.h"

#include <gtest/gtest.h>

#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;

// A complete form that passes: two requirements in two main areas, each
// fully or largely fulfilled on two sources (the scheme asks for two), every
// skill partly shown on two sources, one question answered to its criteria.
struct FormText {
  std::string addressed = "[ES-1.1, ES-2.1]";
  std::string er1 = "[{source: report, degree: fully}, {source: presentation, degree: fully}]";
  std::string er2 = "[{source: report, degree: largely}, {source: interview, degree: largely}]";
  std::string second_requirement = "ER-2";
  std::string written = "2025-05-30";
  std::string satisfied = "true";
  std::string question_area = "certification";

  std::string yaml() const {
    std::string skills;
    for (const char* skill : {"business-it-alignment", "process-improvement", "evaluation", "new-ideas"}) {
      skills += std::string("  ") + skill +
                ": [{source: report, degree: partly}, {source: presentation, degree: largely}]\n";
    }
    return "scheme: master-itsm-iso20000\n"
           "candidate: Jane Candidate\n"
           "examiner: Erik Examiner\n"
           "session: 2025-06-03\n"
           "addressed: " + addressed + "\n"
           "requirements:\n"
           "  ER-1: " + er1 + "\n"
           "  " + second_requirement + ": " + er2 + "\n"
           "skills:\n" + skills +
           "questions:\n"
           "  - id: Q1\n"
           "    area: " + question_area + "\n"
           "    text: How would you scope the certification of the service desk?\n"
           "    criteria: [names the scope statement, relates it to the services in the catalogue]\n"
           "    written: " + written + "\n"
           "    satisfied: " + satisfied + "\n";
  }
};

Decision decide_text(const FormText& text) {
  auto form = parse_examiner_form(text.yaml(), "form.yaml", master_scheme());
  EXPECT_TRUE(form.ok()) << form.error().to_string();
  return form.ok() ? decide(*form, master_scheme()) : Decision{};
}

const RuleResult& rule(const Decision& decision, const std::string& id) {
  for (const auto& r : decision.rules) {
    if (r.id == id) return r;
  }
  static RuleResult none;
  ADD_FAILURE() << "no rule " << id;
  return none;
}

TEST(Decision, CompleteFormMeetingEveryRulePasses) {
  const Decision decision = decide_text({});
  EXPECT_EQ(decision.outcome, Outcome::kPass) << ::testing::PrintToString(decision.reasons);
  EXPECT_EQ(decision.reasons.size(), master_scheme().decision.rules.size());
  EXPECT_EQ(decision.requirements[0].degree, "fully");
  EXPECT_EQ(decision.requirements[1].degree, "largely");
}

TEST(Decision, AddressedRequirementOnlyPartlyFulfilledFails) {
  FormText text;
  text.er2 = "[{source: report, degree: partly}, {source: interview, degree: partly}]";
  const Decision decision = decide_text(text);
  EXPECT_EQ(decision.outcome, Outcome::kFail);
  EXPECT_FALSE(rule(decision, "addressed-requirements").satisfied);
  EXPECT_NE(rule(decision, "addressed-requirements").reason.find("ER-2: partly"), std::string::npos);
}

TEST(Decision, DegreeOnASingleSourceIsNotCorroborated) {
  FormText text;
  text.er2 = "[{source: report, degree: fully}, {source: interview, degree: partly}]";
  const Decision decision = decide_text(text);
  // Two sources reach "partly", only one reaches "fully": the degree is partly.
  EXPECT_EQ(decision.requirements[1].degree, "partly");
  EXPECT_EQ(decision.outcome, Outcome::kFail);
}

TEST(Decision, RequirementsInOneMainAreaDoNotSpanTwo) {
  FormText text;
  text.addressed = "[ES-1.1, ES-5.1]";
  text.second_requirement = "ER-5";  // management-system, like ER-1
  const Decision decision = decide_text(text);
  EXPECT_FALSE(rule(decision, "main-areas").satisfied);
  EXPECT_EQ(decision.outcome, Outcome::kFail);
}

TEST(Decision, QuestionNotAnsweredToItsCriteriaFails) {
  FormText text;
  text.satisfied = "false";
  EXPECT_EQ(decide_text(text).outcome, Outcome::kFail);
}

TEST(Decision, QuestionWrittenOnTheSessionDayLeavesTheFormIncomplete) {
  FormText text;
  text.written = "2025-06-03";
  const Decision decision = decide_text(text);
  EXPECT_EQ(decision.outcome, Outcome::kIncomplete);
  ASSERT_EQ(decision.form_problems.size(), 1u);
  EXPECT_NE(decision.form_problems[0].find("not written down before the session"), std::string::npos);
}

TEST(Decision, NoInterviewEvidenceLeavesTheDecisionOpen) {
  FormText text;
  text.er2 = "[{source: report, degree: largely}, {source: discussion, degree: largely}]";
  const Decision decision = decide_text(text);
  EXPECT_FALSE(rule(decision, "exam-evidence").decided);
  EXPECT_EQ(decision.outcome, Outcome::kIncomplete);
}

TEST(Decision, UnknownDegreeInTheFormIsRefusedWithItsPlace) {
  FormText text;
  text.er1 = "[{source: report, degree: brilliant}]";
  auto form = parse_examiner_form(text.yaml(), "form.yaml", master_scheme());
  ASSERT_FALSE(form.ok());
  EXPECT_NE(form.error().to_string().find("form.yaml:7"), std::string::npos) << form.error().to_string();
  EXPECT_NE(form.error().to_string().find("unknown degree 'brilliant'"), std::string::npos);
}

}  // namespace
}  // namespace candor::scheme
