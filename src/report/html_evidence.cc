// The appendix of evidence: every item with id="evidence-N" — kind, title,
// date, source, the file's SHA-256, the nodes it bears on, the judgements
// that cite it — and, for a measurement, the fingerprint that lets anyone
// recompute it, its figures and its checks.
#include <map>

#include "base/text.h"
#include "report/anchors.h"
#include "report/html_sections.h"
#include "report/measurement_payload.h"

namespace candor::html {
namespace {

std::string row(std::string_view term, const std::string& value_html) {
  return "<tr><th scope=\"row\">" + esc(term) + "</th><td>" + value_html + "</td></tr>";
}

std::string pairs_table(const char* css_class, const std::vector<std::pair<std::string, std::string>>& pairs,
                        bool as_code) {
  std::string out = "<table class=\"compact " + std::string(css_class) + "\"><tbody>";
  for (const auto& [key, value] : pairs) {
    out += row(key, as_code ? "<code>" + esc(value) + "</code>" : esc(value));
  }
  return out + "</tbody></table>";
}

std::string checks_table(const MeasurementPayload& payload) {
  if (payload.checks.empty()) return "<p>Checks: none.</p>";
  std::string out = "<table class=\"compact checks\"><thead><tr>";
  for (const auto& column : payload.check_columns) out += "<th scope=\"col\">" + esc(column) + "</th>";
  out += "</tr></thead><tbody>";
  for (const auto& check : payload.checks) {
    out += "<tr>";
    for (const auto& cell : check) out += "<td>" + esc(cell) + "</td>";
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

std::string payload_html(const Evidence& evidence) {
  if (evidence.payload_json.empty()) return "";
  const auto payload = read_measurement_payload(evidence.payload_json);
  if (!payload) {
    return "<p class=\"help\">Payload (not a JSON object):</p><pre>" + esc(evidence.payload_json) + "</pre>";
  }
  std::string out = "<div class=\"payload\">";
  if (payload->fingerprint.empty()) {
    out += "<p class=\"missing\">This measurement carries no fingerprint (input hash, profile, mapping, engine "
           "version), so it cannot be recomputed from this report alone.</p>";
  } else {
    out += "<h4>Fingerprint</h4>" + pairs_table("fingerprint", payload->fingerprint, true);
  }
  if (!payload->figures.empty()) out += "<h4>Figures</h4>" + pairs_table("figures", payload->figures, false);
  if (payload->has_checks) out += "<h4>Checks</h4>" + checks_table(*payload);
  return out + "</div>";
}

// One evidence item as a <tbody> of its own (a table may have several), so
// the anchor covers the item's row and, for a measurement, its payload row.
std::string evidence_item(const ReportContext& context, const Evidence& e, const std::vector<Id>& cited_by) {
  std::string nodes;
  for (const auto& node_id : e.node_ids) nodes += context.node_link(node_id, false) + " ";
  std::string what = "<strong>" + esc(e.title) + "</strong><br><span class=\"help\">" + esc(to_string(e.kind)) +
                     " · " + esc(e.observed_on.to_string()) + (e.source.empty() ? "" : " · " + esc(e.source)) +
                     "</span>";
  if (!e.file_sha256.empty()) {
    what += "<br><span class=\"help\">File " + esc(e.file_name) +
            (e.media_type.empty() ? "" : " (" + esc(e.media_type) + ")") + ", SHA-256 <code class=\"hash\">" +
            esc(e.file_sha256) + "</code></span>";
  }
  std::string out = "<tbody class=\"evidence\" id=\"" + esc(anchors::evidence(e.id)) + "\"><tr><td>E" +
                    std::to_string(e.id) + "</td><td>" + what + "</td><td>" +
                    (nodes.empty() ? "<span class=\"none\">no node</span>" : nodes) + "</td><td>" +
                    context.judgement_links(cited_by) + "</td><td class=\"time\">" + esc(e.by) +
                    (e.at.empty() ? "" : "<br><span class=\"help\">" + esc(e.at) + "</span>") + "</td></tr>";
  const std::string payload = payload_html(e);
  if (!payload.empty()) out += "<tr class=\"payload-row\"><td></td><td colspan=\"4\">" + payload + "</td></tr>";
  return out + "</tbody>";
}

}  // namespace

std::string evidence_appendix(const ReportContext& context) {
  std::map<Id, std::vector<Id>> cited_by;
  for (const auto& judgement : context.record().judgements) {
    for (const Id id : judgement.evidence_ids) cited_by[id].push_back(judgement.id);
  }
  std::string out = "<section id=\"evidence\" class=\"appendix\"><h2>Appendix C: Evidence</h2>";
  if (context.record().evidence.empty()) return out + "<p>No evidence has been recorded yet.</p></section>";
  out += "<p class=\"help\">Every evidence item recorded, with the nodes it bears on and the judgements that cite "
         "it. Files are identified by their SHA-256; measurements carry the fingerprint that lets anyone recompute "
         "them.</p><table class=\"evidence\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Evidence</th>"
         "<th scope=\"col\">Bears on</th><th scope=\"col\">Cited by</th><th scope=\"col\">Recorded by</th></tr>"
         "</thead>";
  for (const auto& evidence : context.record().evidence) {
    out += evidence_item(context, evidence, cited_by[evidence.id]);
  }
  return out + "</table></section>";
}

}  // namespace candor::html
