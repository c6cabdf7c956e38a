#include "store/migrations.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"

namespace candor {
namespace {

// SQL is written once; these tokens cover the dialect differences.
//   {{id}}    an auto-numbered primary key
//   {{int}}   a 64-bit integer
//   {{bytes}} binary content
struct Migration {
  int version;
  const char* description;
  const char* sql;           // both dialects
  const char* sqlite_sql;    // SQLite only
  const char* postgres_sql;  // PostgreSQL only
};

constexpr Migration kMigrations[] = {
    {1, "workspaces, frameworks, assessments, evidence, judgements, blobs, journal",
     R"SQL(
CREATE TABLE workspaces (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  journal_seq {{int}} NOT NULL DEFAULT 0,
  journal_head TEXT NOT NULL
);
CREATE TABLE actors (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (workspace_id, name)
);
CREATE TABLE frameworks (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  framework_key TEXT NOT NULL,
  title TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  source TEXT NOT NULL,
  origin TEXT NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (workspace_id, sha256)
);
CREATE TABLE assessments (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  framework_id {{int}} NOT NULL REFERENCES frameworks(id),
  subject TEXT NOT NULL,
  sector TEXT NOT NULL DEFAULT '',
  size {{int}},
  scope TEXT NOT NULL DEFAULT '',
  assessed_on TEXT NOT NULL,
  window_months {{int}} NOT NULL DEFAULT 12,
  target_level {{int}} NOT NULL DEFAULT 3,
  status TEXT NOT NULL DEFAULT 'open',
  previous_id {{int}} REFERENCES assessments(id),
  created_at TEXT NOT NULL
);
CREATE INDEX assessments_by_workspace ON assessments (workspace_id);
CREATE TABLE claims (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  assessment_id {{int}} NOT NULL REFERENCES assessments(id),
  node_id TEXT NOT NULL,
  level {{int}},
  conformity TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX claims_by_assessment ON claims (workspace_id, assessment_id);
CREATE TABLE evidence (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  assessment_id {{int}} NOT NULL REFERENCES assessments(id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  observed_on TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  file_sha256 TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  media_type TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX evidence_by_assessment ON evidence (workspace_id, assessment_id);
CREATE TABLE evidence_nodes (
  evidence_id {{int}} NOT NULL REFERENCES evidence(id),
  node_id TEXT NOT NULL,
  PRIMARY KEY (evidence_id, node_id)
);
CREATE TABLE judgements (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  assessment_id {{int}} NOT NULL REFERENCES assessments(id),
  node_id TEXT NOT NULL,
  attribute_id TEXT NOT NULL DEFAULT '',
  rating TEXT NOT NULL,
  percent DOUBLE PRECISION,
  basis TEXT NOT NULL,
  rationale TEXT NOT NULL DEFAULT '',
  justification TEXT NOT NULL DEFAULT '',
  reconciliation {{int}} NOT NULL DEFAULT 0,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX judgements_by_assessment ON judgements (workspace_id, assessment_id);
CREATE TABLE judgement_evidence (
  judgement_id {{int}} NOT NULL REFERENCES judgements(id),
  evidence_id {{int}} NOT NULL REFERENCES evidence(id),
  PRIMARY KEY (judgement_id, evidence_id)
);
CREATE TABLE blobs (
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  sha256 TEXT NOT NULL,
  size {{int}} NOT NULL,
  content {{bytes}} NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (workspace_id, sha256)
);
CREATE TABLE journal (
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  seq {{int}} NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_state TEXT NOT NULL,
  after_state TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (workspace_id, seq)
);
)SQL",
     R"SQL(
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
)SQL",
     R"SQL(
CREATE FUNCTION journal_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the journal is append-only'; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal
FOR EACH ROW EXECUTE FUNCTION journal_append_only();
)SQL"},
    {2, "accounts, workspace memberships with roles, sessions, login throttling",
     R"SQL(
CREATE TABLE users (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE memberships (
  user_id {{int}} NOT NULL REFERENCES users(id),
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, workspace_id)
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id {{int}} NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at {{int}} NOT NULL
);
CREATE TABLE login_failures (
  name TEXT PRIMARY KEY,
  failures {{int}} NOT NULL,
  first_failure_at {{int}} NOT NULL
);
)SQL",
     nullptr, nullptr},
    {3, "peer pools: anonymised peer results for benchmarking, per-workspace export salt",
     R"SQL(
CREATE TABLE peer_results (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  content_sha256 TEXT NOT NULL,
  token TEXT NOT NULL,
  framework_key TEXT NOT NULL,
  sector TEXT NOT NULL,
  size_band TEXT NOT NULL,
  year {{int}} NOT NULL,
  confidence_percent {{int}} NOT NULL,
  levels TEXT NOT NULL,
  conformity TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (workspace_id, content_sha256),
  UNIQUE (workspace_id, token)
);
CREATE INDEX peer_results_by_pool ON peer_results (workspace_id, framework_key, sector, size_band);
CREATE TABLE peer_export_salts (
  workspace_id {{int}} PRIMARY KEY REFERENCES workspaces(id),
  salt TEXT NOT NULL,
  created_at TEXT NOT NULL
);
)SQL",
     nullptr, nullptr},
    {4, "qualifications: cohorts, candidates, deadlines, artefacts, question bank, exam marks, decisions, credentials",
     R"SQL(
CREATE TABLE cohorts (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  name TEXT NOT NULL,
  scheme_id TEXT NOT NULL,
  mode TEXT NOT NULL,
  seminar TEXT NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  session_on TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (workspace_id, name)
);
CREATE TABLE cohort_members (
  cohort_id {{int}} NOT NULL REFERENCES cohorts(id),
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (cohort_id, actor, role)
);
CREATE TABLE candidates (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  cohort_id {{int}} NOT NULL REFERENCES cohorts(id),
  actor TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  application TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (cohort_id, actor)
);
CREATE TABLE candidate_deadlines (
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  deadline_id TEXT NOT NULL,
  done_on TEXT NOT NULL,
  PRIMARY KEY (candidate_id, deadline_id)
);
CREATE TABLE artefact_submissions (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  artefact TEXT NOT NULL,
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  passed {{int}} NOT NULL,
  check_json TEXT NOT NULL,
  actor TEXT NOT NULL,
  submitted_at TEXT NOT NULL
);
CREATE TABLE exam_questions (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  scheme_id TEXT NOT NULL,
  area TEXT NOT NULL,
  text TEXT NOT NULL,
  criteria TEXT NOT NULL,
  author TEXT NOT NULL,
  written_on TEXT NOT NULL,
  locked_on TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE question_assignments (
  question_id {{int}} NOT NULL REFERENCES exam_questions(id),
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  assigned_by TEXT NOT NULL,
  satisfied {{int}},
  judged_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (question_id, candidate_id)
);
CREATE TABLE exam_marks (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  examiner TEXT NOT NULL,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  source TEXT NOT NULL,
  degree TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  reconciled {{int}} NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX exam_marks_by_candidate ON exam_marks (candidate_id);
CREATE TABLE qualification_decisions (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  outcome TEXT NOT NULL,
  decision_json TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE TABLE issued_credentials (
  id {{id}},
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  candidate_id {{int}} NOT NULL REFERENCES candidates(id),
  credential_id TEXT NOT NULL,
  status_index {{int}} NOT NULL,
  token TEXT NOT NULL,
  issued_at TEXT NOT NULL
);
)SQL",
     nullptr, nullptr},
    {5, "process owners: who answers the self-assessment for which process",
     R"SQL(
CREATE TABLE process_owners (
  workspace_id {{int}} NOT NULL REFERENCES workspaces(id),
  assessment_id {{int}} NOT NULL REFERENCES assessments(id),
  node_id TEXT NOT NULL,
  actor TEXT NOT NULL,
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  PRIMARY KEY (workspace_id, assessment_id, node_id, actor)
);
)SQL",
     nullptr, nullptr},
};

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// PostgreSQL compares text by the database's locale unless told otherwise;
// SQLite compares bytes. Text columns get the "C" collation on PostgreSQL so
// ORDER BY and UNIQUE behave the same on both (byte order is code-point order
// in UTF-8). Only column definitions ("name TEXT"), not casts ("AS TEXT").
std::string with_byte_order_text(const std::string& sql) {
  static const std::regex kTextColumn(R"((\w+)(\s+)TEXT\b)");
  std::string out;
  auto last = sql.cbegin();
  for (std::sregex_iterator it(sql.begin(), sql.end(), kTextColumn), end; it != end; ++it) {
    const std::smatch& match = *it;
    out.append(last, match[0].first);
    out += match.str(0);
    std::string word = match.str(1);
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word != "AS") out += " COLLATE \"C\"";
    last = match[0].second;
  }
  out.append(last, sql.cend());
  return out;
}

std::string for_dialect(std::string sql, Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  sql = replace_all(sql, "{{id}}", sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY");
  sql = replace_all(sql, "{{int}}", sqlite ? "INTEGER" : "BIGINT");
  sql = replace_all(sql, "{{bytes}}", sqlite ? "BLOB" : "BYTEA");
  return sqlite ? sql : with_byte_order_text(sql);
}

Status apply_migration(Database& database, const Migration& migration) {
  return database.transaction([&]() -> Status {
    const bool sqlite = database.dialect() == Dialect::kSqlite;
    CANDOR_TRY(database.execute_script(for_dialect(migration.sql, database.dialect())));
    const char* specific = sqlite ? migration.sqlite_sql : migration.postgres_sql;
    if (specific != nullptr) CANDOR_TRY(database.execute_script(specific));
    return database.execute(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
        {std::int64_t{migration.version}, std::string(migration.description), utc_timestamp_now()});
  });
}

// Applies every migration the database lacks, in version order (not only
// those above the highest applied: a branch may have added a lower number).
Status apply_missing_migrations(Database& database) {
  CANDOR_TRY(database.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  std::set<std::int64_t> applied;
  for (const Row& row : CANDOR_TRY(database.query("SELECT version FROM schema_migrations"))) {
    applied.insert(row.integer(0));
  }
  if (!applied.empty() && *applied.rbegin() > latest_schema_version()) {
    return Error::unsupported("the database has schema version " + std::to_string(*applied.rbegin()) +
                              "; this candor knows up to " + std::to_string(latest_schema_version()) +
                              ": upgrade candor");
  }
  std::vector<const Migration*> in_order;
  for (const Migration& migration : kMigrations) in_order.push_back(&migration);
  std::sort(in_order.begin(), in_order.end(),
            [](const Migration* a, const Migration* b) { return a->version < b->version; });
  for (const Migration* migration : in_order) {
    if (!applied.count(migration->version)) CANDOR_TRY(apply_migration(database, *migration));
  }
  return {};
}

// Two processes opening the same fresh PostgreSQL database at once must not
// both migrate: a session advisory lock serialises them, and the second finds
// the work done. (SQLite's BEGIN IMMEDIATE already serialises writers.)
constexpr std::int64_t kMigrationLock = 0x63616e646f72;  // "candor"

}  // namespace

int latest_schema_version() {
  int latest = 0;
  for (const Migration& migration : kMigrations) latest = std::max(latest, migration.version);
  return latest;
}

Status apply_migrations(Database& database) {
  if (database.dialect() == Dialect::kSqlite) return apply_missing_migrations(database);
  CANDOR_TRY(database.execute("SELECT pg_advisory_lock(?)", {kMigrationLock}));
  const Status status = apply_missing_migrations(database);
  const Status unlocked = database.execute("SELECT pg_advisory_unlock(?)", {kMigrationLock});
  if (!status.ok()) return status;
  return unlocked;
}

}  // namespace candor
