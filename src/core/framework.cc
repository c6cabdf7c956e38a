#include "core/framework.h"

#include <algorithm>

namespace candor {

const char* to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::kGroup: return "group";
    case NodeKind::kRequirement: return "requirement";
    case NodeKind::kProcess: return "process";
  }
  return "?";
}

const char* to_string(Obligation obligation) {
  return obligation == Obligation::kMandatory ? "mandatory" : "recommended";
}

const ScaleLevel* RatingScale::find(std::string_view level_id) const {
  for (const auto& level : levels) {
    if (level.id == level_id) return &level;
  }
  return nullptr;
}

int AttributeSet::max_level() const {
  int out = 0;
  for (const auto& attribute : attributes) out = std::max(out, attribute.level);
  return out;
}

std::vector<const ProcessAttribute*> AttributeSet::attributes_at(int level) const {
  std::vector<const ProcessAttribute*> out;
  for (const auto& attribute : attributes) {
    if (attribute.level == level) out.push_back(&attribute);
  }
  return out;
}

const ProcessAttribute* AttributeSet::find(std::string_view attribute_id) const {
  for (const auto& attribute : attributes) {
    if (attribute.id == attribute_id) return &attribute;
  }
  return nullptr;
}

void Framework::index() {
  by_id_.clear();
  for (std::size_t i = 0; i < nodes.size(); ++i) by_id_.emplace(nodes[i].id, i);
}

const Node* Framework::find(std::string_view node_id) const {
  const auto it = by_id_.find(node_id);
  return it == by_id_.end() ? nullptr : &nodes[it->second];
}

const RatingScale* Framework::find_scale(std::string_view scale_id) const {
  for (const auto& scale : scales) {
    if (scale.id == scale_id) return &scale;
  }
  return nullptr;
}

const AttributeSet* Framework::find_attribute_set(std::string_view set_id) const {
  for (const auto& set : attribute_sets) {
    if (set.id == set_id) return &set;
  }
  return nullptr;
}

const AttributeSet* Framework::attributes_of(const Node& node) const {
  if (node.kind != NodeKind::kProcess) return nullptr;
  return find_attribute_set(node.attribute_set);
}

const RatingScale* Framework::conformity_scale_of(const Node& node) const {
  if (!node.assessable()) return nullptr;
  return find_scale(node.scale);
}

std::vector<const Node*> Framework::roots() const {
  std::vector<const Node*> out;
  for (const auto& node : nodes) {
    if (node.parent.empty()) out.push_back(&node);
  }
  return out;
}

std::vector<const Node*> Framework::children_of(const Node& node) const {
  std::vector<const Node*> out;
  for (const auto& child_id : node.children) {
    if (const Node* child = find(child_id)) out.push_back(child);
  }
  return out;
}

std::vector<const Node*> Framework::processes() const {
  std::vector<const Node*> out;
  for (const auto& node : nodes) {
    if (node.kind == NodeKind::kProcess) out.push_back(&node);
  }
  return out;
}

std::vector<const Node*> Framework::assessable() const {
  std::vector<const Node*> out;
  for (const auto& node : nodes) {
    if (node.assessable()) out.push_back(&node);
  }
  return out;
}

const Node& Framework::top_level_of(const Node& node) const {
  const Node* current = &node;
  while (!current->parent.empty()) {
    const Node* parent = find(current->parent);
    if (parent == nullptr) break;
    current = parent;
  }
  return *current;
}

}  // namespace candor
