// candor assess reassess A; candor trend SUBJECT — the same subject over time.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "report/benchmark_json.h"

namespace candor::cli {
namespace {

struct ReassessOptions {
  Id earlier = 0;
  std::string date;
};

// The earlier assessment's evidenced results: what the reassessment has to
// confirm again with new evidence.
void print_previous(const app::AssessmentView& earlier, std::ostream& out) {
  out << "Previously (assessment " << earlier.record.assessment.id << ", "
      << earlier.record.assessment.assessed_on.to_string() << "); nothing is carried over:\n";
  for (const auto& process : earlier.results.processes) {
    out << "  " << process.node_id << " " << process.title << ": "
        << (process.evidenced_level ? "level " + std::to_string(*process.evidenced_level) : "not assessed") << "\n";
  }
  for (const auto& requirement : earlier.results.conformity) {
    if (requirement.evidenced.empty() || requirement.rolled_up) continue;
    out << "  " << requirement.node_id << " " << requirement.title << ": " << requirement.evidenced << "\n";
  }
}

Status reassess(Context& context, const ReassessOptions& options) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  std::optional<Date> date;
  if (!options.date.empty()) {
    auto parsed = Date::parse(options.date);
    if (!parsed.ok()) return Error::invalid_input(parsed.error().message(), Location{"", 0, 0, "--date"});
    date = *parsed;
  }
  const Id id = CANDOR_TRY(app->reassess(caller, options.earlier, date));
  std::cout << id << "\n";
  print_previous(CANDOR_TRY(app->view(caller, options.earlier)), std::cout);
  return {};
}

std::string cell(const TrendPoint& point) {
  if (!point.evidenced_level) return "n/a";
  std::string out = std::to_string(*point.evidenced_level);
  if (point.promise_gap && *point.promise_gap != 0) {
    out += " (gap " + std::string(*point.promise_gap > 0 ? "+" : "") + std::to_string(*point.promise_gap) + ")";
  }
  return out;
}

void print_trend(const Trend& trend, std::ostream& out) {
  out << "Trend of " << trend.subject << ": evidenced capability level (promise gap = claimed - evidenced)\n\n";
  out << std::left << std::setw(40) << "Process";
  for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
    out << std::setw(14) << ("#" + std::to_string(trend.assessments[i]) + " " + trend.dates[i].month_string());
  }
  out << "change\n";
  for (const auto& process : trend.processes) {
    out << std::setw(40) << (process.node_id + " " + process.title).substr(0, 39);
    for (const auto& point : process.points) out << std::setw(14) << cell(point);
    out << (process.change ? (*process.change > 0 ? "+" : "") + std::to_string(*process.change) : "n/a") << "\n";
  }
  if (trend.actions.empty()) return;
  out << "\nEarlier roadmap actions, checked against the next assessment:\n";
  for (const auto& action : trend.actions) {
    out << "  #" << action.planned_in << " " << action.action_id << " " << action.title << ": "
        << to_string(action.outcome) << " in #" << action.checked_in << " (" << action.finding << ")\n";
  }
}

}  // namespace

void add_trend_commands(CLI::App& app, Context& context) {
  if (CLI::App* assess = app.get_subcommand("assess")) {
    auto options = std::make_shared<ReassessOptions>();
    auto* command = assess->add_subcommand("reassess", "Start a reassessment of an earlier assessment; prints its id");
    command->add_option("ASSESSMENT", options->earlier, "The earlier assessment's id")->required();
    command->add_option("--date", options->date, "Reassessment date (YYYY-MM-DD, default today)");
    command->callback([&context, options] { context.run([&] { return reassess(context, *options); }); });
  }

  struct TrendOptions {
    std::string subject;
    bool json = false;
  };
  auto options = std::make_shared<TrendOptions>();
  auto* command = app.add_subcommand("trend", "A subject's levels, promise gaps and roadmap outcomes over time");
  command->add_option("SUBJECT", options->subject, "The subject's name, or one of its assessment ids")->required();
  command->add_flag("--json", options->json, "Print JSON");
  command->callback([&context, options] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const Trend trend = CANDOR_TRY(app->trend(caller, options->subject));
      if (options->json) {
        print_json(trend_json(trend).dump(2));
      } else {
        print_trend(trend, std::cout);
      }
      return {};
    });
  });
}

}  // namespace candor::cli
