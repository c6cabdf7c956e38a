#include "core/peer_pool.h"

#include <algorithm>
#include <charconv>

#include "base/sha256.h"

namespace candor {

std::string peer_result_hash(const PeerResult& result) {
  // Length-prefixed fields: no two different results share an encoding.
  std::string encoding = "candor-peer-result/1";
  const auto field = [&](std::string_view text) {
    encoding += '\n' + std::to_string(text.size()) + ':';
    encoding += text;
  };
  field(result.token);
  field(result.framework_key);
  field(result.sector);
  field(result.size_band);
  field(std::to_string(result.year));
  field(std::to_string(result.confidence_percent));
  field(encode_scores(result.levels));
  field(encode_scores(result.conformity_percent));
  return sha256_hex(encoding);
}

const std::vector<std::string>& size_bands() {
  static const std::vector<std::string> bands = {"1-9", "10-49", "50-249", "250-999", "1000-4999", "5000+", "unknown"};
  return bands;
}

std::string size_band(std::optional<int> staff) {
  if (!staff || *staff < 1) return "unknown";
  constexpr int kUpperBounds[] = {9, 49, 249, 999, 4999};
  for (std::size_t i = 0; i < std::size(kUpperBounds); ++i) {
    if (*staff <= kUpperBounds[i]) return size_bands()[i];
  }
  return "5000+";
}

bool is_size_band(std::string_view band) {
  const auto& bands = size_bands();
  return std::find(bands.begin(), bands.end(), band) != bands.end();
}

Result<std::string> normalise_sector(std::string_view text) {
  std::string out;
  bool gap = false;
  for (const char c : text) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      gap = !out.empty();
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && !(c >= '0' && c <= '9')) {
      return Error::invalid_input("a sector may hold only letters, digits, spaces and '-' (found '" +
                                  std::string(1, c) + "' in '" + std::string(text) + "')");
    }
    if (gap) out += '-';
    gap = false;
    out += letter && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (out.size() > 40) return Error::invalid_input("a sector name has at most 40 characters");
  return out.empty() ? std::string("unspecified") : out;
}

bool PeerFilter::matches(const PeerResult& result) const {
  return (sector.empty() || result.sector == sector) && (size_band.empty() || result.size_band == size_band);
}

std::string encode_scores(const std::map<std::string, int>& scores) {
  std::string out;
  for (const auto& [id, score] : scores) {
    if (!out.empty()) out += ';';
    out += id + '=' + std::to_string(score);
  }
  return out;
}

Result<std::map<std::string, int>> decode_scores(std::string_view text) {
  std::map<std::string, int> out;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view entry = text.substr(0, end);
    const std::size_t equals = entry.find('=');
    int score = 0;
    const char* last = entry.data() + entry.size();
    if (equals == std::string_view::npos || equals == 0 ||
        std::from_chars(entry.data() + equals + 1, last, score).ptr != last) {
      return Error::integrity("a stored peer score '" + std::string(entry) + "' is not ID=NUMBER");
    }
    out.emplace(std::string(entry.substr(0, equals)), score);
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return out;
}

}  // namespace candor
