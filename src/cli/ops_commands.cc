// candor ops kpi | map | attach | gen — operational evidence from ticket logs.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/ops_evidence.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "ops/analysis.h"
#include "ops/generator.h"
#include "ops/kpi_json.h"
#include "ops/process_map.h"
#include "base/files.h"

namespace candor::cli {
namespace {

struct KpiOptions {
  ops::AnalysisRequest request;
  bool json = false;
};

void add_input_options(CLI::App* command, ops::AnalysisRequest& request) {
  command->add_option("FILE", request.file, "Ticket log: CSV, JSON Lines or XES (optionally .gz)")->required();
  command->add_option("--profile", request.profile, "servicenow (default; generic for XES), generic or jira");
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

struct AttachOptions {
  ops::AnalysisRequest request;
  Id assessment = 0;
};

Status attach(Context& context, AttachOptions& options) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  options.request.read.progress = isatty(2);
  const auto attached = CANDOR_TRY(app::attach_log_measurement(*app, caller, options.assessment, options.request));
  std::cout << attached.evidence << "\n";
  return {};
}

struct MapOptions {
  ops::AnalysisRequest request;
  std::string output;
};

Status draw_map(MapOptions& options) {
  options.request.read.progress = isatty(2);
  const ops::ProcessMap map = CANDOR_TRY(ops::build_process_map(options.request));
  const std::string name = options.request.file.substr(options.request.file.find_last_of('/') + 1);
  CANDOR_TRY(write_file_atomic(options.output, ops::process_map_svg(map, name)));
  std::cout << options.output << "\n";
  return {};
}

struct GenerateOptions {
  ops::GeneratorOptions generator;
  std::string output;
};

Status generate(const GenerateOptions& options) {
  const auto totals = CANDOR_TRY(ops::generate_log(options.generator, options.output));
  std::cerr << "candor: wrote " << totals.events << " events of " << totals.cases << " incidents (" << (totals.bytes >> 20)
            << " MB) to " << options.output << "\n";
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

  auto attach_options = std::make_shared<AttachOptions>();
  auto* attach_command = ops->add_subcommand("attach", "Record a ticket log's KPIs and checks as measurement evidence");
  add_input_options(attach_command, attach_options->request);
  attach_command->add_option("--assessment", attach_options->assessment, "Assessment id")->required();
  attach_command->callback([&context, attach_options] { context.run([&] { return attach(context, *attach_options); }); });

  auto map = std::make_shared<MapOptions>();
  auto* map_command = ops->add_subcommand("map", "Draw the directly-follows graph of states as SVG");
  add_input_options(map_command, map->request);
  map_command->add_option("-o,--output", map->output, "Output SVG file")->required();
  map_command->callback([&context, map] { context.run([&] { return draw_map(*map); }); });

  auto gen = std::make_shared<GenerateOptions>();
  auto* gen_command = ops->add_subcommand("gen", "Write a synthetic ServiceNow-style incident audit log (CSV)");
  gen_command->add_option("--events", gen->generator.events, "Rows to write")->capture_default_str();
  gen_command->add_option("--seed", gen->generator.seed, "Random seed (same seed, same file)")->capture_default_str();
  gen_command->add_option("-o,--output", gen->output, "Output CSV file")->required();
  gen_command->callback([&context, gen] { context.run([&] { return generate(*gen); }); });
}

}  // namespace candor::cli
