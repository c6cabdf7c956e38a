// How several judgements of one item become the verdict results use.
#include <algorithm>
#include <map>
#include <set>

#include "core/evaluation.h"
#include "core/rating.h"

namespace candor {

const char* to_string(ItemStatus status) {
  switch (status) {
    case ItemStatus::kNotAssessed: return "not_assessed";
    case ItemStatus::kProvisionalOnly: return "provisional_only";
    case ItemStatus::kAgreed: return "agreed";
    case ItemStatus::kDisputed: return "disputed";
    case ItemStatus::kReconciled: return "reconciled";
  }
  return "?";
}

// Rules (docs/results.md): provisional judgements never count. The lead's
// latest reconciliation settles the item, unless an assessor judged it again
// afterwards and differs. Otherwise each assessor's latest verified judgement
// counts; if they differ the item is disputed and results use the most
// cautious rating, so a disagreement can never raise a result.
ItemVerdict judge_item(const RatingScale& scale, std::vector<const Judgement*> judgements) {
  ItemVerdict verdict;
  std::sort(judgements.begin(), judgements.end(),
            [](const Judgement* a, const Judgement* b) { return a->id < b->id; });
  if (!judgements.empty()) {
    verdict.node_id = judgements.front()->node_id;
    verdict.attribute_id = judgements.front()->attribute_id;
  }
  const Judgement* reconciliation = nullptr;
  for (const Judgement* judgement : judgements) {
    if (judgement->basis == Basis::kVerified && judgement->reconciliation) reconciliation = judgement;
  }
  std::map<std::string, const Judgement*> latest_by_assessor;
  for (const Judgement* judgement : judgements) {
    if (judgement->basis != Basis::kVerified || judgement->reconciliation) continue;
    if (reconciliation != nullptr && judgement->id < reconciliation->id) continue;
    latest_by_assessor[judgement->by] = judgement;
  }
  std::vector<const Judgement*> standing;
  if (reconciliation != nullptr) standing.push_back(reconciliation);
  for (const auto& [assessor, judgement] : latest_by_assessor) standing.push_back(judgement);

  if (standing.empty()) {
    verdict.status = judgements.empty() ? ItemStatus::kNotAssessed : ItemStatus::kProvisionalOnly;
    for (const Judgement* judgement : judgements) verdict.judgement_ids.push_back(judgement->id);
    return verdict;
  }
  std::set<std::string> ratings;
  for (const Judgement* judgement : standing) ratings.insert(judgement->rating);
  const Judgement* cautious = *std::min_element(
      standing.begin(), standing.end(), [&](const Judgement* a, const Judgement* b) {
        return level_rank(scale, a->rating) < level_rank(scale, b->rating);
      });
  if (ratings.size() > 1) {
    verdict.status = ItemStatus::kDisputed;
  } else {
    verdict.status = reconciliation != nullptr ? ItemStatus::kReconciled : ItemStatus::kAgreed;
  }
  verdict.rating = cautious->rating;
  std::set<Id> evidence;
  for (const Judgement* judgement : standing) {
    verdict.judgement_ids.push_back(judgement->id);
    evidence.insert(judgement->evidence_ids.begin(), judgement->evidence_ids.end());
  }
  std::sort(verdict.judgement_ids.begin(), verdict.judgement_ids.end());
  verdict.evidence_ids.assign(evidence.begin(), evidence.end());
  return verdict;
}

}  // namespace candor
