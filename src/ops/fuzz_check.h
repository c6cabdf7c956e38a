// Shared by the libFuzzer targets (*_fuzz.cc, built with -DCANDOR_FUZZ=ON):
// reads bytes with a profile twice — whole on one thread, and split into
// pieces as small as one byte on three — and aborts when the two disagree.
// Crashes and sanitizer reports are found by libFuzzer itself.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ops/input_buffer.h"
#include "ops/kpis.h"
#include "ops/log_reader.h"
#include "ops/mapping.h"

namespace candor::ops::fuzz {

struct Outcome {
  bool ok = false;
  std::uint64_t events = 0, bad_rows = 0, cases = 0, resolved = 0;
  bool operator==(const Outcome&) const = default;
};

inline Outcome read_with(const InputBuffer& input, const Mapping& mapping, unsigned threads, std::size_t piece) {
  ReadOptions options;
  options.threads = threads;
  options.min_piece_bytes = piece;
  auto log = read_log(input, mapping, options);
  if (!log.ok()) return {};
  const auto kpis = compute_kpis(*log);
  return Outcome{true, kpis.events, kpis.bad_rows, kpis.cases, kpis.resolved};
}

// Reads the bytes with the profile; aborts when the split changed the result.
inline void check_profile(std::string_view bytes, const char* profile) {
  const auto input = InputBuffer::from_bytes(bytes);
  const auto mapping = builtin_profile(profile).value();
  const Outcome whole = read_with(*input, mapping, 1, 1 << 20);
  const Outcome split = read_with(*input, mapping, 3, 1);
  if (!(whole == split)) std::abort();
}

}  // namespace candor::ops::fuzz
