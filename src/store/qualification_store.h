// A qualification scheme's records in a workspace: cohorts and who examines
// or tutors them, candidates with their application, deadlines met, artefact
// submissions with their check, the exam question bank and its assignments,
// the examiners' marks, decisions and issued credentials. Plain rows; the
// rules (who may read what, locking, reconciliation) live in app/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

using RecordId = std::int64_t;

struct CohortRow {
  RecordId id = 0;
  std::string name, scheme_id, mode, seminar, provider;
  std::optional<std::string> session_on;  // set when the exam session starts
};

struct CandidateRow {
  RecordId id = 0;
  RecordId cohort_id = 0;
  std::string actor, name, email, application;  // application: the candidate YAML
};

struct SubmissionRow {
  RecordId id = 0;
  std::string artefact, title, file_name, file_sha256;
  bool passed = false;
  std::string check_json, actor, submitted_at;
};

struct QuestionRow {
  RecordId id = 0;
  std::string scheme_id, area, text;
  std::vector<std::string> criteria;
  std::string author, written_on;
  std::optional<std::string> locked_on;
};

struct AssignmentRow {
  RecordId question_id = 0;
  RecordId candidate_id = 0;
  std::optional<bool> satisfied;
  std::string judged_by;
};

struct ExposureRow {
  RecordId question_id = 0;
  int candidates = 0, cohorts = 0, providers = 0;
};

struct MarkRow {
  RecordId id = 0;
  std::string examiner, kind, target, source, degree, note;
  bool reconciled = false;
  std::string created_at;
};

struct DecisionRow {
  RecordId id = 0;
  std::string outcome, decision_json, decided_by, decided_at;
};

struct CredentialRow {
  RecordId id = 0;
  std::string credential_id;
  int status_index = 0;
  std::string token, issued_at;
};

Result<RecordId> insert_cohort(Database& db, std::int64_t workspace, const CohortRow& cohort);
Result<CohortRow> find_cohort(Database& db, std::int64_t workspace, const std::string& name);
Result<CohortRow> cohort_by_id(Database& db, std::int64_t workspace, RecordId id);
Result<std::vector<CohortRow>> list_cohorts(Database& db, std::int64_t workspace);
Status set_session_on(Database& db, RecordId cohort, const std::string& date);
Status add_cohort_member(Database& db, RecordId cohort, const std::string& actor, const std::string& role);
Result<bool> is_cohort_member(Database& db, RecordId cohort, const std::string& actor, const std::string& role);
// Whether the actor examines any cohort of the workspace running this scheme.
Result<bool> examines_scheme(Database& db, std::int64_t workspace, const std::string& scheme_id,
                             const std::string& actor);

Result<RecordId> insert_candidate(Database& db, std::int64_t workspace, const CandidateRow& candidate);
Result<CandidateRow> find_candidate(Database& db, std::int64_t workspace, RecordId id);
Result<std::vector<CandidateRow>> list_candidates(Database& db, std::int64_t workspace, RecordId cohort);

Status mark_deadline_done(Database& db, RecordId candidate, const std::string& deadline, const std::string& on);
Result<std::vector<std::string>> done_deadlines(Database& db, RecordId candidate);

Result<RecordId> insert_submission(Database& db, std::int64_t workspace, RecordId candidate,
                                   const SubmissionRow& submission);
Result<std::vector<SubmissionRow>> list_submissions(Database& db, RecordId candidate);

Result<RecordId> insert_question(Database& db, std::int64_t workspace, const QuestionRow& question);
Result<QuestionRow> find_question(Database& db, std::int64_t workspace, RecordId id);
Result<std::vector<QuestionRow>> list_questions(Database& db, std::int64_t workspace, const std::string& scheme_id);
// Locks every question assigned to a candidate of the cohort.
Status lock_cohort_questions(Database& db, RecordId cohort, const std::string& date);
Status assign_question(Database& db, RecordId question, RecordId candidate, const std::string& by);
Status judge_assignment(Database& db, RecordId question, RecordId candidate, bool satisfied, const std::string& by);
Result<std::vector<AssignmentRow>> assignments_of(Database& db, RecordId candidate);
Result<std::vector<ExposureRow>> question_exposure(Database& db, std::int64_t workspace, const std::string& scheme_id);

Result<RecordId> insert_mark(Database& db, std::int64_t workspace, RecordId candidate, const MarkRow& mark);
Result<std::vector<MarkRow>> marks_of(Database& db, RecordId candidate);

Result<RecordId> insert_decision(Database& db, std::int64_t workspace, RecordId candidate, const DecisionRow& decision);
Result<std::optional<DecisionRow>> latest_decision(Database& db, RecordId candidate);

Result<RecordId> insert_credential(Database& db, std::int64_t workspace, RecordId candidate, const CredentialRow& row);
Result<std::vector<CredentialRow>> credentials_of(Database& db, RecordId candidate);

}  // namespace candor
