// Accounts (global), their memberships in workspaces with a role, sessions
// (stored by the SHA-256 of their token, never the token), and the counters
// that throttle repeated failed sign-ins.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

struct UserRow {
  std::int64_t id = 0;
  std::string name;
  std::string display_name;
  std::string password_hash;
};

struct MembershipRow {
  std::int64_t workspace_id = 0;
  std::string workspace;
  std::string role;
};

struct MemberRow {
  std::string name;
  std::string display_name;
  std::string role;
};

struct SessionRow {
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t expires_at = 0;
};

Result<std::int64_t> insert_user(Database& db, const std::string& name, const std::string& display_name,
                                 const std::string& password_hash);
Result<std::optional<UserRow>> find_user(Database& db, const std::string& name);
Result<std::optional<UserRow>> find_user(Database& db, std::int64_t id);
Status update_password_hash(Database& db, std::int64_t user_id, const std::string& password_hash);

Status upsert_membership(Database& db, std::int64_t user_id, std::int64_t workspace_id, const std::string& role);
Result<std::vector<MembershipRow>> list_memberships(Database& db, std::int64_t user_id);
// A workspace's members by user name.
Result<std::vector<MemberRow>> list_members(Database& db, std::int64_t workspace_id);

Status insert_session(Database& db, const std::string& token_hash, std::int64_t user_id,
                      const std::string& csrf_token, std::int64_t expires_at);
Result<std::optional<SessionRow>> find_session(Database& db, const std::string& token_hash);
Status delete_session(Database& db, const std::string& token_hash);
Status delete_sessions_of(Database& db, std::int64_t user_id);

// A session with its user and, when the user is a member of the named
// workspace, that membership: what every request needs, in one query.
struct SessionMembershipRow {
  SessionRow session;
  std::string user_name;
  std::string display_name;
  std::optional<MembershipRow> membership;
};
Result<std::optional<SessionMembershipRow>> find_session_membership(Database& db, const std::string& token_hash,
                                                                    const std::string& workspace);

// Failed sign-ins per name within the current window.
Result<std::pair<std::int64_t, std::int64_t>> login_failures(Database& db, const std::string& name);
Status record_login_failure(Database& db, const std::string& name, std::int64_t now, std::int64_t window_seconds);
Status clear_login_failures(Database& db, const std::string& name);

}  // namespace candor
