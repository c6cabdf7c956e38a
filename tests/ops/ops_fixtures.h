// Helpers for the ops tests: analyse CSV text held in memory, find a check.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ops/input_buffer.h"
#include "ops/kpis.h"
#include "ops/log_reader.h"
#include "ops/mapping.h"

namespace candor::ops::testing {

struct Analysed {
  std::unique_ptr<Mapping> mapping;
  std::unique_ptr<InputBuffer> input;
  LogSummary log;
  Kpis kpis;
};

// Reads text with a profile; tiny pieces make the chunker split everywhere.
inline Result<std::unique_ptr<Analysed>> analyse_text(const std::string& text, const std::string& profile = "servicenow",
                                                      unsigned threads = 2, std::size_t min_piece_bytes = 1) {
  auto out = std::make_unique<Analysed>();
  out->mapping = std::make_unique<Mapping>(CANDOR_TRY(builtin_profile(profile)));
  out->input = InputBuffer::from_bytes(text);
  ReadOptions options;
  options.threads = threads;
  options.min_piece_bytes = min_piece_bytes;
  out->log = CANDOR_TRY(read_log(*out->input, *out->mapping, options));
  out->kpis = compute_kpis(out->log);
  return out;
}

inline const PriorityKpis* find_priority(const Kpis& kpis, const std::string& name) {
  for (const auto& p : kpis.priorities) {
    if (p.priority == name) return &p;
  }
  return nullptr;
}

inline const CheckResult* find_check(const Kpis& kpis, const std::string& id) {
  for (const auto& c : kpis.checks) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace candor::ops::testing
