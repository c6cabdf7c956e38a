// The artefact check as JSON (the shape is documented in docs/schemes.md).
#include <nlohmann/json.hpp>

#include "scheme/artefact_check.h"

namespace candor::scheme {

std::string to_json(const ArtefactCheck& check) {
  using nlohmann::json;
  json out;
  out["artefact"] = check.artefact;
  out["format"] = check.format;
  out["words"] = check.words.body;
  out["word_window"] = json::array({check.min_words ? json(*check.min_words) : json(nullptr),
                                    check.max_words ? json(*check.max_words) : json(nullptr)});
  out["words_excluded"] = {{"headings", check.words.headings},
                           {"tables", check.words.tables},
                           {"title_block", check.words.title_block},
                           {"literature", check.words.literature}};
  if (check.max_pages) {
    out["pages"] = {{"count", check.pages.pages ? json(*check.pages.pages) : json(nullptr)},
                    {"max", *check.max_pages},
                    {"method", check.pages.method}};
  }
  json sections = json::array();
  for (const auto& finding : check.sections) {
    json section = {{"id", finding.id},
                    {"found", finding.found},
                    {"heading", finding.found ? json(finding.heading) : json(nullptr)},
                    {"required", finding.required}};
    if (!finding.parent.empty()) section["parent"] = finding.parent;
    if (finding.found) section["location"] = finding.location;
    sections.push_back(section);
  }
  out["sections"] = sections;
  json references = json::array();
  for (const auto& reference : check.coverage.references) {
    references.push_back({{"requirement", reference.requirement},
                          {"specification", reference.specification},
                          {"text", reference.text},
                          {"location", reference.location}});
  }
  out["coverage"] = {{"requirements", check.coverage.requirements},
                     {"specifications", check.coverage.specifications},
                     {"satisfied", check.coverage.satisfied},
                     {"references", references}};
  json content = json::array();
  for (const auto& finding : check.content) {
    content.push_back({{"id", finding.id},
                       {"found", finding.found},
                       {"section", finding.section},
                       {"matched", finding.found ? json(finding.matched) : json(nullptr)}});
  }
  out["content_checks"] = content;
  out["passed"] = check.passed();
  out["problems"] = check.problems;
  out["warnings"] = check.warnings;
  return out.dump(2);
}

}  // namespace candor::scheme
