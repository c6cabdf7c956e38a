// candor report ASSESSMENT -o FILE [--format html|json|xlsx] [--capacity N]
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/results_text.h"
#include "report/html_report.h"
#include "report/report_json.h"
#include "report/xlsx_report.h"

namespace candor::cli {
namespace {

struct ReportOptions {
  Id assessment = 0;
  std::string output;
  std::string format;
  double capacity = 10;
  int target = 0;
};

Result<std::string> format_of(const ReportOptions& options) {
  std::string format = options.format;
  if (format.empty()) {
    const auto dot = options.output.find_last_of('.');
    format = dot == std::string::npos ? "html" : to_lower(options.output.substr(dot + 1));
    if (format == "htm") format = "html";
  }
  if (format != "html" && format != "json" && format != "xlsx") {
    return Error::invalid_input("the format must be html, json or xlsx, not '" + format + "'",
                                Location{"", 0, 0, "--format"});
  }
  return format;
}

Status write_report(Context& context, const ReportOptions& options) {
  const std::string format = CANDOR_TRY(format_of(options));
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  const app::AssessmentView view = CANDOR_TRY(app->view(caller, options.assessment));
  app::RoadmapRequest request;
  request.capacity_days_per_month = options.capacity;
  if (options.target > 0) request.target_level = options.target;
  const Roadmap roadmap = CANDOR_TRY(app->roadmap(caller, view, request));
  ReportInput input = report_input(view, &roadmap);
  // A peer pool and earlier assessments add their sections when they exist.
  std::optional<BenchmarkComparison> benchmark;
  if (auto compared = app->compare_with_pool(caller, options.assessment, {}); compared.ok()) {
    benchmark = std::move(compared).value();
    input.benchmark = &*benchmark;
  } else if (compared.error().code() != ErrorCode::kNotFound) {
    return compared.error();
  }
  std::optional<Trend> trend;
  if (view.record.assessment.previous) {
    trend = CANDOR_TRY(app->trend(caller, view.record.assessment.subject));
    input.trend = &*trend;
  }
  if (format == "xlsx") {
    CANDOR_TRY(write_xlsx_report(input, options.output));
  } else {
    const std::string text = format == "json" ? report_json(input).dump(2) + "\n" : html_report(input);
    CANDOR_TRY(write_file_atomic(options.output, text));
  }
  std::cout << options.output << "\n";
  return {};
}

}  // namespace

void add_report_commands(CLI::App& app, Context& context) {
  auto options = std::make_shared<ReportOptions>();
  auto* report = app.add_subcommand("report", "Write the assessment report: self-contained HTML, JSON or XLSX");
  report->add_option("ASSESSMENT", options->assessment, "Assessment id")->required();
  report->add_option("-o,--output", options->output, "Output file")->required();
  report->add_option("--format", options->format, "html | json | xlsx (default: from the file name)");
  report->add_option("--capacity", options->capacity, "Person-days a month for the roadmap")->capture_default_str();
  report->add_option("--target", options->target, "Target capability level (default: the assessment's)");
  report->callback([&context, options] { context.run([&] { return write_report(context, *options); }); });
}

}  // namespace candor::cli
