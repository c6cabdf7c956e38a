#include "scheme/entry_check.h"

#include <gtest/gtest.h>

#include "scheme/text_output.h"
#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;

// The seminar is on 2025-09-01: the 5-year window runs 2020-09-01 .. 2025-08-31
// and 3 years are the 1096 days from 2022-09-01 (2024 is a leap year).
const Date kSeminar = Date::from_civil(2025, 9, 1);

Candidate candidate_with(const std::string& from, const std::string& to, bool training_only = false) {
  const std::string yaml =
      "name: Jane Candidate\n"
      "certificates:\n"
      "  - {name: Expert Certificate in IT Service Management based on ISO/IEC 20000,"
      " issuer: Exam Institute, number: EX-1, date: 2020-05-01}\n"
      "cv:\n"
      "  - role: Service management consultant\n"
      "    organisation: Example Consulting\n"
      "    from: " + from + "\n"
      "    to: " + to + "\n"
      "    training_only: " + (training_only ? "true" : "false") + "\n"
      "    description: Implemented an ISO/IEC 20000 service management system\n"
      "    tasks: [Consulting service operation, Designing IT services, internal audit of the SMS,"
      " advising management on the certification]\n";
  auto parsed = parse_candidate(yaml, "candidate.yaml");
  EXPECT_TRUE(parsed.ok()) << parsed.error().to_string();
  return parsed.ok() ? *parsed : Candidate{};
}

const EntryRequirementResult& requirement(const EntryCheck& check, const std::string& id) {
  for (const auto& result : check.requirements) {
    if (result.id == id) return result;
  }
  static EntryRequirementResult none;
  ADD_FAILURE() << "no result for " << id;
  return none;
}

TEST(EntryCheck, ThreeYearsExactlyWithinTheWindowJustMeets) {
  const EntryCheck check = check_entry(candidate_with("2022-09-01", "2025-08-31"), master_scheme(), kSeminar);
  const auto& experience = requirement(check, "itsm-experience");
  EXPECT_EQ(experience.required_days, 1096);
  EXPECT_EQ(experience.qualifying_days, 1096);
  EXPECT_TRUE(experience.satisfied);
  EXPECT_EQ(experience.window_start, Date::from_civil(2020, 9, 1));
  EXPECT_EQ(experience.window_end, Date::from_civil(2025, 8, 31));
  EXPECT_TRUE(check.eligible) << describe(check);
}

TEST(EntryCheck, OneDayShortJustMisses) {
  const EntryCheck check = check_entry(candidate_with("2022-09-02", "2025-08-31"), master_scheme(), kSeminar);
  const auto& experience = requirement(check, "itsm-experience");
  EXPECT_EQ(experience.qualifying_days, 1095);
  EXPECT_FALSE(experience.satisfied);
  ASSERT_EQ(experience.missing.size(), 1u);
  EXPECT_NE(experience.missing[0].find("1 more days"), std::string::npos) << experience.missing[0];
  EXPECT_FALSE(check.eligible);
}

TEST(EntryCheck, ExperienceBeforeTheFiveYearWindowDoesNotCount) {
  // Five years of experience, but it ended 2.5 years before the window closes.
  const EntryCheck check = check_entry(candidate_with("2018-01-01", "2022-12-31"), master_scheme(), kSeminar);
  const auto& experience = requirement(check, "itsm-experience");
  // Only 2020-09-01 .. 2022-12-31 lies inside the window: 852 days.
  EXPECT_EQ(experience.qualifying_days, 852);
  EXPECT_FALSE(experience.satisfied);
}

TEST(EntryCheck, MonthPeriodsRunToTheEndOfTheMonth) {
  const EntryCheck check = check_entry(candidate_with("2022-09", "2025-08"), master_scheme(), kSeminar);
  EXPECT_EQ(requirement(check, "itsm-experience").qualifying_days, 1096);
}

TEST(EntryCheck, OngoingRoleCountsUpToTheDayBeforeTheSeminar) {
  const EntryCheck check = check_entry(candidate_with("2022-09-01", "present"), master_scheme(), kSeminar);
  EXPECT_TRUE(requirement(check, "itsm-experience").satisfied);
}

TEST(EntryCheck, TrainingOnlyExperienceDoesNotCount) {
  const EntryCheck check =
      check_entry(candidate_with("2019-01-01", "2025-08-31", true), master_scheme(), kSeminar);
  const auto& experience = requirement(check, "itsm-experience");
  EXPECT_EQ(experience.qualifying_days, 0);
  EXPECT_FALSE(experience.satisfied);
  ASSERT_FALSE(experience.notes.empty());
  EXPECT_NE(experience.notes[0].find("training only, does not count"), std::string::npos);
  EXPECT_FALSE(requirement(check, "key-tasks").satisfied);
  EXPECT_FALSE(check.eligible);
}

TEST(EntryCheck, OverlappingEntriesAreCountedOnce) {
  EXPECT_EQ(covered_days({{Date::from_civil(2024, 1, 1), Date::from_civil(2024, 1, 10)},
                          {Date::from_civil(2024, 1, 5), Date::from_civil(2024, 1, 20)},
                          {Date::from_civil(2024, 2, 1), Date::from_civil(2024, 2, 1)}}),
            21);
}

TEST(EntryCheck, KeyTasksAreMatchedByTitleAndSynonym) {
  const EntryCheck check = check_entry(candidate_with("2022-09-01", "2025-08-31"), master_scheme(), kSeminar);
  const auto& tasks = requirement(check, "key-tasks");
  EXPECT_TRUE(tasks.satisfied);
  for (const char* id : {"consult-operation", "design-services", "assess-sms"}) {
    EXPECT_NE(std::find(tasks.matched.begin(), tasks.matched.end(), id), tasks.matched.end()) << id;
  }
}

TEST(EntryCheck, MissingCertificateWithoutSideEntryIsNamed) {
  Candidate candidate = candidate_with("2022-09-01", "2025-08-31");
  candidate.certificates.clear();
  const EntryCheck check = check_entry(candidate, master_scheme(), kSeminar);
  const auto& certificate = requirement(check, "expert-certificate");
  EXPECT_FALSE(certificate.satisfied);
  ASSERT_EQ(certificate.missing.size(), 1u);
  EXPECT_NE(certificate.missing[0].find("side-entry"), std::string::npos);
  candidate.side_entry = SideEntry{"Lead auditor ISO/IEC 20000 route", "Exam Institute", "SE-7"};
  EXPECT_TRUE(requirement(check_entry(candidate, master_scheme(), kSeminar), "expert-certificate").satisfied);
}

TEST(EntryCheck, CandidateFileWithABadDateIsRefusedWithItsPlace) {
  auto parsed = parse_candidate("name: X\ncv:\n  - {role: Manager, organisation: O, from: 2022-13-45}\n",
                                "bad.yaml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().to_string().find("bad.yaml:3"), std::string::npos) << parsed.error().to_string();
}

}  // namespace
}  // namespace candor::scheme
