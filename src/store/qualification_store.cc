#include "store/qualification_store.h"

#include <nlohmann/json.hpp>

#include "base/date.h"

namespace candor {
namespace {

constexpr const char* kCohortColumns = "id, name, scheme_id, mode, seminar, provider, session_on";

CohortRow cohort_from(const Row& row) {
  CohortRow out{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), {}};
  if (!row.is_null(6)) out.session_on = row.text(6);
  return out;
}

CandidateRow candidate_from(const Row& row) {
  return {row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.text(5)};
}

QuestionRow question_from(const Row& row) {
  QuestionRow out{row.integer(0), row.text(1), row.text(2), row.text(3), {}, row.text(5), row.text(6), {}};
  const auto criteria = nlohmann::json::parse(row.text(4), nullptr, false);
  if (criteria.is_array()) {
    for (const auto& item : criteria) {
      if (item.is_string()) out.criteria.push_back(item.get<std::string>());
    }
  }
  if (!row.is_null(7)) out.locked_on = row.text(7);
  return out;
}

constexpr const char* kQuestionColumns = "id, scheme_id, area, text, criteria, author, written_on, locked_on";

}  // namespace

Result<RecordId> insert_cohort(Database& db, std::int64_t workspace, const CohortRow& cohort) {
  const Rows existing = CANDOR_TRY(
      db.query("SELECT id FROM cohorts WHERE workspace_id = ? AND name = ?", {workspace, cohort.name}));
  if (!existing.empty()) return Error::conflict("a cohort named '" + cohort.name + "' already exists");
  return db.insert(
      "INSERT INTO cohorts (workspace_id, name, scheme_id, mode, seminar, provider, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, cohort.name, cohort.scheme_id, cohort.mode, cohort.seminar, cohort.provider, utc_timestamp_now()});
}

Result<CohortRow> find_cohort(Database& db, std::int64_t workspace, const std::string& name) {
  const Rows rows = CANDOR_TRY(db.query(std::string("SELECT ") + kCohortColumns +
                                            " FROM cohorts WHERE workspace_id = ? AND name = ?",
                                        {workspace, name}));
  if (rows.empty()) return Error::not_found("no cohort named '" + name + "' in this workspace");
  return cohort_from(rows.front());
}

Result<CohortRow> cohort_by_id(Database& db, std::int64_t workspace, RecordId id) {
  const Rows rows = CANDOR_TRY(db.query(std::string("SELECT ") + kCohortColumns +
                                            " FROM cohorts WHERE workspace_id = ? AND id = ?",
                                        {workspace, id}));
  if (rows.empty()) return Error::not_found("no cohort " + std::to_string(id) + " in this workspace");
  return cohort_from(rows.front());
}

Result<std::vector<CohortRow>> list_cohorts(Database& db, std::int64_t workspace) {
  const Rows rows = CANDOR_TRY(db.query(
      std::string("SELECT ") + kCohortColumns + " FROM cohorts WHERE workspace_id = ? ORDER BY id", {workspace}));
  std::vector<CohortRow> out;
  for (const auto& row : rows) out.push_back(cohort_from(row));
  return out;
}

Status set_session_on(Database& db, RecordId cohort, const std::string& date) {
  return db.execute("UPDATE cohorts SET session_on = ? WHERE id = ?", {date, cohort});
}

Status add_cohort_member(Database& db, RecordId cohort, const std::string& actor, const std::string& role) {
  const bool member = CANDOR_TRY(is_cohort_member(db, cohort, actor, role));
  if (member) return ok_status();
  return db.execute("INSERT INTO cohort_members (cohort_id, actor, role) VALUES (?, ?, ?)", {cohort, actor, role});
}

Result<bool> is_cohort_member(Database& db, RecordId cohort, const std::string& actor, const std::string& role) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT 1 FROM cohort_members WHERE cohort_id = ? AND actor = ? AND role = ?", {cohort, actor, role}));
  return !rows.empty();
}

Result<bool> examines_scheme(Database& db, std::int64_t workspace, const std::string& scheme_id,
                             const std::string& actor) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id "
      "WHERE c.workspace_id = ? AND c.scheme_id = ? AND m.actor = ? AND m.role = 'examiner'",
      {workspace, scheme_id, actor}));
  return !rows.empty();
}

Result<RecordId> insert_candidate(Database& db, std::int64_t workspace, const CandidateRow& candidate) {
  const Rows existing = CANDOR_TRY(db.query("SELECT id FROM candidates WHERE cohort_id = ? AND actor = ?",
                                            {candidate.cohort_id, candidate.actor}));
  if (!existing.empty()) return Error::conflict("'" + candidate.actor + "' is already a candidate in this cohort");
  return db.insert(
      "INSERT INTO candidates (workspace_id, cohort_id, actor, name, email, application, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, candidate.cohort_id, candidate.actor, candidate.name, candidate.email, candidate.application,
       utc_timestamp_now()});
}

Result<CandidateRow> find_candidate(Database& db, std::int64_t workspace, RecordId id) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, cohort_id, actor, name, email, application FROM candidates WHERE workspace_id = ? AND id = ?",
      {workspace, id}));
  if (rows.empty()) return Error::not_found("no candidate " + std::to_string(id) + " in this workspace");
  return candidate_from(rows.front());
}

Result<std::vector<CandidateRow>> list_candidates(Database& db, std::int64_t workspace, RecordId cohort) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, cohort_id, actor, name, email, application FROM candidates "
      "WHERE workspace_id = ? AND cohort_id = ? ORDER BY id",
      {workspace, cohort}));
  std::vector<CandidateRow> out;
  for (const auto& row : rows) out.push_back(candidate_from(row));
  return out;
}

Status mark_deadline_done(Database& db, RecordId candidate, const std::string& deadline, const std::string& on) {
  CANDOR_TRY(db.execute("DELETE FROM candidate_deadlines WHERE candidate_id = ? AND deadline_id = ?",
                        {candidate, deadline}));
  return db.execute("INSERT INTO candidate_deadlines (candidate_id, deadline_id, done_on) VALUES (?, ?, ?)",
                    {candidate, deadline, on});
}

Result<std::vector<std::string>> done_deadlines(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT deadline_id FROM candidate_deadlines WHERE candidate_id = ? ORDER BY deadline_id", {candidate}));
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.text(0));
  return out;
}

Result<RecordId> insert_submission(Database& db, std::int64_t workspace, RecordId candidate,
                                   const SubmissionRow& s) {
  return db.insert(
      "INSERT INTO artefact_submissions (workspace_id, candidate_id, artefact, title, file_name, file_sha256, "
      "passed, check_json, actor, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, candidate, s.artefact, s.title, s.file_name, s.file_sha256, std::int64_t{s.passed}, s.check_json,
       s.actor, utc_timestamp_now()});
}

Result<std::vector<SubmissionRow>> list_submissions(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, artefact, title, file_name, file_sha256, passed, check_json, actor, submitted_at "
      "FROM artefact_submissions WHERE candidate_id = ? ORDER BY id",
      {candidate}));
  std::vector<SubmissionRow> out;
  for (const auto& r : rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.integer(5) != 0, r.text(6),
                   r.text(7), r.text(8)});
  }
  return out;
}

Result<RecordId> insert_question(Database& db, std::int64_t workspace, const QuestionRow& q) {
  return db.insert(
      "INSERT INTO exam_questions (workspace_id, scheme_id, area, text, criteria, author, written_on, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, q.scheme_id, q.area, q.text, nlohmann::json(q.criteria).dump(), q.author, q.written_on,
       utc_timestamp_now()});
}

Result<QuestionRow> find_question(Database& db, std::int64_t workspace, RecordId id) {
  const Rows rows = CANDOR_TRY(db.query(std::string("SELECT ") + kQuestionColumns +
                                            " FROM exam_questions WHERE workspace_id = ? AND id = ?",
                                        {workspace, id}));
  if (rows.empty()) return Error::not_found("no question " + std::to_string(id) + " in this workspace");
  return question_from(rows.front());
}

Result<std::vector<QuestionRow>> list_questions(Database& db, std::int64_t workspace, const std::string& scheme_id) {
  const Rows rows = CANDOR_TRY(db.query(std::string("SELECT ") + kQuestionColumns +
                                            " FROM exam_questions WHERE workspace_id = ? AND scheme_id = ? ORDER BY id",
                                        {workspace, scheme_id}));
  std::vector<QuestionRow> out;
  for (const auto& row : rows) out.push_back(question_from(row));
  return out;
}

Status lock_cohort_questions(Database& db, RecordId cohort, const std::string& date) {
  return db.execute(
      "UPDATE exam_questions SET locked_on = ? WHERE locked_on IS NULL AND id IN ("
      "SELECT a.question_id FROM question_assignments a JOIN candidates c ON c.id = a.candidate_id "
      "WHERE c.cohort_id = ?)",
      {date, cohort});
}

Status assign_question(Database& db, RecordId question, RecordId candidate, const std::string& by) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT 1 FROM question_assignments WHERE question_id = ? AND candidate_id = ?", {question, candidate}));
  if (!rows.empty()) return Error::conflict("question " + std::to_string(question) + " is already assigned");
  return db.execute("INSERT INTO question_assignments (question_id, candidate_id, assigned_by) VALUES (?, ?, ?)",
                    {question, candidate, by});
}

Status judge_assignment(Database& db, RecordId question, RecordId candidate, bool satisfied, const std::string& by) {
  return db.execute(
      "UPDATE question_assignments SET satisfied = ?, judged_by = ? WHERE question_id = ? AND candidate_id = ?",
      {std::int64_t{satisfied}, by, question, candidate});
}

Result<std::vector<AssignmentRow>> assignments_of(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT question_id, candidate_id, satisfied, judged_by FROM question_assignments "
      "WHERE candidate_id = ? ORDER BY question_id",
      {candidate}));
  std::vector<AssignmentRow> out;
  for (const auto& r : rows) {
    AssignmentRow a{r.integer(0), r.integer(1), {}, r.text(3)};
    if (!r.is_null(2)) a.satisfied = r.integer(2) != 0;
    out.push_back(a);
  }
  return out;
}

Result<std::vector<ExposureRow>> question_exposure(Database& db, std::int64_t workspace, const std::string& scheme_id) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT q.id, COUNT(DISTINCT a.candidate_id), COUNT(DISTINCT c.cohort_id), "
      "COUNT(DISTINCT CASE WHEN h.provider <> '' THEN h.provider END) "
      "FROM exam_questions q LEFT JOIN question_assignments a ON a.question_id = q.id "
      "LEFT JOIN candidates c ON c.id = a.candidate_id LEFT JOIN cohorts h ON h.id = c.cohort_id "
      "WHERE q.workspace_id = ? AND q.scheme_id = ? GROUP BY q.id ORDER BY q.id",
      {workspace, scheme_id}));
  std::vector<ExposureRow> out;
  for (const auto& r : rows) {
    out.push_back({r.integer(0), static_cast<int>(r.integer(1)), static_cast<int>(r.integer(2)),
                   static_cast<int>(r.integer(3))});
  }
  return out;
}

Result<RecordId> insert_mark(Database& db, std::int64_t workspace, RecordId candidate, const MarkRow& m) {
  return db.insert(
      "INSERT INTO exam_marks (workspace_id, candidate_id, examiner, kind, target, source, degree, note, "
      "reconciled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, candidate, m.examiner, m.kind, m.target, m.source, m.degree, m.note, std::int64_t{m.reconciled},
       utc_timestamp_now()});
}

Result<std::vector<MarkRow>> marks_of(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, examiner, kind, target, source, degree, note, reconciled, created_at FROM exam_marks "
      "WHERE candidate_id = ? ORDER BY id",
      {candidate}));
  std::vector<MarkRow> out;
  for (const auto& r : rows) {
    out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                   r.integer(7) != 0, r.text(8)});
  }
  return out;
}

Result<RecordId> insert_decision(Database& db, std::int64_t workspace, RecordId candidate, const DecisionRow& d) {
  return db.insert(
      "INSERT INTO qualification_decisions (workspace_id, candidate_id, outcome, decision_json, decided_by, "
      "decided_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, candidate, d.outcome, d.decision_json, d.decided_by, utc_timestamp_now()});
}

Result<std::optional<DecisionRow>> latest_decision(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, outcome, decision_json, decided_by, decided_at FROM qualification_decisions "
      "WHERE candidate_id = ? ORDER BY id DESC LIMIT 1",
      {candidate}));
  if (rows.empty()) return std::optional<DecisionRow>{};
  const Row& r = rows.front();
  return std::optional<DecisionRow>(DecisionRow{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4)});
}

Result<RecordId> insert_credential(Database& db, std::int64_t workspace, RecordId candidate, const CredentialRow& c) {
  return db.insert(
      "INSERT INTO issued_credentials (workspace_id, candidate_id, credential_id, status_index, token, issued_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace, candidate, c.credential_id, std::int64_t{c.status_index}, c.token, utc_timestamp_now()});
}

Result<std::vector<CredentialRow>> credentials_of(Database& db, RecordId candidate) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT id, credential_id, status_index, token, issued_at FROM issued_credentials WHERE candidate_id = ? "
      "ORDER BY id",
      {candidate}));
  std::vector<CredentialRow> out;
  for (const auto& r : rows) {
    out.push_back({r.integer(0), r.text(1), static_cast<int>(r.integer(2)), r.text(3), r.text(4)});
  }
  return out;
}

}  // namespace candor
