#include "scheme/artefact_check.h"

#include <algorithm>
#include <set>

#include "scheme/phrase.h"
#include "scheme/words.h"

namespace candor::scheme {
namespace {

const SectionFinding* finding_for(const std::vector<SectionFinding>& findings,
                                  const std::string& id) {
  for (const auto& finding : findings) {
    if (finding.id == id) return &finding;
  }
  return nullptr;
}

// The title block ends at the first top-level section found; without any,
// at the first heading.
int title_block_end(const Document& document, const std::vector<SectionFinding>& findings) {
  int end = -1;
  for (const auto& finding : findings) {
    if (finding.parent.empty() && finding.found && (end < 0 || finding.block < end)) {
      end = finding.block;
    }
  }
  if (end >= 0) return end;
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    if (document.blocks[i].kind == BlockKind::kHeading) return static_cast<int>(i);
  }
  return 0;
}

WordCounts count(const Document& document, const Artefact& artefact,
                 const std::vector<SectionFinding>& findings) {
  const int title_end = title_block_end(document, findings);
  std::set<int> headings;
  std::vector<std::pair<int, int>> literature;
  for (const auto& finding : findings) {
    if (!finding.found) continue;
    headings.insert(finding.block);
    for (const Section* section : artefact.all_sections()) {
      if (section->id == finding.id && section->literature) {
        literature.emplace_back(finding.block, finding.end);
      }
    }
  }
  WordCounts words;
  for (int i = 0; i < static_cast<int>(document.blocks.size()); ++i) {
    const Block& block = document.blocks[i];
    const int n = count_words(block.text);
    const bool in_literature = std::any_of(literature.begin(), literature.end(),
                                           [&](auto range) { return i >= range.first && i < range.second; });
    if (i < title_end || block.kind == BlockKind::kTitle) {
      words.title_block += n;
    } else if (block.kind == BlockKind::kHeading || headings.count(i)) {
      words.headings += n;
    } else if (in_literature) {
      words.literature += n;
    } else if (block.kind == BlockKind::kTableCell) {
      words.tables += n;
    } else {
      words.body += n;
    }
  }
  return words;
}

ContentFinding check_content(const Document& document, const ContentCheck& check,
                             const std::vector<SectionFinding>& findings, int title_end) {
  ContentFinding out{check.id, check.title, check.section};
  int begin = title_end, end = static_cast<int>(document.blocks.size());
  if (!check.section.empty()) {
    const SectionFinding* section = finding_for(findings, check.section);
    if (!section || !section->found) return out;
    begin = section->block + 1;
    end = section->end;
  }
  std::string text;
  for (int i = begin; i < end; ++i) text += document.blocks[i].text + " ";
  const std::string normalised = normalise_phrase(text);
  for (const auto& phrase : check.any_of) {
    if (contains_phrase(normalised, normalise_phrase(phrase))) {
      out.found = true;
      out.matched = phrase;
      break;
    }
  }
  return out;
}

PageCount count_pages(const Document& document, const Artefact& artefact, const WordCounts& words) {
  if (document.page_count) return {document.page_count, document.page_count_source};
  if (artefact.words_per_page <= 0) return {};
  const int total = words.total();
  return {(total + artefact.words_per_page - 1) / artefact.words_per_page,
          "estimate: " + std::to_string(total) + " words at " +
              std::to_string(artefact.words_per_page) + " words per page"};
}

std::string window_text(const ArtefactCheck& check) {
  return "[" + (check.min_words ? std::to_string(*check.min_words) : std::string("-")) + ", " +
         (check.max_words ? std::to_string(*check.max_words) : std::string("-")) + "]";
}

void judge(ArtefactCheck& check, const Artefact& artefact) {
  const int body = check.words.body;
  if (check.min_words && body < *check.min_words) {
    check.problems.push_back("the body has " + std::to_string(body) + " words, fewer than the " +
                             std::to_string(*check.min_words) + " the window " +
                             window_text(check) + " requires");
  }
  if (check.max_words && body > *check.max_words) {
    check.problems.push_back("the body has " + std::to_string(body) + " words, more than the " +
                             std::to_string(*check.max_words) + " the window " +
                             window_text(check) + " allows");
  }
  if (check.max_pages && check.pages.pages && *check.pages.pages > *check.max_pages) {
    check.problems.push_back(std::to_string(*check.pages.pages) + " pages (" + check.pages.method +
                             "), more than the " + std::to_string(*check.max_pages) + " allowed");
  }
  for (const auto& finding : check.sections) {
    if (finding.found) continue;
    const SectionFinding* parent = finding_for(check.sections, finding.parent);
    if (parent && !parent->found) continue;  // the parent's absence says it already
    const std::string where = parent ? " (in '" + parent->title + "')" : "";
    if (finding.required) {
      check.problems.push_back("required section '" + finding.title + "'" + where + " not found");
    } else {
      check.warnings.push_back("recommended section '" + finding.title + "'" + where +
                               " not found");
    }
  }
  const CoverageRule& rule = artefact.coverage;
  if (rule.enabled() && !check.coverage.satisfied) {
    check.problems.push_back(
        "addresses " + std::to_string(check.coverage.specifications.size()) +
        " exam specification(s) from " + std::to_string(check.coverage.requirements.size()) +
        " exam requirement(s); at least " + std::to_string(rule.min_specifications) +
        " specifications from at least " + std::to_string(rule.min_requirements) +
        " requirements are required (write them as 'Requirement -> Specification' or by id)");
  }
  for (const auto& content : check.content) {
    if (content.found) continue;
    const SectionFinding* section = finding_for(check.sections, content.section);
    if (section && !section->found) {
      check.problems.push_back(content.title + ": cannot be found, its section '" +
                               section->title + "' is missing");
    } else {
      check.problems.push_back(content.title + ": none of the expected terms appears" +
                               (section ? " in '" + section->heading + "'" : std::string()));
    }
  }
}

}  // namespace

ArtefactCheck check_artefact(const Document& document, const Scheme& scheme,
                             const Artefact& artefact) {
  ArtefactCheck check;
  check.artefact = artefact.id;
  check.format = document.format;
  check.min_words = artefact.min_words;
  check.max_words = artefact.max_words;
  check.max_pages = artefact.max_pages;
  check.sections = find_sections(document, artefact);
  check.words = count(document, artefact, check.sections);
  if (artefact.max_pages) check.pages = count_pages(document, artefact, check.words);
  check.coverage = find_exam_references(document, scheme, check.warnings);
  const CoverageRule& rule = artefact.coverage;
  check.coverage.satisfied =
      static_cast<int>(check.coverage.specifications.size()) >= rule.min_specifications &&
      static_cast<int>(check.coverage.requirements.size()) >= rule.min_requirements;
  const int title_end = title_block_end(document, check.sections);
  for (const auto& content : artefact.content_checks) {
    check.content.push_back(check_content(document, content, check.sections, title_end));
  }
  if (std::none_of(document.blocks.begin(), document.blocks.end(),
                   [](const Block& b) { return b.kind == BlockKind::kHeading; })) {
    check.warnings.push_back("the document has no headings that could be recognised; use the "
                             "word processor's heading styles or numbered headings");
  }
  judge(check, artefact);
  return check;
}

}  // namespace candor::scheme
