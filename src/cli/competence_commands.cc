// `candor cpd check` and `candor training report`: a professional's CPD log
// against a scheme's CPD rule with an audit sample, and training outcomes on
// all four evaluation levels. Parse, call scheme/, print. (A person's
// know-how profile is an assessment against sm-professional-knowhow: see
// `candor assess new`, docs/schemes.md.)
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <set>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "framework/framework_library.h"
#include "framework/framework_loader.h"
#include "scheme/cpd.h"
#include "scheme/scheme_loader.h"
#include "scheme/training_evaluation.h"

namespace candor::cli {
namespace {

using namespace candor::scheme;

struct CpdOptions {
  std::string file, scheme, areas_framework = "sm-professional-knowhow", seed = "audit";
  int through = 0;
  double audit = -1;
  bool json = false;
};

Result<std::set<std::string>> area_ids(const std::string& reference) {
  std::set<std::string> out;
  if (reference.empty()) return out;
  const FrameworkFile file = CANDOR_TRY(FrameworkLibrary::standard().find(reference));
  const Framework framework = CANDOR_TRY(load_framework(file.text, file.path));
  for (const auto& node : framework.nodes) out.insert(node.id);
  return out;
}

Status run_cpd(const CpdOptions& options, Context& context) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  if (!scheme.cpd.enabled()) return Error::invalid_input("scheme '" + scheme.id + "' has no CPD rule");
  const std::string text = CANDOR_TRY(read_file(options.file, 16 << 20));
  const CpdLog log = CANDOR_TRY(parse_cpd_log(text, options.file, scheme.cpd, CANDOR_TRY(area_ids(options.areas_framework))));
  const int through = options.through > 0 ? options.through : Date::today().year();
  const double percent = options.audit >= 0 ? options.audit : scheme.cpd.audit_sample_percent;
  const CpdReport report = summarise_cpd(log, scheme.cpd, through, percent, options.seed);
  std::cout << (options.json ? to_json(report) + "\n" : describe(report, scheme.cpd));
  if (!report.compliant) context.exit_code = 1;
  return ok_status();
}

struct TrainingOptions {
  std::string file;
  bool json = false;
};

Status run_training(const TrainingOptions& options) {
  const std::string text = CANDOR_TRY(read_file(options.file, 16 << 20));
  const auto courses = CANDOR_TRY(parse_training_outcomes(text, options.file));
  const TrainingReport report = evaluate_training(courses);
  std::cout << (options.json ? to_json(report) + "\n" : describe(report));
  return ok_status();
}

}  // namespace

void add_competence_commands(CLI::App& app, Context& context) {
  CLI::App* cpd = app.add_subcommand("cpd", "Continuing professional development");
  cpd->require_subcommand(1);
  auto c = std::make_shared<CpdOptions>();
  CLI::App* check = cpd->add_subcommand("check", "Yearly CPD totals against a scheme's rule, with an audit sample");
  check->add_option("file", c->file, "CPD log YAML")->required();
  check->add_option("--scheme", c->scheme, "Scheme id or file (its cpd rule)")->required();
  check->add_option("--through", c->through, "Last year to report (default: this year)");
  check->add_option("--audit", c->audit, "Audit sample percentage (default: the scheme's)");
  check->add_option("--seed", c->seed, "Audit sample seed (publish it so the sample can be redrawn)");
  check->add_option("--areas", c->areas_framework, "Framework whose ids the areas must be ('' to skip)");
  check->add_flag("--json", c->json, "Print JSON");
  check->callback([c, &context] { context.run([&] { return run_cpd(*c, context); }); });

  CLI::App* training = app.add_subcommand("training", "Training outcome evaluation");
  training->require_subcommand(1);
  auto t = std::make_shared<TrainingOptions>();
  CLI::App* report = training->add_subcommand("report", "Reaction, learning, behaviour and results per course and provider");
  report->add_option("file", t->file, "Training outcomes YAML")->required();
  report->add_flag("--json", t->json, "Print JSON");
  report->callback([t, &context] { context.run([&] { return run_training(*t); }); });
}

}  // namespace candor::cli
