// Capability per process: the overview table, then one detail block per
// process with each attribute's rating and the judgements and evidence behind
// it — the place the radar and the promise-gap bars link to.
#include <algorithm>

#include "base/text.h"
#include "report/anchors.h"
#include "report/conformity_heat_map.h"
#include "report/html_sections.h"

namespace candor::html {
namespace {

std::string status_words(ItemStatus status) {
  std::string out = to_string(status);
  for (char& c : out) c = c == '_' ? ' ' : c;
  return out;
}

std::string rating_html(const ItemVerdict& item) {
  if (item.counted()) return "<strong>" + esc(item.rating) + "</strong>";
  if (item.status == ItemStatus::kProvisionalOnly) {
    return "<span class=\"not-assessed\">not assessed</span> <span class=\"help\">(provisional only, not counted)</span>";
  }
  return "<span class=\"not-assessed\">not assessed</span>";
}

std::string overview(const ReportContext& context) {
  std::string out =
      "<table class=\"processes\"><thead><tr><th scope=\"col\">Process</th><th scope=\"col\">Claimed</th>"
      "<th scope=\"col\">Evidenced</th><th scope=\"col\">Gap</th><th scope=\"col\">Limited by</th>"
      "<th scope=\"col\">Confidence</th></tr></thead><tbody>";
  for (const auto& p : context.results().processes) {
    out += "<tr><td>" + anchor_link(anchors::process(p.node_id), p.node_id + " " + p.title) + "</td><td class=\"num\">" +
           (p.claimed_level ? std::to_string(*p.claimed_level) : "<span class=\"none\">no claim</span>") +
           "</td><td class=\"num\">" + level_html(p.evidenced_level, p.level_is_lower_bound) +
           "</td><td class=\"num\">" + gap_html(p) + "</td><td>" + esc(p.limited_by) + "</td><td>" +
           confidence_html(p.confidence) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string attribute_row(const ReportContext& context, const ItemVerdict& item, const ProcessAttribute* attribute) {
  return "<tr><td>" + esc(item.attribute_id) + "</td><td>" + esc(attribute ? attribute->title : "") +
         "</td><td class=\"num\">" + (attribute ? std::to_string(attribute->level) : "") + "</td><td>" +
         rating_html(item) + "</td><td>" + esc(status_words(item.status)) + "</td><td>" +
         context.judgement_links(item.judgement_ids) + "</td><td>" + context.evidence_links(item.evidence_ids) +
         "</td></tr>";
}

// Attributes up to the target level, or up to the highest level anyone
// judged, get a row each; the unjudged levels above are one row, so the
// table shows what matters without hiding that the rest is not assessed.
std::string attribute_rows(const ReportContext& context, const ProcessResult& process) {
  const Node* node = context.framework().find(process.node_id);
  const AttributeSet* set = node ? context.framework().attributes_of(*node) : nullptr;
  int shown_up_to = context.record().assessment.target_level;
  for (const auto& item : process.attributes) {
    const ProcessAttribute* attribute = set ? set->find(item.attribute_id) : nullptr;
    if (attribute && !item.judgement_ids.empty()) shown_up_to = std::max(shown_up_to, attribute->level);
  }
  std::string out;
  std::vector<std::string> hidden;
  int first_hidden_level = 0, last_hidden_level = 0;
  for (const auto& item : process.attributes) {
    const ProcessAttribute* attribute = set ? set->find(item.attribute_id) : nullptr;
    if (attribute == nullptr || attribute->level <= shown_up_to) {
      out += attribute_row(context, item, attribute);
      continue;
    }
    if (hidden.empty()) first_hidden_level = attribute->level;
    last_hidden_level = attribute->level;
    hidden.push_back(item.attribute_id);
  }
  if (!hidden.empty()) {
    const std::string levels = first_hidden_level == last_hidden_level
                                   ? std::to_string(first_hidden_level)
                                   : std::to_string(first_hidden_level) + "\u2013" + std::to_string(last_hidden_level);
    out += "<tr class=\"collapsed\"><td>" + esc(join(hidden, ", ")) + "</td><td class=\"help\">above the target "
           "level; nobody judged them</td><td class=\"num\">" + levels +
           "</td><td><span class=\"not-assessed\">not assessed</span></td><td>not assessed</td><td><span "
           "class=\"none\">none</span></td><td><span class=\"none\">none</span></td></tr>";
  }
  return out;
}

std::string detail(const ReportContext& context, const ProcessResult& p) {
  std::string out = "<article class=\"process-detail\" id=\"" + esc(anchors::process(p.node_id)) + "\"><h3>" +
                    esc(p.node_id + " " + p.title) + "</h3><p class=\"levels\">Claimed <strong>" +
                    (p.claimed_level ? std::to_string(*p.claimed_level) : "no claim") +
                    "</strong> · evidenced <strong>" + level_html(p.evidenced_level, p.level_is_lower_bound) +
                    "</strong> · promise gap <strong>" + gap_html(p) + "</strong> · confidence " +
                    confidence_html(p.confidence) + "</p>";
  if (!p.limited_by.empty()) out += "<p>Limited by: " + esc(p.limited_by) + ".</p>";
  if (p.level_is_lower_bound) {
    out += "<p class=\"help\">Unrated attributes stop the next level, so the evidenced level is a lower bound.</p>";
  }
  if (!p.gap_judgements.empty()) {
    out += "<p>The promise gap is explained by " + context.judgement_links(p.gap_judgements) + ".</p>";
  }
  if (const ConformityResult* conformity = context.conformity(p.node_id)) {
    out += "<p>Conformity: " + status_badge(cell_status(*conformity)) + " — see " +
           context.node_link(p.node_id, false) + ".</p>";
  }
  out += "<table class=\"attributes\"><thead><tr><th scope=\"col\">Attribute</th><th scope=\"col\">Title</th>"
         "<th scope=\"col\">Level</th><th scope=\"col\">Rating</th><th scope=\"col\">Status</th>"
         "<th scope=\"col\">Judgements</th><th scope=\"col\">Evidence</th></tr></thead><tbody>" +
         attribute_rows(context, p) + "</tbody></table></article>";
  return out;
}

}  // namespace

std::string processes_section(const ReportContext& context) {
  const auto& processes = context.results().processes;
  std::string out = "<section id=\"processes\"><h2>Capability per process</h2>";
  if (processes.empty()) return out + "<p>This framework has no processes.</p></section>";
  out += "<p class=\"help\">Levels follow ISO/IEC 33020: level <em>n</em> is reached when the attributes of level "
         "<em>n</em> are rated L or F and all lower attributes F. Only verified judgements count.</p>";
  out += overview(context);
  for (const auto& process : processes) out += detail(context, process);
  return out + "</section>";
}

}  // namespace candor::html
