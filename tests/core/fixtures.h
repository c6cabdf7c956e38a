// A small framework built in code for core tests: two processes (1.1, 1.2)
// with the ISO/IEC 33020 attributes, and a requirement (1.3) with two
// sub-requirements (1.3.1, 1.3.2).
#pragma once

#include "core/assessment.h"
#include "core/framework.h"

namespace candor::testing {

inline RatingScale nplf_scale() {
  RatingScale scale{"nplf", ScaleKind::kAchievement, "NPLF"};
  scale.levels = {{"N", "", "", "", 0, 15},      {"P-", "", "", "P", 15, 32.5},
                  {"P", "", "", "", 15, 50},     {"P+", "", "", "P", 32.5, 50},
                  {"L-", "", "", "L", 50, 67.5}, {"L", "", "", "", 50, 85},
                  {"L+", "", "", "L", 67.5, 85}, {"F", "", "", "", 85, 100}};
  return scale;
}

inline RatingScale conformity_scale() {
  RatingScale scale{"conformity", ScaleKind::kConformity, "Conformity"};
  scale.levels = {{"conforming"}, {"minor"}, {"major"}, {"not-applicable"}};
  scale.levels.back().requires_justification = true;
  return scale;
}

inline AttributeSet iso33020() {
  AttributeSet set{"pa", "nplf"};
  set.attributes = {{"PA1.1", "", "", 1}, {"PA2.1", "", "", 2}, {"PA2.2", "", "", 2},
                    {"PA3.1", "", "", 3}, {"PA3.2", "", "", 3}, {"PA4.1", "", "", 4},
                    {"PA4.2", "", "", 4}, {"PA5.1", "", "", 5}, {"PA5.2", "", "", 5}};
  return set;
}

inline Node node(std::string id, NodeKind kind, std::string parent) {
  Node out;
  out.id = std::move(id);
  out.title = "Node " + out.id;
  out.kind = kind;
  out.parent = std::move(parent);
  if (out.assessable()) out.scale = "conformity";
  if (kind == NodeKind::kProcess) out.attribute_set = "pa";
  return out;
}

inline Framework small_framework() {
  Framework framework;
  framework.id = "small";
  framework.version = "1";
  framework.scales = {nplf_scale(), conformity_scale()};
  framework.attribute_sets = {iso33020()};
  framework.nodes = {node("1", NodeKind::kGroup, ""), node("1.1", NodeKind::kProcess, "1"),
                     node("1.2", NodeKind::kProcess, "1"), node("1.3", NodeKind::kRequirement, "1"),
                     node("1.3.1", NodeKind::kRequirement, "1.3"),
                     node("1.3.2", NodeKind::kRequirement, "1.3")};
  framework.nodes[0].children = {"1.1", "1.2", "1.3"};
  framework.nodes[3].children = {"1.3.1", "1.3.2"};
  framework.nodes[2].obligation = Obligation::kMandatory;
  framework.index();
  return framework;
}

// Builds an assessment record fluently: record.judge("alice", "1.1", "PA1.1", "F", {1}).
class RecordBuilder {
 public:
  RecordBuilder() {
    record_.assessment.id = 1;
    record_.assessment.assessed_on = Date::from_civil(2026, 11, 1);
  }
  RecordBuilder& evidence(Id id, EvidenceKind kind, Date on, std::vector<std::string> nodes = {}) {
    Evidence item;
    item.id = id;
    item.kind = kind;
    item.title = "Evidence " + std::to_string(id);
    item.observed_on = on;
    item.node_ids = std::move(nodes);
    record_.evidence.push_back(item);
    return *this;
  }
  RecordBuilder& judge(const std::string& by, const std::string& node, const std::string& attribute,
                       const std::string& rating, std::vector<Id> evidence = {1},
                       Basis basis = Basis::kVerified, bool reconciliation = false) {
    Judgement judgement;
    judgement.id = ++next_id_;
    judgement.by = by;
    judgement.node_id = node;
    judgement.attribute_id = attribute;
    judgement.rating = rating;
    judgement.evidence_ids = std::move(evidence);
    judgement.basis = basis;
    judgement.reconciliation = reconciliation;
    record_.judgements.push_back(judgement);
    return *this;
  }
  RecordBuilder& claim(const std::string& node, std::optional<int> level,
                       const std::string& conformity = "") {
    Claim claim;
    claim.id = ++next_id_;
    claim.node_id = node;
    claim.level = level;
    claim.conformity = conformity;
    record_.claims.push_back(claim);
    return *this;
  }
  const AssessmentRecord& build() const { return record_; }

 private:
  AssessmentRecord record_;
  Id next_id_ = 100;
};

}  // namespace candor::testing
