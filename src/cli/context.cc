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

Result<app::Application*> Context::application() {
  if (!application_) application_ = CANDOR_TRY(app::Application::open(options.db));
  return application_.get();
}

Result<app::Caller> Context::caller() {
  app::Application* app = CANDOR_TRY(application());
  return app->local_caller(options.workspace, actor_name());
}

void print_json(const std::string& json_text) { std::cout << json_text << "\n"; }

}  // namespace candor::cli
