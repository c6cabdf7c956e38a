// A framework: a versioned tree of requirements a subject is judged against
// (ISO/IEC 20000-1, a competence framework, ...). Frameworks are data, read
// from YAML by framework/; this is their in-memory form. The format is
// documented in docs/frameworks.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"

namespace candor {

enum class NodeKind { kGroup, kRequirement, kProcess };
enum class Obligation { kMandatory, kRecommended };

const char* to_string(NodeKind kind);
const char* to_string(Obligation obligation);

// One step of a rating scale, e.g. "L" (largely achieved, >50-85 %) or "major".
struct ScaleLevel {
  std::string id;
  std::string label;
  std::string help;           // shown beside the rating in forms and reports
  std::string base;           // refined levels name their base: "P-" -> "P"
  double min_percent = 0;     // achievement scales: exclusive lower bound (0 is inclusive)
  double max_percent = 0;     // achievement scales: inclusive upper bound
  bool requires_justification = false;  // e.g. not-applicable
  Location where;
};

enum class ScaleKind { kAchievement, kConformity };

struct RatingScale {
  std::string id;
  ScaleKind kind = ScaleKind::kConformity;
  std::string title;
  std::vector<ScaleLevel> levels;
  Location where;

  const ScaleLevel* find(std::string_view level_id) const;
};

struct ProcessAttribute {
  std::string id;     // "PA2.1"
  std::string title;  // "Performance management"
  std::string help;
  int level = 0;      // the capability level it belongs to
  Location where;
};

// Process attributes grouped by capability level (ISO/IEC 33020 style).
struct AttributeSet {
  std::string id;
  std::string scale;  // the achievement scale the attributes are rated on
  std::map<int, std::string> level_names;  // 1 -> "Performed"
  std::vector<ProcessAttribute> attributes;  // ordered by level
  Location where;

  int max_level() const;
  std::vector<const ProcessAttribute*> attributes_at(int level) const;
  const ProcessAttribute* find(std::string_view attribute_id) const;
};

// Effort, in person-days, that the roadmap assumes when nothing more specific
// is known. A node may override capability_step.
struct EffortDefaults {
  double capability_step = 15;
  double major_nonconformity = 10;
  double minor_nonconformity = 3;
  double not_assessed = 1;
};

struct Node {
  std::string id;
  std::string title;
  std::string description;
  NodeKind kind = NodeKind::kRequirement;
  Obligation obligation = Obligation::kMandatory;
  double weight = 1;
  std::vector<std::string> tags;
  std::vector<std::string> typical_evidence;
  std::string scale;          // conformity scale (requirements and processes)
  std::string attribute_set;  // processes only
  std::optional<double> capability_step_effort;
  std::map<std::string, std::vector<std::string>> mappings;  // framework -> ids/names
  std::string parent;  // empty at the top
  std::vector<std::string> children;
  Location where;  // where it was defined, for messages

  bool assessable() const { return kind != NodeKind::kGroup; }
};

// "before" should reach a capability level before "after" is raised to it.
struct Dependency {
  std::string before;
  std::string after;
  std::string reason;
  Location where;
};

struct ViewGroup {
  std::string id;
  std::string title;
  std::vector<std::string> nodes;
  Location where;
};

// An alternative grouping of the same nodes (e.g. the classic process groups).
struct View {
  std::string id;
  std::string title;
  std::vector<ViewGroup> groups;
  Location where;
};

// Another framework that nodes map onto (ITIL 4, the 2011 edition, ...).
struct MappingTarget {
  std::string id;
  std::string title;
  Location where;
};

class Framework {
 public:
  std::string id;
  std::string version;
  std::string title;
  std::string description;
  std::string subject_kind = "organisation";  // organisation | person
  std::string source_note;  // attribution / paraphrase notice
  std::vector<RatingScale> scales;
  std::vector<AttributeSet> attribute_sets;
  EffortDefaults effort;
  std::vector<Node> nodes;  // pre-order: parents before children
  std::vector<Dependency> dependencies;
  std::vector<View> views;
  std::vector<MappingTarget> mapping_targets;

  // "iso20000-1:2018"
  std::string key() const { return id + ":" + version; }

  // Call after filling `nodes`; builds the id index.
  void index();
  const Node* find(std::string_view node_id) const;
  const RatingScale* find_scale(std::string_view scale_id) const;
  const AttributeSet* find_attribute_set(std::string_view set_id) const;
  const AttributeSet* attributes_of(const Node& node) const;
  const RatingScale* conformity_scale_of(const Node& node) const;
  std::vector<const Node*> roots() const;
  std::vector<const Node*> children_of(const Node& node) const;
  std::vector<const Node*> processes() const;
  std::vector<const Node*> assessable() const;
  // The top-level ancestor ("8" for "8.5.1.2").
  const Node& top_level_of(const Node& node) const;

 private:
  std::map<std::string, std::size_t, std::less<>> by_id_;
};

}  // namespace candor
