// Evidence files, stored content-addressed by SHA-256 inside the database (so
// a file and the evidence naming it commit together). The same bytes are kept
// once per workspace; every read is checked against its hash.
#pragma once

#include <cstdint>
#include <string>

#include "store/database.h"

namespace candor {

inline constexpr std::uint64_t kMaxBlobBytes = 256ull << 20;

// Returns the SHA-256 (hex) of the stored bytes.
Result<std::string> put_blob(Database& database, std::int64_t workspace_id, std::string_view bytes);
// kNotFound when this workspace has no such blob; kIntegrity when the stored
// bytes no longer match their hash.
Result<std::string> get_blob(Database& database, std::int64_t workspace_id, const std::string& sha256);

}  // namespace candor
