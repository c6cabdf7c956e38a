// Runs the real `candor` binary, as a user would, and captures what it prints.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace candor::testing {

struct Run {
  int exit_code = -1;
  std::string out;  // stdout; stderr is appended after a marker when asked
};

// Runs a shell command line and captures its standard output.
inline Run run_shell(const std::string& command) {
  Run result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 65536> buffer{};
  std::size_t got = 0;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), got);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline Run run_candor(const std::string& arguments, bool with_stderr = false) {
  return run_shell(std::string(CANDOR_BINARY) + " " + arguments + (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

inline std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

}  // namespace candor::testing
