// libFuzzer target for the CSV reader and the profiles' row parsers: any bytes
// must be read without a crash, and the result must not depend on how the
// file is split between threads. Build with -DCANDOR_FUZZ=ON (clang); run
// with scripts/fuzz-ops.sh.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ops/input_buffer.h"
#include "ops/kpis.h"
#include "ops/log_reader.h"
#include "ops/mapping.h"
#include "ops/values.h"

namespace {

struct Outcome {
  bool ok = false;
  std::uint64_t events = 0, bad_rows = 0, cases = 0;
  bool operator==(const Outcome&) const = default;
};

Outcome read_with(const candor::ops::InputBuffer& input, const candor::ops::Mapping& mapping, unsigned threads,
                  std::size_t piece) {
  candor::ops::ReadOptions options;
  options.threads = threads;
  options.min_piece_bytes = piece;
  auto log = candor::ops::read_log(input, mapping, options);
  if (!log.ok()) return {};
  const auto kpis = candor::ops::compute_kpis(*log);
  return Outcome{true, kpis.events, kpis.bad_rows, kpis.cases};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto input = candor::ops::InputBuffer::from_bytes(bytes);
  for (const char* profile : {"servicenow", "generic", "jira"}) {
    const auto mapping = candor::ops::builtin_profile(profile).value();
    const Outcome whole = read_with(*input, mapping, 1, 1 << 20);
    const Outcome split = read_with(*input, mapping, 3, 1);
    if (!(whole == split)) std::abort();  // the split changed the result
  }
  candor::ops::DateFormat format;
  for (auto order : {candor::ops::DateOrder::kIso, candor::ops::DateOrder::kDayFirst, candor::ops::DateOrder::kEpochMillis}) {
    format.order = order;
    (void)candor::ops::parse_timestamp(bytes.substr(0, 64), format);
  }
  return 0;
}
