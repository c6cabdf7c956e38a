// Peer pools as stored: one row per anonymised peer result, kept per
// workspace (a consultancy's pool lives in the workspace it imports into),
// and the workspace's secret salt for export tokens.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/benchmark.h"
#include "store/database.h"

namespace candor {

// The workspace's export salt, created from `fresh_salt` on first use.
Result<std::string> export_salt(Database& database, std::int64_t workspace_id, const std::string& fresh_salt);

enum class PeerPut { kAdded, kReplaced, kUnchanged };

// Idempotent by content hash: a result already stored is left alone; a new
// result with a stored token (a re-export of the same assessment) replaces it.
Result<PeerPut> put_peer_result(Database& database, std::int64_t workspace_id, const std::string& content_sha256,
                                const PeerResult& result, const std::string& imported_at);

// The pool's values for one framework, narrowed by the filter.
Result<PeerColumns> load_peer_columns(Database& database, std::int64_t workspace_id,
                                      const std::string& framework_key, const PeerFilter& filter);

struct PoolSize {
  std::string framework_key;
  std::int64_t results = 0;
};
Result<std::vector<PoolSize>> list_pools(Database& database, std::int64_t workspace_id);

}  // namespace candor
