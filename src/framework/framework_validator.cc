#include "framework/framework_validator.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/dependency_graph.h"

namespace candor {
namespace {

class Validator {
 public:
  explicit Validator(const Framework& framework) : framework_(framework) {}

  std::vector<Error> run() {
    if (framework_.nodes.empty()) add({}, "the framework has no nodes");
    check_unique_ids();
    check_scales();
    check_attribute_sets();
    check_nodes();
    check_dependencies();
    check_views();
    return std::move(problems_);
  }

 private:
  void add(const Location& where, std::string message) {
    problems_.push_back(Error::invalid_input(std::move(message), where));
  }

  template <class Items, class GetId>
  void check_duplicates(const Items& items, GetId get_id, const std::string& what) {
    std::map<std::string, Location> seen;
    for (const auto& item : items) {
      const std::string& id = get_id(item);
      if (id.empty()) continue;
      const auto [it, inserted] = seen.emplace(id, item.where);
      if (!inserted) {
        add(item.where, "duplicate " + what + " id '" + id + "' (first defined at " +
                            it->second.to_string() + ")");
      }
    }
  }

  void check_unique_ids() {
    const auto id_of = [](const auto& item) -> const std::string& { return item.id; };
    check_duplicates(framework_.nodes, id_of, "node");
    check_duplicates(framework_.scales, id_of, "scale");
    check_duplicates(framework_.attribute_sets, id_of, "attribute set");
    check_duplicates(framework_.views, id_of, "view");
    check_duplicates(framework_.mapping_targets, id_of, "mapping");
    for (const auto& scale : framework_.scales) check_duplicates(scale.levels, id_of, "scale level");
    for (const auto& set : framework_.attribute_sets) {
      check_duplicates(set.attributes, id_of, "process attribute");
    }
    for (const auto& view : framework_.views) check_duplicates(view.groups, id_of, "view group");
  }

  void check_scales() {
    for (const auto& scale : framework_.scales) {
      if (scale.levels.empty()) add(scale.where, "scale '" + scale.id + "' has no levels");
      if (scale.kind == ScaleKind::kConformity) {
        for (const char* required : {"conforming", "minor", "major"}) {
          if (!scale.find(required)) {
            add(scale.where, "conformity scale '" + scale.id + "' has no level '" + required + "'");
          }
        }
      } else {
        check_achievement_ranges(scale);
      }
    }
  }

  // Base levels must tile 0..100 without gaps or overlaps; a refined level
  // (with `base`) must lie inside its base level.
  void check_achievement_ranges(const RatingScale& scale) {
    std::vector<const ScaleLevel*> bases;
    for (const auto& level : scale.levels) {
      if (level.base.empty()) {
        bases.push_back(&level);
        continue;
      }
      const ScaleLevel* base = scale.find(level.base);
      if (base == nullptr || !base->base.empty()) {
        add(level.where, "level '" + level.id + "' names unknown base level '" + level.base + "'");
      } else if (level.min_percent < base->min_percent || level.max_percent > base->max_percent) {
        add(level.where, "level '" + level.id + "' lies outside its base level '" + base->id + "'");
      }
    }
    std::sort(bases.begin(), bases.end(),
              [](const ScaleLevel* a, const ScaleLevel* b) { return a->min_percent < b->min_percent; });
    double expected = 0;
    for (const ScaleLevel* level : bases) {
      if (level->min_percent > expected) {
        add(level->where, "scale '" + scale.id + "' leaves a gap below level '" + level->id + "'");
      } else if (level->min_percent < expected) {
        add(level->where, "level '" + level->id + "' overlaps the level below it");
      }
      expected = level->max_percent;
    }
    if (!bases.empty() && expected != 100) {
      add(bases.back()->where, "scale '" + scale.id + "' does not reach 100 %");
    }
  }

  void check_attribute_sets() {
    for (const auto& set : framework_.attribute_sets) {
      const RatingScale* scale = framework_.find_scale(set.scale);
      if (scale == nullptr) {
        add(set.where, "attribute set '" + set.id + "' names unknown scale '" + set.scale + "'");
      } else if (scale->kind != ScaleKind::kAchievement) {
        add(set.where, "attribute set '" + set.id + "' needs an achievement scale, and '" +
                           set.scale + "' is a conformity scale");
      }
      for (int level = 1; level <= set.max_level(); ++level) {
        if (set.attributes_at(level).empty()) {
          add(set.where, "attribute set '" + set.id + "' has no attributes at level " +
                             std::to_string(level));
        }
      }
    }
  }

  void check_nodes() {
    for (const auto& node : framework_.nodes) {
      if (node.kind == NodeKind::kGroup && node.children.empty()) {
        add(node.where, "group '" + node.id + "' has no children");
      }
      if (!node.assessable()) continue;
      if (node.scale.empty()) {
        add(node.where, "node '" + node.id + "' has no conformity scale (set 'scale' or defaults.scale)");
      } else if (const RatingScale* scale = framework_.find_scale(node.scale); scale == nullptr) {
        add(node.where, "node '" + node.id + "' names unknown scale '" + node.scale + "'");
      } else if (scale->kind != ScaleKind::kConformity) {
        add(node.where, "node '" + node.id + "' needs a conformity scale, and '" + node.scale +
                            "' is an achievement scale");
      }
      if (node.kind == NodeKind::kProcess) {
        if (node.attribute_set.empty()) {
          add(node.where, "process '" + node.id +
                              "' has no attribute set (set 'attribute_set' or defaults.attribute_set)");
        } else if (!framework_.find_attribute_set(node.attribute_set)) {
          add(node.where, "process '" + node.id + "' names unknown attribute set '" +
                              node.attribute_set + "'");
        }
      }
    }
  }

  void check_dependencies() {
    DependencyGraph graph;
    for (const auto& dependency : framework_.dependencies) {
      bool known = true;
      for (const std::string* end : {&dependency.before, &dependency.after}) {
        const Node* node = framework_.find(*end);
        if (node == nullptr) {
          add(dependency.where, "dependency names unknown node '" + *end + "'");
          known = false;
        } else if (node->kind != NodeKind::kProcess) {
          add(dependency.where, "dependency end '" + *end + "' is a " + to_string(node->kind) +
                                    "; dependencies link processes");
          known = false;
        }
      }
      if (known && dependency.before == dependency.after) {
        add(dependency.where, "process '" + dependency.before + "' cannot depend on itself");
        known = false;
      }
      if (known) graph.add_edge(dependency.before, dependency.after);
    }
    if (const auto cycle = graph.find_cycle(); !cycle.empty()) {
      Location where;
      for (const auto& dependency : framework_.dependencies) {
        if (dependency.before == cycle[0] && dependency.after == cycle[1]) where = dependency.where;
      }
      add(where, "dependency cycle: " + DependencyGraph::describe(cycle));
    }
  }

  void check_views() {
    for (const auto& view : framework_.views) {
      for (const auto& group : view.groups) {
        for (const auto& node_id : group.nodes) {
          if (!framework_.find(node_id)) {
            add(group.where, "view '" + view.id + "' names unknown node '" + node_id + "'");
          }
        }
      }
    }
  }

  const Framework& framework_;
  std::vector<Error> problems_;
};

}  // namespace

std::vector<Error> validate_framework(const Framework& framework) {
  return Validator(framework).run();
}

}  // namespace candor
