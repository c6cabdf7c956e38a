// The qualification use cases through the application layer, on SQLite and
// (app_tests_on_postgresql) on PostgreSQL: permissions, journaled reads of
// the question bank, locking, independent marking and reconciliation, the
// decision and the certificate.
#include "app/qualifications.h"

#include <gtest/gtest.h>

#include "app_fixture.h"
#include "scheme/credential.h"
#include "scheme/document_fixtures.h"

namespace candor {
namespace {

using app::Role;

class Qualifications : public testing::AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    q_.emplace(*app_);
    app::NewCohort cohort{"M2025", "master-itsm-iso20000", "classroom", "2025-03-03", "Acme Training"};
    ASSERT_TRUE(q_->create_cohort(admin_, cohort).ok());
    ASSERT_TRUE(q_->add_member(admin_, "M2025", "erik", "examiner").ok());
    ASSERT_TRUE(q_->add_member(admin_, "M2025", "eva", "examiner").ok());
    application_ = write("jane.yaml",
                         "name: Jane Candidate\nemail: jane@example.org\n"
                         "certificates:\n  - {name: Expert Certificate in IT Service Management based on "
                         "ISO/IEC 20000, issuer: Exam Institute, number: EX-1, date: 2020-05-01}\n"
                         "cv:\n  - {role: Service management consultant, organisation: Example, from: 2019-01, "
                         "to: present, description: ISO/IEC 20000 SMS, tasks: [Consulting service operation, "
                         "Designing IT services, internal audit]}\n");
    auto id = q_->add_candidate(as(Role::kCandidate, "jane"), "M2025", "jane", application_);
    ASSERT_TRUE(id.ok()) << id.error().to_string();
    jane_ = *id;
  }
  app::Caller erik() const { return as(Role::kExaminer, "erik"); }
  app::Caller eva() const { return as(Role::kExaminer, "eva"); }
  void mark(const app::Caller& who, const std::string& kind, const std::string& target, const std::string& source,
            const std::string& degree) {
    auto status = q_->add_mark(who, jane_, {kind, target, source, degree, ""});
    ASSERT_TRUE(status.ok()) << status.error().to_string();
  }

  std::optional<app::Qualifications> q_;
  std::string application_;
  RecordId jane_ = 0;
};

TEST_F(Qualifications, QuestionBankIsForTheCohortsExaminersOnlyAndEveryReadIsJournaled) {
  ASSERT_TRUE(q_->add_question(erik(), "M2025", "certification", "Q?", {"criterion"}).ok());
  EXPECT_EQ(q_->question_bank(admin_, "M2025").error().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(q_->question_bank(as(Role::kCandidate, "jane"), "M2025").error().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(q_->question_bank(as(Role::kExaminer, "mallory"), "M2025").error().code(), ErrorCode::kPermissionDenied);
  auto bank = q_->question_bank(eva(), "M2025");
  ASSERT_TRUE(bank.ok());
  EXPECT_EQ(bank->size(), 1u);
  int reads = 0;
  const auto journal = app_->journal(admin_);
  for (const auto& entry : *journal) reads += entry.action == "question_bank.read" && entry.actor == "eva";
  EXPECT_EQ(reads, 1);
}

TEST_F(Qualifications, CandidateCannotReadAnotherCandidatesRecord) {
  EXPECT_TRUE(q_->record(as(Role::kCandidate, "jane"), jane_, Date::from_civil(2025, 5, 1)).ok());
  auto other = q_->record(as(Role::kCandidate, "joe"), jane_, Date::from_civil(2025, 5, 1));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code(), ErrorCode::kNotFound);
}

TEST_F(Qualifications, DisagreementBlocksTheDecisionUntilReconciledAndTheCertificateVerifies) {
  const std::string report =
      scheme::testing::write_fixture(scheme::testing::report_fixture(), "docx", "app-report-" + std::to_string(getpid()));
  auto submission = q_->submit(as(Role::kCandidate, "jane"), jane_, "report", report, "Improving change");
  ASSERT_TRUE(submission.ok()) << submission.error().to_string();
  EXPECT_TRUE(submission->check.passed());
  const RecordId question = *q_->add_question(erik(), "M2025", "certification", "Scope?", {"names the scope"});
  ASSERT_TRUE(q_->assign_question(erik(), jane_, question).ok());
  ASSERT_TRUE(q_->start_session(erik(), "M2025", Date::today().add_days(1)).ok());
  EXPECT_EQ(q_->assign_question(erik(), jane_, question).error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(q_->judge_answer(erik(), jane_, question, true).ok());
  for (const auto& who : {erik(), eva()}) {
    mark(who, "requirement", "ER-1", "report", "fully");
    mark(who, "requirement", "ER-1", "presentation", "fully");
    mark(who, "requirement", "ER-2", "report", "largely");
    for (const char* skill : {"business-it-alignment", "process-improvement", "evaluation", "new-ideas"}) {
      mark(who, "skill", skill, "report", "partly");
      mark(who, "skill", skill, "presentation", "partly");
    }
  }
  mark(erik(), "requirement", "ER-2", "interview", "largely");
  mark(eva(), "requirement", "ER-2", "interview", "partly");
  // Eva sees only her own marks.
  const auto eva_marks = q_->marks(eva(), jane_);
  ASSERT_TRUE(eva_marks.ok());
  EXPECT_EQ(eva_marks->size(), 12u);  // 3 requirement marks, 8 skill marks, the interview
  for (const auto& m : *eva_marks) EXPECT_EQ(m.examiner, "eva");
  ASSERT_EQ(q_->disagreements(erik(), jane_)->size(), 1u);
  EXPECT_EQ(q_->decide(erik(), jane_).error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(q_->reconcile(erik(), jane_, {"requirement", "ER-2", "interview", "largely", ""}, "agreed after review").ok());
  auto decision = q_->decide(erik(), jane_);
  ASSERT_TRUE(decision.ok()) << decision.error().to_string();
  ASSERT_EQ(decision->outcome, scheme::Outcome::kPass) << ::testing::PrintToString(decision->reasons);

  auto issuer = scheme::create_issuer((folder_ / "issuer").string(), "https://exams.example", "Example");
  ASSERT_TRUE(issuer.ok());
  auto token = q_->certify(admin_, jane_, *issuer, Date::from_civil(2025, 6, 20));
  ASSERT_TRUE(token.ok()) << token.error().to_string();
  auto verified = scheme::verify_credential(*token, issuer->key, *scheme::signed_status_list(*issuer),
                                            Date::from_civil(2025, 7, 1));
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified->verdict(), "valid");
  // The reconciliation is journaled with both original degrees.
  bool journaled = false;
  const auto journal = app_->journal(admin_);
  for (const auto& entry : *journal) {
    if (entry.action == "mark.reconcile") {
      journaled = entry.before.find("\"eva\":\"partly\"") != std::string::npos &&
                  entry.before.find("\"erik\":\"largely\"") != std::string::npos;
    }
  }
  EXPECT_TRUE(journaled);
}

TEST_F(Qualifications, NoCertificateWithoutARecordedPass) {
  auto issuer = scheme::create_issuer((folder_ / "issuer").string(), "https://exams.example", "Example");
  ASSERT_TRUE(issuer.ok());
  EXPECT_EQ(q_->certify(admin_, jane_, *issuer, Date::from_civil(2025, 6, 20)).error().code(), ErrorCode::kConflict);
}

}  // namespace
}  // namespace candor
