#include "report/results_json.h"

#include <nlohmann/json.hpp>

#include "report/record_json.h"

namespace candor {
namespace {

using nlohmann::json;

template <class T>
json or_null(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

json or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json to_json(const ItemVerdict& item) {
  return {{"id", item.attribute_id},
          {"status", to_string(item.status)},
          {"rating", item.counted() ? json(item.rating) : json(nullptr)},
          {"judgements", item.judgement_ids},
          {"evidence", item.evidence_ids}};
}

json to_json(const Blocker& blocker) {
  return {{"node", blocker.node_id},
          {"title", blocker.title},
          {"reason", blocker.reason},
          {"judgements", blocker.judgement_ids}};
}

json to_json(const ClauseSummary& clause) {
  return {{"id", clause.node_id},          {"title", clause.title},
          {"conforming", clause.conforming}, {"minor", clause.minor},
          {"major", clause.major},           {"not_applicable", clause.not_applicable},
          {"not_assessed", clause.not_assessed}, {"disputed", clause.disputed}};
}

json to_json(const Disagreement& disagreement) {
  return {{"node", disagreement.node_id},
          {"attribute", or_null(disagreement.attribute_id)},
          {"judgements", disagreement.judgement_ids},
          {"ratings", disagreement.ratings},
          {"assessors", disagreement.assessors}};
}

template <class T>
json array_of(const std::vector<T>& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace

json to_json(const Confidence& c) {
  return {{"score", c.score},           {"band", c.band},
          {"coverage", c.coverage},     {"freshness", c.freshness},
          {"diversity", c.diversity},   {"items", c.items},
          {"verified_items", c.verified_items}, {"evidence", c.evidence_count},
          {"evidence_kinds", c.evidence_kinds}};
}

json to_json(const ProcessResult& p) {
  return {{"id", p.node_id},
          {"title", p.title},
          {"claimed_level", or_null(p.claimed_level)},
          {"evidenced_level", or_null(p.evidenced_level)},
          {"promise_gap", or_null(p.promise_gap)},
          {"level_is_lower_bound", p.level_is_lower_bound},
          {"limited_by", p.limited_by},
          {"confidence", p.confidence.score},
          {"confidence_band", p.confidence.band},
          {"attributes", array_of(p.attributes)},
          {"gap_judgements", p.gap_judgements}};
}

json to_json(const ConformityResult& r) {
  return {{"id", r.node_id},
          {"title", r.title},
          {"mandatory", r.mandatory},
          {"claimed", or_null(r.claimed)},
          {"evidenced", or_null(r.evidenced)},
          {"status", to_string(r.verdict.status)},
          {"rolled_up", r.rolled_up},
          {"judgements", r.verdict.judgement_ids},
          {"evidence", r.verdict.evidence_ids}};
}

json results_json(const ReportInput& input) {
  const Results& results = input.results;
  const Readiness& readiness = results.readiness;
  return {{"assessment", to_json(input.record.assessment)},
          {"readiness", readiness.ready ? "ready" : "not_ready"},
          {"blockers", array_of(readiness.blockers)},
          {"not_assessed", readiness.not_assessed},
          {"mandatory", readiness.mandatory},
          {"conforming", readiness.conforming},
          {"not_applicable", readiness.not_applicable},
          {"confidence", results.overall.score},
          {"confidence_detail", to_json(results.overall)},
          {"processes", array_of(results.processes)},
          {"requirements", array_of(results.conformity)},
          {"clauses", array_of(results.clauses)},
          {"disagreements", array_of(results.disagreements)}};
}

}  // namespace candor
