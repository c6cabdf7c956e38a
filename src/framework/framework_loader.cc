#include "framework/framework_loader.h"

#include <regex>
#include <set>

#include "base/files.h"
#include "framework/framework_validator.h"
#include "framework/yaml_reader.h"

namespace candor {
namespace {

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxDescription = 20000;
constexpr std::size_t kMaxFrameworkBytes = 16 << 20;

struct Defaults {
  std::string scale;
  std::string attribute_set;
  double weight = 1;
  Obligation obligation = Obligation::kMandatory;
};

class Loader {
 public:
  explicit Loader(const std::string& file) : reader_(file) {}

  Result<Framework> load(std::string_view text) {
    const YAML::Node root = CANDOR_TRY(reader_.parse(text));
    if (!reader_.expect_map(root, "a framework file")) return Error::many(reader_.problems());
    reader_.check_keys(root, {"id", "version", "title", "subject", "description", "source",
                              "defaults", "effort", "scales", "attribute_sets", "nodes",
                              "dependencies", "views", "mappings"},
                       "the framework");
    read_header(root);
    read_defaults(root["defaults"]);
    read_effort(root["effort"]);
    read_scales(root);
    read_attribute_sets(root["attribute_sets"]);
    read_mappings(root["mappings"]);
    const YAML::Node nodes = root["nodes"];
    if (!nodes.IsDefined()) {
      reader_.problem(root, "missing required key 'nodes'");
    } else if (reader_.expect_list(nodes, "'nodes'")) {
      for (const auto& node : nodes) read_node(node, "");
    }
    read_dependencies(root["dependencies"]);
    read_views(root["views"]);
    check_mapping_targets();
    framework_.index();
    std::vector<Error> problems = reader_.problems();
    for (auto& problem : validate_framework(framework_)) problems.push_back(std::move(problem));
    if (!problems.empty()) return Error::many(std::move(problems));
    return std::move(framework_);
  }

 private:
  void read_header(const YAML::Node& root) {
    static const std::regex kIdPattern("[A-Za-z0-9._-]+");
    if (auto id = reader_.text(root, "id", true)) {
      if (!std::regex_match(*id, kIdPattern)) {
        reader_.problem(root["id"], "'id' may contain only letters, digits, '.', '_' and '-'");
      }
      framework_.id = *id;
    }
    if (auto version = reader_.text(root, "version", true)) framework_.version = *version;
    if (auto title = reader_.text(root, "title", true, kMaxTitle)) framework_.title = *title;
    if (auto subject = reader_.choice(root, "subject", {"organisation", "person"}, false)) {
      framework_.subject_kind = *subject;
    }
    framework_.description = reader_.text(root, "description", false, kMaxDescription).value_or("");
    framework_.source_note = reader_.text(root, "source", false, kMaxDescription).value_or("");
  }

  void read_defaults(const YAML::Node& node) {
    if (!node.IsDefined()) return;
    if (!reader_.expect_map(node, "'defaults'")) return;
    reader_.check_keys(node, {"scale", "attribute_set", "weight", "obligation"}, "'defaults'");
    defaults_.scale = reader_.text(node, "scale", false).value_or("");
    defaults_.attribute_set = reader_.text(node, "attribute_set", false).value_or("");
    if (auto weight = reader_.number(node, "weight", false)) defaults_.weight = *weight;
    if (auto obligation = reader_.choice(node, "obligation", {"mandatory", "recommended"}, false)) {
      defaults_.obligation =
          *obligation == "mandatory" ? Obligation::kMandatory : Obligation::kRecommended;
    }
  }

  void read_effort(const YAML::Node& node) {
    if (!node.IsDefined()) return;
    if (!reader_.expect_map(node, "'effort'")) return;
    reader_.check_keys(node, {"capability_step", "major_nonconformity", "minor_nonconformity",
                              "not_assessed"},
                       "'effort'");
    EffortDefaults& effort = framework_.effort;
    read_positive(node, "capability_step", effort.capability_step);
    read_positive(node, "major_nonconformity", effort.major_nonconformity);
    read_positive(node, "minor_nonconformity", effort.minor_nonconformity);
    read_positive(node, "not_assessed", effort.not_assessed);
  }

  void read_positive(const YAML::Node& map, const char* key, double& out) {
    if (auto value = reader_.number(map, key, false)) {
      if (*value <= 0) {
        reader_.problem(map[key], std::string("'") + key + "' must be more than 0 person-days");
      } else {
        out = *value;
      }
    }
  }

  void read_scales(const YAML::Node& root) {
    const YAML::Node scales = root["scales"];
    if (!scales.IsDefined()) {
      reader_.problem(root, "missing required key 'scales'");
      return;
    }
    if (!reader_.expect_list(scales, "'scales'")) return;
    for (const auto& node : scales) {
      if (!reader_.expect_map(node, "a scale")) continue;
      reader_.check_keys(node, {"id", "kind", "title", "levels"}, "a scale");
      RatingScale scale;
      scale.where = reader_.at(node);
      scale.id = reader_.text(node, "id", true).value_or("");
      scale.title = reader_.text(node, "title", false, kMaxTitle).value_or("");
      const auto kind = reader_.choice(node, "kind", {"achievement", "conformity"}, true);
      scale.kind = kind.value_or("") == "achievement" ? ScaleKind::kAchievement
                                                      : ScaleKind::kConformity;
      const YAML::Node levels = node["levels"];
      if (!levels.IsDefined()) {
        reader_.problem(node, "missing required key 'levels'");
      } else if (reader_.expect_list(levels, "'levels'")) {
        for (const auto& level_node : levels) read_scale_level(level_node, scale);
      }
      framework_.scales.push_back(std::move(scale));
    }
  }

  void read_scale_level(const YAML::Node& node, RatingScale& scale) {
    if (!reader_.expect_map(node, "a scale level")) return;
    reader_.check_keys(node, {"id", "label", "help", "base", "min", "max",
                              "requires_justification"},
                       "a scale level");
    ScaleLevel level;
    level.id = reader_.text(node, "id", true).value_or("");
    level.label = reader_.text(node, "label", false, kMaxTitle).value_or(level.id);
    level.help = reader_.text(node, "help", false, kMaxDescription).value_or("");
    level.base = reader_.text(node, "base", false).value_or("");
    level.requires_justification = reader_.boolean(node, "requires_justification").value_or(false);
    const bool achievement = scale.kind == ScaleKind::kAchievement;
    auto min = reader_.number(node, "min", achievement);
    auto max = reader_.number(node, "max", achievement);
    level.min_percent = min.value_or(0);
    level.max_percent = max.value_or(0);
    if (min && max && (*min < 0 || *max > 100 || *min >= *max)) {
      reader_.problem(node, "scale level '" + level.id + "' needs 0 <= min < max <= 100");
    }
    level.where = reader_.at(node);
    scale.levels.push_back(std::move(level));
  }

  void read_attribute_sets(const YAML::Node& sets) {
    if (!sets.IsDefined()) return;
    if (!reader_.expect_list(sets, "'attribute_sets'")) return;
    for (const auto& node : sets) {
      if (!reader_.expect_map(node, "an attribute set")) continue;
      reader_.check_keys(node, {"id", "scale", "levels"}, "an attribute set");
      AttributeSet set;
      set.id = reader_.text(node, "id", true).value_or("");
      set.scale = reader_.text(node, "scale", true).value_or("");
      const YAML::Node levels = node["levels"];
      if (!levels.IsDefined()) {
        reader_.problem(node, "missing required key 'levels'");
      } else if (reader_.expect_list(levels, "'levels'")) {
        for (const auto& level_node : levels) read_attribute_level(level_node, set);
      }
      set.where = reader_.at(node);
      framework_.attribute_sets.push_back(std::move(set));
    }
  }

  void read_attribute_level(const YAML::Node& node, AttributeSet& set) {
    if (!reader_.expect_map(node, "a capability level")) return;
    reader_.check_keys(node, {"level", "name", "attributes"}, "a capability level");
    const auto level = reader_.integer(node, "level", true);
    if (!level) return;
    if (*level < 1 || *level > 9) {
      reader_.problem(node["level"], "'level' must be between 1 and 9");
      return;
    }
    set.level_names[*level] = reader_.text(node, "name", false, kMaxTitle).value_or("");
    const YAML::Node attributes = node["attributes"];
    if (!attributes.IsDefined() || !reader_.expect_list(attributes, "'attributes'")) {
      if (!attributes.IsDefined()) reader_.problem(node, "missing required key 'attributes'");
      return;
    }
    for (const auto& attribute_node : attributes) {
      if (!reader_.expect_map(attribute_node, "a process attribute")) continue;
      reader_.check_keys(attribute_node, {"id", "title", "help"}, "a process attribute");
      ProcessAttribute attribute;
      attribute.id = reader_.text(attribute_node, "id", true).value_or("");
      attribute.title = reader_.text(attribute_node, "title", true, kMaxTitle).value_or("");
      attribute.help = reader_.text(attribute_node, "help", false, kMaxDescription).value_or("");
      attribute.level = *level;
      attribute.where = reader_.at(attribute_node);
      set.attributes.push_back(std::move(attribute));
    }
  }

  void read_mappings(const YAML::Node& mappings) {
    if (!mappings.IsDefined()) return;
    if (!reader_.expect_list(mappings, "'mappings'")) return;
    for (const auto& node : mappings) {
      if (!reader_.expect_map(node, "a mapping")) continue;
      reader_.check_keys(node, {"id", "title"}, "a mapping");
      MappingTarget target;
      target.id = reader_.text(node, "id", true).value_or("");
      target.title = reader_.text(node, "title", false, kMaxTitle).value_or(target.id);
      target.where = reader_.at(node);
      framework_.mapping_targets.push_back(std::move(target));
    }
  }

  void read_node(const YAML::Node& yaml, const std::string& parent) {
    if (!reader_.expect_map(yaml, "a node")) return;
    reader_.check_keys(yaml, {"id", "title", "description", "kind", "obligation", "weight", "tags",
                              "evidence", "scale", "attribute_set", "effort", "mappings",
                              "children"},
                       "a node");
    Node node;
    node.where = reader_.at(yaml);
    node.parent = parent;
    node.id = reader_.text(yaml, "id", true).value_or("");
    node.title = reader_.text(yaml, "title", true, kMaxTitle).value_or("");
    node.description = reader_.text(yaml, "description", false, kMaxDescription).value_or("");
    const auto kind = reader_.choice(yaml, "kind", {"group", "requirement", "process"}, false);
    node.kind = kind == "group"     ? NodeKind::kGroup
                : kind == "process" ? NodeKind::kProcess
                                    : NodeKind::kRequirement;
    node.obligation = defaults_.obligation;
    if (auto obligation = reader_.choice(yaml, "obligation", {"mandatory", "recommended"}, false)) {
      node.obligation =
          *obligation == "mandatory" ? Obligation::kMandatory : Obligation::kRecommended;
    }
    node.weight = defaults_.weight;
    if (auto weight = reader_.number(yaml, "weight", false)) {
      if (*weight < 0) reader_.problem(yaml["weight"], "'weight' must not be negative");
      node.weight = *weight;
    }
    node.tags = reader_.text_list(yaml, "tags");
    node.typical_evidence = reader_.text_list(yaml, "evidence", kMaxTitle);
    if (node.assessable()) {
      node.scale = reader_.text(yaml, "scale", false).value_or(defaults_.scale);
    }
    if (node.kind == NodeKind::kProcess) {
      node.attribute_set = reader_.text(yaml, "attribute_set", false).value_or(defaults_.attribute_set);
    } else if (yaml["attribute_set"].IsDefined()) {
      reader_.problem(yaml["attribute_set"], "only process nodes have an attribute_set");
    }
    read_node_effort(yaml, node);
    read_node_mappings(yaml, node);
    const std::size_t index = framework_.nodes.size();
    framework_.nodes.push_back(node);
    const YAML::Node children = yaml["children"];
    if (!children.IsDefined()) return;
    if (!reader_.expect_list(children, "'children'")) return;
    for (const auto& child : children) {
      if (child.IsMap() && child["id"].IsScalar()) {
        framework_.nodes[index].children.push_back(child["id"].Scalar());
      }
      read_node(child, node.id);
    }
  }

  void read_node_effort(const YAML::Node& yaml, Node& node) {
    const YAML::Node effort = yaml["effort"];
    if (!effort.IsDefined()) return;
    if (node.kind != NodeKind::kProcess) {
      reader_.problem(effort, "only process nodes have an 'effort'");
      return;
    }
    if (!reader_.expect_map(effort, "'effort'")) return;
    reader_.check_keys(effort, {"capability_step"}, "a node's 'effort'");
    double step = 0;
    read_positive(effort, "capability_step", step);
    if (step > 0) node.capability_step_effort = step;
  }

  void read_node_mappings(const YAML::Node& yaml, Node& node) {
    const YAML::Node mappings = yaml["mappings"];
    if (!mappings.IsDefined()) return;
    if (!reader_.expect_map(mappings, "a node's 'mappings'")) return;
    for (const auto& entry : mappings) {
      const std::string target = entry.first.Scalar();
      mapping_uses_.push_back({target, reader_.at(entry.first)});
      if (!entry.second.IsSequence()) {
        reader_.problem(entry.second, "mapping '" + target + "' must be a list");
        continue;
      }
      std::vector<std::string> items;
      for (const auto& item : entry.second) {
        if (item.IsScalar()) items.push_back(item.Scalar());
        else reader_.problem(item, "items of mapping '" + target + "' must be text");
      }
      node.mappings[target] = std::move(items);
    }
  }

  void read_dependencies(const YAML::Node& dependencies) {
    if (!dependencies.IsDefined()) return;
    if (!reader_.expect_list(dependencies, "'dependencies'")) return;
    for (const auto& node : dependencies) {
      if (!reader_.expect_map(node, "a dependency")) continue;
      reader_.check_keys(node, {"before", "after", "reason"}, "a dependency");
      Dependency dependency;
      dependency.before = reader_.text(node, "before", true).value_or("");
      dependency.after = reader_.text(node, "after", true).value_or("");
      dependency.reason = reader_.text(node, "reason", false, kMaxDescription).value_or("");
      dependency.where = reader_.at(node);
      framework_.dependencies.push_back(std::move(dependency));
    }
  }

  void read_views(const YAML::Node& views) {
    if (!views.IsDefined()) return;
    if (!reader_.expect_list(views, "'views'")) return;
    for (const auto& node : views) {
      if (!reader_.expect_map(node, "a view")) continue;
      reader_.check_keys(node, {"id", "title", "groups"}, "a view");
      View view;
      view.where = reader_.at(node);
      view.id = reader_.text(node, "id", true).value_or("");
      view.title = reader_.text(node, "title", false, kMaxTitle).value_or(view.id);
      const YAML::Node groups = node["groups"];
      if (groups.IsDefined() && reader_.expect_list(groups, "'groups'")) {
        for (const auto& group_node : groups) {
          if (!reader_.expect_map(group_node, "a view group")) continue;
          reader_.check_keys(group_node, {"id", "title", "nodes"}, "a view group");
          ViewGroup group;
          group.id = reader_.text(group_node, "id", true).value_or("");
          group.title = reader_.text(group_node, "title", false, kMaxTitle).value_or(group.id);
          group.nodes = reader_.text_list(group_node, "nodes");
          group.where = reader_.at(group_node);
          view.groups.push_back(std::move(group));
        }
      }
      framework_.views.push_back(std::move(view));
    }
  }

  void check_mapping_targets() {
    std::set<std::string> declared;
    for (const auto& target : framework_.mapping_targets) declared.insert(target.id);
    for (const auto& [target, where] : mapping_uses_) {
      if (!declared.count(target)) {
        reader_.problem(where, "mapping target '" + target +
                                   "' is not declared under the top-level 'mappings'");
      }
    }
  }

  YamlReader reader_;
  Framework framework_;
  Defaults defaults_;
  std::vector<std::pair<std::string, Location>> mapping_uses_;
};

}  // namespace

Result<Framework> load_framework(std::string_view yaml_text, const std::string& file) {
  return Loader(file).load(yaml_text);
}

Result<Framework> load_framework_file(const std::string& path) {
  const std::string text = CANDOR_TRY(read_file(path, kMaxFrameworkBytes));
  return load_framework(text, path);
}

}  // namespace candor
