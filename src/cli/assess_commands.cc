// candor workspace create|list; candor assess new|list|owner|owners
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/context.h"

namespace candor::cli {
namespace {

struct NewAssessmentOptions {
  app::NewAssessment input;
  std::string date;
  int size = 0;
};

Status new_assessment(Context& context, NewAssessmentOptions& options) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  if (!options.date.empty()) {
    auto date = Date::parse(options.date);
    if (!date.ok()) return Error::invalid_input(date.error().message(), Location{"", 0, 0, "--date"});
    options.input.assessed_on = *date;
  }
  if (options.size != 0) options.input.size = options.size;
  const Id id = CANDOR_TRY(app->create_assessment(caller, options.input));
  std::cout << id << "\n";
  return {};
}

Status list_assessments(Context& context, bool json) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  const auto rows = CANDOR_TRY(app->list_assessments(caller));
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : rows) {
      const Assessment& a = row.assessment;
      out.push_back({{"id", a.id}, {"framework", a.framework_key}, {"subject", a.subject}, {"status", a.status},
                     {"sector", a.sector}, {"size", a.size ? nlohmann::json(*a.size) : nlohmann::json(nullptr)},
                     {"assessed_on", a.assessed_on.to_string()}, {"created_at", a.created_at}});
    }
    print_json(out.dump(2));
    return {};
  }
  for (const auto& row : rows) {
    const Assessment& a = row.assessment;
    std::cout << a.id << "\t" << a.framework_key << "\t" << a.subject << "\t" << a.status << "\t"
              << a.assessed_on.to_string() << "\n";
  }
  return {};
}

struct OwnerOptions {
  Id assessment = 0;
  std::string user;
  std::vector<std::string> processes;
  bool remove = false;
};

Status change_owner(Context& context, const OwnerOptions& options) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  if (options.remove) return app->remove_owner(caller, options.assessment, options.user, options.processes);
  return app->assign_owner(caller, options.assessment, options.user, options.processes);
}

Status list_owners(Context& context, Id assessment, bool json) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  const app::AssessmentView view = CANDOR_TRY(app->view(caller, assessment));
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& owner : view.record.owners) {
      out.push_back({{"process", owner.node_id}, {"user", owner.actor}, {"assigned_by", owner.assigned_by},
                     {"assigned_at", owner.assigned_at}});
    }
    print_json(out.dump(2));
    return {};
  }
  for (const auto& owner : view.record.owners) {
    const Node* node = view.framework->find(owner.node_id);
    std::cout << owner.node_id << "\t" << (node ? node->title : "") << "\t" << owner.actor << "\n";
  }
  return {};
}

}  // namespace

void add_workspace_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("workspace", "Workspaces keep clients apart");
  group->require_subcommand(1);
  auto name = std::make_shared<std::string>();
  auto* create = group->add_subcommand("create", "Create a workspace");
  create->add_option("NAME", *name, "The workspace's name, e.g. the client")->required();
  create->callback([&context, name] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const Workspace workspace = CANDOR_TRY(app->create_workspace(*name, context.actor_name()));
      std::cout << "workspace " << workspace.name << " created in " << context.options.db << "\n";
      return {};
    });
  });
  group->add_subcommand("list", "List workspaces")->callback([&context] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      for (const auto& workspace : CANDOR_TRY(app->list_workspaces())) {
        std::cout << workspace.name << "\t" << workspace.created_at << "\n";
      }
      return {};
    });
  });
}

void add_assess_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("assess", "Create and list assessments");
  group->require_subcommand(1);

  auto options = std::make_shared<NewAssessmentOptions>();
  auto* create = group->add_subcommand("new", "Start an assessment; prints its id");
  create->add_option("--framework", options->input.framework, "Framework id, id:version or file")->required();
  create->add_option("--subject", options->input.subject, "Who is assessed (organisation or unit)")->required();
  create->add_option("--sector", options->input.sector, "Sector, e.g. public, finance, retail");
  create->add_option("--size", options->size, "Staff in scope");
  create->add_option("--scope", options->input.scope, "The scope of the service management system");
  create->add_option("--date", options->date, "Assessment date (YYYY-MM-DD, default today)");
  create->add_option("--window", options->input.window_months, "Evidence window in months (default 12)");
  create->add_option("--target", options->input.target_level, "Target capability level (default 3)");
  create->callback([&context, options] { context.run([&] { return new_assessment(context, *options); }); });

  auto json = std::make_shared<bool>(false);
  auto* list = group->add_subcommand("list", "List the workspace's assessments");
  list->add_flag("--json", *json, "Print JSON");
  list->callback([&context, json] { context.run([&] { return list_assessments(context, *json); }); });

  auto owner = std::make_shared<OwnerOptions>();
  auto* assign = group->add_subcommand("owner", "Say which process owner answers for which processes");
  assign->add_option("ASSESSMENT", owner->assessment, "Assessment id")->required();
  assign->add_option("USER", owner->user, "The process owner's user name")->required();
  assign->add_option("PROCESS", owner->processes, "Process ids, e.g. 8.6.1")->required();
  assign->add_flag("--remove", owner->remove, "Take the processes away from the owner instead");
  assign->callback([&context, owner] { context.run([&] { return change_owner(context, *owner); }); });

  auto owners_of = std::make_shared<Id>(0);
  auto owners_json = std::make_shared<bool>(false);
  auto* owners = group->add_subcommand("owners", "List an assessment's process owners");
  owners->add_option("ASSESSMENT", *owners_of, "Assessment id")->required();
  owners->add_flag("--json", *owners_json, "Print JSON");
  owners->callback([&context, owners_of, owners_json] {
    context.run([&] { return list_owners(context, *owners_of, *owners_json); });
  });
}

}  // namespace candor::cli
