#include "app/pool_file.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/text.h"

namespace candor::app {
namespace {

constexpr const char* kFormat = "candor-peer-pool";
constexpr int kFormatVersion = 1;

using Json = nlohmann::json;

nlohmann::json column(const std::vector<std::string>& ids, const std::map<std::string, int>& scores) {
  Json out = Json::array();
  for (const auto& id : ids) {
    const auto it = scores.find(id);
    out.push_back(it == scores.end() ? Json(nullptr) : Json(it->second));
  }
  return out;
}

// Reads one field of a result or of the file, naming it when it is wrong.
class Reader {
 public:
  Reader(const std::string& path) : path_(path) {}

  Error error(const std::string& field, const std::string& message) const {
    return Error::invalid_input(message, Location{path_, 0, 0, field});
  }
  Result<const Json*> get(const Json& object, const std::string& key, const std::string& field,
                          Json::value_t type) const {
    const auto it = object.find(key);
    if (it == object.end()) return error(field, "is missing");
    const bool number = type == Json::value_t::number_integer;
    if (number ? !it->is_number_integer() : it->type() != type) {
      return error(field, std::string("must be ") + (number ? "a whole number" : Json(type).type_name()));
    }
    return &*it;
  }
  Result<std::vector<std::string>> ids(const Json& file, const std::string& key) const {
    const Json* list = CANDOR_TRY(get(file, key, key, Json::value_t::array));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (!(*list)[i].is_string()) return error(key + "[" + std::to_string(i) + "]", "must be a string");
      out.push_back((*list)[i].get<std::string>());
    }
    return out;
  }
  Result<std::map<std::string, int>> scores(const Json& result, const std::string& key, const std::string& field,
                                            const std::vector<std::string>& ids) const {
    const Json* list = CANDOR_TRY(get(result, key, field, Json::value_t::array));
    if (list->size() != ids.size()) {
      return error(field, "has " + std::to_string(list->size()) + " entries; the file names " +
                              std::to_string(ids.size()));
    }
    std::map<std::string, int> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const Json& value = (*list)[i];
      if (value.is_null()) continue;
      if (!value.is_number_integer()) return error(field + "[" + std::to_string(i) + "]", "must be a whole number or null");
      out[ids[i]] = value.get<int>();
    }
    return out;
  }

 private:
  std::string path_;
};

Result<PeerResult> read_result(const Reader& reader, const Json& item, const std::string& field,
                               const PoolFile& pool) {
  using T = Json::value_t;
  if (!item.is_object()) return reader.error(field, "must be an object");
  PeerResult r;
  r.framework_key = pool.framework_key;
  r.token = CANDOR_TRY(reader.get(item, "token", field + ".token", T::string))->get<std::string>();
  r.sector = CANDOR_TRY(reader.get(item, "sector", field + ".sector", T::string))->get<std::string>();
  r.size_band = CANDOR_TRY(reader.get(item, "size_band", field + ".size_band", T::string))->get<std::string>();
  r.year = CANDOR_TRY(reader.get(item, "year", field + ".year", T::number_integer))->get<int>();
  r.confidence_percent =
      CANDOR_TRY(reader.get(item, "confidence_percent", field + ".confidence_percent", T::number_integer))->get<int>();
  r.levels = CANDOR_TRY(reader.scores(item, "levels", field + ".levels", pool.processes));
  r.conformity_percent = CANDOR_TRY(reader.scores(item, "conformity_percent", field + ".conformity_percent", pool.clauses));
  const std::string stated = CANDOR_TRY(reader.get(item, "hash", field + ".hash", T::string))->get<std::string>();
  if (stated != peer_result_hash(r)) {
    return reader.error(field + ".hash", "does not match the result's content: the result was changed after export");
  }
  return r;
}

}  // namespace

std::string pool_to_json(const PoolFile& pool) {
  std::vector<std::pair<std::string, const PeerResult*>> ordered;
  for (const auto& result : pool.results) ordered.emplace_back(peer_result_hash(result), &result);
  std::sort(ordered.begin(), ordered.end());
  Json results = Json::array();
  for (const auto& [hash, r] : ordered) {
    results.push_back({{"hash", hash}, {"token", r->token}, {"sector", r->sector}, {"size_band", r->size_band},
                       {"year", r->year}, {"confidence_percent", r->confidence_percent},
                       {"levels", column(pool.processes, r->levels)},
                       {"conformity_percent", column(pool.clauses, r->conformity_percent)}});
  }
  const Json out = {{"format", kFormat},           {"format_version", kFormatVersion},
                    {"framework", pool.framework_key}, {"processes", pool.processes},
                    {"clauses", pool.clauses},      {"results", std::move(results)}};
  return out.dump(1) + "\n";
}

Result<PoolFile> parse_pool(std::string_view text, const std::string& path) {
  Json file;
  try {
    file = Json::parse(text);
  } catch (const Json::parse_error& e) {
    const auto [line, column] = line_and_column(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string message = e.what();
    if (const auto at = message.find("syntax error"); at != std::string::npos) message = message.substr(at);
    return Error::invalid_input("not valid JSON: " + message, Location{path, line, column, ""});
  }
  using T = Json::value_t;
  const Reader reader(path);
  if (!file.is_object()) return reader.error("", "a peer pool is a JSON object");
  const auto format = CANDOR_TRY(reader.get(file, "format", "format", T::string))->get<std::string>();
  if (format != kFormat) return reader.error("format", "is '" + format + "', not '" + kFormat + "'");
  const int version = CANDOR_TRY(reader.get(file, "format_version", "format_version", T::number_integer))->get<int>();
  if (version != kFormatVersion) {
    return Error::unsupported("pool format version " + std::to_string(version) + " is not known to this candor",
                              Location{path, 0, 0, "format_version"});
  }
  PoolFile pool;
  pool.framework_key = CANDOR_TRY(reader.get(file, "framework", "framework", T::string))->get<std::string>();
  if (pool.framework_key.find(':') == std::string::npos) {
    return reader.error("framework", "must be ID:VERSION, e.g. iso20000-1:2018");
  }
  pool.processes = CANDOR_TRY(reader.ids(file, "processes"));
  pool.clauses = CANDOR_TRY(reader.ids(file, "clauses"));
  const Json* results = CANDOR_TRY(reader.get(file, "results", "results", T::array));
  pool.results.reserve(results->size());
  for (std::size_t i = 0; i < results->size(); ++i) {
    pool.results.push_back(
        CANDOR_TRY(read_result(reader, (*results)[i], "results[" + std::to_string(i) + "]", pool)));
  }
  return pool;
}

}  // namespace candor::app
