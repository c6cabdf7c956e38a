// A directed graph of "before -> after" dependencies between ids, used by the
// framework validator (cycles are errors) and by the roadmap (actions are
// scheduled in dependency order).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace candor {

class DependencyGraph {
 public:
  void add_node(const std::string& id);
  void add_edge(const std::string& before, const std::string& after);

  // A cycle as [a, b, ..., a], or empty when the graph is acyclic. Deterministic:
  // the search starts from ids in sorted order.
  std::vector<std::string> find_cycle() const;
  // "a -> b -> a"
  static std::string describe(const std::vector<std::string>& cycle);

  const std::set<std::string>& predecessors(const std::string& id) const;
  const std::set<std::string>& nodes() const { return nodes_; }

 private:
  std::set<std::string> nodes_;
  std::map<std::string, std::set<std::string>> successors_;
  std::map<std::string, std::set<std::string>> predecessors_;
};

}  // namespace candor
