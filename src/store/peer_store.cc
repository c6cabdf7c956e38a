#include "store/peer_store.h"

namespace candor {

Result<std::string> export_salt(Database& database, std::int64_t workspace_id, const std::string& fresh_salt) {
  const Rows rows =
      CANDOR_TRY(database.query("SELECT salt FROM peer_export_salts WHERE workspace_id = ?", {workspace_id}));
  if (!rows.empty()) return rows.front().text(0);
  CANDOR_TRY(database.execute("INSERT INTO peer_export_salts (workspace_id, salt, created_at) VALUES (?, ?, ?)",
                              {workspace_id, fresh_salt, utc_timestamp_now()}));
  return fresh_salt;
}

Result<PeerPut> put_peer_result(Database& database, std::int64_t workspace_id, const std::string& content_sha256,
                                const PeerResult& r, const std::string& imported_at) {
  const Rows same = CANDOR_TRY(database.query(
      "SELECT id FROM peer_results WHERE workspace_id = ? AND content_sha256 = ?", {workspace_id, content_sha256}));
  if (!same.empty()) return PeerPut::kUnchanged;
  const std::vector<Value> values = {content_sha256, r.framework_key, r.sector, r.size_band,
                                     std::int64_t{r.year}, std::int64_t{r.confidence_percent},
                                     encode_scores(r.levels), encode_scores(r.conformity_percent), imported_at,
                                     workspace_id, r.token};
  const Rows earlier = CANDOR_TRY(database.query(
      "SELECT id FROM peer_results WHERE workspace_id = ? AND token = ?", {workspace_id, r.token}));
  if (!earlier.empty()) {
    CANDOR_TRY(database.execute(
        "UPDATE peer_results SET content_sha256 = ?, framework_key = ?, sector = ?, size_band = ?, year = ?, "
        "confidence_percent = ?, levels = ?, conformity = ?, imported_at = ? WHERE workspace_id = ? AND token = ?",
        values));
    return PeerPut::kReplaced;
  }
  CANDOR_TRY(database.execute(
      "INSERT INTO peer_results (content_sha256, framework_key, sector, size_band, year, confidence_percent, "
      "levels, conformity, imported_at, workspace_id, token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      values));
  return PeerPut::kAdded;
}

Result<PeerColumns> load_peer_columns(Database& database, std::int64_t workspace_id,
                                      const std::string& framework_key, const PeerFilter& filter) {
  std::string sql = "SELECT levels, conformity FROM peer_results WHERE workspace_id = ? AND framework_key = ?";
  std::vector<Value> params = {workspace_id, framework_key};
  if (!filter.sector.empty()) {
    sql += " AND sector = ?";
    params.emplace_back(filter.sector);
  }
  if (!filter.size_band.empty()) {
    sql += " AND size_band = ?";
    params.emplace_back(filter.size_band);
  }
  const Rows rows = CANDOR_TRY(database.query(sql, params));
  PeerColumns columns;
  columns.peers = static_cast<int>(rows.size());
  for (const Row& row : rows) {
    CANDOR_TRY(add_encoded_scores(row.text(0), columns.levels));
    CANDOR_TRY(add_encoded_scores(row.text(1), columns.conformity));
  }
  return columns;
}

Result<std::vector<PoolSize>> list_pools(Database& database, std::int64_t workspace_id) {
  const Rows rows = CANDOR_TRY(database.query(
      "SELECT framework_key, COUNT(*) FROM peer_results WHERE workspace_id = ? GROUP BY framework_key "
      "ORDER BY framework_key",
      {workspace_id}));
  std::vector<PoolSize> out;
  for (const Row& row : rows) out.push_back({row.text(0), row.integer(1)});
  return out;
}

}  // namespace candor
