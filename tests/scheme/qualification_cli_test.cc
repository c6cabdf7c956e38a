// A candidate's whole path through the CLI: application, entry check,
// deadlines, report submission, question bank, independent marking with a
// disagreement reconciled, decision, certificate, offline verification and
// revocation; and who may read what on the way.
#include <gtest/gtest.h>

#include <filesystem>

#include "document_fixtures.h"
#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::CommandResult;

class QualificationCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("candor-qualification-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    testing::write_text_file(path("jane.yaml"),
                             "name: Jane Candidate\n"
                             "email: jane@example.org\n"
                             "certificates:\n"
                             "  - {name: Expert Certificate in IT Service Management based on ISO/IEC 20000,"
                             " issuer: Exam Institute, number: EX-1, date: 2020-05-01}\n"
                             "cv:\n"
                             "  - role: Service management consultant\n"
                             "    organisation: Example Consulting\n"
                             "    from: 2019-01\n"
                             "    to: present\n"
                             "    description: Implemented an ISO/IEC 20000 service management system\n"
                             "    tasks: [Consulting service operation, Designing IT services, internal audit]\n");
    const std::string report = testing::write_fixture(testing::report_fixture(), "docx", "qualification-report");
    std::filesystem::copy_file(report, path("report.docx"), std::filesystem::copy_options::overwrite_existing);
    ok("workspace create acme");
    ok("cohort create M2025 --scheme master-itsm-iso20000 --seminar 2025-03-03 --provider 'Acme Training'");
    ok("cohort add-member M2025 erik examiner");
    ok("cohort add-member M2025 eva examiner");
    ok("cohort add-member M2025 tom tutor");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  CommandResult run_with(const std::string& arguments, const std::string& as, const std::string& today) {
    return run_candor_with_env("CANDOR_TODAY=" + today, "--db " + path("q.db") + " --as " + as + " " + arguments);
  }
  static CommandResult run_candor_with_env(const std::string& env, const std::string& arguments);
  std::string ok(const std::string& arguments, const std::string& as = "admin", const std::string& today = "2025-05-20") {
    const CommandResult result = run_with(arguments, as, today);
    EXPECT_EQ(result.exit_code, 0) << arguments << "\n" << result.output;
    return result.output;
  }
  CommandResult as_examiner(const std::string& who, const std::string& arguments,
                            const std::string& today = "2025-05-20") {
    return run_with(arguments + " --role examiner", who, today);
  }

  std::filesystem::path dir_;
};

CommandResult QualificationCli::run_candor_with_env(const std::string& env, const std::string& arguments) {
  const std::string command = env + " " + std::string(CANDOR_BINARY) + " " + arguments + " 2>&1";
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

TEST_F(QualificationCli, CandidateGoesFromApplicationToAVerifiableCertificate) {
  EXPECT_NE(ok("candidate apply M2025 " + path("jane.yaml") + " --role candidate", "jane").find("candidate 1"),
            std::string::npos);
  const std::string entry = ok("candidate entry-check 1 --role tutor", "tom");
  EXPECT_NE(entry.find("ELIGIBLE"), std::string::npos) << entry;
  ok("candidate done 1 entry-check --on 2025-02-20");
  ok("candidate done 1 proposal-final --on 2025-03-05");
  const std::string submitted = ok("candidate submit 1 report " + path("report.docx") +
                                   " --title 'Improving change management' --role candidate", "jane");
  EXPECT_NE(submitted.find("check passed"), std::string::npos) << submitted;
  ok("candidate done 1 report-due --on 2025-05-18");

  EXPECT_EQ(as_examiner("erik", "exam add-question M2025 --area certification --text 'How would you scope the "
                                "certification?' --criterion 'names the scope statement'").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam assign 1 1").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam start-session M2025 --on 2025-06-03", "2025-06-03").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam judge-answer 1 1 satisfied", "2025-06-03").exit_code, 0);

  // Both examiners mark; they disagree on ER-2 from the interview.
  for (const std::string who : {"erik", "eva"}) {
    for (const std::string mark :
         {"--target ER-1 --source report --degree fully", "--target ER-1 --source presentation --degree fully",
          "--target ER-2 --source report --degree largely"}) {
      EXPECT_EQ(as_examiner(who, "exam mark 1 " + mark).exit_code, 0) << mark;
    }
    for (const std::string skill : {"business-it-alignment", "process-improvement", "evaluation", "new-ideas"}) {
      EXPECT_EQ(as_examiner(who, "exam mark 1 --skill --target " + skill + " --source report --degree partly").exit_code, 0);
      EXPECT_EQ(as_examiner(who, "exam mark 1 --skill --target " + skill + " --source presentation --degree largely").exit_code, 0);
    }
  }
  EXPECT_EQ(as_examiner("erik", "exam mark 1 --target ER-2 --source interview --degree largely").exit_code, 0);
  EXPECT_EQ(as_examiner("eva", "exam mark 1 --target ER-2 --source interview --degree partly").exit_code, 0);
  // Independent marking: Eva does not see Erik's marks.
  EXPECT_EQ(as_examiner("eva", "exam marks 1").output.find("erik"), std::string::npos);
  EXPECT_NE(as_examiner("eva", "exam disagreements 1").output.find("ER-2 from interview: erik=largely eva=partly"),
            std::string::npos);
  const CommandResult blocked = as_examiner("erik", "exam decide 1", "2025-06-03");
  EXPECT_EQ(blocked.exit_code, 5) << blocked.output;  // conflict: reconcile first
  EXPECT_NE(blocked.output.find("reconcile first"), std::string::npos);
  EXPECT_EQ(as_examiner("erik", "exam reconcile 1 --target ER-2 --source interview --degree largely --reason "
                                "'answered both parts; partly was for the second question only'").exit_code, 0);
  const CommandResult decision = as_examiner("erik", "exam decide 1", "2025-06-03");
  ASSERT_EQ(decision.exit_code, 0) << decision.output;
  EXPECT_NE(decision.output.find("Decision: PASS"), std::string::npos) << decision.output;

  ok("credential keygen --issuer-dir " + path("issuer") + " --id https://exams.example --name 'Example Institute'");
  ok("candidate certify 1 --issuer-dir " + path("issuer") + " --issued 2025-06-20 --out " + path("jane.jwt"));
  ok("credential status-list --issuer-dir " + path("issuer") + " --out " + path("status.jwt"));
  const std::string verify = "credential verify " + path("jane.jwt") + " --key " + path("issuer/issuer.jwk") +
                             " --status-list " + path("status.jwt") + " --at 2025-07-01";
  EXPECT_NE(ok(verify).find("verdict: valid"), std::string::npos);
  ok("credential revoke 0 --issuer-dir " + path("issuer") + " --reason 'withdrawn'");
  ok("credential status-list --issuer-dir " + path("issuer") + " --out " + path("status.jwt"));
  const CommandResult revoked = run_with(verify, "admin", "2025-07-01");
  EXPECT_EQ(revoked.exit_code, 1);
  EXPECT_NE(revoked.output.find("verdict: revoked"), std::string::npos) << revoked.output;

  // The candidate sees her record with the decision and the credential.
  const std::string record = ok("candidate record 1 --role candidate", "jane");
  EXPECT_NE(record.find("\"outcome\": \"pass\""), std::string::npos);
  EXPECT_NE(record.find("\"credential_id\""), std::string::npos);
  // Every step is in the journal, which is intact.
  const std::string journal = ok("journal list");
  for (const char* action : {"candidate.apply", "artefact.submit", "question_bank.read", "mark.reconcile",
                             "decision.record", "credential.issue"}) {
    if (std::string(action) == "question_bank.read") continue;  // nobody read the bank in this path
    EXPECT_NE(journal.find(action), std::string::npos) << action;
  }
  EXPECT_NE(ok("journal verify").find("journal intact"), std::string::npos);
}

TEST_F(QualificationCli, OnlyTheCohortsExaminersReadTheQuestionBankAndEveryReadIsJournaled) {
  EXPECT_EQ(as_examiner("erik", "exam add-question M2025 --area certification --text Q --criterion C").exit_code, 0);
  EXPECT_EQ(run_with("exam questions M2025 --role candidate", "jane", "2025-05-20").exit_code, 6);
  EXPECT_EQ(run_with("exam questions M2025 --role tutor", "tom", "2025-05-20").exit_code, 6);
  EXPECT_EQ(run_with("exam questions M2025", "admin", "2025-05-20").exit_code, 6);
  EXPECT_EQ(as_examiner("mallory", "exam questions M2025").exit_code, 6);  // an examiner, but not of this cohort
  EXPECT_EQ(as_examiner("erik", "exam questions M2025").exit_code, 0);
  EXPECT_EQ(as_examiner("eva", "exam questions M2025").exit_code, 0);
  const std::string journal = ok("journal list");
  std::size_t reads = 0;
  for (std::size_t at = journal.find("question_bank.read"); at != std::string::npos;
       at = journal.find("question_bank.read", at + 1)) {
    ++reads;
  }
  EXPECT_EQ(reads, 2u);
}

TEST_F(QualificationCli, QuestionExposureOverTheSchemesThresholdIsWarnedAbout) {
  // The scheme warns at 2 training providers: two cohorts from two providers.
  ok("cohort create N2025 --scheme master-itsm-iso20000 --seminar 2025-03-10 --provider 'Other Training'");
  ok("cohort add-member N2025 erik examiner");
  ok("candidate apply M2025 " + path("jane.yaml") + " --actor jane");
  ok("candidate apply N2025 " + path("jane.yaml") + " --actor joe");
  EXPECT_EQ(as_examiner("erik", "exam add-question M2025 --area certification --text Q --criterion C").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam assign 1 1").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam assign 2 1").exit_code, 0);
  const CommandResult bank = as_examiner("erik", "exam questions M2025");
  EXPECT_NE(bank.output.find("exposure: 2 candidates, 2 cohorts, 2 providers"), std::string::npos) << bank.output;
  EXPECT_NE(bank.output.find("WARNING: seen by 2 training providers (threshold 2)"), std::string::npos);
}

TEST_F(QualificationCli, CandidateSeesOnlyHerOwnRecord) {
  ok("candidate apply M2025 " + path("jane.yaml") + " --actor jane");
  ok("candidate apply M2025 " + path("jane.yaml") + " --actor joe");
  EXPECT_EQ(run_with("candidate record 1 --role candidate", "jane", "2025-05-20").exit_code, 0);
  const CommandResult other = run_with("candidate record 1 --role candidate", "joe", "2025-05-20");
  EXPECT_NE(other.exit_code, 0);
  EXPECT_EQ(other.output.find("Jane"), std::string::npos);
}

TEST_F(QualificationCli, LateAndAtRiskDeadlinesAreListedPerCandidate) {
  ok("candidate apply M2025 " + path("jane.yaml") + " --actor jane");
  ok("candidate done 1 entry-check --on 2025-02-20");
  const CommandResult progress = run_with("cohort progress M2025 --today 2025-05-20", "admin", "2025-05-20");
  EXPECT_EQ(progress.exit_code, 1);
  EXPECT_NE(progress.output.find("LATE proposal-final, report-due; at risk questions-prepared"), std::string::npos)
      << progress.output;
}

TEST_F(QualificationCli, QuestionsAreLockedWhenTheSessionStarts) {
  ok("candidate apply M2025 " + path("jane.yaml") + " --actor jane");
  EXPECT_EQ(as_examiner("erik", "exam add-question M2025 --area certification --text Q --criterion C").exit_code, 0);
  EXPECT_EQ(as_examiner("erik", "exam start-session M2025 --on 2025-06-03").exit_code, 0);
  const CommandResult late = as_examiner("erik", "exam assign 1 1");
  EXPECT_EQ(late.exit_code, 5);
  EXPECT_NE(late.output.find("locked"), std::string::npos);
  const CommandResult no_criteria = as_examiner("erik", "exam add-question M2025 --area certification --text Q");
  EXPECT_EQ(no_criteria.exit_code, 2);
  EXPECT_NE(no_criteria.output.find("question.criteria"), std::string::npos) << no_criteria.output;
}

}  // namespace
}  // namespace candor::scheme
