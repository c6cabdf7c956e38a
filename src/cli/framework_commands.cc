// candor framework list | show | validate | diff | add
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/framework_diff.h"
#include "framework/framework_loader.h"

namespace candor::cli {
namespace {

nlohmann::json node_json(const Framework& framework, const Node& node) {
  nlohmann::json out = {{"id", node.id},
                        {"title", node.title},
                        {"kind", to_string(node.kind)},
                        {"obligation", to_string(node.obligation)},
                        {"weight", node.weight},
                        {"description", node.description},
                        {"tags", node.tags},
                        {"evidence", node.typical_evidence},
                        {"mappings", node.mappings}};
  if (node.kind == NodeKind::kProcess) out["attribute_set"] = node.attribute_set;
  nlohmann::json children = nlohmann::json::array();
  for (const Node* child : framework.children_of(node)) children.push_back(node_json(framework, *child));
  if (!children.empty()) out["children"] = children;
  return out;
}

nlohmann::json framework_json(const Framework& framework) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const Node* root : framework.roots()) nodes.push_back(node_json(framework, *root));
  nlohmann::json dependencies = nlohmann::json::array();
  for (const auto& d : framework.dependencies) {
    dependencies.push_back({{"before", d.before}, {"after", d.after}, {"reason", d.reason}});
  }
  nlohmann::json views = nlohmann::json::array();
  for (const auto& view : framework.views) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& group : view.groups) {
      groups.push_back({{"id", group.id}, {"title", group.title}, {"nodes", group.nodes}});
    }
    views.push_back({{"id", view.id}, {"title", view.title}, {"groups", groups}});
  }
  return {{"key", framework.key()}, {"id", framework.id},          {"version", framework.version},
          {"title", framework.title}, {"subject", framework.subject_kind}, {"nodes", nodes},
          {"dependencies", dependencies}, {"views", views}};
}

void print_tree(const Framework& framework, const Node& node, int depth) {
  std::cout << std::string(static_cast<std::size_t>(depth) * 2, ' ') << node.id << "  " << node.title;
  if (node.kind == NodeKind::kProcess) std::cout << "  [process]";
  if (node.obligation == Obligation::kRecommended) std::cout << "  (recommended)";
  std::vector<std::string> mapped;
  for (const auto& [target, items] : node.mappings) {
    if (!items.empty()) mapped.push_back(target + ": " + items.front() + (items.size() > 1 ? ", ..." : ""));
  }
  if (!mapped.empty()) {
    std::cout << "  <- ";
    for (std::size_t i = 0; i < mapped.size(); ++i) std::cout << (i ? "; " : "") << mapped[i];
  }
  std::cout << "\n";
  for (const Node* child : framework.children_of(node)) print_tree(framework, *child, depth + 1);
}

Status show(Context& context, const std::string& reference, bool json) {
  app::Application* app = CANDOR_TRY(context.application());
  auto caller = context.caller();
  const auto framework = CANDOR_TRY(app->find_framework(caller.ok() ? &*caller : nullptr, reference));
  if (json) {
    print_json(framework_json(*framework).dump(2));
    return {};
  }
  std::cout << framework->key() << "  " << framework->title << "\n\n";
  for (const Node* root : framework->roots()) print_tree(*framework, *root, 0);
  if (!framework->dependencies.empty()) {
    std::cout << "\nDependencies (before -> after):\n";
    for (const auto& d : framework->dependencies) {
      std::cout << "  " << d.before << " -> " << d.after << "  " << d.reason << "\n";
    }
  }
  for (const auto& view : framework->views) {
    std::cout << "\nView " << view.id << ": " << view.title << "\n";
    for (const auto& group : view.groups) {
      std::cout << "  " << group.title << ":";
      for (const auto& id : group.nodes) std::cout << " " << id;
      std::cout << "\n";
    }
  }
  return {};
}

Status validate(const std::vector<std::string>& files) {
  std::vector<Error> problems;
  for (const auto& file : files) {
    auto framework = load_framework_file(file);
    if (framework.ok()) {
      std::cout << file << ": ok — " << framework->key() << ", " << framework->nodes.size() << " nodes, "
                << framework->processes().size() << " processes\n";
    } else {
      for (const auto& problem : framework.error().problems()) problems.push_back(problem.with_file(file));
    }
  }
  if (!problems.empty()) return Error::many(std::move(problems));
  return {};
}

Status diff(Context& context, const std::string& from_reference, const std::string& to_reference, bool json) {
  app::Application* app = CANDOR_TRY(context.application());
  auto caller = context.caller();
  const app::Caller* who = caller.ok() ? &*caller : nullptr;
  const auto from = CANDOR_TRY(app->find_framework(who, from_reference));
  const auto to = CANDOR_TRY(app->find_framework(who, to_reference));
  const FrameworkDiff result = diff_frameworks(*from, *to);
  if (json) {
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto& c : result.nodes) {
      nodes.push_back({{"id", c.node_id}, {"change", c.change}, {"title", c.title}, {"fields", c.fields}});
    }
    nlohmann::json mapping = nlohmann::json::array();
    for (const auto& m : result.mapping) mapping.push_back({{"from", m.old_id}, {"to", m.new_ids}});
    print_json(nlohmann::json{{"from", result.from_key}, {"to", result.to_key}, {"nodes", nodes},
                              {"dependencies_added", result.dependencies_added},
                              {"dependencies_removed", result.dependencies_removed}, {"mapping", mapping}}
                   .dump(2));
    return {};
  }
  std::cout << "from " << result.from_key << " to " << result.to_key << "\n";
  if (result.identical()) std::cout << "no differences\n";
  for (const auto& c : result.nodes) {
    std::cout << (c.change == "added" ? "+ " : c.change == "removed" ? "- " : "~ ") << c.node_id << "  "
              << c.title;
    if (!c.fields.empty()) {
      std::cout << "  (";
      for (std::size_t i = 0; i < c.fields.size(); ++i) std::cout << (i ? ", " : "") << c.fields[i];
      std::cout << ")";
    }
    std::cout << "\n";
  }
  for (const auto& d : result.dependencies_added) std::cout << "+ dependency " << d << "\n";
  for (const auto& d : result.dependencies_removed) std::cout << "- dependency " << d << "\n";
  if (!result.mapping.empty()) {
    std::cout << "\nWhere " << result.from_key << " lands in " << result.to_key << ":\n";
    for (const auto& m : result.mapping) {
      std::cout << "  " << m.old_id << " -> ";
      if (m.new_ids.empty()) std::cout << "(not mapped)";
      for (std::size_t i = 0; i < m.new_ids.size(); ++i) std::cout << (i ? ", " : "") << m.new_ids[i];
      std::cout << "\n";
    }
  }
  return {};
}

}  // namespace

void add_framework_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("framework", "Browse, validate and compare frameworks");
  group->require_subcommand(1);

  group->add_subcommand("list", "List the frameworks candor can find")->callback([&context] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      auto caller = context.caller();
      for (const auto& info : app->list_frameworks(caller.ok() ? &*caller : nullptr)) {
        std::cout << info.key << "\t" << info.title << "\t" << info.nodes << " nodes, " << info.processes
                  << " processes\t" << info.origin << "\n";
      }
      return {};
    });
  });

  struct ShowOptions {
    std::string id;
    bool json = false;
  };
  auto show_options = std::make_shared<ShowOptions>();
  auto* show_command = group->add_subcommand("show", "Show a framework's tree, dependencies and views");
  show_command->add_option("ID", show_options->id, "Framework id, id:version or file")->required();
  show_command->add_flag("--json", show_options->json, "Print JSON");
  show_command->callback([&context, show_options] {
    context.run([&] { return show(context, show_options->id, show_options->json); });
  });

  auto files = std::make_shared<std::vector<std::string>>();
  auto* validate_command = group->add_subcommand("validate", "Check framework files and report every problem");
  validate_command->add_option("FILE", *files, "Framework YAML files")->required();
  validate_command->callback([&context, files] { context.run([&] { return validate(*files); }); });

  struct DiffOptions {
    std::string from;
    std::string to;
    bool json = false;
  };
  auto diff_options = std::make_shared<DiffOptions>();
  auto* diff_command = group->add_subcommand("diff", "Compare two frameworks (or versions)");
  diff_command->add_option("A", diff_options->from, "The older framework")->required();
  diff_command->add_option("B", diff_options->to, "The newer framework")->required();
  diff_command->add_flag("--json", diff_options->json, "Print JSON");
  diff_command->callback([&context, diff_options] {
    context.run([&] { return diff(context, diff_options->from, diff_options->to, diff_options->json); });
  });

  auto add_file = std::make_shared<std::string>();
  auto* add_command = group->add_subcommand("add", "Store a framework file in the workspace");
  add_command->add_option("FILE", *add_file, "Framework YAML file")->required();
  add_command->callback([&context, add_file] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const auto info = CANDOR_TRY(app->add_framework(caller, *add_file));
      std::cout << info.key << " stored in workspace " << caller.workspace << "\n";
      return {};
    });
  });
}

}  // namespace candor::cli
