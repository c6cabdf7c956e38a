// A synthetic peer pool for trials and benchmarks: deterministic for a seed
// on every platform (its own generator, no std:: distributions), shaped like
// real pools — each organisation has a latent maturity its process levels and
// clause conformity scatter around; some processes are not assessed.
#include <algorithm>
#include <cmath>

#include "app/application.h"
#include "app/pool_file.h"
#include "base/sha256.h"
#include "framework/framework_loader.h"

namespace candor::app {
namespace {

// SplitMix64: small, fast and the same everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }  // [0, 1)
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

constexpr const char* kSectors[] = {"public",   "finance", "retail",      "health",
                                    "telecom",  "energy",  "it-services", "education"};

PeerResult synthetic_result(const PoolFile& pool, int max_level, std::uint64_t seed, int index, Random& random) {
  PeerResult r;
  r.framework_key = pool.framework_key;
  r.token = sha256_hex("synthetic:" + std::to_string(seed) + ":" + std::to_string(index));
  r.sector = kSectors[random.below(std::size(kSectors))];
  r.size_band = size_bands()[random.below(size_bands().size() - 1)];  // never "unknown"
  r.year = 2021 + static_cast<int>(random.below(6));
  const double maturity = random.unit() * (max_level - 1.5);
  for (const auto& process : pool.processes) {
    if (random.unit() < 0.1) continue;  // not assessed
    const double level = std::round(maturity + (random.unit() - 0.5) * 3);
    r.levels[process] = static_cast<int>(std::clamp(level, 0.0, static_cast<double>(max_level)));
  }
  for (const auto& clause : pool.clauses) {
    const double percent = 35 + 15 * maturity + (random.unit() - 0.5) * 40;
    r.conformity_percent[clause] = static_cast<int>(std::clamp(std::floor(percent), 0.0, 100.0));
  }
  r.confidence_percent = static_cast<int>(40 + random.below(55));
  return r;
}

}  // namespace

Result<std::string> generate_pool(const FrameworkLibrary& library, const std::string& reference, int assessments,
                                  std::uint64_t seed) {
  if (assessments < 1 || assessments > 1000000) {
    return Error::invalid_input("must lie between 1 and 1 000 000", Location{"", 0, 0, "--assessments"});
  }
  const FrameworkFile file = CANDOR_TRY(library.find(reference));
  const auto framework = CANDOR_TRY(load_framework(file.text, file.path));
  PoolFile pool;
  pool.framework_key = framework.key();
  for (const Node* node : framework.processes()) pool.processes.push_back(node->id);
  for (const Node* node : framework.roots()) pool.clauses.push_back(node->id);
  const int max_level = framework.attribute_sets.empty() ? 0 : framework.attribute_sets.front().max_level();
  Random random(seed);
  pool.results.reserve(static_cast<std::size_t>(assessments));
  for (int i = 0; i < assessments; ++i) pool.results.push_back(synthetic_result(pool, max_level, seed, i, random));
  return pool_to_json(pool);
}

}  // namespace candor::app
