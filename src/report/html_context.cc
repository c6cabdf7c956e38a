#include "report/html_context.h"

#include "base/text.h"
#include "report/anchors.h"
#include "report/svg.h"

namespace candor::html {

std::string esc(std::string_view text) { return html_escape(text); }

std::string anchor_link(const std::string& anchor, std::string_view text) {
  return "<a href=\"#" + esc(anchor) + "\">" + esc(text) + "</a>";
}

ReportContext::ReportContext(const ReportInput& input) : input(input) {
  for (const auto& judgement : input.record.judgements) judgements_[judgement.id] = &judgement;
  for (const auto& evidence : input.record.evidence) evidence_[evidence.id] = &evidence;
  for (const auto& process : input.results.processes) processes_[process.node_id] = &process;
  for (const auto& result : input.results.conformity) conformity_[result.node_id] = &result;
}

std::string ReportContext::judgement_link(Id id) const {
  const std::string text = "J" + std::to_string(id);
  if (!judgements_.count(id)) return "<span class=\"missing\">" + text + " (missing)</span>";
  return anchor_link(anchors::judgement(id), text);
}

std::string ReportContext::evidence_link(Id id) const {
  const std::string text = "E" + std::to_string(id);
  if (!evidence_.count(id)) return "<span class=\"missing\">" + text + " (missing)</span>";
  return anchor_link(anchors::evidence(id), text);
}

std::string ReportContext::judgement_links(const std::vector<Id>& ids) const {
  if (ids.empty()) return "<span class=\"none\">none</span>";
  std::vector<std::string> links;
  for (const Id id : ids) links.push_back(judgement_link(id));
  return "<span class=\"refs\">" + join(links, " ") + "</span>";
}

std::string ReportContext::evidence_links(const std::vector<Id>& ids) const {
  if (ids.empty()) return "<span class=\"none\">none</span>";
  std::vector<std::string> links;
  for (const Id id : ids) links.push_back(evidence_link(id));
  return "<span class=\"refs\">" + join(links, " ") + "</span>";
}

std::string ReportContext::node_link(std::string_view node_id, bool with_title) const {
  const Node* node = input.framework.find(node_id);
  if (node == nullptr) return esc(node_id) + " <span class=\"missing\">(not in the framework)</span>";
  return anchor_link(anchors::node(node->id), with_title ? node->id + " " + node->title : node->id);
}

std::string ReportContext::process_link(std::string_view node_id) const {
  const ProcessResult* result = process(node_id);
  if (result == nullptr) return node_link(node_id);
  return anchor_link(anchors::process(result->node_id), result->node_id + " " + result->title);
}

const ProcessResult* ReportContext::process(std::string_view node_id) const {
  const auto it = processes_.find(node_id);
  return it == processes_.end() ? nullptr : it->second;
}

const ConformityResult* ReportContext::conformity(std::string_view node_id) const {
  const auto it = conformity_.find(node_id);
  return it == conformity_.end() ? nullptr : it->second;
}

const Judgement* ReportContext::judgement(Id id) const {
  const auto it = judgements_.find(id);
  return it == judgements_.end() ? nullptr : it->second;
}

const Evidence* ReportContext::evidence(Id id) const {
  const auto it = evidence_.find(id);
  return it == evidence_.end() ? nullptr : it->second;
}

std::string level_html(const std::optional<int>& level, bool lower_bound) {
  if (!level) return "<span class=\"not-assessed\">not assessed</span>";
  return (lower_bound ? "\u2265\u00a0" : "") + std::to_string(*level);
}

std::string gap_html(const ProcessResult& process) {
  if (!process.evidenced_level) return "<span class=\"not-assessed\">not assessed</span>";
  if (!process.promise_gap) return "<span class=\"none\">no claim</span>";
  const int gap = *process.promise_gap;
  std::string text = gap > 0 ? "+" + std::to_string(gap) : gap < 0 ? "\u2212" + std::to_string(-gap) : "0";
  // A lower-bound level can still rise, so a positive gap is at most this.
  if (process.level_is_lower_bound && gap > 0) text = "\u2264\u00a0" + text;
  const char* kind = gap > 0 ? "overstated" : gap < 0 ? "understated" : "no-gap";
  return "<span class=\"gap " + std::string(kind) + "\">" + text + "</span>";
}

std::string status_badge(std::string_view status) {
  const std::string key = status.empty() ? "not-assessed" : std::string(status);
  return "<span class=\"badge st-" + esc(key) + "\">" + esc(svg::conformity_label(key)) + "</span>";
}

std::string confidence_html(const Confidence& confidence) {
  return esc(percent_floor(confidence.score)) + " <span class=\"band band-" + esc(confidence.band) + "\">" +
         esc(confidence.band) + "</span>";
}

std::string number_text(double value) { return svg::figure(value); }

}  // namespace candor::html
