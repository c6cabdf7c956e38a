#include "store/blob_store.h"

#include "base/date.h"
#include "base/sha256.h"

namespace candor {

Result<std::string> put_blob(Database& database, std::int64_t workspace_id, std::string_view bytes) {
  if (bytes.size() > kMaxBlobBytes) {
    return Error::too_large("a file of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                            std::to_string(kMaxBlobBytes));
  }
  const std::string digest = sha256_hex(bytes);
  const Rows existing = CANDOR_TRY(database.query(
      "SELECT size FROM blobs WHERE workspace_id = ? AND sha256 = ?", {workspace_id, digest}));
  if (!existing.empty()) return digest;
  CANDOR_TRY(database.execute(
      "INSERT INTO blobs (workspace_id, sha256, size, content, stored_at) VALUES (?, ?, ?, ?, ?)",
      {workspace_id, digest, static_cast<std::int64_t>(bytes.size()), Bytes{std::string(bytes)},
       utc_timestamp_now()}));
  return digest;
}

Result<std::string> get_blob(Database& database, std::int64_t workspace_id, const std::string& sha256) {
  const Rows rows = CANDOR_TRY(database.query(
      "SELECT content FROM blobs WHERE workspace_id = ? AND sha256 = ?", {workspace_id, sha256}));
  if (rows.empty()) return Error::not_found("no file with SHA-256 " + sha256 + " in this workspace");
  std::string bytes = rows.front().text(0);
  if (sha256_hex(bytes) != sha256) {
    return Error::integrity("stored file " + sha256 + " is corrupt: its content no longer matches its SHA-256");
  }
  return bytes;
}

}  // namespace candor
