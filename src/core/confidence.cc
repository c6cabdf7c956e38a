#include "core/confidence.h"

#include <algorithm>

namespace candor {
namespace {

std::string band_of(double score) {
  if (score >= 0.75) return "high";
  if (score >= 0.4) return "medium";
  return "low";
}

}  // namespace

double freshness_weight(Date observed_on, Date assessed_on, int window_months) {
  if (observed_on >= assessed_on.add_months(-window_months)) return 1.0;
  if (observed_on >= assessed_on.add_months(-2 * window_months)) return 0.5;
  return 0.25;
}

Confidence compute_confidence(int items, int verified_items, const std::set<Id>& evidence_ids,
                              const AssessmentRecord& record) {
  Confidence out;
  out.items = items;
  out.verified_items = verified_items;
  out.coverage = items > 0 ? static_cast<double>(verified_items) / items : 0;
  std::set<EvidenceKind> kinds;
  double freshness_sum = 0;
  for (Id id : evidence_ids) {
    const Evidence* evidence = record.find_evidence(id);
    if (evidence == nullptr) continue;
    ++out.evidence_count;
    kinds.insert(evidence->kind);
    freshness_sum += freshness_weight(evidence->observed_on, record.assessment.assessed_on,
                                      record.assessment.window_months);
  }
  out.evidence_kinds = static_cast<int>(kinds.size());
  out.freshness = out.evidence_count > 0 ? freshness_sum / out.evidence_count : 0;
  out.diversity = std::min(out.evidence_kinds, 3) / 3.0;
  out.score = out.coverage * (0.5 + 0.3 * out.freshness + 0.2 * out.diversity);
  out.band = band_of(out.score);
  return out;
}

Confidence combine_confidence(const std::vector<std::pair<Confidence, double>>& parts) {
  Confidence out;
  double total_weight = 0;
  for (const auto& [part, weight] : parts) {
    total_weight += weight;
    out.coverage += part.coverage * weight;
    out.freshness += part.freshness * weight;
    out.diversity += part.diversity * weight;
    out.score += part.score * weight;
    out.items += part.items;
    out.verified_items += part.verified_items;
  }
  if (total_weight > 0) {
    out.coverage /= total_weight;
    out.freshness /= total_weight;
    out.diversity /= total_weight;
    out.score /= total_weight;
  }
  out.band = band_of(out.score);
  return out;
}

}  // namespace candor
