// The report's peer and trend sections: only present when the workspace
// holds a peer pool for the assessment, or the subject was assessed before.
#include <cmath>
#include <cstdio>

#include "report/benchmark_chart.h"
#include "report/html_sections.h"
#include "report/trend_chart.h"
#include "report/svg.h"

namespace candor::html {
namespace {

std::string percentile_html(const PeerStatistics& statistics) {
  if (!statistics.percentile) return "not assessed";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::floor(*statistics.percentile * 10) / 10);
  return buffer;
}

std::string items_table(const std::vector<ItemComparison>& items, const std::string& what, int k) {
  std::string out = "<table class=\"benchmark\"><thead><tr><th>" + esc(what) +
                    "</th><th>This assessment</th><th>Q1</th><th>Median</th><th>Q3</th><th>Percentile</th><th>Peers</th>"
                    "</tr></thead><tbody>";
  for (const auto& item : items) {
    out += "<tr><td>" + esc(item.node_id + " " + item.title) + "</td><td>" +
           (item.subject ? svg::figure(*item.subject) : std::string("not assessed")) + "</td>";
    if (item.statistics.suppressed) {
      out += "<td colspan=\"5\">fewer than " + std::to_string(k) + " peers: not shown</td></tr>";
      continue;
    }
    const Quartiles& q = *item.statistics.quartiles;
    out += "<td>" + svg::figure(q.q1) + "</td><td>" + svg::figure(q.median) + "</td><td>" + svg::figure(q.q3) +
           "</td><td>" + percentile_html(item.statistics) + "</td><td>" + std::to_string(item.statistics.peers) +
           "</td></tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace

std::string benchmark_section(const ReportContext& context) {
  const BenchmarkComparison* c = context.input.benchmark;
  if (c == nullptr) return "";
  std::string out = "<section id=\"benchmark\"><h2>Compared with peers</h2><p>Evidenced results only (claimed levels "
                    "are never used), against " + std::to_string(c->pool_peers) + " anonymised peers of the " +
                    esc(c->pool_framework_key) + " pool. Quartiles interpolate between order statistics; the "
                    "percentile counts peers below plus half the peers level with the assessment. Cells with fewer "
                    "than " + std::to_string(c->minimum_peers) + " peers are not shown.</p>";
  out += "<figure id=\"figure-benchmark\">" + benchmark_chart_svg(*c) +
         "<figcaption>Capability per process against the peers' quartiles.</figcaption></figure>";
  out += items_table(c->processes, "Process (capability level)", c->minimum_peers);
  out += items_table(c->clauses, "Clause (% conforming)", c->minimum_peers);
  if (!c->unmapped.empty()) {
    out += "<p>Not compared (no one-to-one mapping to " + esc(c->pool_framework_key) + "):</p><ul>";
    for (const auto& item : c->unmapped) out += "<li>" + esc(item.node_id + " " + item.title + ": " + item.reason) + "</li>";
    out += "</ul>";
  }
  return out + "</section>";
}

std::string trend_section(const ReportContext& context) {
  const Trend* trend = context.input.trend;
  if (trend == nullptr) return "";
  std::string out = "<section id=\"trend\"><h2>Trend</h2><p>The evidenced capability level of each process at every "
                    "assessment of " + esc(trend->subject) + ".</p>";
  out += "<figure id=\"figure-trend\">" + trend_chart_svg(*trend) +
         "<figcaption>Evidenced level per assessment, oldest lightest.</figcaption></figure>";
  if (!trend->actions.empty()) {
    out += "<h3>Earlier roadmap actions</h3><table class=\"trend-actions\"><thead><tr><th>Planned in</th><th>Action"
           "</th><th>Outcome</th><th>Found in the next assessment</th></tr></thead><tbody>";
    for (const auto& action : trend->actions) {
      out += "<tr><td>#" + std::to_string(action.planned_in) + " " + esc(action.action_id) + "</td><td>" +
             esc(action.title) + "</td><td>" + esc(to_string(action.outcome)) + "</td><td>#" +
             std::to_string(action.checked_in) + ": " + esc(action.finding) + "</td></tr>";
    }
    out += "</tbody></table>";
  }
  return out + "</section>";
}

}  // namespace candor::html
