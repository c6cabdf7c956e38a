// Shared by the scheme tests: the shipped Master scheme, and running the
// candor binary.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "base/date.h"
#include "cli/cli_runner.h"
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

inline CommandResult run_candor_raw(const std::string& command) {
  const candor::testing::Run run = candor::testing::run_shell(command);
  return {run.exit_code, run.out};
}

inline CommandResult run_candor(const std::string& arguments) {
  return run_candor_raw(std::string(CANDOR_BINARY) + " " + arguments + " 2>&1");
}

// Runs candor with environment assignments (e.g. "CANDOR_TODAY=2025-05-20").
inline CommandResult run_candor_env(const std::string& env, const std::string& arguments) {
  return run_candor_raw(env + " " + std::string(CANDOR_BINARY) + " " + arguments + " 2>&1");
}

}  // namespace candor::scheme::testing
