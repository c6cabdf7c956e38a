// libFuzzer target for the CSV reader: any bytes, read with every profile,
// must be read without a crash, and the result must not depend on how the
// file is split between threads; the date parser takes any value. Build with
// -DCANDOR_FUZZ=ON (clang); run with scripts/fuzz-ops.sh.
#include "ops/fuzz_check.h"
#include "ops/values.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* profile : {"servicenow", "generic", "jira"}) candor::ops::fuzz::check_profile(bytes, profile);
  candor::ops::DateFormat format;
  for (auto order : {candor::ops::DateOrder::kIso, candor::ops::DateOrder::kDayFirst, candor::ops::DateOrder::kMonthFirst,
                     candor::ops::DateOrder::kEpochSeconds, candor::ops::DateOrder::kEpochMillis,
                     candor::ops::DateOrder::kMonthName}) {
    format.order = order;
    (void)candor::ops::parse_timestamp(bytes.substr(0, 64), format);
  }
  return 0;
}
