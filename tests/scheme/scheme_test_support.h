// Shared by the scheme tests: the shipped Master scheme, and running the
// candor binary.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

#include "base/date.h"
#include "scheme/scheme_loader.h"

namespace candor {
// Dates print as YYYY-MM-DD in test failures.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.to_string(); }
}  // namespace candor

namespace candor::scheme::testing {

inline const Scheme& master_scheme() {
  static const Scheme scheme = [] {
    auto loaded = load_scheme(std::string(CANDOR_SOURCE_DIR) + "/schemes/master-itsm-iso20000.yaml");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.error().to_string();
      return Scheme{};
    }
    return std::move(loaded).value();
  }();
  return scheme;
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

inline CommandResult run_candor(const std::string& arguments) {
  const std::string command = std::string(CANDOR_BINARY) + " " + arguments + " 2>&1";
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace candor::scheme::testing
