// Results of an assessment, derived — never stored as truth — from the
// framework and the assessment's claims, evidence and judgements. Pure
// functions: the same inputs give the same results, so anyone can recompute
// them. The rules are documented in docs/results.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/assessment.h"
#include "core/framework.h"

namespace candor {

// One rated item: a process attribute of a node, or a node's conformity.
enum class ItemStatus {
  kNotAssessed,      // no judgement at all
  kProvisionalOnly,  // only provisional judgements: not counted
  kAgreed,           // one assessor, or several who agree
  kDisputed,         // assessors disagree and the lead has not reconciled
  kReconciled,       // the lead assessor settled it
};
const char* to_string(ItemStatus status);

struct ItemVerdict {
  std::string node_id;
  std::string attribute_id;  // empty = conformity
  ItemStatus status = ItemStatus::kNotAssessed;
  // The rating results use: the agreed or reconciled one, or while disputed
  // the most cautious one. Empty when nothing verified was said.
  std::string rating;
  std::vector<Id> judgement_ids;  // the judgements the verdict rests on
  std::vector<Id> evidence_ids;   // the evidence those judgements cite

  bool counted() const { return !rating.empty(); }
};

struct Confidence {
  double coverage = 0;   // share of the items in scope with a verified rating
  double freshness = 0;  // 1 when all evidence is inside the window, less when older
  double diversity = 0;  // distinct evidence kinds, 3 or more = 1
  double score = 0;      // coverage x (0.5 + 0.3 freshness + 0.2 diversity)
  int items = 0;
  int verified_items = 0;
  int evidence_count = 0;
  int evidence_kinds = 0;
  std::string band;  // high (>= 0.75) | medium (>= 0.4) | low
};

struct ProcessResult {
  std::string node_id;
  std::string title;
  std::optional<int> claimed_level;
  std::optional<int> evidenced_level;  // empty = not assessed
  std::optional<int> promise_gap;      // claimed - evidenced, when both are known
  bool level_is_lower_bound = false;   // an unrated attribute stops the level
  std::string limited_by;              // why the next level was not reached (every reason)
  std::vector<ItemVerdict> attributes;
  std::vector<Id> gap_judgements;  // judgements that explain the promise gap
  Confidence confidence;
};

struct ConformityResult {
  std::string node_id;
  std::string title;
  bool mandatory = true;
  std::string claimed;    // the owner's claim, if any
  std::string evidenced;  // conforming | minor | major | not-applicable | "" (not assessed)
  bool rolled_up = false;  // derived from the children, no judgement of its own
  ItemVerdict verdict;
  Confidence confidence;
};

struct Blocker {
  std::string node_id;
  std::string title;
  std::string reason;  // major | minor | disputed
  std::vector<Id> judgement_ids;
};

struct Readiness {
  bool ready = false;
  std::vector<Blocker> blockers;        // major first, then minor, then disputed
  std::vector<std::string> not_assessed;  // mandatory nodes nobody has judged yet
  int mandatory = 0;
  int conforming = 0;
  int not_applicable = 0;
};

// Conformity counts for one top-level clause, for the heat map.
struct ClauseSummary {
  std::string node_id;
  std::string title;
  int conforming = 0;
  int minor = 0;
  int major = 0;
  int not_applicable = 0;
  int not_assessed = 0;
  int disputed = 0;
};

struct Disagreement {
  std::string node_id;
  std::string attribute_id;
  std::vector<Id> judgement_ids;  // each assessor's latest judgement
  std::vector<std::string> ratings;
  std::vector<std::string> assessors;
};

struct Results {
  std::vector<ProcessResult> processes;
  std::vector<ConformityResult> conformity;
  std::vector<ClauseSummary> clauses;
  std::vector<Disagreement> disagreements;
  Readiness readiness;
  Confidence overall;
};

Results evaluate(const Framework& framework, const AssessmentRecord& record);

// The verdict on one item from its judgements (exposed for tests).
ItemVerdict judge_item(const RatingScale& scale, std::vector<const Judgement*> judgements);

}  // namespace candor
