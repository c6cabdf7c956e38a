// candor ops kpi | map | attach | gen — operational evidence from ticket logs.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/analysis.h"
#include "ops/kpi_json.h"

namespace candor::cli {
namespace {

struct KpiOptions {
  ops::AnalysisRequest request;
  bool json = false;
};

void add_input_options(CLI::App* command, ops::AnalysisRequest& request) {
  command->add_option("FILE", request.file, "Ticket log: CSV (optionally .gz)")->required();
  command->add_option("--profile", request.profile, "servicenow (default), generic or jira");
  command->add_option("--mapping", request.mapping_file, "A YAML mapping file instead of a profile");
  command->add_flag("--strict", request.strict, "Refuse the file if any row is bad");
  command->add_option("--threads", request.read.threads, "Parsing threads (default: every core)");
}

Status print_kpis(KpiOptions& options) {
  options.request.read.progress = isatty(2);
  const auto analysis = CANDOR_TRY(ops::analyse_log(options.request));
  if (options.json) {
    print_json(ops::kpis_to_json(analysis->kpis, analysis->log).dump(2));
  } else {
    std::cout << ops::kpis_to_text(analysis->kpis, analysis->log);
  }
  return {};
}

}  // namespace

void add_ops_commands(CLI::App& app, Context& context) {
  auto* ops = app.add_subcommand("ops", "Operational evidence: KPIs, checks and process maps from ticket logs");
  ops->require_subcommand(1);

  auto kpi = std::make_shared<KpiOptions>();
  auto* kpi_command = ops->add_subcommand("kpi", "Compute KPIs and conformance checks of a ticket log");
  add_input_options(kpi_command, kpi->request);
  kpi_command->add_flag("--json", kpi->json, "Print JSON");
  kpi_command->callback([&context, kpi] { context.run([&] { return print_kpis(*kpi); }); });
}

}  // namespace candor::cli
