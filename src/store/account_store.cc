#include "store/account_store.h"

#include "base/date.h"

namespace candor {
namespace {

UserRow user_from(const Row& row) { return {row.integer(0), row.text(1), row.text(2), row.text(3)}; }

Result<std::optional<UserRow>> first_user(Result<Rows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  if (rows->empty()) return std::optional<UserRow>();
  return std::optional<UserRow>(user_from(rows->front()));
}

}  // namespace

Result<std::int64_t> insert_user(Database& db, const std::string& name, const std::string& display_name,
                                 const std::string& password_hash) {
  return db.insert(
      "INSERT INTO users (name, display_name, password_hash, created_at) VALUES (?, ?, ?, ?) RETURNING id",
      {name, display_name, password_hash, utc_timestamp_now()});
}

Result<std::optional<UserRow>> find_user(Database& db, const std::string& name) {
  return first_user(db.query("SELECT id, name, display_name, password_hash FROM users WHERE name = ?", {name}));
}

Result<std::optional<UserRow>> find_user(Database& db, std::int64_t id) {
  return first_user(db.query("SELECT id, name, display_name, password_hash FROM users WHERE id = ?", {id}));
}

Status update_password_hash(Database& db, std::int64_t user_id, const std::string& password_hash) {
  return db.execute("UPDATE users SET password_hash = ? WHERE id = ?", {password_hash, user_id});
}

Status upsert_membership(Database& db, std::int64_t user_id, std::int64_t workspace_id, const std::string& role) {
  CANDOR_TRY(db.execute("DELETE FROM memberships WHERE user_id = ? AND workspace_id = ?", {user_id, workspace_id}));
  return db.execute("INSERT INTO memberships (user_id, workspace_id, role) VALUES (?, ?, ?)",
                    {user_id, workspace_id, role});
}

Result<std::vector<MembershipRow>> list_memberships(Database& db, std::int64_t user_id) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT w.id, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id "
      "WHERE m.user_id = ? ORDER BY w.name", {user_id}));
  std::vector<MembershipRow> out;
  for (const auto& row : rows) out.push_back({row.integer(0), row.text(1), row.text(2)});
  return out;
}

Result<std::vector<MemberRow>> list_members(Database& db, std::int64_t workspace_id) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT u.name, u.display_name, m.role FROM memberships m JOIN users u ON u.id = m.user_id "
      "WHERE m.workspace_id = ? ORDER BY u.name", {workspace_id}));
  std::vector<MemberRow> out;
  for (const auto& row : rows) out.push_back({row.text(0), row.text(1), row.text(2)});
  return out;
}

Status insert_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                      const std::string& csrf_token, std::int64_t expires_at) {
  return db.execute(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      {token_hash, user_id, csrf_token, utc_timestamp_now(), expires_at});
}

Result<std::optional<SessionRow>> find_session(Database& db, const std::string& token_hash) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = ?", {token_hash}));
  if (rows.empty()) return std::optional<SessionRow>();
  return std::optional<SessionRow>(SessionRow{rows[0].integer(0), rows[0].text(1), rows[0].integer(2)});
}

Result<std::optional<SessionMembershipRow>> find_session_membership(Database& db, const std::string& token_hash,
                                                                    const std::string& workspace) {
  const Rows rows = CANDOR_TRY(db.query(
      "SELECT s.user_id, s.csrf_token, s.expires_at, u.name, u.display_name, w.id, w.name, m.role "
      "FROM sessions s JOIN users u ON u.id = s.user_id "
      "LEFT JOIN workspaces w ON w.name = ? "
      "LEFT JOIN memberships m ON m.user_id = s.user_id AND m.workspace_id = w.id "
      "WHERE s.token_hash = ?",
      {workspace, token_hash}));
  if (rows.empty()) return std::optional<SessionMembershipRow>();
  const Row& row = rows[0];
  SessionMembershipRow out{{row.integer(0), row.text(1), row.integer(2)}, row.text(3), row.text(4), std::nullopt};
  if (!row.is_null(7)) out.membership = MembershipRow{row.integer(5), row.text(6), row.text(7)};
  return std::optional<SessionMembershipRow>(std::move(out));
}

Status delete_session(Database& db, const std::string& token_hash) {
  return db.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

Status delete_sessions_of(Database& db, std::int64_t user_id) {
  return db.execute("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

Result<std::pair<std::int64_t, std::int64_t>> login_failures(Database& db, const std::string& name) {
  const Rows rows = CANDOR_TRY(db.query("SELECT failures, first_failure_at FROM login_failures WHERE name = ?", {name}));
  if (rows.empty()) return std::pair<std::int64_t, std::int64_t>{0, 0};
  return std::pair<std::int64_t, std::int64_t>{rows[0].integer(0), rows[0].integer(1)};
}

Status record_login_failure(Database& db, const std::string& name, std::int64_t now, std::int64_t window_seconds) {
  const auto [failures, since] = CANDOR_TRY(login_failures(db, name));
  CANDOR_TRY(db.execute("DELETE FROM login_failures WHERE name = ?", {name}));
  const bool fresh = failures == 0 || now - since > window_seconds;
  return db.execute("INSERT INTO login_failures (name, failures, first_failure_at) VALUES (?, ?, ?)",
                    {name, fresh ? std::int64_t{1} : failures + 1, fresh ? now : since});
}

Status clear_login_failures(Database& db, const std::string& name) {
  return db.execute("DELETE FROM login_failures WHERE name = ?", {name});
}

}  // namespace candor
