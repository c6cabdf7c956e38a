#include "core/evaluation.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/confidence.h"
#include "core/rating.h"

namespace candor {
namespace {

class Evaluator {
 public:
  Evaluator(const Framework& framework, const AssessmentRecord& record)
      : framework_(framework), record_(record) {
    for (const auto& judgement : record.judgements) {
      by_item_[{judgement.node_id, judgement.attribute_id}].push_back(&judgement);
    }
    for (const auto& claim : record.claims) {  // claims arrive in id order
      if (claim.level) latest_level_claim_[claim.node_id] = &claim;
      if (!claim.conformity.empty()) latest_conformity_claim_[claim.node_id] = &claim;
    }
    for (const auto& evidence : record.evidence) {
      for (const auto& node_id : evidence.node_ids) linked_evidence_[node_id].insert(evidence.id);
    }
  }

  Results run() {
    Results results;
    // Children before parents, so roll-ups can read their children's results.
    for (auto it = framework_.nodes.rbegin(); it != framework_.nodes.rend(); ++it) {
      if (it->assessable()) conformity_of(*it);
    }
    for (const auto& node : framework_.nodes) {
      if (node.assessable()) results.conformity.push_back(conformity_.at(node.id));
      if (node.kind == NodeKind::kProcess) results.processes.push_back(process_result(node));
    }
    results.readiness = readiness(results.conformity);
    results.clauses = clause_summaries();
    results.disagreements = std::move(disagreements_);
    results.overall = overall_confidence(results);
    return results;
  }

 private:
  ItemVerdict verdict(const std::string& node_id, const std::string& attribute_id,
                      const RatingScale& scale) {
    const auto it = by_item_.find({node_id, attribute_id});
    std::vector<const Judgement*> judgements;
    if (it != by_item_.end()) judgements = it->second;
    ItemVerdict out = judge_item(scale, judgements);
    out.node_id = node_id;
    out.attribute_id = attribute_id;
    if (out.status == ItemStatus::kDisputed) record_disagreement(out);
    return out;
  }

  void record_disagreement(const ItemVerdict& verdict) {
    Disagreement disagreement{verdict.node_id, verdict.attribute_id};
    for (Id id : verdict.judgement_ids) {
      for (const Judgement* judgement : by_item_[{verdict.node_id, verdict.attribute_id}]) {
        if (judgement->id != id) continue;
        disagreement.judgement_ids.push_back(id);
        disagreement.ratings.push_back(judgement->rating);
        disagreement.assessors.push_back(judgement->by);
      }
    }
    disagreements_.push_back(std::move(disagreement));
  }

  const ConformityResult& conformity_of(const Node& node) {
    if (const auto it = conformity_.find(node.id); it != conformity_.end()) return it->second;
    ConformityResult result;
    result.node_id = node.id;
    result.title = node.title;
    result.mandatory = node.obligation == Obligation::kMandatory;
    if (const auto claim = latest_conformity_claim_.find(node.id);
        claim != latest_conformity_claim_.end()) {
      result.claimed = claim->second->conformity;
    }
    if (const RatingScale* scale = framework_.conformity_scale_of(node)) {
      result.verdict = verdict(node.id, "", *scale);
    }
    result.evidenced = result.verdict.rating;
    std::vector<const ConformityResult*> children;
    for (const Node* child : framework_.children_of(node)) {
      if (child->assessable()) children.push_back(&conformity_of(*child));
    }
    if (!result.verdict.counted() && !children.empty()) roll_up(result, children);
    std::set<Id> evidence(result.verdict.evidence_ids.begin(), result.verdict.evidence_ids.end());
    add_linked_evidence(node.id, evidence);
    result.confidence = compute_confidence(1, result.verdict.counted() ? 1 : 0, evidence, record_);
    return conformity_.emplace(node.id, std::move(result)).first->second;
  }

  // A node without a judgement of its own takes the worst of its children; it
  // stays not assessed while any child is (unless a child is already major).
  static void roll_up(ConformityResult& result, const std::vector<const ConformityResult*>& children) {
    result.rolled_up = true;
    std::set<std::string> seen;
    std::set<Id> judgements;
    std::set<Id> evidence;
    for (const ConformityResult* child : children) {
      seen.insert(child->evidenced);
      judgements.insert(child->verdict.judgement_ids.begin(), child->verdict.judgement_ids.end());
      evidence.insert(child->verdict.evidence_ids.begin(), child->verdict.evidence_ids.end());
    }
    for (const char* level : {"major", "", "minor", "conforming", "not-applicable"}) {
      if (seen.count(level)) {
        result.evidenced = level;
        break;
      }
    }
    result.verdict.rating = result.evidenced;
    result.verdict.status = result.evidenced.empty() ? ItemStatus::kNotAssessed : ItemStatus::kAgreed;
    result.verdict.judgement_ids.assign(judgements.begin(), judgements.end());
    result.verdict.evidence_ids.assign(evidence.begin(), evidence.end());
  }

  void add_linked_evidence(const std::string& node_id, std::set<Id>& evidence) const {
    if (const auto it = linked_evidence_.find(node_id); it != linked_evidence_.end()) {
      evidence.insert(it->second.begin(), it->second.end());
    }
  }

  ProcessResult process_result(const Node& node) {
    ProcessResult result;
    result.node_id = node.id;
    result.title = node.title;
    if (const auto claim = latest_level_claim_.find(node.id); claim != latest_level_claim_.end()) {
      result.claimed_level = claim->second->level;
    }
    const AttributeSet* set = framework_.attributes_of(node);
    const RatingScale* scale = set ? framework_.find_scale(set->scale) : nullptr;
    if (set == nullptr || scale == nullptr) return result;
    AttributeRatings ratings;
    std::set<Id> evidence;
    for (const auto& attribute : set->attributes) {
      ItemVerdict item = verdict(node.id, attribute.id, *scale);
      if (item.counted()) ratings[attribute.id] = item.rating;
      evidence.insert(item.evidence_ids.begin(), item.evidence_ids.end());
      result.attributes.push_back(std::move(item));
    }
    if (ratings.empty()) {
      result.limited_by = "no process attribute has a verified rating";
    } else {
      const CapabilityLevel level = capability_level(*set, *scale, ratings);
      result.evidenced_level = level.level;
      result.limited_by = level.limited_by;
      result.level_is_lower_bound = level.limited_by_unrated;
    }
    if (result.claimed_level && result.evidenced_level) {
      result.promise_gap = *result.claimed_level - *result.evidenced_level;
      result.gap_judgements = gap_judgements(*set, *scale, result);
    }
    result.confidence = process_confidence(node, *set, result, evidence);
    return result;
  }

  // The judgements of the attributes that stand between the evidenced level
  // and the claimed one.
  static std::vector<Id> gap_judgements(const AttributeSet& set, const RatingScale& scale,
                                        const ProcessResult& result) {
    std::set<Id> out;
    for (int level = *result.evidenced_level + 1; level <= *result.claimed_level; ++level) {
      for (const auto& item : result.attributes) {
        const ProcessAttribute* attribute = set.find(item.attribute_id);
        if (attribute == nullptr || attribute->level > level || !item.counted()) continue;
        const std::string base = base_level(scale, item.rating);
        const bool enough = attribute->level == level ? (base == "L" || base == "F") : base == "F";
        if (!enough) out.insert(item.judgement_ids.begin(), item.judgement_ids.end());
      }
    }
    return {out.begin(), out.end()};
  }

  Confidence process_confidence(const Node& node, const AttributeSet& set,
                                const ProcessResult& result, std::set<Id> evidence) {
    const int top = std::min(record_.assessment.target_level, set.max_level());
    int items = 1;  // the process's conformity
    const ConformityResult& conformity = conformity_.at(node.id);
    int verified = conformity.verdict.counted() ? 1 : 0;
    evidence.insert(conformity.verdict.evidence_ids.begin(), conformity.verdict.evidence_ids.end());
    for (const auto& item : result.attributes) {
      const ProcessAttribute* attribute = set.find(item.attribute_id);
      if (attribute == nullptr || attribute->level > top) continue;
      ++items;
      if (item.counted()) ++verified;
    }
    add_linked_evidence(node.id, evidence);
    return compute_confidence(items, verified, evidence, record_);
  }

  Readiness readiness(const std::vector<ConformityResult>& conformity) const {
    Readiness out;
    for (const auto& result : conformity) {
      if (!result.mandatory || result.rolled_up) continue;
      ++out.mandatory;
      const auto blocker = [&](const char* reason) {
        out.blockers.push_back({result.node_id, result.title, reason, result.verdict.judgement_ids});
      };
      // A disputed item is a blocker of its own kind whatever its cautious
      // rating, as on the heat map: the assessors must settle it first.
      if (result.verdict.status == ItemStatus::kDisputed) blocker("disputed");
      else if (result.evidenced == "major") blocker("major");
      else if (result.evidenced == "minor") blocker("minor");
      else if (result.evidenced.empty()) out.not_assessed.push_back(result.node_id);
      else if (result.evidenced == "conforming") ++out.conforming;
      else if (result.evidenced == "not-applicable") ++out.not_applicable;
    }
    const auto rank = [](const Blocker& b) {
      return b.reason == "major" ? 0 : b.reason == "minor" ? 1 : 2;
    };
    std::stable_sort(out.blockers.begin(), out.blockers.end(),
                     [&](const Blocker& a, const Blocker& b) { return rank(a) < rank(b); });
    out.ready = out.mandatory > 0 && out.blockers.empty() && out.not_assessed.empty();
    return out;
  }

  std::vector<ClauseSummary> clause_summaries() const {
    std::vector<ClauseSummary> out;
    for (const Node* root : framework_.roots()) {
      ClauseSummary summary{root->id, root->title};
      count_leaves(*root, summary);
      out.push_back(summary);
    }
    return out;
  }

  // Counts the assessable nodes that have no assessable children, so a
  // process and its sub-requirements are not counted twice.
  void count_leaves(const Node& node, ClauseSummary& summary) const {
    bool has_assessable_child = false;
    for (const Node* child : framework_.children_of(node)) {
      count_leaves(*child, summary);
      has_assessable_child = has_assessable_child || child->assessable();
    }
    if (!node.assessable() || has_assessable_child) return;
    const ConformityResult& result = conformity_.at(node.id);
    if (result.verdict.status == ItemStatus::kDisputed) ++summary.disputed;
    else if (result.evidenced == "conforming") ++summary.conforming;
    else if (result.evidenced == "minor") ++summary.minor;
    else if (result.evidenced == "major") ++summary.major;
    else if (result.evidenced == "not-applicable") ++summary.not_applicable;
    else ++summary.not_assessed;
  }

  Confidence overall_confidence(const Results& results) const {
    std::vector<std::pair<Confidence, double>> parts;
    std::map<std::string, const ProcessResult*> processes;
    for (const auto& process : results.processes) processes[process.node_id] = &process;
    for (const auto& result : results.conformity) {
      const Node* node = framework_.find(result.node_id);
      const auto process = processes.find(result.node_id);
      const Confidence& confidence =
          process != processes.end() ? process->second->confidence : result.confidence;
      parts.emplace_back(confidence, node ? node->weight : 1.0);
    }
    Confidence out = combine_confidence(parts);
    std::set<EvidenceKind> kinds;
    for (const auto& evidence : record_.evidence) kinds.insert(evidence.kind);
    out.evidence_count = static_cast<int>(record_.evidence.size());
    out.evidence_kinds = static_cast<int>(kinds.size());
    return out;
  }

  const Framework& framework_;
  const AssessmentRecord& record_;
  std::map<std::pair<std::string, std::string>, std::vector<const Judgement*>> by_item_;
  std::map<std::string, const Claim*> latest_level_claim_;
  std::map<std::string, const Claim*> latest_conformity_claim_;
  std::map<std::string, std::set<Id>> linked_evidence_;
  std::map<std::string, ConformityResult> conformity_;
  std::vector<Disagreement> disagreements_;
};

}  // namespace

Results evaluate(const Framework& framework, const AssessmentRecord& record) {
  return Evaluator(framework, record).run();
}

}  // namespace candor
