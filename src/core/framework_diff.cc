#include "core/framework_diff.h"

#include <set>

namespace candor {
namespace {

std::vector<std::string> changed_fields(const Node& a, const Node& b) {
  std::vector<std::string> out;
  if (a.title != b.title) out.push_back("title");
  if (a.description != b.description) out.push_back("description");
  if (a.kind != b.kind) out.push_back("kind");
  if (a.obligation != b.obligation) out.push_back("obligation");
  if (a.weight != b.weight) out.push_back("weight");
  if (a.parent != b.parent) out.push_back("parent");
  if (a.scale != b.scale) out.push_back("scale");
  if (a.attribute_set != b.attribute_set) out.push_back("attribute_set");
  if (a.tags != b.tags) out.push_back("tags");
  if (a.typical_evidence != b.typical_evidence) out.push_back("evidence");
  if (a.mappings != b.mappings) out.push_back("mappings");
  return out;
}

std::set<std::string> dependency_set(const Framework& framework) {
  std::set<std::string> out;
  for (const auto& d : framework.dependencies) out.insert(d.before + " -> " + d.after);
  return out;
}

// The mapping key under which `to` names nodes of `from`, if any.
std::string mapping_key(const Framework& from, const Framework& to) {
  for (const auto& target : to.mapping_targets) {
    if (target.id == from.key() || target.id == from.id) return target.id;
  }
  return "";
}

}  // namespace

FrameworkDiff diff_frameworks(const Framework& from, const Framework& to) {
  FrameworkDiff diff{from.key(), to.key()};
  for (const auto& node : from.nodes) {
    const Node* other = to.find(node.id);
    if (other == nullptr) {
      diff.nodes.push_back({node.id, "removed", node.title, {}});
    } else if (auto fields = changed_fields(node, *other); !fields.empty()) {
      diff.nodes.push_back({node.id, "changed", other->title, std::move(fields)});
    }
  }
  for (const auto& node : to.nodes) {
    if (from.find(node.id) == nullptr) diff.nodes.push_back({node.id, "added", node.title, {}});
  }
  const auto before = dependency_set(from);
  const auto after = dependency_set(to);
  for (const auto& d : after) {
    if (!before.count(d)) diff.dependencies_added.push_back(d);
  }
  for (const auto& d : before) {
    if (!after.count(d)) diff.dependencies_removed.push_back(d);
  }
  if (const std::string key = mapping_key(from, to); !key.empty()) {
    for (const auto& old_node : from.nodes) {
      if (!old_node.assessable()) continue;
      MappedNode mapped{old_node.id, {}};
      for (const auto& new_node : to.nodes) {
        const auto it = new_node.mappings.find(key);
        if (it == new_node.mappings.end()) continue;
        for (const auto& target : it->second) {
          if (target == old_node.id) mapped.new_ids.push_back(new_node.id);
        }
      }
      diff.mapping.push_back(std::move(mapped));
    }
  }
  return diff;
}

}  // namespace candor
