#include "store/framework_store.h"

#include "base/date.h"
#include "base/sha256.h"

namespace candor {
namespace {

constexpr const char* kColumns = "SELECT id, framework_key, title, sha256, source, origin FROM frameworks ";

StoredFramework framework_from(const Row& row) {
  return {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5)};
}

}  // namespace

Result<StoredFramework> store_framework(Database& database, std::int64_t workspace_id,
                                        const std::string& key, const std::string& title,
                                        const std::string& source, const std::string& origin) {
  const std::string digest = sha256_hex(source);
  const Rows rows = CANDOR_TRY(database.query(
      std::string(kColumns) + "WHERE workspace_id = ? AND sha256 = ?", {workspace_id, digest}));
  if (!rows.empty()) return framework_from(rows.front());
  StoredFramework stored{0, key, title, digest, source, origin};
  stored.id = CANDOR_TRY(database.insert(
      "INSERT INTO frameworks (workspace_id, framework_key, title, sha256, source, origin, added_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace_id, key, title, digest, source, origin, utc_timestamp_now()}));
  return stored;
}

Result<StoredFramework> load_stored_framework(Database& database, std::int64_t workspace_id,
                                              std::int64_t framework_id) {
  const Rows rows = CANDOR_TRY(database.query(
      std::string(kColumns) + "WHERE workspace_id = ? AND id = ?", {workspace_id, framework_id}));
  if (rows.empty()) return Error::not_found("no framework " + std::to_string(framework_id) + " in this workspace");
  StoredFramework stored = framework_from(rows.front());
  if (sha256_hex(stored.source) != stored.sha256) {
    return Error::integrity("stored framework " + stored.key + " does not match its SHA-256");
  }
  return stored;
}

Result<std::vector<StoredFramework>> list_stored_frameworks(Database& database,
                                                            std::int64_t workspace_id) {
  const Rows rows = CANDOR_TRY(database.query(
      std::string(kColumns) + "WHERE workspace_id = ? ORDER BY framework_key, id", {workspace_id}));
  std::vector<StoredFramework> out;
  for (const auto& row : rows) out.push_back(framework_from(row));
  return out;
}

}  // namespace candor
