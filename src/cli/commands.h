// Each command group registers its subcommands on the root app. One file per
// group: framework_commands.cc, assess_commands.cc, ops_commands.cc, ...
#pragma once

#include <string>

#include "base/result.h"

namespace candor::app {
class Application;
struct Caller;
}  // namespace candor::app

namespace CLI {
class App;
}

namespace candor::cli {

class Context;

void add_framework_commands(CLI::App& app, Context& context);
void add_workspace_commands(CLI::App& app, Context& context);
void add_assess_commands(CLI::App& app, Context& context);
void add_record_commands(CLI::App& app, Context& context);
void add_results_commands(CLI::App& app, Context& context);
void add_journal_commands(CLI::App& app, Context& context);
void add_import_commands(CLI::App& app, Context& context);
void add_report_commands(CLI::App& app, Context& context);
void add_scheme_commands(CLI::App& app, Context& context);
void add_credential_commands(CLI::App& app, Context& context);
void add_qualification_commands(CLI::App& app, Context& context);
void add_competence_commands(CLI::App& app, Context& context);
void add_bench_commands(CLI::App& app, Context& context);
// Adds `trend` and `assess reassess`: call after add_assess_commands.
void add_trend_commands(CLI::App& app, Context& context);
void add_ops_commands(CLI::App& app, Context& context);
void add_db_commands(CLI::App& app, Context& context);
void add_server_commands(CLI::App& app, Context& context);
void add_user_commands(CLI::App& app, Context& context);

// The demo workspace's qualification cohort (demo_cohort.cc), added by `candor demo`.
Status add_demo_cohort(app::Application& application, const app::Caller& admin, const std::string& application_file);

}  // namespace candor::cli
