// The peer pool file (docs/benchmark.md): one framework version, the
// process and clause ids its columns follow, and one anonymised result per
// assessment with the SHA-256 of its canonical form. Reading checks the
// shape and every hash and names the place of each refusal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/peer_pool.h"

namespace candor::app {

struct PoolFile {
  std::string framework_key;  // every result's framework
  std::vector<std::string> processes;
  std::vector<std::string> clauses;
  std::vector<PeerResult> results;
};

// Results are written in hash order, so a file says nothing about the order
// in which assessments were made.
std::string pool_to_json(const PoolFile& pool);
// Refuses malformed JSON (FILE:LINE:COL), missing or mistyped fields, and a
// result whose hash does not match its content (FILE: results[i].hash).
Result<PoolFile> parse_pool(std::string_view text, const std::string& path);

}  // namespace candor::app
