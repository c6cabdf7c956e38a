// Conformity per clause and per requirement, and the assessors'
// disagreements. Every node of the framework gets a row with id="node-ID":
// the heat map's cells and every node link land here.
#include <algorithm>

#include "base/text.h"
#include "report/anchors.h"
#include "report/conformity_heat_map.h"
#include "report/html_sections.h"

namespace candor::html {
namespace {

std::string clause_table(const ReportContext& context) {
  std::string out =
      "<table class=\"clauses\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Conforming</th>"
      "<th scope=\"col\">Minor</th><th scope=\"col\">Major</th><th scope=\"col\">Not applicable</th>"
      "<th scope=\"col\">Disputed</th><th scope=\"col\">Not assessed</th></tr></thead><tbody>";
  for (const auto& c : context.results().clauses) {
    out += "<tr><td>" + context.node_link(c.node_id) + "</td>";
    for (const int count : {c.conforming, c.minor, c.major, c.not_applicable, c.disputed, c.not_assessed}) {
      out += "<td class=\"num\">" + std::to_string(count) + "</td>";
    }
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

int depth_of(const Framework& framework, const Node& node) {
  int depth = 0;
  for (const Node* at = &node; at && !at->parent.empty(); at = framework.find(at->parent)) ++depth;
  return depth;
}

std::string group_row(const Node& node, int depth) {
  return "<tr class=\"group depth-" + std::to_string(std::min(depth, 4)) + "\" id=\"" + esc(anchors::node(node.id)) +
         "\"><th scope=\"rowgroup\" colspan=\"8\">" + esc(node.id + " " + node.title) + "</th></tr>";
}

std::string requirement_row(const ReportContext& context, const Node& node, int depth) {
  const ConformityResult* result = context.conformity(node.id);
  std::string out = "<tr class=\"depth-" + std::to_string(std::min(depth, 4)) + "\" id=\"" +
                    esc(anchors::node(node.id)) + "\"><td class=\"node-id\">" + esc(node.id) + "</td><td>" +
                    esc(node.title);
  if (node.kind == NodeKind::kProcess && context.process(node.id)) {
    out += " <span class=\"help\">(" + anchor_link(anchors::process(node.id), "capability") + ")</span>";
  }
  out += "</td><td>" + std::string(node.obligation == Obligation::kMandatory ? "mandatory" : "recommended") + "</td>";
  if (result == nullptr) return out + "<td colspan=\"5\" class=\"none\">no result</td></tr>";
  out += "<td>" + (result->claimed.empty() ? std::string("<span class=\"none\">no claim</span>")
                                            : esc(result->claimed)) + "</td>";
  out += "<td>" + status_badge(cell_status(*result)) +
         (result->rolled_up ? " <span class=\"help\">(from its parts)</span>" : "") + "</td>";
  out += "<td>" + context.judgement_links(result->verdict.judgement_ids) + "</td><td>" +
         context.evidence_links(result->verdict.evidence_ids) + "</td><td>" + confidence_html(result->confidence) +
         "</td></tr>";
  return out;
}

std::string requirement_table(const ReportContext& context) {
  std::string out =
      "<table class=\"requirements\"><thead><tr><th scope=\"col\">Node</th><th scope=\"col\">Requirement</th>"
      "<th scope=\"col\">Obligation</th><th scope=\"col\">Claimed</th><th scope=\"col\">Evidenced</th>"
      "<th scope=\"col\">Judgements</th><th scope=\"col\">Evidence</th><th scope=\"col\">Confidence</th></tr>"
      "</thead><tbody>";
  const Framework& framework = context.framework();
  for (const auto& node : framework.nodes) {
    const int depth = depth_of(framework, node);
    out += node.assessable() ? requirement_row(context, node, depth) : group_row(node, depth);
  }
  return out + "</tbody></table>";
}

}  // namespace

std::string conformity_section(const ReportContext& context) {
  return "<section id=\"conformity\"><h2>Conformity</h2><h3>By clause</h3>"
         "<p class=\"help\">Counts of the requirements judged on their own in each clause.</p>" +
         clause_table(context) +
         "<h3>By requirement</h3><p class=\"help\">A node without a judgement of its own takes the worst of its "
         "parts (\"from its parts\") and stays not assessed while any part is.</p>" +
         requirement_table(context) + "</section>";
}

std::string disagreements_section(const ReportContext& context) {
  const auto& disagreements = context.results().disagreements;
  std::string out = "<section id=\"disagreements\"><h2>Disagreements</h2>";
  if (disagreements.empty()) {
    return out + "<p>No unsettled disagreement: where several assessors judged an item, they agree or the lead "
                 "assessor reconciled them.</p></section>";
  }
  out += "<p>Assessors rated these items differently and the lead assessor has not reconciled them yet. Until then "
         "the results use the most cautious rating.</p><table class=\"disagreements\"><thead><tr>"
         "<th scope=\"col\">Item</th><th scope=\"col\">Ratings</th></tr></thead><tbody>";
  for (const auto& d : disagreements) {
    std::vector<std::string> ratings;
    for (std::size_t i = 0; i < d.judgement_ids.size(); ++i) {
      const std::string rating = i < d.ratings.size() ? d.ratings[i] : "";
      const std::string by = i < d.assessors.size() ? d.assessors[i] : "";
      ratings.push_back("<strong>" + esc(rating) + "</strong> by " + esc(by) + " (" +
                        context.judgement_link(d.judgement_ids[i]) + ")");
    }
    out += "<tr><td>" + context.node_link(d.node_id) +
           (d.attribute_id.empty() ? " conformity" : " " + esc(d.attribute_id)) + "</td><td>" +
           join(ratings, "; ") + "</td></tr>";
  }
  return out + "</tbody></table></section>";
}

}  // namespace candor::html
