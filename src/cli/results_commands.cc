// candor results | roadmap | disagreements — derived results, printed.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "base/text.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/results_text.h"

namespace candor::cli {

void add_results_commands(CLI::App& app, Context& context) {
  struct ResultsOptions {
    Id assessment = 0;
    bool json = false;
  };
  auto results = std::make_shared<ResultsOptions>();
  auto* results_command = app.add_subcommand("results", "Capability, conformity, readiness, confidence, promise gap");
  results_command->add_option("ASSESSMENT", results->assessment, "Assessment id")->required();
  results_command->add_flag("--json", results->json, "Print JSON");
  results_command->callback([&context, results] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const app::AssessmentView view = CANDOR_TRY(app->view(caller, results->assessment));
      if (results->json) return print_results_json(view);
      print_results_text(view, std::cout);
      return {};
    });
  });

  struct RoadmapOptions {
    Id assessment = 0;
    double capacity = 0;
    int target = 0;
    std::string start;
    bool json = false;
  };
  auto roadmap = std::make_shared<RoadmapOptions>();
  auto* roadmap_command = app.add_subcommand("roadmap", "Improvement actions scheduled against real capacity");
  roadmap_command->add_option("ASSESSMENT", roadmap->assessment, "Assessment id")->required();
  roadmap_command->add_option("--capacity", roadmap->capacity, "Person-days a month the organisation can give")->required();
  roadmap_command->add_option("--target", roadmap->target, "Target capability level (default: the assessment's)");
  roadmap_command->add_option("--start", roadmap->start, "Start date (default: the assessment date)");
  roadmap_command->add_flag("--json", roadmap->json, "Print JSON");
  roadmap_command->callback([&context, roadmap] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const app::AssessmentView view = CANDOR_TRY(app->view(caller, roadmap->assessment));
      app::RoadmapRequest request;
      request.capacity_days_per_month = roadmap->capacity;
      if (roadmap->target > 0) request.target_level = roadmap->target;
      if (!roadmap->start.empty()) {
        auto start = Date::parse(roadmap->start);
        if (!start.ok()) return Error::invalid_input(start.error().message(), Location{"", 0, 0, "--start"});
        request.start = *start;
      }
      const Roadmap plan = CANDOR_TRY(app->roadmap(caller, view, request));
      if (roadmap->json) return print_roadmap_json(plan);
      print_roadmap_text(plan, std::cout);
      return {};
    });
  });

  auto disagreements = std::make_shared<Id>(0);
  auto* disagreements_command = app.add_subcommand("disagreements", "Items the assessors rate differently");
  disagreements_command->add_option("ASSESSMENT", *disagreements, "Assessment id")->required();
  disagreements_command->callback([&context, disagreements] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const app::AssessmentView view = CANDOR_TRY(app->view(caller, *disagreements));
      print_disagreements_text(view, std::cout);
      return {};
    });
  });
}

void add_journal_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("journal", "The tamper-evident record of every change");
  group->require_subcommand(1);
  group->add_subcommand("verify", "Check the hash chain; names any edited, deleted or reordered entry")
      ->callback([&context] {
        context.run([&]() -> Status {
          app::Application* app = CANDOR_TRY(context.application());
          const app::Caller caller = CANDOR_TRY(context.caller());
          const JournalCheck check = CANDOR_TRY(app->verify_journal(caller));
          if (!check.intact()) {
            std::vector<Error> problems;
            for (const auto& problem : check.problems) problems.push_back(Error::integrity(problem));
            return Error::many(std::move(problems)).with_context("journal of workspace " + caller.workspace);
          }
          std::cout << "journal intact: " << check.entries << " entries, head " << check.head << "\n";
          return {};
        });
      });
  group->add_subcommand("list", "Print the journal")->callback([&context] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      for (const auto& entry : CANDOR_TRY(app->journal(caller))) {
        std::cout << entry.seq << "\t" << entry.at << "\t" << entry.actor << "\t" << entry.action << "\t"
                  << entry.entity << " " << entry.entity_id << "\n";
      }
      return {};
    });
  });
}

}  // namespace candor::cli
