// The appendix of judgements and claims: every judgement with its rating,
// basis, rationale, rater, time and evidence (id="judgement-N"), and every
// claim of the people assessed, so each figure can be traced to its source.
#include <algorithm>

#include "base/text.h"
#include "report/anchors.h"
#include "report/html_sections.h"

namespace candor::html {
namespace {

std::string basis_words(const Judgement& judgement) {
  std::string out = judgement.basis == Basis::kVerified ? "verified" : "provisional (not counted)";
  if (judgement.reconciliation) out += ", lead assessor's reconciliation";
  return out;
}

std::string rating_text(const Judgement& judgement) {
  std::string out = "<strong>" + esc(judgement.rating) + "</strong>";
  if (judgement.percent) out += " (" + number_text(*judgement.percent) + " %)";
  return out;
}

std::string judgement_row(const ReportContext& context, const Judgement& j) {
  std::string rationale = esc(j.rationale);
  if (!j.justification.empty()) rationale += "<br><em>Justification:</em> " + esc(j.justification);
  return "<tr id=\"" + esc(anchors::judgement(j.id)) + "\"><td>J" + std::to_string(j.id) + "</td><td>" +
         context.node_link(j.node_id, false) + "</td><td>" +
         (j.attribute_id.empty() ? std::string("conformity") : esc(j.attribute_id)) + "</td><td>" +
         rating_text(j) + "</td><td>" + esc(basis_words(j)) + "</td><td>" + rationale + "</td><td>" + esc(j.by) +
         "</td><td class=\"time\">" + esc(j.at) + "</td><td>" + context.evidence_links(j.evidence_ids) +
         "</td></tr>";
}

}  // namespace

std::string judgements_appendix(const ReportContext& context) {
  std::vector<const Judgement*> judgements;
  for (const auto& judgement : context.record().judgements) judgements.push_back(&judgement);
  std::stable_sort(judgements.begin(), judgements.end(),
                   [](const Judgement* a, const Judgement* b) { return a->id < b->id; });
  std::string out = "<section id=\"judgements\" class=\"appendix\"><h2>Appendix A: Judgements</h2>";
  if (judgements.empty()) return out + "<p>No judgement has been recorded yet.</p></section>";
  out += "<p class=\"help\">Every judgement recorded, in the order made. Provisional judgements are an assessor's "
         "working opinion and never count in the results.</p><table class=\"judgements\"><thead><tr>"
         "<th scope=\"col\">#</th><th scope=\"col\">Node</th><th scope=\"col\">Item</th><th scope=\"col\">Rating</th>"
         "<th scope=\"col\">Basis</th><th scope=\"col\">Rationale</th><th scope=\"col\">By</th>"
         "<th scope=\"col\">At</th><th scope=\"col\">Evidence</th></tr></thead><tbody>";
  for (const Judgement* judgement : judgements) out += judgement_row(context, *judgement);
  return out + "</tbody></table></section>";
}

std::string claims_appendix(const ReportContext& context) {
  const auto& claims = context.record().claims;
  std::string out = "<section id=\"claims\" class=\"appendix\"><h2>Appendix B: Claims</h2>";
  if (claims.empty()) return out + "<p>No process owner has made a claim.</p></section>";
  out += "<p class=\"help\">What the people assessed said about themselves. Claims are not evidence; the promise "
         "gap compares them with what the evidence shows. The latest claim per node counts.</p>"
         "<table class=\"claims\"><thead><tr><th scope=\"col\">Node</th><th scope=\"col\">Level</th>"
         "<th scope=\"col\">Conformity</th><th scope=\"col\">Note</th><th scope=\"col\">By</th>"
         "<th scope=\"col\">At</th></tr></thead><tbody>";
  for (const auto& c : claims) {
    out += "<tr id=\"claim-" + std::to_string(c.id) + "\"><td>" + context.node_link(c.node_id) +
           "</td><td class=\"num\">" + (c.level ? std::to_string(*c.level) : "") + "</td><td>" + esc(c.conformity) +
           "</td><td>" + esc(c.note) + "</td><td>" + esc(c.by) + "</td><td class=\"time\">" + esc(c.at) +
           "</td></tr>";
  }
  return out + "</tbody></table></section>";
}

}  // namespace candor::html
