// How sure a result is: the share of its items with verified ratings, how
// fresh the evidence is relative to the assessment window, and how many
// different kinds of evidence it rests on. Rules in docs/results.md.
#pragma once

#include <set>

#include "core/assessment.h"
#include "core/evaluation.h"

namespace candor {

// Weight of one piece of evidence by age: inside the window 1, up to twice
// the window 0.5, older 0.25.
double freshness_weight(Date observed_on, Date assessed_on, int window_months);

Confidence compute_confidence(int items, int verified_items, const std::set<Id>& evidence_ids,
                              const AssessmentRecord& record);

// Weighted mean of several confidences (weights are node weights).
Confidence combine_confidence(const std::vector<std::pair<Confidence, double>>& parts);

}  // namespace candor
