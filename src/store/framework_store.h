// Frameworks stored in a workspace: the exact text an assessment was made
// with (deduplicated by SHA-256), and frameworks users add themselves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

struct StoredFramework {
  std::int64_t id = 0;
  std::string key;  // "iso20000-1:2018"
  std::string title;
  std::string sha256;
  std::string source;  // the YAML text
  std::string origin;  // where it came from (a path, or "builtin")
};

// Stores the text once per workspace; returns the stored row (existing or new).
Result<StoredFramework> store_framework(Database& database, std::int64_t workspace_id,
                                        const std::string& key, const std::string& title,
                                        const std::string& source, const std::string& origin);
Result<StoredFramework> load_stored_framework(Database& database, std::int64_t workspace_id,
                                              std::int64_t framework_id);
Result<std::vector<StoredFramework>> list_stored_frameworks(Database& database,
                                                            std::int64_t workspace_id);

}  // namespace candor
