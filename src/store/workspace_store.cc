#include "store/workspace_store.h"

#include "base/date.h"
#include "store/journal.h"

namespace candor {
namespace {

Workspace workspace_from(const Row& row) { return {row.integer(0), row.text(1), row.text(2)}; }

}  // namespace

Result<Workspace> create_workspace(Database& database, const std::string& name) {
  const Rows existing = CANDOR_TRY(database.query("SELECT id FROM workspaces WHERE name = ?", {name}));
  if (!existing.empty()) return Error::conflict("a workspace named '" + name + "' already exists");
  Workspace workspace{0, name, utc_timestamp_now()};
  workspace.id = CANDOR_TRY(database.insert(
      "INSERT INTO workspaces (name, created_at, journal_seq, journal_head) VALUES (?, ?, 0, ?) "
      "RETURNING id",
      {name, workspace.created_at, std::string(kGenesisHash)}));
  return workspace;
}

Result<Workspace> find_workspace(Database& database, const std::string& name) {
  const Rows rows =
      CANDOR_TRY(database.query("SELECT id, name, created_at FROM workspaces WHERE name = ?", {name}));
  if (rows.empty()) return Error::not_found("no workspace named '" + name + "'");
  return workspace_from(rows.front());
}

Result<Workspace> find_workspace(Database& database, std::int64_t id) {
  const Rows rows =
      CANDOR_TRY(database.query("SELECT id, name, created_at FROM workspaces WHERE id = ?", {id}));
  if (rows.empty()) return Error::not_found("no workspace " + std::to_string(id));
  return workspace_from(rows.front());
}

Result<std::vector<Workspace>> list_workspaces(Database& database) {
  const Rows rows = CANDOR_TRY(database.query("SELECT id, name, created_at FROM workspaces ORDER BY name"));
  std::vector<Workspace> out;
  for (const auto& row : rows) out.push_back(workspace_from(row));
  return out;
}

Status ensure_actor(Database& database, std::int64_t workspace_id, const std::string& name) {
  const Rows rows = CANDOR_TRY(database.query(
      "SELECT id FROM actors WHERE workspace_id = ? AND name = ?", {workspace_id, name}));
  if (!rows.empty()) return {};
  return database.execute("INSERT INTO actors (workspace_id, name, created_at) VALUES (?, ?, ?)",
                          {workspace_id, name, utc_timestamp_now()});
}

}  // namespace candor
