// The `candor` command: parse the arguments, wire the command groups, run.
#include <CLI/CLI.hpp>

#include "base/version.h"
#include "cli/commands.h"
#include "cli/context.h"

int main(int argc, char** argv) {
  candor::cli::Context context;
  CLI::App app{"candor — evidence-based assessment for IT service management"};
  app.set_version_flag("--version", candor::version());
  app.require_subcommand(1);
  app.add_option("--db", context.options.db, "Database: a SQLite file (PATH or sqlite:PATH) or postgresql://...")->capture_default_str();
  app.add_option("--workspace,-w", context.options.workspace, "Workspace (client) to work in");
  app.add_option("--as", context.options.actor, "Who is acting (default: $CANDOR_ACTOR or $USER)");

  candor::cli::add_workspace_commands(app, context);
  candor::cli::add_framework_commands(app, context);
  candor::cli::add_assess_commands(app, context);
  candor::cli::add_record_commands(app, context);
  candor::cli::add_results_commands(app, context);
  candor::cli::add_journal_commands(app, context);
  candor::cli::add_import_commands(app, context);
  candor::cli::add_report_commands(app, context);
  candor::cli::add_bench_commands(app, context);
  candor::cli::add_trend_commands(app, context);
  // command groups are added here
  candor::cli::add_ops_commands(app, context);
  candor::cli::add_scheme_commands(app, context);
  candor::cli::add_credential_commands(app, context);
  candor::cli::add_qualification_commands(app, context);
  candor::cli::add_db_commands(app, context);
  candor::cli::add_server_commands(app, context);
  candor::cli::add_user_commands(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Usage errors exit with 2 like every other refused input.
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return context.exit_code;
}
