// What every command of the `candor` CLI shares: the global options, the
// application (opened on first use) and the way results and errors reach the
// terminal. Commands stay thin: parse, call app/, print.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "app/application.h"
#include "base/result.h"

namespace candor::cli {

struct GlobalOptions {
  std::string db = "candor.db";  // --db PATH
  std::string workspace;         // --workspace NAME (default: the only one)
  std::string actor;             // --as NAME (default: $CANDOR_ACTOR or $USER)
};

class Context {
 public:
  GlobalOptions options;
  int exit_code = 0;

  // Runs a command body; an error is printed to stderr (every problem on its
  // own line, prefixed "candor: ") and becomes the process's exit code.
  void run(const std::function<Status()>& body);
  std::string actor_name() const;

  Result<app::Application*> application();
  // The local user, acting as admin of the chosen workspace.
  Result<app::Caller> caller();

 private:
  std::unique_ptr<app::Application> application_;
};

// Prints JSON text to stdout, indented.
void print_json(const std::string& json_text);

}  // namespace candor::cli
