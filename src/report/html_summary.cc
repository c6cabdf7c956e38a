// The summary (who, against what, the readiness verdict in plain words, what
// is not assessed, how sure the results are) and the charts section.
#include <algorithm>

#include "base/text.h"
#include "report/anchors.h"
#include "report/capability_radar.h"
#include "report/conformity_heat_map.h"
#include "report/html_sections.h"
#include "report/promise_gap_bars.h"

namespace candor::html {
namespace {

std::string fact(std::string_view term, const std::string& definition_html) {
  return "<dt>" + esc(term) + "</dt><dd>" + definition_html + "</dd>";
}

std::string or_unstated(const std::string& text) {
  return text.empty() ? "<span class=\"none\">not stated</span>" : esc(text);
}

std::string facts(const ReportContext& context) {
  const Assessment& a = context.record().assessment;
  const Framework& framework = context.framework();
  std::string out = "<dl class=\"facts\">";
  out += fact("Subject", esc(a.subject));
  out += fact("Sector", or_unstated(a.sector));
  out += fact("Staff in scope", a.size ? std::to_string(*a.size) : or_unstated(""));
  out += fact("Scope", or_unstated(a.scope));
  out += fact("Framework", esc(framework.title.empty() ? framework.key() : framework.title) + " <code>" +
                               esc(framework.key()) + "</code>");
  out += fact("Framework SHA-256", "<code class=\"hash\">" + or_unstated(a.framework_sha256) + "</code>");
  out += fact("Assessed on", esc(a.assessed_on.to_string()) + " (evidence older than " +
                                 std::to_string(a.window_months) + " months counts less)");
  out += fact("Target capability level", std::to_string(a.target_level));
  out += fact("Assessment", "#" + std::to_string(a.id) + ", " + esc(a.status) +
                                (context.input.workspace.empty() ? "" : ", workspace " + esc(context.input.workspace)));
  return out + "</dl>";
}

std::string plural(int count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string verdict_words(const Readiness& readiness) {
  if (readiness.ready) {
    return "<strong>Ready for certification.</strong> All " + std::to_string(readiness.mandatory) +
           " mandatory requirements are conforming (" + std::to_string(readiness.conforming) +
           ") or justified as not applicable (" + std::to_string(readiness.not_applicable) + ").";
  }
  if (readiness.mandatory == 0) {
    return "<strong>Readiness cannot be shown:</strong> no mandatory requirement is in scope.";
  }
  int major = 0, minor = 0, disputed = 0;
  for (const auto& blocker : readiness.blockers) {
    if (blocker.reason == "major") ++major;
    else if (blocker.reason == "minor") ++minor;
    else ++disputed;
  }
  std::vector<std::string> reasons;
  if (major) reasons.push_back(plural(major, "major nonconformity", "major nonconformities"));
  if (minor) reasons.push_back(plural(minor, "minor nonconformity", "minor nonconformities"));
  if (disputed) reasons.push_back(plural(disputed, "disputed rating", "disputed ratings"));
  std::string out = "<strong>Not ready for certification.</strong> Of " +
                    plural(readiness.mandatory, "mandatory requirement", "mandatory requirements") + ", " +
                    std::to_string(readiness.conforming) + (readiness.conforming == 1 ? " is" : " are") +
                    " conforming and " +
                    std::to_string(readiness.not_applicable) + " justified as not applicable";
  if (!reasons.empty()) {
    out += "; " + join(reasons, ", ") + (readiness.blockers.size() == 1 ? " blocks" : " block") + " certification";
  }
  if (!readiness.not_assessed.empty()) {
    out += "; " + plural(static_cast<int>(readiness.not_assessed.size()), "is", "are") +
           " not assessed yet, so nothing can be said about " +
           (readiness.not_assessed.size() == 1 ? "it" : "them");
  }
  return out + ".";
}

std::string blockers(const ReportContext& context) {
  const Readiness& readiness = context.results().readiness;
  if (readiness.blockers.empty()) return "";
  std::string out = "<h3>What blocks certification</h3><p>Major nonconformities first.</p><ol class=\"blockers\">";
  for (const auto& blocker : readiness.blockers) {
    out += "<li>" + status_badge(blocker.reason) + " " + context.node_link(blocker.node_id) + " — rests on " +
           context.judgement_links(blocker.judgement_ids) + "</li>";
  }
  return out + "</ol>";
}

std::string not_assessed(const ReportContext& context) {
  const auto& ids = context.results().readiness.not_assessed;
  if (ids.empty()) return "";
  std::string out = "<h3>Not assessed yet</h3><p>These mandatory requirements have no verified judgement. "
                    "They count neither for nor against readiness until someone judges them from evidence:</p>"
                    "<ul class=\"not-assessed-list\">";
  for (const auto& id : ids) out += "<li>" + context.node_link(id) + "</li>";
  return out + "</ul>";
}

const char* band_meaning(const std::string& band) {
  if (band == "high") {
    return "Most items rest on verified judgements backed by fresh evidence of several kinds; further "
           "assessment is unlikely to change the picture much.";
  }
  if (band == "medium") {
    return "A fair share of items rests on verified judgements, but gaps in coverage, old evidence or few kinds "
           "of evidence mean the results could still move.";
  }
  return "Few items rest on verified judgements, or the evidence is old or of one kind; read the results as a "
         "first impression, not a finding.";
}

std::string confidence(const ReportContext& context) {
  const Confidence& c = context.results().overall;
  std::string out = "<h3>Confidence</h3><p class=\"confidence\">Overall confidence " + confidence_html(c) + ". " +
                    esc(band_meaning(c.band)) + "</p><table class=\"compact\"><tbody>";
  const auto row = [&](const std::string& term, const std::string& value, const std::string& help) {
    out += "<tr><th scope=\"row\">" + esc(term) + "</th><td>" + value + "</td><td class=\"help\">" + esc(help) +
           "</td></tr>";
  };
  row("Coverage", esc(percent_floor(c.coverage)),
      std::to_string(c.verified_items) + " of " + std::to_string(c.items) + " items have a verified rating");
  row("Freshness", esc(percent_floor(c.freshness)), "1 when all evidence is inside the assessment window");
  row("Diversity", esc(percent_floor(c.diversity)),
      std::to_string(c.evidence_kinds) + " kinds of evidence among " + std::to_string(c.evidence_count) +
          " items; 3 or more kinds count fully");
  return out + "</tbody></table>";
}

std::string promise_gap_summary(const ReportContext& context) {
  std::vector<const ProcessResult*> overstated;
  int not_assessed = 0;
  for (const auto& process : context.results().processes) {
    if (process.promise_gap && *process.promise_gap > 0) overstated.push_back(&process);
    if (!process.evidenced_level) ++not_assessed;
  }
  const auto& processes = context.results().processes;
  if (processes.empty()) return "";
  std::string out = "<h3>Promise gap</h3><p>";
  if (overstated.empty()) {
    out += "No process claims a higher capability level than the evidence shows.";
  } else {
    std::stable_sort(overstated.begin(), overstated.end(),
                     [](const ProcessResult* a, const ProcessResult* b) { return *a->promise_gap > *b->promise_gap; });
    out += plural(static_cast<int>(overstated.size()), "process claims", "processes claim") +
           " a higher capability level than the evidence shows; the widest gap is " +
           context.process_link(overstated.front()->node_id) + " (" + gap_html(*overstated.front()) + ").";
  }
  if (not_assessed > 0) {
    out += " " + plural(not_assessed, "process has", "processes have") +
           " no verified attribute rating, so its level is not known.";
  }
  return out + "</p>";
}

std::string figure(const std::string& id, const std::string& svg, const std::string& caption) {
  return "<figure id=\"" + id + "\">" + svg + "<figcaption>" + caption + "</figcaption></figure>";
}

}  // namespace

std::string summary_section(const ReportContext& context) {
  const Readiness& readiness = context.results().readiness;
  return "<section id=\"summary\"><h2>Summary</h2>" + facts(context) + "<div class=\"verdict " +
         (readiness.ready ? "ready" : "not-ready") + "\"><p>" + verdict_words(readiness) + "</p></div>" +
         blockers(context) + not_assessed(context) + confidence(context) + promise_gap_summary(context) +
         "</section>";
}

std::string charts_section(const ReportContext& context) {
  const Results& results = context.results();
  return "<section id=\"charts\"><h2>At a glance</h2>"
         "<p class=\"help\">Every mark in these charts links to the part of the report that shows the judgements "
         "and evidence it rests on. Hatched grey marks are not assessed: they carry no value.</p>" +
         figure("figure-radar", capability_radar_svg(results),
                "Capability radar: the level each process owner claimed (dashed) against the level the evidence "
                "shows (solid), by the ISO/IEC 33020 rule. A ring marks a level that is only a lower bound.") +
         figure("figure-heat-map", conformity_heat_map_svg(context.framework(), results),
                "Conformity by clause: one cell per requirement judged on its own, by its evidenced conformity.") +
         figure("figure-promise-gap", promise_gap_svg(results),
                "Promise gap: claimed minus evidenced capability level. Bars to the right are claims the evidence "
                "does not bear out.") +
         "</section>";
}

}  // namespace candor::html
