// An anonymised peer pool: the evidenced results of many assessments, with
// nothing that leads back to a subject — no names, scopes, free text,
// evidence or ids. Only what benchmarking needs: capability levels per
// process, the conformity rate per top-level clause, the confidence, and the
// coarse facts peers are grouped by (sector, size band, year). The pool file
// format is documented in docs/benchmark.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace candor {

struct PeerResult {
  // A salted one-way token per exported assessment (see docs/benchmark.md):
  // a re-export of the same assessment replaces its earlier result instead of
  // counting twice, and the token cannot be turned back into the assessment.
  std::string token;
  std::string framework_key;  // "iso20000-1:2018"
  std::string sector;         // a normalised sector name, "unspecified" when unknown
  std::string size_band;      // see size_band()
  int year = 0;               // of the assessment date; never the day
  int confidence_percent = 0; // the overall confidence score, floored to whole percent
  std::map<std::string, int> levels;             // process id -> evidenced capability level
  std::map<std::string, int> conformity_percent; // clause id -> conforming share, floored
};

// The SHA-256 of a result's canonical encoding: what makes an import
// idempotent (the same result imported twice counts once) and what a pool
// file's per-result hash is checked against.
std::string peer_result_hash(const PeerResult& result);

// Staff-in-scope bands: "1-9", "10-49", "50-249", "250-999", "1000-4999",
// "5000+", and "unknown" when the size was not recorded.
std::string size_band(std::optional<int> staff);
const std::vector<std::string>& size_bands();  // every band, "unknown" last
bool is_size_band(std::string_view band);

// A sector as pools store it: lower case, words joined by '-', only ASCII
// letters, digits and '-', at most 40 characters; "" becomes "unspecified".
// Anything else is refused rather than exported, since free text could name
// the subject.
Result<std::string> normalise_sector(std::string_view text);

// Which peers a comparison uses; empty fields match every peer.
struct PeerFilter {
  std::string sector;
  std::string size_band;
  bool matches(const PeerResult& result) const;
};

// The compact text form the store keeps levels and conformity in:
// "8.1=2;8.2=3" (ids never contain '=' or ';').
std::string encode_scores(const std::map<std::string, int>& scores);
Result<std::map<std::string, int>> decode_scores(std::string_view text);

}  // namespace candor
