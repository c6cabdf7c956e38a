#include "report/html_report.h"

#include "base/version.h"
#include "report/html_sections.h"

namespace candor {
namespace {

using html::esc;

std::string head(const ReportInput& input) {
  const Assessment& a = input.record.assessment;
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"generator\" content=\"candor " + esc(version()) + "\">"
         "<title>" + esc(a.subject) + " — assessment against " + esc(input.framework.key()) + "</title><style>" +
         html::stylesheet() + "</style></head>";
}

std::string title_block(const ReportInput& input) {
  const Assessment& a = input.record.assessment;
  const std::string framework = input.framework.title.empty() ? input.framework.key() : input.framework.title;
  return "<header class=\"report\"><h1>" + esc(a.subject) + "</h1><p class=\"subtitle\">Assessment against " +
         esc(framework) + ", assessed on " + esc(a.assessed_on.to_string()) + "</p></header>";
}

std::string contents(const ReportInput& input) {
  const std::pair<const char*, const char*> entries[] = {
      {"summary", "Summary"},           {"charts", "At a glance"},        {"processes", "Processes"},
      {"conformity", "Conformity"},     {"disagreements", "Disagreements"}, {"roadmap", "Roadmap"},
      {"judgements", "Judgements"},     {"claims", "Claims"},             {"evidence", "Evidence"}};
  std::string out = "<nav class=\"contents\" aria-label=\"Contents\"><ol>";
  for (const auto& [id, title] : entries) {
    out += "<li><a href=\"#" + std::string(id) + "\">" + title + "</a></li>";
    if (std::string_view(id) != "roadmap") continue;
    if (input.benchmark != nullptr) out += "<li><a href=\"#benchmark\">Peers</a></li>";
    if (input.trend != nullptr) out += "<li><a href=\"#trend\">Trend</a></li>";
  }
  return out + "</ol></nav>";
}

std::string footer(const ReportInput& input) {
  return "<footer class=\"report\"><p>candor " + esc(version()) + " · generated at " + esc(input.generated_at) +
         " · journal head <code class=\"hash\">" + esc(input.journal_head.empty() ? "unknown" : input.journal_head) +
         "</code> — quote this hash to anchor the journal: any later change to the assessment's record shows "
         "up as a journal entry after it.</p></footer>";
}

}  // namespace

std::string html_report(const ReportInput& input) {
  const html::ReportContext context(input);
  return head(input) + "<body><main>" + title_block(input) + contents(input) + html::summary_section(context) +
         html::charts_section(context) + html::processes_section(context) + html::conformity_section(context) +
         html::disagreements_section(context) + html::roadmap_section(context) + html::benchmark_section(context) +
         html::trend_section(context) + html::judgements_appendix(context) +
         html::claims_appendix(context) + html::evidence_appendix(context) + footer(input) + "</main></body></html>";
}

}  // namespace candor
