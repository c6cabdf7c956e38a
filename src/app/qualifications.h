// The use cases of a qualification scheme, from application to certificate:
// cohorts and their examiners and tutors, candidates and their entry check,
// deadlines (late and at-risk), artefact submissions checked on arrival,
// the exam question bank (readable only by the cohort's examiners, every
// read journaled, exposure counted), questions locked when the session
// starts, independent marking by two examiners with reconciliation, the
// decision with its reasons, and the certificate. Every change is journaled
// in the same transaction. Who may do what:
//   admin             everything but reading the question bank
//   tutor of a cohort its candidates, deadlines and submissions
//   examiner of a cohort the question bank, marks, reconciliation, decision
//   candidate         applying, submitting and reading her own record only
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/application.h"
#include "scheme/artefact_check.h"
#include "scheme/decision.h"
#include "scheme/entry_check.h"
#include "scheme/issuer.h"
#include "scheme/timeline.h"
#include "store/qualification_store.h"

namespace candor::app {

struct NewCohort {
  std::string name;
  std::string scheme;  // scheme id or file
  std::string mode = "classroom";
  std::string seminar;  // YYYY-MM-DD
  std::string provider;  // the accredited training provider
};

struct CandidateProgress {
  CandidateRow candidate;
  scheme::TimelineStatus status;
};

struct Submission {
  scheme::ArtefactCheck check;
  RecordId id = 0;
  std::string sha256;
};

struct BankQuestion {
  QuestionRow question;
  ExposureRow exposure;
  std::vector<std::string> warnings;  // exposure over the scheme's thresholds
};

struct MarkInput {
  std::string kind = "requirement";  // requirement | skill
  std::string target;  // exam requirement or skill id
  std::string source;  // an evidence source of the scheme
  std::string degree;  // a degree of the scheme
  std::string note;
};

struct Disagreement {
  std::string kind, target, source;
  std::vector<std::pair<std::string, std::string>> degrees;  // examiner, degree
};

// What the decision page shows: the decision the scheme's rules give from
// the marks as they stand (none while the examiners disagree, with why),
// the disagreements, and what was recorded and issued so far.
struct DecisionView {
  std::optional<scheme::Decision> decision;
  std::string blocked;
  std::vector<Disagreement> disagreements;
  std::optional<DecisionRow> recorded;
  std::vector<CredentialRow> credentials;
  std::vector<scheme::DegreeLevel> degrees;  // the scheme's, for settling a disagreement
};

// The question bank page: the bank (a journaled read) with what its forms
// need: the scheme's main exam areas and the cohort's candidates.
struct QuestionBankView {
  CohortRow cohort;
  std::vector<scheme::MainArea> main_areas;
  std::vector<BankQuestion> questions;
  std::vector<CandidateRow> candidates;
};

// A candidate record the caller may open, and in which capacity: "self",
// "tutor", "examiner" or "admin".
struct CandidateListing {
  CandidateRow candidate;
  CohortRow cohort;
  std::string capacity;
};

class Qualifications {
 public:
  explicit Qualifications(Application& application) : app_(application) {}

  Result<CohortRow> create_cohort(const Caller& caller, const NewCohort& input);
  Status add_member(const Caller& caller, const std::string& cohort, const std::string& actor,
                    const std::string& role);
  // A candidate applies herself (actor = the caller) or staff enrol her.
  Result<RecordId> add_candidate(const Caller& caller, const std::string& cohort, const std::string& actor,
                                 const std::string& application_path);
  Result<scheme::EntryCheck> entry_check(const Caller& caller, RecordId candidate);
  Status mark_done(const Caller& caller, RecordId candidate, const std::string& deadline, Date on);
  Result<std::vector<CandidateProgress>> progress(const Caller& caller, const std::string& cohort, Date today);
  Result<Submission> submit(const Caller& caller, RecordId candidate, const std::string& artefact,
                            const std::string& path, const std::string& title);

  Result<RecordId> add_question(const Caller& caller, const std::string& cohort, const std::string& area,
                                const std::string& text, const std::vector<std::string>& criteria);
  Result<std::vector<BankQuestion>> question_bank(const Caller& caller, const std::string& cohort);
  Result<QuestionBankView> question_bank_view(const Caller& caller, const std::string& cohort);
  Status assign_question(const Caller& caller, RecordId candidate, RecordId question);
  Status start_session(const Caller& caller, const std::string& cohort, Date on);
  Status judge_answer(const Caller& caller, RecordId candidate, RecordId question, bool satisfied);

  Status add_mark(const Caller& caller, RecordId candidate, const MarkInput& input);
  // An examiner sees only her own marks; an admin sees all.
  Result<std::vector<MarkRow>> marks(const Caller& caller, RecordId candidate);
  Result<std::vector<Disagreement>> disagreements(const Caller& caller, RecordId candidate);
  Status reconcile(const Caller& caller, RecordId candidate, const MarkInput& input, const std::string& reason);
  Result<scheme::Decision> decide(const Caller& caller, RecordId candidate);
  // The cohort's examiners and admins; nothing is recorded.
  Result<DecisionView> decision_view(const Caller& caller, RecordId candidate);
  Result<std::string> certify(const Caller& caller, RecordId candidate, scheme::Issuer& issuer, Date issued);

  // The candidate's record as JSON: application, entry check, deadlines,
  // submissions, decision, credentials (never the question bank).
  Result<std::string> record(const Caller& caller, RecordId candidate, Date today);

  // The examiner's assessment form for one candidate as JSON (examiners of
  // the cohort only): the scheme's exam requirements, skills, evidence
  // sources, degrees and exam parts (the help the form shows), the caller's
  // current mark per requirement and source, and the prepared questions
  // assigned to the candidate with their criteria.
  Result<std::string> exam_sheet(const Caller& caller, RecordId candidate);
  // Several marks at once, as the web form sends them; all are checked
  // before any is stored. A mark equal to the examiner's current one for its
  // requirement and source is not recorded again. Returns how many were.
  Result<int> add_marks(const Caller& caller, RecordId candidate, const std::vector<MarkInput>& inputs);
  // The records the caller may open: every one for an admin, her cohorts'
  // for a tutor or examiner, her own for a candidate, none for other roles.
  Result<std::vector<CandidateListing>> visible_candidates(const Caller& caller);
  // The latest credential issued to the candidate: for her, her tutors and
  // examiners, and admins. Conflict while none is issued.
  Result<CredentialRow> credential(const Caller& caller, RecordId candidate);

 private:
  struct Context {
    CandidateRow candidate;
    CohortRow cohort;
    scheme::Scheme scheme;
  };
  Result<Context> context_of(const Caller& caller, RecordId candidate);
  Result<CohortRow> cohort_named(const Caller& caller, const std::string& name);
  Status require_staff(const Caller& caller, const CohortRow& cohort);
  Status require_examiner(const Caller& caller, const CohortRow& cohort);
  Status require_self_or_staff(const Caller& caller, const Context& context);
  Status journal(const Caller& caller, const std::string& action, const std::string& entity,
                 const std::string& entity_id, const std::string& after, const std::string& before = "");
  Status read_report(RecordId candidate, scheme::ExaminerForm& form);
  Result<scheme::ExaminerForm> build_form(const Caller& caller, const Context& context);

  Application& app_;
};

}  // namespace candor::app
