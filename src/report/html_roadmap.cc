// The honest roadmap: when the work can really be done at the stated
// capacity, the timeline, every action with what it answers to, the month
// plan, and the processes no effort could be planned for.
#include "base/text.h"
#include "report/anchors.h"
#include "report/html_sections.h"
#include "report/roadmap_json.h"
#include "report/roadmap_timeline.h"

namespace candor::html {
namespace {

std::string levels_text(const Action& action) {
  if (action.kind != ActionKind::kRaiseCapability) return "";
  return std::to_string(action.from_level) + " \u2192 " + std::to_string(action.to_level);
}

std::string finish_words(const Roadmap& roadmap) {
  if (roadmap.actions.empty()) {
    return "<p class=\"verdict ready\"><strong>Nothing to plan</strong>: no blocker, nothing unassessed and no "
           "process below target level " + std::to_string(roadmap.target_level) + ".</p>";
  }
  return "<p class=\"verdict\">At <strong>" + number_text(roadmap.capacity_days_per_month) +
         " person-days a month</strong>, the " + std::to_string(roadmap.actions.size()) + " actions (" +
         number_text(roadmap.total_effort) + " person-days in all, to reach capability level " +
         std::to_string(roadmap.target_level) + ") take " + std::to_string(roadmap.months_needed) + " months in " +
         std::to_string(roadmap.cycles) + " PDCA " + (roadmap.cycles == 1 ? "cycle" : "cycles") +
         ": the earliest honest finish is <strong>" + esc(roadmap.finish.to_string()) + "</strong>.</p>";
}

std::string actions_table(const ReportContext& context, const Roadmap& roadmap) {
  std::string out =
      "<table class=\"actions\"><thead><tr><th scope=\"col\">Action</th><th scope=\"col\">What</th>"
      "<th scope=\"col\">Levels</th><th scope=\"col\">Effort (person-days)</th><th scope=\"col\">Impact</th>"
      "<th scope=\"col\">After</th><th scope=\"col\">When</th><th scope=\"col\">Answers to</th></tr></thead><tbody>";
  for (const auto& action : roadmap.actions) {
    std::string after;
    for (const auto& before : action.depends_on) after += anchor_link(anchors::action(before), before) + " ";
    const std::string start = roadmap_month(roadmap, action.start_month);
    const std::string end = roadmap_month(roadmap, action.end_month);
    out += "<tr id=\"" + esc(anchors::action(action.id)) + "\"><td>" + esc(action.id) + "</td><td>" +
           esc(action.title) + "<br><span class=\"help\">" + context.node_link(action.node_id, false) + ", " +
           esc(to_string(action.kind)) + "</span></td><td>" + levels_text(action) + "</td><td class=\"num\">" +
           number_text(action.effort_days) + "</td><td class=\"num\">" + number_text(action.impact) + "</td><td>" +
           after + "</td><td>" + esc(start == end ? start : start + " to " + end) + "</td><td>" +
           context.judgement_links(action.judgement_ids) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string months_table(const Roadmap& roadmap) {
  std::string out =
      "<table class=\"months compact\"><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">PDCA cycle</th>"
      "<th scope=\"col\">Phase</th><th scope=\"col\">Used of capacity</th><th scope=\"col\">Work (person-days)</th>"
      "</tr></thead><tbody>";
  for (const auto& month : roadmap.months) {
    std::vector<std::string> work;
    for (const auto& [action_id, days] : month.work) {
      work.push_back(anchor_link(anchors::action(action_id), action_id) + " " + number_text(days));
    }
    out += "<tr><td>" + esc(month.month.month_string()) + "</td><td class=\"num\">" + std::to_string(month.cycle) +
           "</td><td>" + esc(month.phase) + "</td><td class=\"num\">" + number_text(month.used) + " / " +
           number_text(month.capacity) + "</td><td>" + join(work, ", ") + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string unplanned(const ReportContext& context, const Roadmap& roadmap) {
  if (roadmap.unplanned.empty()) return "";
  std::string out = "<h3>Not planned</h3><p>These processes have no verified attribute rating, so the steps to the "
                    "target level cannot be sized. Assess them, then plan again:</p><ul>";
  for (const auto& id : roadmap.unplanned) out += "<li>" + context.process_link(id) + "</li>";
  return out + "</ul>";
}

}  // namespace

std::string roadmap_section(const ReportContext& context) {
  std::string out = "<section id=\"roadmap\"><h2>Roadmap</h2>";
  const Roadmap* roadmap = context.input.roadmap;
  if (roadmap == nullptr) {
    return out + "<p>No roadmap was planned for this report. <code>candor roadmap ASSESSMENT --capacity "
                 "PERSON_DAYS_PER_MONTH</code> plans one against the capacity the organisation really has.</p>"
                 "</section>";
  }
  out += finish_words(*roadmap);
  if (!roadmap->actions.empty()) {
    out += "<figure id=\"figure-timeline\">" + roadmap_timeline_svg(context.framework(), *roadmap) +
           "<figcaption>Roadmap timeline: actions by month over the PDCA cycles, the capacity used each month, and "
           "the finish date. Each bar links to its action.</figcaption></figure>";
    out += "<h3>Actions</h3><p class=\"help\">Blockers first (major before minor), then disputes and unassessed "
           "requirements, then capability steps in dependency order.</p>" +
           actions_table(context, *roadmap) + "<h3>Month by month</h3>" + months_table(*roadmap);
  }
  out += unplanned(context, *roadmap);
  return out + "</section>";
}

}  // namespace candor::html
