// What changed between two frameworks (two versions, or a framework and its
// successor): nodes added, removed and changed, dependencies, and — when the
// newer one maps onto the older — where each old node landed.
#pragma once

#include <string>
#include <vector>

#include "core/framework.h"

namespace candor {

struct NodeChange {
  std::string node_id;
  std::string change;  // added | removed | changed
  std::string title;
  std::vector<std::string> fields;  // for changed: which fields differ
};

struct MappedNode {
  std::string old_id;
  std::vector<std::string> new_ids;  // empty: no node of the new framework maps here
};

struct FrameworkDiff {
  std::string from_key;
  std::string to_key;
  std::vector<NodeChange> nodes;
  std::vector<std::string> dependencies_added;    // "before -> after"
  std::vector<std::string> dependencies_removed;
  std::vector<MappedNode> mapping;  // filled when `to` maps onto `from`
  bool identical() const {
    return nodes.empty() && dependencies_added.empty() && dependencies_removed.empty();
  }
};

FrameworkDiff diff_frameworks(const Framework& from, const Framework& to);

}  // namespace candor
