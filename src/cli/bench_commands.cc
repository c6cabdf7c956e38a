// candor bench export|import|compare|gen — anonymised peer pools.
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "report/benchmark_json.h"
#include "report/svg.h"

namespace candor::cli {
namespace {

// Percentiles are floored to one decimal: never rounded up.
std::string floored(double percentile) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::floor(percentile * 10) / 10);
  return buffer;
}

void print_items(const std::vector<ItemComparison>& items, const std::string& what, int minimum_peers,
                 std::ostream& out) {
  out << std::left << std::setw(46) << what << std::setw(9) << "subject" << std::setw(8) << "Q1" << std::setw(8)
      << "median" << std::setw(8) << "Q3" << "percentile\n";
  for (const auto& item : items) {
    std::string label = item.node_id + " " + item.title;
    if (item.pool_item != item.node_id) label += " (as " + item.pool_item + ")";
    out << std::setw(46) << label.substr(0, 45)
        << std::setw(9) << (item.subject ? svg::number(*item.subject) : "n/a");
    if (item.statistics.suppressed) {
      out << "fewer than " << minimum_peers << " peers: not shown\n";
      continue;
    }
    const Quartiles& q = *item.statistics.quartiles;
    out << std::setw(8) << svg::number(q.q1) << std::setw(8) << svg::number(q.median) << std::setw(8) << svg::number(q.q3)
        << (item.statistics.percentile ? floored(*item.statistics.percentile) : "not assessed") << "\n";
  }
}

void print_comparison(Id assessment, const BenchmarkComparison& c, std::ostream& out) {
  out << "Assessment " << assessment << " (" << c.framework_key << ", evidenced levels only) against "
      << c.pool_peers << " peers of the " << c.pool_framework_key << " pool";
  out << " (sector " << (c.filter.sector.empty() ? "any" : c.filter.sector) << ", size band "
      << (c.filter.size_band.empty() ? "any" : c.filter.size_band) << "); k = " << c.minimum_peers << "\n\n";
  print_items(c.processes, "Process (capability level)", c.minimum_peers, out);
  out << "\n";
  print_items(c.clauses, "Clause (% conforming)", c.minimum_peers, out);
  out << "\nOverall: ";
  if (c.overall.compared == 0) {
    out << "no process could be compared\n";
  } else {
    out << c.overall.compared << " processes compared, mean percentile " << floored(*c.overall.mean_percentile)
        << "; above the median in " << c.overall.above_median << ", at it in " << c.overall.at_median
        << ", below it in " << c.overall.below_median << "\n";
  }
  if (!c.unmapped.empty()) {
    out << "\nNot compared (no one-to-one mapping to " << c.pool_framework_key << "):\n";
    for (const auto& item : c.unmapped) out << "  " << item.node_id << " " << item.title << ": " << item.reason << "\n";
  }
}

struct ExportOptions {
  std::vector<Id> assessments;
  std::string output;
};

struct CompareOptions {
  Id assessment = 0;
  app::BenchmarkInput input;
  bool json = false;
};

struct GenerateOptions {
  int assessments = 0;
  std::uint64_t seed = 1;
  std::string framework = "iso20000-1";
  std::string output;
};

void add_export(CLI::App& group, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  auto* command = group.add_subcommand("export", "Write the evidenced results of assessments as an anonymised pool");
  command->add_option("ASSESSMENT", options->assessments, "Assessment ids")->required();
  command->add_option("-o,--output", options->output, "The pool file to write")->required();
  command->callback([&context, options] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const std::string text = CANDOR_TRY(app->export_pool(caller, options->assessments));
      CANDOR_TRY(write_file_atomic(options->output, text));
      std::cout << "exported " << options->assessments.size() << " assessment(s) to " << options->output << "\n";
      return {};
    });
  });
}

void add_import(CLI::App& group, Context& context) {
  auto path = std::make_shared<std::string>();
  auto* command = group.add_subcommand("import", "Add a peer pool to the workspace (importing twice counts once)");
  command->add_option("POOL", *path, "A pool file written by `bench export` or `bench gen`")->required();
  command->callback([&context, path] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const app::PoolImport summary = CANDOR_TRY(app->import_pool(caller, *path));
      std::cout << summary.framework_key << ": " << summary.results << " results, " << summary.added << " added, "
                << summary.replaced << " replaced, " << summary.unchanged << " already in the pool\n";
      return {};
    });
  });
}

void add_compare(CLI::App& group, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  auto* command = group.add_subcommand("compare", "Compare an assessment's evidenced results with the peer pool");
  command->add_option("ASSESSMENT", options->assessment, "Assessment id")->required();
  command->add_option("--sector", options->input.sector, "Only peers of this sector");
  command->add_option("--size-band", options->input.size_band, "Only peers of this size band, e.g. 50-249");
  command->add_option("--min-peers,-k", options->input.minimum_peers, "Suppress cells with fewer peers (default 5)");
  command->add_option("--pool", options->input.pool_framework, "The pool's framework (default: the assessment's)");
  command->add_flag("--json", options->json, "Print JSON");
  command->callback([&context, options] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const BenchmarkComparison comparison =
          CANDOR_TRY(app->compare_with_pool(caller, options->assessment, options->input));
      if (options->json) {
        print_json(benchmark_json(comparison).dump(2));
      } else {
        print_comparison(options->assessment, comparison, std::cout);
      }
      return {};
    });
  });
}

void add_generate(CLI::App& group, Context& context) {
  auto options = std::make_shared<GenerateOptions>();
  auto* command = group.add_subcommand("gen", "Write a synthetic peer pool (for trials and benchmarks)");
  command->add_option("--assessments,-n", options->assessments, "How many assessments")->required();
  command->add_option("--seed", options->seed, "Random seed (the same seed gives the same pool)");
  command->add_option("--framework", options->framework, "Framework id or id:version (default iso20000-1)");
  command->add_option("-o,--output", options->output, "The pool file to write")->required();
  command->callback([&context, options] {
    context.run([&]() -> Status {
      const std::string text = CANDOR_TRY(app::generate_pool(FrameworkLibrary::standard(), options->framework,
                                                              options->assessments, options->seed));
      CANDOR_TRY(write_file_atomic(options->output, text));
      std::cout << "wrote " << options->assessments << " synthetic results to " << options->output << "\n";
      return {};
    });
  });
}

}  // namespace

void add_bench_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("bench", "Benchmark against anonymised peer pools");
  group->require_subcommand(1);
  add_export(*group, context);
  add_import(*group, context);
  add_compare(*group, context);
  add_generate(*group, context);
}

}  // namespace candor::cli
