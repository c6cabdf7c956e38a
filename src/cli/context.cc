#include "cli/context.h"

#include <cstdlib>
#include <iostream>

namespace candor::cli {

void Context::run(const std::function<Status()>& body) {
  Status status = [&]() -> Status {
    try {
      return body();
    } catch (const std::exception& e) {
      return Error::internal(std::string("unexpected failure: ") + e.what());
    }
  }();
  if (!status.ok()) {
    for (const auto& problem : status.error().problems()) {
      std::cerr << "candor: " << problem.to_string() << "\n";
    }
    exit_code = status.error().exit_code();
  }
}

std::string Context::actor_name() const {
  if (!options.actor.empty()) return options.actor;
  if (const char* env = std::getenv("CANDOR_ACTOR"); env && *env) return env;
  if (const char* user = std::getenv("USER"); user && *user) return user;
  return "cli";
}

}  // namespace candor::cli
