// Use cases of peer benchmarking: export an anonymised pool, import one,
// compare an assessment with it (docs/benchmark.md).
#include <sodium.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "app/application.h"
#include "app/pool_file.h"
#include "base/files.h"
#include "base/sha256.h"
#include "base/text.h"
#include "store/peer_store.h"

namespace candor::app {
namespace {

constexpr std::uint64_t kMaxPoolBytes = std::uint64_t(1) << 30;

std::string random_salt() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return to_hex(bytes, sizeof bytes);
}

Error located(const std::string& path, const std::string& field, std::string message) {
  return Error::invalid_input(std::move(message), Location{path, 0, 0, field});
}

// What a pool's items may be: the processes and clauses of its framework, or
// when candor knows the framework only as a mapping target, the ids other
// frameworks map to.
struct PoolVocabulary {
  std::set<std::string> processes;
  std::set<std::string> clauses;
  int max_level = 5;
};

Result<PeerResult> anonymise(const AssessmentView& view, const std::string& salt) {
  const Assessment& a = view.record.assessment;
  const std::string field = "assessment " + std::to_string(a.id);
  PeerResult r;
  // The token is one-way: the salt never leaves the workspace.
  r.token = sha256_hex(salt + ":" + std::to_string(a.id));
  r.framework_key = view.framework->key();
  auto sector = normalise_sector(a.sector);
  if (!sector.ok()) return Error::invalid_input(sector.error().message(), Location{"", 0, 0, field + ".sector"});
  r.sector = *sector;
  r.size_band = size_band(a.size);
  r.year = a.assessed_on.year();
  r.confidence_percent = static_cast<int>(std::floor(view.results.overall.score * 100));
  for (const auto& process : view.results.processes) {
    if (process.evidenced_level) r.levels[process.node_id] = *process.evidenced_level;  // never the claim
  }
  for (const auto& clause : view.results.clauses) {
    if (const auto percent = conformity_percent(clause)) r.conformity_percent[clause.node_id] = *percent;
  }
  if (r.levels.empty() && r.conformity_percent.empty()) {
    return Error::invalid_input("has no evidenced results to share yet", Location{"", 0, 0, field});
  }
  return r;
}

Status check_result(const PeerResult& r, const std::string& path, const std::string& field,
                    const PoolVocabulary& vocabulary) {
  const auto sector = normalise_sector(r.sector);
  if (!sector.ok() || *sector != r.sector) return located(path, field + ".sector", "is not a normalised sector name");
  if (!is_size_band(r.size_band)) {
    return located(path, field + ".size_band", "is not a size band (" + join(size_bands(), ", ") + ")");
  }
  if (r.year < 1990 || r.year > 2100) return located(path, field + ".year", "must lie between 1990 and 2100");
  if (r.confidence_percent < 0 || r.confidence_percent > 100) {
    return located(path, field + ".confidence_percent", "must lie between 0 and 100");
  }
  for (const auto& [id, level] : r.levels) {
    if (level < 0 || level > vocabulary.max_level) {
      return located(path, field + ".levels", "gives " + id + " level " + std::to_string(level) +
                                                  "; levels lie between 0 and " + std::to_string(vocabulary.max_level));
    }
  }
  for (const auto& [id, percent] : r.conformity_percent) {
    if (percent < 0 || percent > 100) {
      return located(path, field + ".conformity_percent", "gives " + id + " " + std::to_string(percent) + " %");
    }
  }
  return {};
}

Status check_ids(const std::vector<std::string>& ids, const std::set<std::string>& known, const std::string& path,
                 const std::string& field, const std::string& what) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!known.contains(ids[i])) {
      return located(path, field + "[" + std::to_string(i) + "]", "'" + ids[i] + "' is not " + what);
    }
  }
  return {};
}

}  // namespace

Result<std::string> Application::export_pool(const Caller& caller, const std::vector<Id>& assessments) {
  CANDOR_TRY(authorize(caller, Permission::kSharePeerResults));
  if (assessments.empty()) return Error::invalid_input("name at least one assessment to export");
  std::vector<AssessmentView> views;
  for (const Id id : assessments) views.push_back(CANDOR_TRY(view(caller, id)));
  PoolFile pool;
  pool.framework_key = views.front().framework->key();
  for (const Node* process : views.front().framework->processes()) pool.processes.push_back(process->id);
  for (const auto& clause : views.front().results.clauses) pool.clauses.push_back(clause.node_id);
  std::string text;
  CANDOR_TRY(db().transaction([&]() -> Status {
    const std::string salt = CANDOR_TRY(export_salt(db(), caller.workspace_id, random_salt()));
    std::set<std::string> tokens;
    for (const auto& view : views) {
      if (view.framework->key() != pool.framework_key) {
        return Error::invalid_input("is for " + view.framework->key() + "; a pool holds one framework version (" +
                                        pool.framework_key + ")",
                                    Location{"", 0, 0, "assessment " + std::to_string(view.record.assessment.id)});
      }
      PeerResult result = CANDOR_TRY(anonymise(view, salt));
      if (tokens.insert(result.token).second) pool.results.push_back(std::move(result));
    }
    text = pool_to_json(pool);
    std::string ids;
    for (const Id id : assessments) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    return journal(caller, {"pool.export", "assessment", ids, "",
                            nlohmann::json{{"framework", pool.framework_key},
                                           {"results", pool.results.size()},
                                           {"sha256", sha256_hex(text)}}
                                .dump()});
  }));
  return text;
}

Result<PoolImport> Application::import_pool(const Caller& caller, const std::string& path) {
  CANDOR_TRY(authorize(caller, Permission::kImportPeerPool));
  const std::string text = CANDOR_TRY(read_file(path, kMaxPoolBytes));
  const PoolFile pool = CANDOR_TRY(parse_pool(text, path));

  PoolVocabulary vocabulary;
  bool known = false;
  if (pool.framework_key.find('/') == std::string::npos) {
    if (auto framework = find_framework(&caller, pool.framework_key); framework.ok() &&
                                                                      (*framework)->key() == pool.framework_key) {
      known = true;
      for (const Node* node : (*framework)->processes()) vocabulary.processes.insert(node->id);
      for (const Node* node : (*framework)->roots()) vocabulary.clauses.insert(node->id);
      const auto& sets = (*framework)->attribute_sets;
      vocabulary.max_level = sets.empty() ? 0 : sets.front().max_level();
    }
  }
  if (!known) {
    // A pool for a version candor has no file for: its items are what the
    // known frameworks map to.
    for (const auto& info : list_frameworks(&caller)) {
      auto framework = find_framework(&caller, info.key);
      if (!framework.ok()) continue;
      for (const auto& node : (*framework)->nodes) {
        const auto it = node.mappings.find(pool.framework_key);
        if (it == node.mappings.end()) continue;
        known = true;
        vocabulary.processes.insert(it->second.begin(), it->second.end());
      }
    }
    vocabulary.clauses = vocabulary.processes;
  }
  if (!known) {
    return located(path, "framework",
                   "names " + pool.framework_key +
                       ", which is neither a known framework nor a mapping target of one: "
                       "add the framework with `candor framework add` first");
  }
  CANDOR_TRY(check_ids(pool.processes, vocabulary.processes, path, "processes",
                       "a process of " + pool.framework_key));
  CANDOR_TRY(check_ids(pool.clauses, vocabulary.clauses, path, "clauses", "a clause of " + pool.framework_key));
  for (std::size_t i = 0; i < pool.results.size(); ++i) {
    CANDOR_TRY(check_result(pool.results[i], path, "results[" + std::to_string(i) + "]", vocabulary));
  }

  PoolImport summary;
  summary.framework_key = pool.framework_key;
  summary.pool_sha256 = sha256_hex(text);
  summary.results = static_cast<int>(pool.results.size());
  const std::string now = utc_timestamp_now();
  CANDOR_TRY(db().transaction([&]() -> Status {
    for (const auto& result : pool.results) {
      switch (CANDOR_TRY(put_peer_result(db(), caller.workspace_id, peer_result_hash(result), result, now))) {
        case PeerPut::kAdded: ++summary.added; break;
        case PeerPut::kReplaced: ++summary.replaced; break;
        case PeerPut::kUnchanged: ++summary.unchanged; break;
      }
    }
    return journal(caller, {"pool.import", "peer_pool", pool.framework_key, "",
                            nlohmann::json{{"sha256", summary.pool_sha256},
                                           {"results", summary.results},
                                           {"added", summary.added},
                                           {"replaced", summary.replaced},
                                           {"unchanged", summary.unchanged}}
                                .dump()});
  }));
  return summary;
}

Result<BenchmarkComparison> Application::compare_with_pool(const Caller& caller, Id assessment,
                                                           const BenchmarkInput& input) {
  const AssessmentView subject = CANDOR_TRY(view(caller, assessment));
  BenchmarkRequest request;
  request.minimum_peers = input.minimum_peers;
  if (!input.sector.empty()) {
    auto sector = normalise_sector(input.sector);
    if (!sector.ok()) return Error::invalid_input(sector.error().message(), Location{"", 0, 0, "--sector"});
    request.filter.sector = *sector;
  }
  if (!input.size_band.empty() && !is_size_band(input.size_band)) {
    return Error::invalid_input("is not a size band (" + join(size_bands(), ", ") + ")",
                                Location{"", 0, 0, "--size-band"});
  }
  request.filter.size_band = input.size_band;

  const Framework& framework = *subject.framework;
  request.pool_framework_key = input.pool_framework;
  if (request.pool_framework_key.empty()) {
    // The assessment's own version first, then a version it maps to.
    const auto pools = CANDOR_TRY(list_pools(db(), caller.workspace_id));
    for (const auto& pool : pools) {
      if (pool.framework_key == framework.key()) request.pool_framework_key = pool.framework_key;
    }
    for (const auto& pool : pools) {
      for (const auto& target : framework.mapping_targets) {
        if (request.pool_framework_key.empty() && target.id == pool.framework_key) {
          request.pool_framework_key = pool.framework_key;
        }
      }
    }
    if (request.pool_framework_key.empty()) {
      return Error::not_found("workspace '" + caller.workspace + "' holds no peer pool for " + framework.key() +
                              " or a version it maps to: import one with `candor bench import POOL.json`");
    }
  }
  PeerColumns columns =
      CANDOR_TRY(load_peer_columns(db(), caller.workspace_id, request.pool_framework_key, request.filter));
  return compare_with_peers(framework, subject.results, columns, request);
}

}  // namespace candor::app
