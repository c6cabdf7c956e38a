// `candor db copy`: moves workspaces between databases (SQLite and
// PostgreSQL, either way) with their journals intact. See docs/storage.md.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/context.h"
#include "store/workspace_copy.h"

namespace candor::cli {
namespace {

struct CopyOptions {
  std::string from;
  std::string to;
  std::vector<std::string> workspaces;
};

// One line per table, rewritten in place; only when a person watches.
CopyProgress terminal_progress() {
  if (!isatty(STDERR_FILENO)) return {};
  return [](std::string_view table, std::int64_t done, std::int64_t total) {
    std::cerr << "\rcopying " << table << ": " << done << " of " << total << " rows\033[K" << std::flush;
    if (done == total) std::cerr << "\n";
  };
}

Status copy(const CopyOptions& options, const std::string& global_workspace) {
  std::vector<std::string> names = options.workspaces;
  if (names.empty() && !global_workspace.empty()) names.push_back(global_workspace);
  auto source = CANDOR_TRY(open_database(options.from));
  auto target = CANDOR_TRY(open_database(options.to));
  const CopySummary summary = CANDOR_TRY(copy_workspaces(*source, *target, names, terminal_progress()));
  for (const auto& name : summary.workspaces) {
    std::cout << "copied workspace " << name << " to " << target->describe() << "\n";
  }
  std::cout << summary.rows << " rows; journals verified\n";
  for (const auto& table : summary.renumbered_tables) {
    std::cerr << "candor: note: the target already used ids of table " << table
              << "; its copied rows have new ids (the journal names the original ones)\n";
  }
  return {};
}

}  // namespace

void add_db_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("db", "Database administration");
  group->require_subcommand(1);
  auto options = std::make_shared<CopyOptions>();
  auto* copy_command = group->add_subcommand(
      "copy", "Copy workspaces with their journals, files and members to another database");
  copy_command->add_option("--from", options->from, "Source: sqlite:PATH, PATH or postgresql://...")->required();
  copy_command->add_option("--to", options->to, "Target: sqlite:PATH, PATH or postgresql://...")->required();
  copy_command->add_option("--workspace", options->workspaces, "Workspace to copy (repeatable; default: all)");
  copy_command->callback([&context, options] { context.run([&] { return copy(*options, context.options.workspace); }); });
}

}  // namespace candor::cli
