// candor import FILE | candor demo
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"

namespace candor::cli {
namespace {

// The demo data set ships with candor: beside an installed binary, or in the
// source tree when run from a build.
std::string demo_file() {
  const std::filesystem::path installed =
      std::filesystem::read_symlink("/proc/self/exe").parent_path() / "../share/candor/demo/northwind.yaml";
  if (std::filesystem::exists(installed)) return installed.string();
  return std::string(CANDOR_SOURCE_DIR) + "/demo/northwind.yaml";
}

void print_summary(const app::ImportSummary& summary, std::ostream& out) {
  out << "imported into assessment " << summary.assessment << ": " << summary.claims << " claims, "
      << summary.evidence << " evidence items, " << summary.judgements << " judgements\n";
}

}  // namespace

void add_import_commands(CLI::App& app, Context& context) {
  struct ImportOptions {
    std::string file;
    Id assessment = 0;
  };
  auto options = std::make_shared<ImportOptions>();
  auto* import = app.add_subcommand("import", "Import claims, evidence and judgements (YAML, CSV or XLSX); all or nothing");
  import->add_option("FILE", options->file, "The import file (docs/import.md)")->required();
  import->add_option("--assessment", options->assessment, "Import into this existing assessment");
  import->callback([&context, options] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      std::optional<Id> into;
      if (options->assessment != 0) into = options->assessment;
      const app::ImportSummary summary = CANDOR_TRY(app->import_file(caller, options->file, into));
      print_summary(summary, std::cerr);
      std::cout << summary.assessment << "\n";
      return {};
    });
  });

  auto workspace = std::make_shared<std::string>("demo");
  auto* demo = app.add_subcommand("demo", "Create the demo workspace and assessment; prints the assessment's id");
  demo->add_option("--name", *workspace, "Name of the demo workspace")->capture_default_str();
  demo->callback([&context, workspace] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const std::string file = demo_file();
      if (!std::filesystem::exists(file)) {  // before anything is created
        return Error(ErrorCode::kNotFound, "the demo data set is missing: " + file);
      }
      CANDOR_TRY(app->create_workspace(*workspace, "candor-demo"));
      const app::Caller caller = CANDOR_TRY(app->local_caller(*workspace, context.actor_name()));
      const app::ImportSummary summary = CANDOR_TRY(app->import_file(caller, file, std::nullopt));
      print_summary(summary, std::cerr);
      CANDOR_TRY(add_demo_cohort(*app, caller,
                                 (std::filesystem::path(file).parent_path() / "candidate-carla.yaml").string()));
      std::cout << summary.assessment << "\n";
      return {};
    });
  });
}

}  // namespace candor::cli
