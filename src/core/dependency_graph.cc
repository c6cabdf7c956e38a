#include "core/dependency_graph.h"

#include <algorithm>
#include <functional>

namespace candor {

void DependencyGraph::add_node(const std::string& id) { nodes_.insert(id); }

void DependencyGraph::add_edge(const std::string& before, const std::string& after) {
  nodes_.insert(before);
  nodes_.insert(after);
  successors_[before].insert(after);
  predecessors_[after].insert(before);
}

const std::set<std::string>& DependencyGraph::predecessors(const std::string& id) const {
  static const std::set<std::string> kNone;
  const auto it = predecessors_.find(id);
  return it == predecessors_.end() ? kNone : it->second;
}

std::vector<std::string> DependencyGraph::find_cycle() const {
  enum class Mark { kNew, kActive, kDone };
  std::map<std::string, Mark> marks;
  std::vector<std::string> path;
  std::vector<std::string> cycle;
  std::function<bool(const std::string&)> visit = [&](const std::string& id) {
    marks[id] = Mark::kActive;
    path.push_back(id);
    if (const auto it = successors_.find(id); it != successors_.end()) {
      for (const auto& next : it->second) {
        const Mark mark = marks.count(next) ? marks[next] : Mark::kNew;
        if (mark == Mark::kActive) {
          const auto start = std::find(path.begin(), path.end(), next);
          cycle.assign(start, path.end());
          cycle.push_back(next);
          return true;
        }
        if (mark == Mark::kNew && visit(next)) return true;
      }
    }
    path.pop_back();
    marks[id] = Mark::kDone;
    return false;
  };
  for (const auto& id : nodes_) {
    if (!marks.count(id) && visit(id)) return cycle;
  }
  return {};
}

std::string DependencyGraph::describe(const std::vector<std::string>& cycle) {
  std::string out;
  for (const auto& id : cycle) out += (out.empty() ? "" : " -> ") + id;
  return out;
}

}  // namespace candor
